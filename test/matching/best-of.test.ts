import { generateCorpus, TITLES } from '../../bench/corpus';
import { MatchIndex } from '../../src/matching/match-index';
import { featuresOf, prepareNaive } from '../../src/matching/naive';
import type { Constraints } from '../../src/matching/relax';
import { querySkillRanks } from '../../src/matching/result';
import { interestVector } from '../../src/matching/riasec';
import { combine, languageRanks, LEVEL_RANK } from '../../src/matching/score';
import { Random } from '../../src/demo/random';

/** No constraint at all: featuresOf then scores every job that is open. */
const ANYTHING: Constraints = { radiusKm: Infinity, kind: false, pensum: false, skills: false, languages: false, relaxed: [] };

/**
 * bestOf passes over jobs that share no skill with the person by a bound of their score: its top k
 * must be exactly the exhaustive one (every accepted job of the occupations scored in full).
 */
describe('MatchIndex.bestOf equals scoring every accepted job of the occupations', () => {
  for (const seed of [11, 12, 13]) {
    it(`gives the same top k on random corpus ${seed}`, () => {
      const occupationOf = (title: string) => `occ/${TITLES.indexOf(title) % 6}`;
      const generated = generateCorpus({ postings: 3000, profiles: 80, seed, occupationOf });
      const rnd = new Random(seed);
      // Jobs without essential skills score NEUTRAL on them, whatever they share: a third of them.
      const jobs = generated.jobs.map((j) => (rnd.chance(0.3) ? { ...j, skills: j.skills.map((s) => ({ ...s, essential: false })) } : j));
      const corpus = { ...generated, jobs };
      const index = new MatchIndex(jobs);
      const naive = prepareNaive(jobs);
      let compared = 0;
      for (const query of corpus.queries) {
        const saved = new Set(rnd.sample(corpus.jobs, 300).map((j) => j.id));
        const rejected = new Set(rnd.sample(corpus.jobs, 30).map((j) => j.id));
        const q = { ...query, saved, rejected };
        const occupations = rnd.sample(['occ/0', 'occ/1', 'occ/2', 'occ/3', 'occ/4', 'occ/5', 'occ/none'], rnd.int(1, 3));
        const reach = { ...q, radiusKm: q.radiusKm * 2, kinds: [] };
        const admits = index.admits(reach);
        const excluded = new Set(rnd.sample([...corpus.jobs.keys()], 300));
        const accept = (i: number) => admits(i) && !excluded.has(i);
        const k = rnd.int(1, 25);
        const near = rnd.chance(0.5) ? index.near(reach) : undefined;
        const numbers: number[] = [];
        const items = index.bestOf(q, occupations, k, accept, near, numbers);
        const got = items.map((j) => [j.id, j.score]);
        // The job numbers handed back are those of the items, in their order.
        expect(numbers).toEqual(items.map((j) => index.numberOf(j.id)));

        const ranks = querySkillRanks(q, (l) => LEVEL_RANK[l as keyof typeof LEVEL_RANK] ?? 1);
        const [langRanks, interests] = [languageRanks(q.languages), interestVector(q.interests)];
        const scored: { i: number; score: number }[] = [];
        naive.forEach((n, i) => {
          if (!occupations.includes(n.job.occupationId ?? '') || !accept(i)) return;
          const f = featuresOf(n, q, ANYTHING, ranks, langRanks, interests);
          if (f) scored.push({ i, score: combine(f) });
        });
        scored.sort((a, b) => b.score - a.score || a.i - b.i);
        const expected = scored.slice(0, k).map(({ i, score }) => [corpus.jobs[i]!.id, Math.round(score * 1000) / 1000]);
        expect(got).toEqual(expected);
        if (scored.length > k) compared++;
      }
      // The bound only matters once the top k is full: a good share of the queries must have had more candidates than k.
      expect(compared).toBeGreaterThan(corpus.queries.length / 3);
    });
  }
});
