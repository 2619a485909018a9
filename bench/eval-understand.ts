/**
 * `npm run eval:understand [-- --json] [-- --dir <fixtures>]`: scores src/nlu on the held-out labelled
 * utterances in test/fixtures/understand (format in its README): intent accuracy, skill precision
 * and recall (micro, over taxonomy concepts), entity accuracy, and time per message. A naive
 * baseline (whole-message keyword table for intents, one vocabulary lookup per word for skills)
 * is measured in the same run; `ratio` is ours / baseline.
 *
 * Optional real third-party German text (never part of the repository; see shared/data/SOURCES.md):
 *   --esco <all_skills_de.csv>  ESCO's German preferred labels of the taxonomy's ESCO concepts, each
 *                               understood as a message: recall of the right concept.
 *   --quenfo <trainingdata_anonymized.tsv>  real job-ad paragraphs (applicant profiles, class 3):
 *                               share of paragraphs with a skill found, skills per paragraph, ms per
 *                               paragraph and crashes (no gold labels: a robustness and speed check).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectPath } from '../src/paths';
import { SkillLexicon, skillLexicon } from '../src/matching/taxonomy/layers';
import { builtinTaxonomy } from '../src/matching/taxonomy/taxonomy';
import { KEYWORDS, SLASH_COMMANDS } from '../src/nlu/intent-examples';
import { normalizeIntentText } from '../src/nlu/intents';
import { CONFIRM_BELOW } from '../dialogs/skills';
import { MIN_SKILL_CONFIDENCE } from '../src/nlu/skills';
import { tokenize } from '../src/nlu/tokens';
import { createUnderstander } from '../src/nlu/understand';
import type { Locale } from '../src/profile/types';
import type { Entities, IntentName, SkillVocabulary, Understanding } from '../src/services/ports';

interface Item {
  text: string;
  locale?: Locale;
  intent?: IntentName;
  skills?: string[];
  entities?: Partial<Entities>;
}

interface Fixture {
  file: string;
  now: Date;
  items: Item[];
}

/** Entities reported one by one (what introductions say about the person). */
const PERSON_ENTITIES = ['firstName', 'age', 'placeName', 'occupation', 'wishedJob'] as const;

/** Gold skills are de-CH labels; a de-DE spelling of the same label (ß for ss) names the same concept. */
function labelKey(label: string): string {
  return label.toLowerCase().replace(/ß/g, 'ss');
}

/**
 * The label a predicted skill is scored by. The gold labels are curated ones; with the app's whole
 * lexicon a technology or ESCO skill below a curated concept ("Docker" below "DevOps und CI/CD")
 * counts as that concept when the gold names it.
 */
function predictedKey(skill: { conceptId: string; label: string }, gold: ReadonlySet<string>, vocabulary: SkillVocabulary): string {
  const own = labelKey(vocabulary.label(skill.conceptId, 'de-CH') ?? skill.label);
  if (gold.has(own) || !(vocabulary instanceof SkillLexicon)) return own;
  const broader = vocabulary.broaderOf(skill.conceptId).map((id) => labelKey(vocabulary.label(id, 'de-CH') ?? id));
  return broader.find((key) => gold.has(key)) ?? own;
}

/**
 * Sets labelled before the code under test ever ran on them and never used to tune it: their
 * figures are reported apart from the tuned sets (see test/fixtures/understand/README.md).
 */
const FIRST_RUN_SETS = new Set(['untuned22.json', 'untuned23.json']);

interface Tally {
  intentTotal: number;
  intentCorrect: number;
  skillTruePositive: number;
  skillPredicted: number;
  skillGold: number;
  /** Skills the conversation would store without asking (confidence at least CONFIRM_BELOW), and the right ones among them. */
  skillStored: number;
  skillStoredRight: number;
  /** Skills it would ask about first ("Meinst du …?"), and the right ones among them. */
  skillAsked: number;
  skillAskedRight: number;
  entityChecks: number;
  entityCorrect: number;
  /** Checks and hits per person entity (firstName, age, placeName, …). */
  person: Record<string, { checks: number; correct: number }>;
}

