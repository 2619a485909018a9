/**
 * The hybrid ranking's searches over an occupation's postings and the person's words look only at
 * the postings near enough to be admitted (MatchIndex.near). They must find exactly what a search
 * over all postings finds: postings without a place, which every radius admits, included.
 */
import { LexicalIndex } from '../../src/matching/lexical';
import { MatchIndex } from '../../src/matching/match-index';
import { makeQuery } from '../../src/matching/query';
import type { JobPosting } from '../../src/matching/types';
import { BRAUNSCHWEIG, job, NOW, OLTEN, SOLOTHURN } from './helpers';

const COOK = 'test:occupation/koch';

/** Many cooks' postings far away, a few near Solothurn, one without a place, and others nearby. */
function catalog(): JobPosting[] {
  const jobs: JobPosting[] = [];
  for (let k = 0; k < 150; k++) jobs.push(job({ title: 'Koch/Köchin', occupationId: COOK, country: 'DE', point: BRAUNSCHWEIG }));
  for (let k = 0; k < 4; k++) jobs.push(job({ title: 'Koch/Köchin Restaurant', occupationId: COOK, point: k % 2 ? SOLOTHURN : OLTEN }));
  jobs.push(job({ id: 'remote-cook', title: 'Koch/Köchin', description: 'Einsatzort nach Absprache', occupationId: COOK, point: undefined }));
  for (let k = 0; k < 5; k++) jobs.push(job({ title: 'Logistiker/in EFZ', point: SOLOTHURN }));
  return jobs;
}

describe('searches limited to the postings near the person', () => {
  const jobs = catalog();
  const index = new MatchIndex(jobs);
  const lexical = new LexicalIndex(jobs);
  const person = makeQuery({ skills: [], point: SOLOTHURN, radiusKm: 40, now: NOW });
  const admits = index.admits(person);
  const near = index.near(person)!;

  it('hold far fewer postings than the occupation has, the one without a place among them', () => {
    expect(near.size).toBeLessThan(20);
    expect(near.lists.some((list) => list.includes(index.numberOf('remote-cook')!))).toBe(true);
  });

  it('find the same postings of an occupation, with the same scores, as a search over all of them', () => {
    const everywhere = index.bestOf(person, [COOK], 10, admits);
    const nearby = index.bestOf(person, [COOK], 10, admits, near);
    expect(nearby).toEqual(everywhere);
    expect(nearby.map((item) => item.id)).toContain('remote-cook');
    expect(nearby).toHaveLength(5);
  });

  it("find the same postings for the person's words, with the same scores, as a search over all of them", () => {
    const also = [0, index.numberOf('remote-cook')!];
    const everywhere = lexical.search('Koch Restaurant', 10, admits, also);
    const nearby = lexical.search('Koch Restaurant', 10, admits, also, near);
    expect([...nearby]).toEqual([...everywhere]);
    expect(nearby.has(index.numberOf('remote-cook')!)).toBe(true);
    // A far posting asked about by number (a candidate of the structured search) keeps its score.
    expect(nearby.get(0)?.score).toBeGreaterThan(0);
  });

  it('are not limited when the person gave no place', () => {
    expect(index.near(makeQuery({ skills: [], radiusKm: 30, now: NOW }))).toBeUndefined();
  });

  it("find the same postings for the person's words, with the same scores, when a word's list is many batches long and near postings lie between far ones", () => {
    // A word's list of 1,000 postings, every seventh near, the rest far, with varying texts (scores).
    const jobs = Array.from({ length: 1000 }, (_, k) =>
      job({ title: k % 3 ? 'Koch/Köchin' : 'Koch/Köchin Restaurant', description: 'Küche '.repeat(1 + (k % 5)), country: k % 7 ? 'DE' : 'CH', point: k % 7 ? BRAUNSCHWEIG : k % 2 ? SOLOTHURN : OLTEN }),
    );
    const index = new MatchIndex(jobs);
    const lexical = new LexicalIndex(jobs);
    const admits = index.admits(person);
    const near = index.near(person)!;
    const also = [1, 500, 999];
    for (const words of ['Koch', 'Koch Restaurant Küche', 'Küche Küche']) {
      const nearby = lexical.search(words, 20, admits, also, near);
      expect([...nearby]).toEqual([...lexical.search(words, 20, admits, also)]);
      expect(nearby.size).toBeGreaterThan(20);
    }
    // Every posting names "Koch": each is found, near or not, and every near one admitted.
    expect(lexical.search('Koch', 1000, () => true).size).toBe(1000);
    expect(lexical.search('Koch', 1000, admits, [], near).size).toBe(jobs.filter((_, k) => admits(k)).length);
  });
});
