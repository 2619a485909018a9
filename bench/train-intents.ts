/**
 * `npm run train:intents [-- --check]`: builds the intent model's training set and trains it.
 *
 * Training data (all in the repository, none taken from the evaluation sets in
 * test/fixtures/understand, which stay held out):
 *   - training/intents/templates.json and slots.json: message templates per intent (self-
 *     introductions, letter style, applications, technologies, Swiss German, English) and the
 *     values filled into them (names, ages, places, occupations, technologies);
 *   - the hand-written paraphrases and keywords of src/nlu/intent-examples.ts.
 * Every generated message gets a fixed, seeded variation (lower case, no punctuation, a typo) and,
 * for some, an open question of the dialog. The split is fixed: a message whose text hashes to
 * 0 mod 10 is in the dev split (reported, never trained on); everything else is the train split.
 *
 * Writes src/nlu/intent-weights.json (committed, so the bot loads weights and never trains).
 * With `--check` it trains in memory and fails when the committed weights differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { projectPath } from '../src/paths';
import { EXAMPLES, KEYWORDS } from '../src/nlu/intent-examples';
import { intentFeatures } from '../src/nlu/intent-features';
import { averageLinear, probabilities, seededRandom, trainLinear, type LabelledFeatures, type LinearWeights, type TrainOptions } from '../src/nlu/linear-model';

interface Templates {
  intro: string[];
  facts: string[];
  intents: Record<string, string[]>;
  answers: string[];
}

/** One generated example. */
export interface Example {
  text: string;
  intent: string;
  asked: string[];
}

export const TRAIN_OPTIONS: TrainOptions = { epochs: 12, learningRate: 0.3, l2: 1e-5, prune: 0.6, seed: 12, normalize: true };

/**
 * The stored model is the mean of models trained on differently seeded draws of the templates (each unpruned,
 * the mean pruned at TRAIN_OPTIONS.prune): one draw left the figures on small tuning sets to chance (±0.03 between
 * template edits that touched none of their phrasings); the mean varies less. Six draws instead of three: two
 * retrainings on disjoint draws disagreed on fewer tuning messages (`npm run bench:intent-churn`, see the README).
 */
export const DRAW_SEEDS = [12, 13, 14, 15, 16, 17];

/**
 * Messages generated per intent from the templates (frequent intents get more). Twice as many as at
 * first: with more templates, fewer draws left each template combination to chance, and a model
 * trained on the doubled set varied less between seeds on the tuning sets (see the README).
 */
const PER_INTENT: Record<string, number> = {
  show_jobs: 1800, greeting: 1200, none: 1800, thanks: 700, yes: 700, no: 600, show_trainings: 700, help: 400, human: 500, cancel: 500,
};
const OTHER_INTENTS = 180;
/** Times each hand-written paraphrase of intent-examples.ts is added (with a variation each time). */
const EXAMPLE_COPIES = 2;
/** Greetings with a question ("hallo, bin ich hier richtig?"); the greeting shapes below make the rest. */
const GREETING_TEMPLATES = 300;

/** Profile fields a dialog's open question may ask for (see the steps' `fills`). */
const FIELDS = ['positionKinds', 'place', 'pensum', 'situation', 'startDate', 'experienceYears', 'radiusKm', 'firstName', 'mobility', 'languages', 'open'];

