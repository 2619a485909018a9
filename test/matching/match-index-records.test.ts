import { generateCorpus } from '../../bench/corpus';
import { MatchIndexBuilder, type MatchIndex } from '../../src/matching/match-index';

/**
 * The index keeps a job's place, dates and facts in one record that grows while postings stream in:
 * however many postings the builder was told to expect (none, too few, too many), the index it
 * builds answers as one sized right, so records survive being copied and trimmed.
 */
describe('MatchIndexBuilder records', () => {
  it('gives the same results whatever number of postings it expected', () => {
    const corpus = generateCorpus({ postings: 2500, profiles: 40, seed: 21 });
    const exact = new MatchIndexBuilder(2500).add(corpus.jobs).build();
    const others = [0, 1, 1000, 2049, 10000].map((expected) => {
      const builder = new MatchIndexBuilder(expected);
      // Added in batches, as the service reads the catalog.
      for (let from = 0; from < corpus.jobs.length; from += 700) builder.add(corpus.jobs.slice(from, from + 700));
      return builder.build();
    });
    const summary = (index: MatchIndex) =>
      corpus.queries.map((q) => {
        const result = index.search(q, { limit: 10 });
        return [result.total, result.relaxed, result.items.map((i) => [i.id, i.score, i.distanceKm, i.matched, i.missing])];
      });
    const expected = summary(exact);
    expect(expected.some(([total]) => (total as number) > 0)).toBe(true);
    for (const index of others) {
      expect(index.size).toBe(2500);
      expect(summary(index)).toEqual(expected);
    }
  });
});
