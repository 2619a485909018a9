import { generateCorpus } from '../../bench/corpus';
import { MatchIndex } from '../../src/matching/match-index';
import { naiveSearch, prepareNaive } from '../../src/matching/naive';
import { Random } from '../../src/demo/random';

describe('MatchIndex equals the naive full scan', () => {
  for (const seed of [1, 2, 3]) {
    it(`gives the same top-k, totals and relaxations on random corpus ${seed}`, () => {
      const corpus = generateCorpus({ postings: 3000, profiles: 120, seed, concepts: undefined });
      const index = new MatchIndex(corpus.jobs);
      const naive = prepareNaive(corpus.jobs);
      const rnd = new Random(seed);
      for (const query of corpus.queries) {
        // feedback on a few random jobs, so exclusion and marking are compared too
        const rejected = new Set(rnd.sample(corpus.jobs, 20).map((j) => j.id));
        const saved = new Set(rnd.sample(corpus.jobs, 20).map((j) => j.id));
        const q = { ...query, rejected, saved };
        const options = { limit: 10, offset: rnd.int(0, 3) };
        const a = index.search(q, options);
        const b = naiveSearch(naive, q, options);
        expect(a.total).toBe(b.total);
        expect(a.relaxed).toEqual(b.relaxed);
        expect(a.items.map((i) => [i.id, i.score, i.saved])).toEqual(b.items.map((i) => [i.id, i.score, i.saved]));
        expect(a.items.map((i) => i.breakdown)).toEqual(b.items.map((i) => i.breakdown));
      }
    });
  }

  it('gives the same results for Pensum ranges in fractions of a percent as for whole ones', () => {
    const corpus = generateCorpus({ postings: 1500, profiles: 60, seed: 5 });
    const rnd = new Random(5);
    const jobs = corpus.jobs.map((j) => (rnd.chance(0.5) ? { ...j, pensum: { min: j.pensum.min - 0.1, max: j.pensum.max + 0.35 } } : j));
    const [index, naive] = [new MatchIndex(jobs), prepareNaive(jobs)];
    for (const q of corpus.queries) {
      const [a, b] = [index.search(q, { limit: 10 }), naiveSearch(naive, q, { limit: 10 })];
      expect([a.total, a.items.map((i) => [i.id, i.score, i.relaxed])]).toEqual([b.total, b.items.map((i) => [i.id, i.score, i.relaxed])]);
    }
  });

  it('never returns zero results when the catalog has any open job', () => {
    const corpus = generateCorpus({ postings: 500, profiles: 50, seed: 9 });
    const index = new MatchIndex(corpus.jobs);
    for (const q of corpus.queries) {
      const strictest = { ...q, skills: [{ conceptId: 'unknown-skill', level: 'expert' as const }], radiusKm: 1 };
      const result = index.search(strictest, { limit: 5 });
      expect(result.items.length).toBeGreaterThan(0);
      expect(result.relaxed).toContain('essential_skills');
    }
  });
});