type Predict = (item: Item, now: Date) => Pick<Understanding, 'intent' | 'skills' | 'entities'>;

function loadFixtures(dir: string): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { now: string; items: Item[] };
      return { file, now: new Date(`${raw.now}T12:00:00`), items: raw.items };
    });
}

/** Strings compare ignoring case ("Fachfrau Gesundheit" = "fachfrau gesundheit"). */
function sameValue(key: string, a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string' && (PERSON_ENTITIES as readonly string[]).includes(key)) return a.toLowerCase() === b.toLowerCase();
  return same(a, b);
}

/** Deep equality where arrays of entities compare as sets (order of languages/kinds is not meaningful). */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = (x: unknown) => JSON.stringify(x);
    return a.length === b.length && a.map(key).sort().join('|') === b.map(key).sort().join('|');
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

function emptyTally(): Tally {
  return { intentTotal: 0, intentCorrect: 0, skillTruePositive: 0, skillPredicted: 0, skillGold: 0, skillStored: 0, skillStoredRight: 0, skillAsked: 0, skillAskedRight: 0, entityChecks: 0, entityCorrect: 0, person: {} };
}

/** Splits the predicted skills as the conversation treats them: stored at once, or asked about first. */
function tallyStoredAndAsked(tally: Tally, skills: Understanding['skills'], gold: Set<string>, vocabulary: SkillVocabulary): void {
  const best = new Map<string, number>();
  for (const s of skills) {
    const key = predictedKey(s, gold, vocabulary);
    best.set(key, Math.max(best.get(key) ?? 0, s.confidence));
  }
  for (const [key, confidence] of best) {
    const right = gold.has(key) ? 1 : 0;
    if (confidence >= CONFIRM_BELOW) {
      tally.skillStored++;
      tally.skillStoredRight += right;
    } else {
      tally.skillAsked++;
      tally.skillAskedRight += right;
    }
  }
}

