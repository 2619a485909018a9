/**
 * Job ids as columns: the characters of all ids in one byte array with offsets, found through an
 * open-addressing hash table of job numbers. A million ids take about 20 to 50 MB this way; as a
 * Map of strings they took several times that. Ids with a character beyond Latin-1 (never seen
 * in practice: ids are UUIDs or "source-number") are kept in a small side map.
 */
export class IdTable {
  private chars = new Uint8Array(1 << 16);
  private charCount = 0;
  private starts = new Int32Array(1024);
  private count = 0;
  private readonly wide = new Map<string, number>();
  private readonly wideIds = new Map<number, string>();
  private slots = new Int32Array(0);
  private mask = 0;

  get size(): number {
    return this.count;
  }

  /** Appends the id of the next job number; a repeated id then finds the later number. */
  push(id: string): void {
    const i = this.count++;
    if (this.count + 1 > this.starts.length) this.starts = grown(this.starts, this.count + 1);
    if (isLatin1(id)) {
      if (this.charCount + id.length > this.chars.length) this.chars = grown(this.chars, this.charCount + id.length);
      for (let k = 0; k < id.length; k++) this.chars[this.charCount++] = id.charCodeAt(k);
    } else {
      this.wide.set(id, i);
      this.wideIds.set(i, id);
    }
    this.starts[i + 1] = this.charCount;
  }

  /** Trims the arrays and builds the hash table; call once, after the last push. */
  seal(): this {
    this.chars = this.chars.slice(0, this.charCount);
    this.starts = this.starts.slice(0, this.count + 1);
    let capacity = 16;
    while (capacity < this.count * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let i = 0; i < this.count; i++) {
      if (this.wideIds.has(i)) continue;
      let s = this.hashAt(i) & this.mask;
      while (this.slots[s] !== -1 && !this.sameIds(this.slots[s]!, i)) s = (s + 1) & this.mask;
      this.slots[s] = i;
    }
    return this;
  }

  /** The job number of an id, if present. */
  get(id: string): number | undefined {
    if (!isLatin1(id)) return this.wide.get(id);
    if (this.count === 0) return undefined;
    for (let s = hash(id) & this.mask; ; s = (s + 1) & this.mask) {
      const i = this.slots[s]!;
      if (i === -1) return undefined;
      if (this.equals(i, id)) return i;
    }
  }

  /** The id of job number i. */
  idOf(i: number): string {
    const wide = this.wideIds.size === 0 ? undefined : this.wideIds.get(i);
    if (wide !== undefined) return wide;
    // apply() takes the typed array as it is: a spread iterates it into an argument list first.
    return String.fromCharCode.apply(null, this.chars.subarray(this.starts[i]!, this.starts[i + 1]!) as unknown as number[]);
  }

  private equals(i: number, id: string): boolean {
    const from = this.starts[i]!;
    if (this.starts[i + 1]! - from !== id.length) return false;
    for (let k = 0; k < id.length; k++) if (this.chars[from + k] !== id.charCodeAt(k)) return false;
    return true;
  }

  private sameIds(a: number, b: number): boolean {
    const [fa, fb, length] = [this.starts[a]!, this.starts[b]!, this.starts[a + 1]! - this.starts[a]!];
    if (this.starts[b + 1]! - fb !== length) return false;
    for (let k = 0; k < length; k++) if (this.chars[fa + k] !== this.chars[fb + k]) return false;
    return true;
  }

  private hashAt(i: number): number {
    let h = FNV_OFFSET;
    for (let k = this.starts[i]!, end = this.starts[i + 1]!; k < end; k++) h = Math.imul(h ^ this.chars[k]!, FNV_PRIME);
    return h >>> 0;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the id's characters (the same as hashAt over its stored bytes). */
function hash(id: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < id.length; k++) h = Math.imul(h ^ id.charCodeAt(k), FNV_PRIME);
  return h >>> 0;
}

function isLatin1(id: string): boolean {
  for (let k = 0; k < id.length; k++) if (id.charCodeAt(k) > 255) return false;
  return true;
}

function grown<T extends Uint8Array | Int32Array>(array: T, atLeast: number): T {
  let length = array.length * 2;
  while (length < atLeast) length *= 2;
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}