function generate(templates: Templates, slots: Record<string, string[]>, seed: number): Example[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, slot: string) => pick(slots[slot] ?? [slot]));
  const join = (parts: string[]) =>
    parts.reduce((text, part) => (text ? `${text}${pick([', ', '. ', ' ', '! ', ',\n', ' und '])}${part}` : part.charAt(0).toUpperCase() + part.slice(1)), '');
  const opener = () => fill(chance(0.7) ? pick(slots.greet!) : pick(slots.letter!));
  const intro = () => fill(pick(templates.intro));
  const fact = () => fill(pick(templates.facts));
  const closing = () => fill(pick(['Freundliche Grüsse', 'Mit freundlichen Grüßen', 'LG', 'Liebe Grüsse, {name}', 'Gruss {name}', 'Danke!', 'Best regards', 'Viele Grüße']));
  const examples: Example[] = [];
  const add = (intent: string, text: string, askedChance: number) => {
    const asked = chance(askedChance) ? [pick(FIELDS)] : [];
    examples.push({ text: vary(text, random), intent, asked });
  };
  for (const [intent, list] of Object.entries(templates.intents)) {
    const count = intent === 'greeting' ? GREETING_TEMPLATES : (PER_INTENT[intent] ?? OTHER_INTENTS);
    for (let i = 0; i < count; i++) {
      const core = fill(pick(list));
      if (intent === 'show_jobs' || intent === 'show_trainings') {
        const parts = [...(chance(0.4) ? [opener()] : []), ...(chance(0.35) ? [intro()] : []), ...(chance(0.15) ? [fact()] : []), core];
        add(intent, join(parts) + (chance(0.1) ? `\n${closing()}` : ''), 0.1);
      } else if (intent === 'none') {
        add(intent, chance(0.3) ? join([intro(), ...(chance(0.6) ? [fact()] : [])]) : chance(0.2) ? join([fact(), core]) : core, 0.5);
      } else if (intent === 'thanks') {
        add(intent, join([core, ...(chance(0.2) ? [closing()] : [])]), 0.2);
      } else if (intent === 'yes' || intent === 'no') {
        add(intent, core, 0.5);
      } else {
        add(intent, join([...(chance(0.15) ? [opener()] : []), core]), 0.15);
      }
    }
  }
  for (let i = 0; i < (PER_INTENT.greeting ?? 0); i++) {
    const shape = random();
    const smallTalk = () => pick(['wie gahts?', "wie geht's?", 'wie geht es dir?', 'was geht?', 'alles klar?', 'how are you?', 'ist da jemand?', 'alles guet?']);
    const parts =
      shape < 0.25 ? [opener()] : shape < 0.35 ? [opener(), smallTalk()] : shape < 0.7 ? [opener(), intro()] : [opener(), intro(), fact(), ...(chance(0.4) ? [fact()] : [])];
    add('greeting', join(parts), 0.1);
  }
  // A skill named alone is an answer, whatever its words look like ("Personalwesen", "Computerkenntnisse").
  for (let i = 0; i < 500; i++) examples.push({ text: vary(fill(pick(['{skillword}', '{skillword}', '{skillword} und {skillword}', '{tech}', '{field}'])), random), intent: 'none', asked: chance(0.5) ? [pick(FIELDS)] : [] });
  // The same wish answers an open question ("Was suchst du?") but asks for jobs when nothing is open.
  const wishes = templates.answers.filter((a) => /\{kind\}|\{occ|suche|looking/.test(a));
  for (let i = 0; i < 500; i++) {
    const text = fill(pick(templates.answers));
    examples.push({ text: vary(text, random), intent: 'none', asked: [pick(FIELDS.filter((f) => f !== 'firstName'))] });
    if (i < 300) examples.push({ text: vary(fill(pick(wishes)), random), intent: 'show_jobs', asked: [] });
  }
  // Each paraphrase weighs as much beside the doubled template draws as it did before (intents such as
  // `welcome` have no templates, only these).
  for (const [intent, list] of Object.entries(EXAMPLES)) {
    for (const text of list) {
      for (let copy = 0; copy < EXAMPLE_COPIES; copy++) {
        examples.push({ text, intent, asked: [] });
        examples.push({ text: vary(text, random), intent, asked: chance(0.3) ? [pick(FIELDS)] : [] });
      }
    }
  }
  for (const [intent, list] of Object.entries(KEYWORDS)) {
    for (const text of list ?? []) for (let i = 0; i < 3; i++) examples.push({ text: i === 0 ? text : vary(text, random), intent, asked: chance(0.3) ? [pick(FIELDS)] : [] });
  }
  // A first name given to "Wie darf ich dich nennen?" is the answer, not a greeting ("Sandra"). Last, so
  // that the random draws of everything above stay as they were.
  for (let i = 0; i < 1200; i++) {
    const text = fill(pick(['{name}', '{name}', '{name}', '{name} reicht', 'nenn mich {name}', '{name}, danke']));
    examples.push({ text: vary(text, random), intent: 'none', asked: ['firstName'] });
  }
  return examples;
}

