/**
 * `npm run eval:intent-models [-- --json]`: the intent model Lotse uses (softmax regression,
 * src/nlu/intents.ts) against NLP.js's neural classifier (`@nlpjs/nlp` with `@nlpjs/lang-de`), the
 * alternative issue 12 names. Both learn from the same training split of training/intents and sit
 * in the same pipeline (slash commands and keywords first, the same threshold and evidence rules),
 * and both are scored on the labelled sets of test/fixtures/understand and on the dev split.
 * NLP.js is trained in this run (about 20 s), so its figures are first runs on every set; Lotse's
 * model was developed while some of these sets were read (see that folder's README).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { containerBootstrap, type Container } from '@nlpjs/core';
import { Nlp, type NlpManager } from '@nlpjs/nlp';
import { LangDe } from '@nlpjs/lang-de';
import { projectPath } from '../src/paths';
import { acceptGuess, fixedIntent, recognizeIntent, tooLittleToClassify } from '../src/nlu/intents';
import { MAX_INTENT_TEXT } from '../src/nlu/intent-features';
import type { IntentName } from '../src/services/ports';
import { isDev, trainingExamples, type Example } from './train-intents';

interface Item {
  text: string;
  intent?: IntentName;
}

/** NLP.js sees the dialog's open question as one more word, as Lotse's model sees it as a feature. */
const withAsked = (text: string, asked: readonly string[]) => (asked.length ? `${text} zzasked${asked[0]!.toLowerCase()}` : text);

async function nlpManager(): Promise<{ container: Container; nlp: NlpManager }> {
  const container = await containerBootstrap();
  // Registered before the plugin, whose defaults never override: no progress line per epoch.
  container.registerConfiguration('nlu-??', { keepStopwords: true, nonefeatureValue: 1, nonedeltaMultiplier: 1.2, spellCheck: false, spellCheckDistance: 1, filterZeros: true, log: false }, true);
  container.use(Nlp);
  container.use(LangDe);
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.settings.log = false;
  nlp.addLanguage('de');
  return { container, nlp };
}

async function trainNlpJs(train: readonly Example[]): Promise<{ model: string; seconds: number }> {
  const { nlp } = await nlpManager();
  for (const e of train) nlp.addDocument('de', withAsked(e.text.slice(0, MAX_INTENT_TEXT), e.asked), e.intent);
  const started = Date.now();
  await nlp.train();
  return { model: nlp.export(false), seconds: (Date.now() - started) / 1000 };
}

async function loadNlpJs(model: string): Promise<{ nlp: NlpManager; ms: number }> {
  const started = process.hrtime.bigint();
  const { nlp } = await nlpManager();
  nlp.import(model);
  return { nlp, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

/** NLP.js in Lotse's pipeline: only the model differs. */
function nlpJsIntent(nlp: NlpManager) {
  return async (text: string, asked: readonly string[] = []): Promise<IntentName> => {
    const fixed = fixedIntent(text);
    if (fixed) return fixed.name;
    const sample = text.slice(0, MAX_INTENT_TEXT);
    if (tooLittleToClassify(sample)) return 'none';
    const guess = await nlp.process('de', withAsked(sample, asked));
    const name = (guess.intent === 'None' ? 'none' : guess.intent) as IntentName;
    return acceptGuess(sample, name, guess.score, 1 - guess.score).name;
  };
}

const share = (hits: number, total: number) => Math.round((hits / Math.max(1, total)) * 1000) / 1000;

async function main(argv: string[]): Promise<void> {
  const examples = trainingExamples();
  const train = examples.filter((e) => !isDev(e));
  const dev = examples.filter(isDev);
  const trained = await trainNlpJs(train);
  const loaded = await loadNlpJs(trained.model);
  const nlpJs = nlpJsIntent(loaded.nlp);
  const lotse = async (text: string, asked: readonly string[] = []) => recognizeIntent(text, asked).name;
  const models = { lotse, nlpjs: nlpJs };
  const time = { lotse: 0, nlpjs: 0 };
  async function score(items: readonly { text: string; intent: IntentName; asked?: readonly string[] }[]) {
    const hits = { lotse: 0, nlpjs: 0 };
    for (const item of items) {
      for (const name of ['lotse', 'nlpjs'] as const) {
        const started = process.hrtime.bigint();
        if ((await models[name](item.text, item.asked)) === item.intent) hits[name]++;
        time[name] += Number(process.hrtime.bigint() - started) / 1e6;
      }
    }
    return { n: items.length, lotse: share(hits.lotse, items.length), nlpjs: share(hits.nlpjs, items.length) };
  }
  const dir = projectPath('test', 'fixtures', 'understand');
  const sets: Record<string, Awaited<ReturnType<typeof score>>> = {};
  const all: { text: string; intent: IntentName }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const items = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { items: Item[] }).items.filter((i): i is Item & { intent: IntentName } => Boolean(i.intent));
    if (items.length) sets[file.replace(/\.json$/, '')] = await score(items);
    all.push(...items);
  }
  time.lotse = 0;
  time.nlpjs = 0;
  const overall = await score(all);
  const result = {
    evaluation: 'intent-models',
    train: train.length,
    overall,
    dev: await score(dev.map((e) => ({ text: e.text, intent: e.intent as IntentName, asked: e.asked }))),
    sets,
    nlpjs: { trainSeconds: trained.seconds, loadMs: Math.round(loaded.ms), modelBytes: trained.model.length, msPerMessage: Math.round((time.nlpjs / all.length) * 1000) / 1000 },
    lotse: { msPerMessage: Math.round((time.lotse / all.length) * 1000) / 1000 },
  };
  if (!argv.includes('--json')) {
    console.log(`intent accuracy, ${overall.n} labelled messages: Lotse ${overall.lotse}, NLP.js ${overall.nlpjs}; dev split: Lotse ${result.dev.lotse}, NLP.js ${result.dev.nlpjs}`);
    for (const [name, s] of Object.entries(sets)) console.log(`  ${name.padEnd(14)} ${String(s.n).padStart(4)}  Lotse ${s.lotse}  NLP.js ${s.nlpjs}`);
    console.log(`NLP.js: trained in ${result.nlpjs.trainSeconds} s, loads in ${result.nlpjs.loadMs} ms, model ${result.nlpjs.modelBytes} bytes; ms per message: NLP.js ${result.nlpjs.msPerMessage}, Lotse ${result.lotse.msPerMessage}`);
  }
  console.log(JSON.stringify(result));
}

void main(process.argv.slice(2));
