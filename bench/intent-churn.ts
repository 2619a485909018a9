/**
 * `npm run bench:intent-churn -- --dir <fixtures> [--a=12,13,14] [--b=15,16,17] [--options='{"l2":1e-4}'] [--prune=0.6] [--cache=<dir>] [--json]`:
 * how much the intent model's answers move when it is retrained. Trains the model twice, on two disjoint sets of
 * template draws (seeds `--a` and `--b`, as many as DRAW_SEEDS by default), and reports both models' intent accuracy
 * per labelled set (through the whole understanding path) and the messages whose intent differs between them (the
 * churn: fixed, broken, or wrong both times but differently). A retraining after a template edit moves the model
 * about as much as a new draw does, so the churn is the noise any edit's gain must exceed.
 * `--dir` is required: point it at tuning sets only (held-out sets are never scored message by message).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinTaxonomy } from '../src/matching/taxonomy/taxonomy';
import { averageLinear, type LinearWeights, type TrainOptions } from '../src/nlu/linear-model';
import { useIntentWeights } from '../src/nlu/intents';
import { createUnderstander } from '../src/nlu/understand';
import type { Locale } from '../src/profile/types';
import type { IntentName } from '../src/services/ports';
import { DRAW_SEEDS, TRAIN_OPTIONS, trainDraw } from './train-intents';

interface Item {
  text: string;
  locale?: Locale;
  intent?: IntentName;
}

const flag = (argv: readonly string[], name: string) => argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
const seedsOf = (value: string | undefined, fallback: number[]) => (value ? value.split(',').map(Number) : fallback);

/** One draw's unpruned model, from the cache when one is given and holds it. */
function draw(seed: number, options: TrainOptions, cache: string | undefined): LinearWeights {
  const key = JSON.stringify({ ...options, seed });
  const file = cache && join(cache, `${Buffer.from(key).toString('base64url')}.json`);
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LinearWeights;
  const model = trainDraw(seed, options);
  if (file) writeFileSync(file, JSON.stringify(model));
  return model;
}

/** Two models' answers against the labels: accuracy of each, answers that differ, and of those the fixed and the broken. */
export function compareAnswers(gold: readonly string[], a: readonly string[], b: readonly string[]) {
  const share = (hits: number) => Math.round((hits / Math.max(1, gold.length)) * 1000) / 1000;
  let [rightA, rightB, changed, fixed, broken] = [0, 0, 0, 0, 0];
  gold.forEach((label, i) => {
    if (a[i] === label) rightA++;
    if (b[i] === label) rightB++;
    if (a[i] !== b[i]) changed++;
    if (a[i] !== label && b[i] === label) fixed++;
    if (a[i] === label && b[i] !== label) broken++;
  });
  return { n: gold.length, a: share(rightA), b: share(rightB), changed, churn: share(changed), fixed, broken };
}

function main(argv: string[]): void {
  const dirFlag = flag(argv, '--dir');
  if (!dirFlag) {
    console.error('--dir=<folder of tuning fixtures> is required');
    process.exitCode = 2;
    return;
  }
  const options: TrainOptions = { ...TRAIN_OPTIONS, ...(JSON.parse(flag(argv, '--options') ?? '{}') as Partial<TrainOptions>) };
  const a = seedsOf(flag(argv, '--a'), DRAW_SEEDS);
  const b = seedsOf(flag(argv, '--b'), DRAW_SEEDS.map((s) => s + DRAW_SEEDS.length));
  const cache = flag(argv, '--cache');
  if (cache) mkdirSync(cache, { recursive: true });
  const prune = Number(flag(argv, '--prune') ?? options.prune);
  const model = (seeds: number[]) => averageLinear(seeds.map((seed) => draw(seed, options, cache)), prune);
  const models = [model(a), model(b)];
  const dir = resolve(dirFlag);
  const understander = createUnderstander(builtinTaxonomy());
  const sets = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, items: (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { items: Item[] }).items.filter((i) => i.intent) }))
    .filter((s) => s.items.length);
  const answers = models.map((weights) => {
    useIntentWeights(weights);
    return sets.map((s) => s.items.map((item) => understander.understand(item.text, item.locale ?? 'de-CH').intent.name));
  });
  useIntentWeights(undefined);
  const perSet = sets.map((s, si) => ({ set: s.file.replace(/\.json$/, ''), ...compareAnswers(s.items.map((i) => i.intent!), answers[0]![si]!, answers[1]![si]!) }));
  const overall = compareAnswers(sets.flatMap((s) => s.items.map((i) => i.intent!)), answers[0]!.flat(), answers[1]!.flat());
  const result = {
    benchmark: 'intent-churn',
    options,
    prune,
    a,
    b,
    features: models.map((m) => Object.keys(m.features).length),
    bytes: models.map((m) => JSON.stringify(m).length),
    overall,
    sets: perSet,
  };
  if (!argv.includes('--json')) {
    console.log(`seeds ${a.join(',')} vs ${b.join(',')}: accuracy ${overall.a} → ${overall.b} on ${overall.n} messages; ${overall.changed} answers changed (${overall.fixed} fixed, ${overall.broken} broken)`);
    for (const s of perSet) console.log(`  ${s.set.padEnd(14)} ${String(s.n).padStart(4)}  ${s.a} → ${s.b}  changed ${s.changed} (+${s.fixed} −${s.broken})`);
  }
  console.log(JSON.stringify(result));
}

if (require.main === module) main(process.argv.slice(2));
