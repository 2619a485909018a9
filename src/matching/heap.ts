/**
 * A bounded min-heap keeping the k best (score, position) pairs: O(n log k) instead of sorting all
 * candidates. Ties are broken by position (earlier wins), so results are deterministic and equal
 * to a stable full sort.
 */
export class TopK {
  private readonly scores: Float64Array;
  private readonly items: Int32Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.scores = new Float64Array(Math.max(1, k));
    this.items = new Int32Array(Math.max(1, k));
  }

  /** Whether (score, item) ranks below (worse than) (s2, i2). */
  private static worse(score: number, item: number, s2: number, i2: number): boolean {
    return score < s2 || (score === s2 && item > i2);
  }

  /** Offers a candidate; kept only if it is among the k best so far. */
  push(score: number, item: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      this.scores[this.size] = score;
      this.items[this.size] = item;
      this.up(this.size++);
    } else if (TopK.worse(this.scores[0]!, this.items[0]!, score, item)) {
      this.scores[0] = score;
      this.items[0] = item;
      this.down(0);
    }
  }

  /** Whether push(score, item) would keep the candidate (a cheap test before costlier checks). */
  keeps(score: number, item: number): boolean {
    return this.k > 0 && (this.size < this.k || TopK.worse(this.scores[0]!, this.items[0]!, score, item));
  }

  /**
   * The score a candidate must at least reach to be kept (-Infinity while fewer than k are kept, Infinity when k is 0;
   * one reaching it exactly is kept only if it comes earlier than the worst kept one).
   */
  floor(): number {
    if (this.k <= 0) return Infinity;
    return this.size < this.k ? -Infinity : this.scores[0]!;
  }

  /** The kept items, best first. */
  sorted(): { score: number; item: number }[] {
    const out: { score: number; item: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ score: this.scores[i]!, item: this.items[i]! });
    return out.sort((a, b) => byScore(a.score, b.score) || a.item - b.item);
  }

  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!TopK.worse(this.scores[i]!, this.items[i]!, this.scores[p]!, this.items[p]!)) break;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && TopK.worse(this.scores[l]!, this.items[l]!, this.scores[m]!, this.items[m]!)) m = l;
      if (r < this.size && TopK.worse(this.scores[r]!, this.items[r]!, this.scores[m]!, this.items[m]!)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  private swap(a: number, b: number): void {
    const s = this.scores[a]!;
    this.scores[a] = this.scores[b]!;
    this.scores[b] = s;
    const t = this.items[a]!;
    this.items[a] = this.items[b]!;
    this.items[b] = t;
  }
}

/**
 * The next search's stamp for per-job scratch marks (a job is "seen" when its mark === epoch);
 * on wrap-around `clearMarks` resets every mark (the whole array, or only the words that hold marks).
 */
export function nextEpoch(epoch: number, clearMarks: () => void): number {
  const next = (epoch + 1) >>> 0;
  if (next !== 0) return next;
  clearMarks();
  return 1;
}

/**
 * The order of two scores, best first, as a sort comparator's sign: the same order as `b - a` (a NaN
 * or an equal pair ties), but always a small integer, which the sort needs no heap number for (a
 * search sorts hundreds of candidates, several thousand comparisons).
 */
export function byScore(a: number, b: number): number {
  return b > a ? 1 : b < a ? -1 : 0;
}