function score(fixtures: Fixture[], vocabulary: SkillVocabulary, predict: Predict, misses?: string[]): Tally {
  const tally = emptyTally();
  for (const fixture of fixtures) {
    // A first-run set's misses are never listed: reading them would make it a tuning set.
    const missesOf = FIRST_RUN_SETS.has(fixture.file) ? undefined : misses;
    for (const item of fixture.items) {
      const result = predict(item, fixture.now);
      if (item.intent) {
        tally.intentTotal++;
        if (result.intent.name === item.intent) tally.intentCorrect++;
        else missesOf?.push(`intent  "${item.text}": expected ${item.intent}, got ${result.intent.name} (${result.intent.confidence})`);
      }
      if (item.skills) {
        const gold = new Set(item.skills.map(labelKey));
        const predicted = new Set(result.skills.map((s) => predictedKey(s, gold, vocabulary)));
        const hits = [...predicted].filter((p) => gold.has(p)).length;
        tally.skillTruePositive += hits;
        tally.skillPredicted += predicted.size;
        tally.skillGold += gold.size;
        tallyStoredAndAsked(tally, result.skills, gold, vocabulary);
        if (hits !== gold.size || hits !== predicted.size) missesOf?.push(`skills  "${item.text}": expected [${[...gold].join(', ')}], got [${[...predicted].join(', ')}]`);
      }
      for (const [key, expected] of Object.entries(item.entities ?? {})) {
        tally.entityChecks++;
        const actual = (result.entities as Record<string, unknown>)[key];
        const hit = sameValue(key, actual, expected);
        if ((PERSON_ENTITIES as readonly string[]).includes(key)) {
          const counts = (tally.person[key] ??= { checks: 0, correct: 0 });
          counts.checks++;
          if (hit) counts.correct++;
        }
        if (hit) tally.entityCorrect++;
        else missesOf?.push(`entity  "${item.text}": ${key} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
      }
    }
  }
  return tally;
}

/** The naive baseline: exact whole-message keywords; each word looked up on its own. */
function baseline(vocabulary: SkillVocabulary): Predict {
  const keywords = new Map<string, IntentName>();
  for (const [intent, words] of Object.entries(KEYWORDS) as [IntentName, string[]][]) for (const w of words) keywords.set(normalizeIntentText(w), intent);
  for (const [command, intent] of Object.entries(SLASH_COMMANDS)) keywords.set(command, intent);
  return (item) => {
    const name = keywords.get(normalizeIntentText(item.text)) ?? keywords.get(item.text.trim()) ?? 'none';
    const skills = tokenize(item.text).flatMap((token) => {
      const hit = vocabulary.find(token.text, item.locale ?? 'de-CH', 1)[0];
      return hit && hit.confidence >= MIN_SKILL_CONFIDENCE ? [{ ...hit, span: [token.start, token.end] as [number, number] }] : [];
    });
    return { intent: { name, confidence: 1 }, skills, entities: {} };
  };
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 100) / 100);
const share = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

function metrics(t: Tally) {
  return {
    intentAccuracy: share(t.intentCorrect, t.intentTotal),
    skillPrecision: share(t.skillTruePositive, t.skillPredicted),
    skillRecall: share(t.skillTruePositive, t.skillGold),
    // What a person would find in their profile without a tap, and what Lotse would ask about first.
    storedSkillPrecision: share(t.skillStoredRight, t.skillStored),
    storedSkillRecall: share(t.skillStoredRight, t.skillGold),
    skillsAsked: t.skillAsked,
    skillsAskedRight: t.skillAskedRight,
    entityAccuracy: share(t.entityCorrect, t.entityChecks),
    ...(Object.keys(t.person).length
      ? { person: Object.fromEntries(PERSON_ENTITIES.filter((k) => t.person[k]).map((k) => [k, { accuracy: share(t.person[k]!.correct, t.person[k]!.checks), checks: t.person[k]!.checks }])) }
      : {}),
  };
}

function flag(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** Minimal CSV line split (quoted fields with commas and doubled quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Recall of the taxonomy's ESCO concepts from ESCO's own German preferred labels. */
function escoRecall(path: string, understand: (text: string) => Understanding, vocabulary: SkillVocabulary) {
  let total = 0;
  let found = 0;
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const [uri, label] = csvFields(line);
    if (!uri || !label || vocabulary.label(uri, 'de-CH') === undefined) continue;
    total++;
    if (understand(label).skills.some((s) => s.conceptId === uri)) found++;
  }
  return { labels: total, recall: share(found, total) };
}

/** Skills found in real applicant-profile paragraphs of German job ads, with time per paragraph. */
function quenfoParagraphs(path: string, understand: (text: string) => Understanding) {
  const paragraphs = readFileSync(path, 'utf8')
    .split(/\n\s*\n/)
    .filter((block) => /^CLASS:\s*3\b/.test(block.trim()))
    .map((block) => block.trim().split('\n').slice(1).join('\n'));
  let withSkill = 0;
  let skills = 0;
  let crashes = 0;
  const started = process.hrtime.bigint();
  for (const paragraph of paragraphs) {
    try {
      const found = understand(paragraph).skills.length;
      skills += found;
      if (found > 0) withSkill++;
    } catch {
      crashes++;
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    paragraphs: paragraphs.length,
    withSkill: share(withSkill, paragraphs.length),
    skillsPerParagraph: share(skills, paragraphs.length),
    msPerParagraph: Math.round((ms / Math.max(1, paragraphs.length)) * 1000) / 1000,
    crashes,
  };
}

const USAGE = `usage: npm run eval:understand -- [--json] [--dir <fixtures dir>] [--lexicon] [--esco <csv>] [--quenfo <file>]
Without --json every miss of the tuning sets is listed (never those of the first-run sets).
--lexicon understands with the app's whole skill lexicon (curated, technologies, ESCO), as the chat and
\`lotse understand\` do; without it, with the curated taxonomy alone (the figures of README's tables).`;
const KNOWN_OPTIONS = new Set(['--json', '--dir', '--esco', '--quenfo', '--lexicon']);

function main(argv: string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) return void console.log(USAGE);
  const unknown = argv.filter((a) => a.startsWith('-') && !KNOWN_OPTIONS.has(a));
  if (unknown.length) {
    console.error(`unknown option ${unknown.join(' ')}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const json = argv.includes('--json');
  const dirFlag = flag(argv, '--dir');
  const dir = dirFlag ? resolve(dirFlag) : projectPath('test', 'fixtures', 'understand');
  const fixtures = loadFixtures(dir);
  const vocabulary = argv.includes('--lexicon') ? skillLexicon() : builtinTaxonomy();
  let now = new Date();
  const understander = createUnderstander(vocabulary, { now: () => now });
  const ours: Predict = (item, at) => {
    now = at;
    return understander.understand(item.text, item.locale ?? 'de-CH');
  };
  score(fixtures, vocabulary, ours); // warm-up, so the timing below is steady state
  const misses: string[] = [];
  const started = process.hrtime.bigint();
  const tally = score(fixtures, vocabulary, ours, misses);
  const items = fixtures.reduce((n, f) => n + f.items.length, 0);
  const msPerMessage = Math.round((Number(process.hrtime.bigint() - started) / 1e6 / Math.max(1, items)) * 1000) / 1000;
  const base = metrics(score(fixtures, vocabulary, baseline(vocabulary)));
  const understandDe = (text: string) => understander.understand(text, 'de-DE');
  const escoPath = flag(argv, '--esco');
  const quenfoPath = flag(argv, '--quenfo');
  const realData = {
    ...(escoPath ? { esco: escoRecall(escoPath, understandDe, vocabulary) } : {}),
    ...(quenfoPath ? { quenfo: quenfoParagraphs(quenfoPath, understandDe) } : {}),
  };
  const files = Object.fromEntries(fixtures.map((f) => [f.file, metrics(score([f], vocabulary, ours))]));
  const firstRun = fixtures.filter((f) => FIRST_RUN_SETS.has(f.file));
  const firstRunMetrics = firstRun.length ? { sets: firstRun.map((f) => f.file), ...metrics(score(firstRun, vocabulary, ours)) } : undefined;
  const result = {
    benchmark: 'eval-understand',
    utterances: items,
    intents: tally.intentTotal,
    skillsGold: tally.skillGold,
    entityChecks: tally.entityChecks,
    ...metrics(tally),
    msPerMessage,
    baseline: base,
    files,
    ...(firstRunMetrics ? { firstRun: firstRunMetrics } : {}),
    ...(Object.keys(realData).length ? { realData } : {}),
    ratio: { intentAccuracy: ratio(metrics(tally).intentAccuracy ?? 0, base.intentAccuracy ?? 0), skillRecall: ratio(metrics(tally).skillRecall ?? 0, base.skillRecall ?? 0) },
  };
  if (!json) {
    for (const miss of misses) console.log(`  miss ${miss}`);
    console.log(`utterances ${items} (${tally.intentTotal} intents, ${tally.skillGold} gold skills, ${tally.entityChecks} entity checks)`);
    console.log(`intent accuracy ${result.intentAccuracy} (baseline ${base.intentAccuracy})`);
    console.log(`skill precision ${result.skillPrecision}, recall ${result.skillRecall} (baseline ${base.skillPrecision} / ${base.skillRecall})`);
    console.log(`stored without asking: precision ${result.storedSkillPrecision}, recall ${result.storedSkillRecall}; asked first: ${result.skillsAsked} (${result.skillsAskedRight} right)`);
    console.log(`entity accuracy ${result.entityAccuracy}; ${msPerMessage} ms per message`);
    for (const [file, m] of Object.entries(files)) console.log(`  ${FIRST_RUN_SETS.has(file) ? '[first run] ' : ''}${file}: ${JSON.stringify(m)}`);
    if (firstRunMetrics) console.log(`first-run sets (never tuned on): ${JSON.stringify(firstRunMetrics)}`);
    for (const [name, m] of Object.entries(realData)) console.log(`real data ${name}: ${JSON.stringify(m)}`);
  }
  console.log(JSON.stringify(result));
}

main(process.argv.slice(2));
