import { Random } from '../../src/demo/random';
import { breakdown, emptyFeatures, factorScores, round, type Features } from '../../src/matching/score';
import { JOB_FACTORS, JOB_WEIGHTS } from '../../src/matching/weights';

/**
 * breakdown() shares one frozen part per factor and rounded score between breakdowns: every
 * breakdown must equal the parts built afresh (a -0, NaN or out-of-range score too), and a shared
 * part cannot be changed by whoever reads it.
 */
describe('score breakdown', () => {
  const fresh = (f: Features) => factorScores(f).map((score, i) => ({ factor: JOB_FACTORS[i]!, score: round(score), weight: JOB_WEIGHTS[JOB_FACTORS[i]!] }));

  it('equals the parts built afresh for random features', () => {
    const rnd = new Random(5);
    for (let n = 0; n < 3000; n++) {
      const f = emptyFeatures();
      f.essentialTotal = rnd.int(0, 4);
      f.essentialMatched = rnd.int(0, f.essentialTotal);
      f.optionalTotal = rnd.int(0, 4);
      f.optionalMatched = rnd.int(0, f.optionalTotal);
      f.matched = f.essentialMatched + f.optionalMatched;
      f.levelSum = f.matched * rnd.next();
      f.distanceKm = rnd.chance(0.1) ? NaN : rnd.next() * 80;
      f.radiusKm = rnd.chance(0.05) ? 0 : rnd.pick([10, 20, 30, 50]);
      f.pensum = rnd.chance(0.05) ? -0 : rnd.next();
      f.kind = rnd.int(0, 1);
      f.languages = rnd.chance(0.05) ? 1.5 : rnd.next();
      f.freshness = rnd.next() / 3000;
      f.saved = rnd.chance(0.5);
      f.interests = rnd.next();
      expect(breakdown(f)).toEqual(fresh(f));
    }
  });

  it('hands out parts no reader can change', () => {
    const f = emptyFeatures();
    const [a, b] = [breakdown(f), breakdown(f)];
    expect(a[0]).toBe(b[0]);
    expect(Object.isFrozen(a[0])).toBe(true);
  });
});
