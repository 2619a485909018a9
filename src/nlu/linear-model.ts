/**
 * A multinomial logistic regression (softmax) over sparse binary features: trained with AdaGrad
 * and L2, stored sparse (weights below a cut are dropped), applied in microseconds. Optionally the
 * features of a message are normalized (each counts 1/sqrt(active features): a long letter with
 * hundreds of character n-grams no longer gets extreme, overconfident scores) and small classes
 * weigh more in training (class balance). Pure: the
 * trainer (bench/train-intents.ts) writes the weights, the bot only reads them.
 */

/** Trained weights: per feature the classes it speaks for, interleaved as [classIndex, weight, …]. */
export interface LinearWeights {
  classes: string[];
  bias: number[];
  features: Record<string, number[]>;
  /** When true, each active feature counts 1/sqrt(number of active features), so long messages do not get extreme scores. */
  normalized?: boolean;
}

/** One training example: its features and its class. */
export interface LabelledFeatures {
  features: string[];
  label: string;
}

/** Options of trainLinear. */
export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per step. */
  l2: number;
  /** Weights smaller than this (absolute) are dropped from the stored model. */
  prune: number;
  /** Deterministic shuffling. */
  seed: number;
  /** Class balance: an example of class c weighs (mean class size / size of c) ** balance (0 = unweighted). */
  balance?: number;
  /** Scale feature values by 1/sqrt(active features) (stored in the weights, applied at inference too). */
  normalize?: boolean;
}

/** Class probabilities for a set of features, in the order of `weights.classes`. */
export function probabilities(weights: LinearWeights, features: readonly string[]): number[] {
  const scores = weights.bias.slice();
  const unique = new Set(features);
  const value = weights.normalized ? 1 / Math.sqrt(Math.max(1, unique.size)) : 1;
  for (const feature of unique) {
    const row = weights.features[feature];
    if (!row) continue;
    for (let i = 0; i < row.length; i += 2) scores[row[i]!]! += row[i + 1]! * value;
  }
  return softmax(scores);
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** A small deterministic generator (mulberry32), so training runs are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains the softmax model on the examples (dense weights during training, sparse on return). */
export function trainLinear(examples: readonly LabelledFeatures[], options: TrainOptions): LinearWeights {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const featureIndex = new Map<string, number>();
  const encoded = examples.map((e) => ({
    features: [...new Set(e.features)].map((f) => {
      let index = featureIndex.get(f);
      if (index === undefined) featureIndex.set(f, (index = featureIndex.size));
      return index;
    }),
    label: classIndex.get(e.label)!,
  }));
  const k = classes.length;
  const sizes = new Float64Array(k);
  for (const e of encoded) sizes[e.label]!++;
  const meanSize = encoded.length / k;
  const classWeight = [...sizes].map((n) => (meanSize / n) ** (options.balance ?? 0));
  const w = new Float64Array(featureIndex.size * k);
  const g2 = new Float64Array(featureIndex.size * k).fill(1e-8);
  const bias = new Float64Array(k);
  const biasG2 = new Float64Array(k).fill(1e-8);
  const random = seededRandom(options.seed);
  const order = encoded.map((_, i) => i);
  const scores = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const at of order) {
      const { features, label } = encoded[at]!;
      const value = options.normalize ? 1 / Math.sqrt(Math.max(1, features.length)) : 1;
      scores.set(bias);
      for (const f of features) for (let c = 0; c < k; c++) scores[c]! += w[f * k + c]! * value;
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, scores[c]!);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += scores[c] = Math.exp(scores[c]! - max);
      for (let c = 0; c < k; c++) {
        const gradient = (scores[c]! / sum - (c === label ? 1 : 0)) * classWeight[label]!;
        biasG2[c]! += gradient * gradient;
        bias[c]! -= (options.learningRate * gradient) / Math.sqrt(biasG2[c]!);
        for (const f of features) {
          const at2 = f * k + c;
          const g = gradient * value + options.l2 * w[at2]!;
          g2[at2]! += g * g;
          w[at2]! -= (options.learningRate * g) / Math.sqrt(g2[at2]!);
        }
      }
    }
  }
  const features: Record<string, number[]> = {};
  for (const [name, f] of featureIndex) {
    const row: number[] = [];
    for (let c = 0; c < k; c++) {
      const value = w[f * k + c]!;
      if (Math.abs(value) >= options.prune) row.push(c, Math.round(value * 100) / 100);
    }
    if (row.length) features[name] = row;
  }
  return { classes, bias: [...bias].map((b) => Math.round(b * 100) / 100), features, ...(options.normalize ? { normalized: true } : {}) };
}

/**
 * The mean of models trained on the same classes (a feature a model lacks weighs 0 there), pruned at `prune`.
 * Models trained on different random draws of the training templates disagree on the rare phrasings; their
 * mean varies less with the draw than any one of them (see bench/train-intents.ts).
 */
export function averageLinear(models: readonly LinearWeights[], prune: number): LinearWeights {
  const first = models[0];
  if (!first) throw new Error('averageLinear needs at least one model');
  if (models.some((m) => m.classes.join('|') !== first.classes.join('|'))) throw new Error('averageLinear needs models over the same classes');
  const k = first.classes.length;
  const sums = new Map<string, Float64Array>();
  for (const model of models) {
    for (const [name, row] of Object.entries(model.features)) {
      let sum = sums.get(name);
      if (!sum) sums.set(name, (sum = new Float64Array(k)));
      for (let i = 0; i < row.length; i += 2) sum[row[i]!]! += row[i + 1]!;
    }
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const features: Record<string, number[]> = {};
  for (const [name, sum] of sums) {
    const row: number[] = [];
    for (let c = 0; c < k; c++) {
      const value = sum[c]! / models.length;
      if (Math.abs(value) >= prune) row.push(c, round(value));
    }
    if (row.length) features[name] = row;
  }
  const bias = first.bias.map((_, c) => round(models.reduce((total, m) => total + m.bias[c]!, 0) / models.length));
  return { classes: first.classes, bias, features, ...(first.normalized ? { normalized: true } : {}) };
}
