import { generateCorpus, syntheticConcepts } from '../../bench/corpus';
import { MatchIndex, smallInts } from '../../src/matching/match-index';
import { naiveSearch, prepareNaive } from '../../src/matching/naive';

describe('compact columns of the match index', () => {
  it('keeps numbers in 16 bits only when every one fits', () => {
    expect(smallInts(Int32Array.from([-1, 0, 32767, -32768]), true)).toBeInstanceOf(Int16Array);
    expect(smallInts(Int32Array.from([-1, 32768]), true)).toBeInstanceOf(Int32Array);
    expect(smallInts(Int32Array.from([0, 65535]), false)).toBeInstanceOf(Uint16Array);
    expect(smallInts(Int32Array.from([0, 65536]), false)).toBeInstanceOf(Int32Array);
    expect(smallInts(Int32Array.from([-1]), false)).toBeInstanceOf(Int32Array);
    expect([...smallInts(Int32Array.from([-5, 7, 300]), true)]).toEqual([-5, 7, 300]);
  });

  // 9,000 concepts: requirements beyond 16 bits keep the 32-bit column, and the search is the same.
  it.each([600, 9000])('searches as the naive scan with %i concepts (16- or 32-bit requirements) and small scratch grown on demand', (n) => {
    const concepts = syntheticConcepts(n);
    const corpus = generateCorpus({ postings: 2000, profiles: 25, seed: 11, concepts });
    // The last concepts first, so the high concept numbers occur in the index.
    const jobs = corpus.jobs.map((j, k) => (k % 3 === 0 ? { ...j, skills: [{ ...j.skills[0]!, conceptId: concepts[n - 1 - (k % 50)]!.id }, ...j.skills] } : j));
    const [index, naive] = [new MatchIndex(jobs), prepareNaive(jobs)];
    for (const q of corpus.queries) {
      for (const query of [q, { ...q, point: undefined }, { ...q, skills: [] }]) {
        const [a, b] = [index.search(query, { limit: 10 }), naiveSearch(naive, query, { limit: 10 })];
        expect([a.total, a.relaxed, a.items.map((i) => [i.id, i.score, i.breakdown])]).toEqual([b.total, b.relaxed, b.items.map((i) => [i.id, i.score, i.breakdown])]);
      }
    }
  });
});
