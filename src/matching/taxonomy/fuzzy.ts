/**
 * Typo tolerance: the nearest known token for a misspelled one. Candidates are bucketed by length,
 * so a lookup compares only words of similar length with a bounded edit distance.
 */
import { natural } from '../../nlu/natural';

/** Optimal-string-alignment (Damerau) distance, or max+1 as soon as it must exceed max. */
export function boundedDamerau(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length][b.length];
}

/** Edits allowed for a token of this length: none below 5 characters, 1 up to 7, 2 from 8. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/** A correction with its Jaro-Winkler similarity (0..1). */
export interface Correction {
  token: string;
  similarity: number;
  /** Damerau edits between the word and the correction. */
  edits: number;
}

/** Known tokens bucketed by length for fast nearest-neighbour lookups. */
export class FuzzyVocabulary {
  private readonly buckets = new Map<number, string[]>();
  private readonly known = new Set<string>();

  /** Adds a folded token (short tokens are never corrected towards, they collide too easily). */
  add(token: string): void {
    if (token.length < 4 || this.known.has(token)) return;
    this.known.add(token);
    const bucket = this.buckets.get(token.length);
    if (bucket) bucket.push(token);
    else this.buckets.set(token.length, [token]);
  }

  /** Whether the token is known as is. */
  has(token: string): boolean {
    return this.known.has(token);
  }

  /** The closest known token within the allowed edits, best Jaro-Winkler first; undefined if none. */
  correct(token: string): Correction | undefined {
    const max = allowedEdits(token.length);
    if (max === 0) return undefined;
    let best: Correction | undefined;
    let bestDistance = max + 1;
    for (let len = token.length - max; len <= token.length + max; len++) {
      for (const candidate of this.buckets.get(len) ?? []) {
        const d = boundedDamerau(token, candidate, Math.min(max, bestDistance));
        if (d > max || d > bestDistance) continue;
        const similarity = natural.JaroWinklerDistance(token, candidate);
        if (d < bestDistance || similarity > (best?.similarity ?? 0)) {
          best = { token: candidate, similarity, edits: d };
          bestDistance = d;
        }
      }
    }
    return best;
  }
}
