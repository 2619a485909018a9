import { averageLinear, probabilities, trainLinear, type LabelledFeatures, type LinearWeights } from '../../src/nlu/linear-model';

describe('linear model', () => {
  it('scales the features of a normalized model by 1/sqrt(active features)', () => {
    const weights: LinearWeights = { classes: ['a', 'b'], bias: [0, 0], features: { x: [0, 2], y: [0, 2], z: [0, 2], u: [0, 2] }, normalized: true };
    // Four active features: each counts 1/2, so class a scores 4 * 2 / 2 = 4 against 0.
    const [a] = probabilities(weights, ['x', 'y', 'z', 'u', 'x']);
    expect(a).toBeCloseTo(Math.exp(4) / (Math.exp(4) + 1), 6);
    expect(probabilities({ ...weights, normalized: undefined }, ['x', 'y', 'z', 'u'])[0]).toBeCloseTo(Math.exp(8) / (Math.exp(8) + 1), 6);
  });

  it('stores the normalization with the weights it trains', () => {
    const examples: LabelledFeatures[] = [
      { features: ['p', 'q'], label: 'a' },
      { features: ['r', 's'], label: 'b' },
    ];
    const options = { epochs: 5, learningRate: 0.3, l2: 0, prune: 0, seed: 1 };
    expect(trainLinear(examples, { ...options, normalize: true }).normalized).toBe(true);
    expect(trainLinear(examples, options).normalized).toBeUndefined();
  });

  it('gives a small class more weight when asked to balance the classes', () => {
    // A shared feature seen 9 times for a and once for b: balancing moves its reading towards b.
    const examples: LabelledFeatures[] = [
      ...Array.from({ length: 9 }, () => ({ features: ['shared'], label: 'a' })),
      { features: ['shared'], label: 'b' },
    ];
    const options = { epochs: 30, learningRate: 0.3, l2: 0, prune: 0, seed: 3 };
    const plain = probabilities(trainLinear(examples, options), ['shared'])[1]!;
    const balanced = probabilities(trainLinear(examples, { ...options, balance: 1 }), ['shared'])[1]!;
    expect(plain).toBeLessThan(0.2);
    expect(balanced).toBeGreaterThan(0.4);
  });

  it('averages models (a missing feature weighs 0) and prunes the mean', () => {
    const one: LinearWeights = { classes: ['a', 'b'], bias: [1, -1], features: { x: [0, 2, 1, -1], y: [1, 1] }, normalized: true };
    const two: LinearWeights = { classes: ['a', 'b'], bias: [0, 0], features: { x: [0, 1], z: [0, 0.4] }, normalized: true };
    const mean = averageLinear([one, two], 0.3);
    expect(mean.bias).toEqual([0.5, -0.5]);
    expect(mean.features).toEqual({ x: [0, 1.5, 1, -0.5], y: [1, 0.5] });
    expect(mean.normalized).toBe(true);
    expect(() => averageLinear([one, { ...two, classes: ['a', 'c'] }], 0.3)).toThrow();
  });
});