/** A seeded variation of how people type: all lower case, no punctuation, one typo. */
function vary(text: string, random: () => number): string {
  let result = text;
  if (random() < 0.25) result = result.toLowerCase();
  if (random() < 0.2) result = result.replace(/[,.!?]/g, '');
  if (random() < 0.15) {
    const words = result.split(' ');
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
    if (long.length) {
      const [word, at] = long[Math.floor(random() * long.length)]!;
      const i = 1 + Math.floor(random() * (word.length - 2));
      const kind = random();
      words[at] =
        kind < 0.33 ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : kind < 0.66 ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i] + word.slice(i);
      result = words.join(' ');
    }
  }
  return result;
}

/** The fixed dev split: reported, never trained on. */
export function isDev(example: Example): boolean {
  return createHash('sha1').update(example.text).digest()[0]! % 10 === 0;
}

/** The examples generated from training/intents (train and dev split together), drawn with `seed`. */
export function trainingExamples(seed = TRAIN_OPTIONS.seed): Example[] {
  const templates = JSON.parse(readFileSync(projectPath('training', 'intents', 'templates.json'), 'utf8')) as Templates;
  const slots = JSON.parse(readFileSync(projectPath('training', 'intents', 'slots.json'), 'utf8')) as Record<string, string[]>;
  return generate(templates, slots, seed);
}

/** The unpruned model of one draw of the templates (its train split), drawn and shuffled with `seed`. */
export function trainDraw(seed: number, options: TrainOptions = TRAIN_OPTIONS): LinearWeights {
  const examples = trainingExamples(seed).filter((e) => !isDev(e));
  return trainLinear(
    examples.map((e): LabelledFeatures => ({ features: intentFeatures(e.text, e.asked), label: e.intent })),
    { ...options, seed, prune: 0 },
  );
}

/** The stored model: the mean of the draws' models, pruned. */
export function trainIntentModel(seeds: readonly number[] = DRAW_SEEDS, options: TrainOptions = TRAIN_OPTIONS): LinearWeights {
  return averageLinear(
    seeds.map((seed) => trainDraw(seed, options)),
    options.prune,
  );
}

function main(argv: string[]): void {
  const started = Date.now();
  const weights = trainIntentModel();
  // Reported for the first draw (the dev split is fixed by the text's hash, so every draw has its own dev messages).
  const examples = trainingExamples();
  const train = examples.filter((e) => !isDev(e));
  const dev = examples.filter(isDev);
  const seconds = (Date.now() - started) / 1000;
  let correct = 0;
  for (const e of dev) {
    const p = probabilities(weights, intentFeatures(e.text, e.asked));
    if (weights.classes[p.indexOf(Math.max(...p))] === e.intent) correct++;
  }
  const counts: Record<string, number> = {};
  for (const e of train) counts[e.intent] = (counts[e.intent] ?? 0) + 1;
  const json = JSON.stringify(weights);
  const path = projectPath('src', 'nlu', 'intent-weights.json');
  const summary = {
    train: train.length,
    dev: dev.length,
    devAccuracy: Math.round((correct / Math.max(1, dev.length)) * 1000) / 1000,
    features: Object.keys(weights.features).length,
    bytes: json.length,
    seconds,
    perIntent: counts,
  };
  if (argv.includes('--check')) {
    const same = readFileSync(path, 'utf8').trim() === json;
    console.log(JSON.stringify({ ...summary, upToDate: same }));
    if (!same) process.exitCode = 1;
    return;
  }
  writeFileSync(path, `${json}\n`);
  console.log(JSON.stringify(summary));
}

if (require.main === module) main(process.argv.slice(2));
