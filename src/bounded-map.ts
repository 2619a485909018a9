/**
 * A Map that forgets its least recently used entries once it holds more than `maxEntries` or its
 * entries together weigh more than `maxBytes` (as estimated by `sizeOf`). Memory caches on paths a
 * stranger can reach (rate-limit buckets, transcript lookups) use it, so a flood of new keys or big
 * values costs a bounded amount of memory instead of the process.
 */
export interface BoundedMapOptions<K, V> {
  maxEntries: number;
  /** Upper bound of the summed sizes; default: entries only. */
  maxBytes?: number;
  /** Estimated bytes an entry keeps alive (key and value). */
  sizeOf?: (key: K, value: V) => number;
}

export class BoundedMap<K, V> {
  private readonly map = new Map<K, { value: V; bytes: number }>();
  private total = 0;

  constructor(private readonly options: BoundedMapOptions<K, V>) {}

  /** The value, marked as recently used. */
  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    this.map.delete(key);
    this.map.set(key, entry);
    return entry.value;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  set(key: K, value: V): void {
    this.delete(key);
    const bytes = this.options.sizeOf?.(key, value) ?? 0;
    if (this.options.maxBytes !== undefined && bytes > this.options.maxBytes) return;
    this.map.set(key, { value, bytes });
    this.total += bytes;
    while (this.map.size > this.options.maxEntries || (this.options.maxBytes !== undefined && this.total > this.options.maxBytes)) {
      this.delete(this.map.keys().next().value as K);
    }
  }

  delete(key: K): boolean {
    const entry = this.map.get(key);
    if (!entry) return false;
    this.map.delete(key);
    this.total -= entry.bytes;
    return true;
  }

  /** Removes every entry the predicate picks; returns how many. */
  deleteWhere(picks: (key: K, value: V) => boolean): number {
    let removed = 0;
    for (const [key, entry] of [...this.map]) if (picks(key, entry.value) && this.delete(key)) removed += 1;
    return removed;
  }

  get size(): number {
    return this.map.size;
  }

  /** The summed estimated size of all entries. */
  get bytes(): number {
    return this.total;
  }
}

/** Rough heap bytes of a string (UTF-16) plus a fixed overhead per object. */
export const stringBytes = (s: string): number => 2 * s.length + 40;
