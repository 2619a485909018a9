import { dcg, mean, ndcgAt, recallAt } from '../../src/matching/eval-metrics';

const labels = new Map([
  ['a', 3],
  ['b', 2],
  ['c', 1],
  ['d', 0],
]);

describe('eval metrics', () => {
  it('discounts gains 2^g - 1 by log2 of the position + 1', () => {
    expect(dcg([3, 2, 1], 10)).toBeCloseTo(7 + 3 / Math.log2(3) + 1 / 2, 10);
    expect(dcg([3, 2, 1], 1)).toBe(7);
    expect(dcg([], 10)).toBe(0);
  });

  it('gives nDCG 1 for the ideal ranking and less for any other', () => {
    expect(ndcgAt(['a', 'b', 'c', 'd'], labels, 10)).toBeCloseTo(1, 12);
    expect(ndcgAt(['a', 'b', 'c'], labels, 3)).toBeCloseTo(1, 12);
    const reversed = ndcgAt(['d', 'c', 'b', 'a'], labels, 10)!;
    expect(reversed).toBeLessThan(1);
    const ideal = 7 + 3 / Math.log2(3) + 1 / 2;
    expect(reversed).toBeCloseTo((1 / Math.log2(3) + 3 / 2 + 7 / Math.log2(5)) / ideal, 10);
  });

  it('counts unlabelled and missing items as 0 and cuts at k', () => {
    expect(ndcgAt(['x', 'y'], labels, 10)).toBe(0);
    // The best item just below the cut-off earns nothing.
    expect(ndcgAt(['x', 'a'], labels, 1)).toBe(0);
    expect(ndcgAt(['a'], new Map([['a', 0]]), 10)).toBeUndefined();
  });

  it('measures recall over the relevant items in the first k', () => {
    expect(recallAt(['a', 'x', 'c'], labels, 10)).toBeCloseTo(2 / 3, 12);
    expect(recallAt(['a', 'x', 'c'], labels, 2)).toBeCloseTo(1 / 3, 12);
    expect(recallAt(['a', 'x', 'c'], labels, 10, 2)).toBeCloseTo(1 / 2, 12);
    expect(recallAt(['d'], new Map([['d', 0]]), 10)).toBeUndefined();
  });

  it('averages', () => {
    expect(mean([0.5, 1])).toBe(0.75);
    expect(mean([])).toBe(0);
  });
});
