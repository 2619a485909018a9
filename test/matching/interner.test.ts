import { generateCorpus } from '../../bench/corpus';
import { Interner } from '../../src/matching/interner';
import { TrainingIndex } from '../../src/matching/training-index';

describe('trainings held with their repeated values once', () => {
  const corpus = generateCorpus({ postings: 0, trainings: 400, profiles: 0, seed: 4 });

  it('gives trainings equal to those given, key by key, sharing equal values', () => {
    const index = new TrainingIndex(corpus.trainings);
    expect(index.trainings).toEqual(corpus.trainings);
    index.trainings.forEach((t, k) => expect(Object.keys(t)).toEqual(Object.keys(corpus.trainings[k]!)));
    const [a, b] = [index.trainings[0]!, index.trainings[1]!];
    expect(a.updatedAt).toBe(b.updatedAt);
    const sameStart = index.trainings.filter((t) => t.startDate?.getTime() === a.startDate?.getTime());
    expect(new Set(sameStart.map((t) => t.startDate)).size).toBe(1);
    const sameProvider = index.trainings.filter((t) => t.provider === a.provider);
    expect(sameProvider.length).toBeGreaterThan(1);
    expect(index.get(a.id)).toBe(a);
  });

  it('freezes shared lists and objects, keeps keys a training lacks absent, tells −0 from 0', () => {
    const interner = new Interner();
    const base = corpus.trainings[0]!;
    const x = interner.training({ ...base, funding: ['bildungsgutschein'], cost: { amount: 0, currency: 'CHF' }, point: { latitude: 0, longitude: 8 } });
    const y = interner.training({ ...base, funding: ['bildungsgutschein'], cost: { amount: -0, currency: 'CHF' }, point: { latitude: -0, longitude: 8 } });
    expect(x.funding).toBe(y.funding);
    expect(() => x.funding.push('x')).toThrow(TypeError);
    expect(Object.is(y.cost!.amount, -0)).toBe(true);
    expect(Object.is(y.point!.latitude, -0)).toBe(true);
    expect(x.cost).not.toBe(y.cost);
    expect(interner.list(['a', 'b'])).not.toBe(interner.list(['a\u0000b']));
    const { endDate: _, ...withoutEnd } = base;
    expect('endDate' in interner.training(withoutEnd)).toBe(false);
  });
});
