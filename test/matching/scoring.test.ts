import { MatchIndex } from '../../src/matching/match-index';
import { makeQuery } from '../../src/matching/query';
import { distanceFit, freshness, levelFit, pensumFit } from '../../src/matching/score';
import { JOB_WEIGHTS } from '../../src/matching/weights';
import { byScore, TopK } from '../../src/matching/heap';
import { NOW, OLTEN, SOLOTHURN, ess, job, opt } from './helpers';

const skill = (conceptId: string, level: 'basic' | 'good' | 'expert' = 'good') => ({ conceptId, level });

describe('scoring', () => {
  it('has weights that sum to 1', () => {
    const sum = Object.values(JOB_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
  });

  it('rates factor functions as documented', () => {
    expect(levelFit(2, 2)).toBe(1);
    expect(levelFit(1, 2)).toBe(0.5);
    expect(levelFit(1, 3)).toBe(0);
    expect(distanceFit(0, 20)).toBe(1);
    expect(distanceFit(20, 20)).toBe(0.5);
    expect(distanceFit(50, 20)).toBe(0);
    expect(pensumFit(80, 100, { min: 60, max: 80 })).toBe(1);
    expect(pensumFit(40, 50, { min: 80, max: 100 })).toBeCloseTo(0.4);
    expect(freshness(NOW.getTime(), NOW.getTime())).toBe(1);
    expect(freshness(NOW.getTime() - 30 * 86_400_000, NOW.getTime())).toBeCloseTo(0.5);
  });

  it('ranks full essential coverage above partial, and near above far', () => {
    const full = job({ skills: [ess('a'), ess('b')] });
    const partial = job({ skills: [ess('a'), ess('c')] });
    const farFull = job({ skills: [ess('a'), ess('b')], point: OLTEN });
    const index = new MatchIndex([partial, farFull, full]);
    const result = index.search(makeQuery({ skills: [skill('a'), skill('b')], point: SOLOTHURN, radiusKm: 40, now: NOW }));
    expect(result.items.map((i) => i.id)).toEqual([full.id, farFull.id, partial.id]);
    const top = result.items[0]!;
    expect(top.breakdown.find((p) => p.factor === 'essential')!.score).toBe(1);
    expect(result.items[2]!.missing).toEqual(['c']);
    expect(result.items[1]!.distanceKm).toBeGreaterThan(25);
  });

  it('excludes rejected jobs, marks and boosts saved ones, and drops expired postings', () => {
    const a = job({ skills: [ess('a')] });
    const b = job({ skills: [ess('a')] });
    const c = job({ skills: [ess('a')] });
    const expired = job({ skills: [ess('a')], validUntil: new Date(NOW.getTime() - 1000) });
    const index = new MatchIndex([a, b, c, expired]);
    const result = index.search(makeQuery({ skills: [skill('a')], now: NOW, rejected: new Set([a.id]), saved: new Set([c.id]) }));
    expect(result.items.map((i) => i.id)).toEqual([c.id, b.id]);
    expect(result.items[0]!.saved).toBe(true);
    expect(result.total).toBe(2);
  });

  it('counts optional skills and level gaps', () => {
    const withOptional = job({ skills: [ess('a', 'good'), opt('b')] });
    const expertNeeded = job({ skills: [ess('a', 'expert'), opt('x')] });
    const index = new MatchIndex([expertNeeded, withOptional]);
    const [first, second] = index.search(makeQuery({ skills: [skill('a', 'good'), skill('b')], now: NOW })).items;
    expect(first!.id).toBe(withOptional.id);
    expect(second!.breakdown.find((p) => p.factor === 'level')!.score).toBe(0.5);
    expect(second!.missingOptional).toEqual(['x']);
  });

  it('pages with offset and limit over a stable order', () => {
    const jobs = Array.from({ length: 30 }, (_, i) => job({ skills: [ess('a')], publishedAt: new Date(NOW.getTime() - i * 86_400_000) }));
    const index = new MatchIndex(jobs);
    const q = makeQuery({ skills: [skill('a')], now: NOW });
    const all = index.search(q, { limit: 30 }).items.map((i) => i.id);
    const page2 = index.search(q, { limit: 10, offset: 10 }).items.map((i) => i.id);
    expect(page2).toEqual(all.slice(10, 20));
    expect(all[0]).toBe(jobs[0]!.id); // freshest first when all else is equal
  });

  it('keeps the k best in the heap with ties in input order', () => {
    const top = new TopK(3);
    [0.5, 0.9, 0.1, 0.9, 0.7].forEach((s, i) => top.push(s, i));
    expect(top.sorted()).toEqual([
      { score: 0.9, item: 1 },
      { score: 0.9, item: 3 },
      { score: 0.7, item: 4 },
    ]);
  });

  it('orders by byScore exactly as by the difference of the scores, ties and NaN included', () => {
    // byScore replaced `b.score - a.score || …` in the rankings' sorts: the same order, as small integers.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const special = [0, -0, 1, -1, 0.1 + 0.2, 0.3, Infinity, -Infinity, NaN, Number.MIN_VALUE];
    for (let round = 0; round < 200; round++) {
      const scores = Array.from({ length: 40 }, () => (next() < 0.3 ? special[Math.floor(next() * special.length)]! : Math.round(next() * 20) / 20));
      const items = scores.map((score, i) => ({ score, i }));
      const bySubtraction = [...items].sort((a, b) => b.score - a.score || a.i - b.i).map((x) => x.i);
      const bySign = [...items].sort((a, b) => byScore(a.score, b.score) || a.i - b.i).map((x) => x.i);
      expect(bySign).toEqual(bySubtraction);
      for (const a of scores) for (const b of scores) expect(Number.isInteger(byScore(a, b))).toBe(true);
    }
  });
});
