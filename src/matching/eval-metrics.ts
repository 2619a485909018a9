/**
 * Ranking-quality metrics for the matcher evaluation (`npm run eval:match`): nDCG@k and recall@k
 * over graded relevance labels (0 = not relevant … 3 = a very good proposal). Pure.
 */

/** Graded relevance of item ids; ids without a label count as 0. */
export type Labels = ReadonlyMap<string, number>;

/** Exponential gain, so a very good proposal (3) is worth much more than a plausible one (1). */
function gain(grade: number): number {
  return 2 ** grade - 1;
}

/** Discounted cumulative gain of grades in ranked order, cut at k. */
export function dcg(grades: readonly number[], k: number): number {
  let total = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) total += gain(grades[i]!) / Math.log2(i + 2);
  return total;
}

/** nDCG@k of a ranking: its DCG over the DCG of the ideal ordering of all labels; undefined when nothing is relevant. */
export function ndcgAt(ranking: readonly string[], labels: Labels, k: number): number | undefined {
  const ideal = dcg([...labels.values()].filter((g) => g > 0).sort((a, b) => b - a), k);
  if (ideal === 0) return undefined;
  return dcg(ranking.map((id) => labels.get(id) ?? 0), k) / ideal;
}

/** Share of the relevant items (grade ≥ minGrade) found in the first k; undefined when nothing is relevant. */
export function recallAt(ranking: readonly string[], labels: Labels, k: number, minGrade = 1): number | undefined {
  let relevant = 0;
  for (const g of labels.values()) if (g >= minGrade) relevant++;
  if (relevant === 0) return undefined;
  const top = new Set(ranking.slice(0, k));
  let found = 0;
  for (const [id, g] of labels) if (g >= minGrade && top.has(id)) found++;
  return found / relevant;
}

/** Arithmetic mean (0 for no values). */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
