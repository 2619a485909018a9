/**
 * `npm run eval:skills [-- --json] [-- --data <shared data dir>]`: skill resolution on the labelled
 * sets in eval/skills (format in its README), labelled before the code ran on them.
 *
 * - phrases.json (or `--phrases <file in eval/skills>`): precision and recall of the stored concept per phrase source, for each way a
 *   phrase is resolved (the one resolver, and the paths it replaced, measured in the same run).
 * - job-ads.json (or `--ads <file>`; needs --data, the real ads are never part of the repository): span recall of the
 *   importers' extraction (and of the chat's extractor) over the hand-marked terms.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chunks } from '../src/importers/enrich';
import { phraseExtractor } from '../src/importers/phrase-extractor';
import { builtinTaxonomy } from '../src/matching/taxonomy/taxonomy';
import { fold } from '../src/nlu/tokens';
import { extractSkills } from '../src/nlu/skills';
import { projectPath } from '../src/paths';
import type { Locale } from '../src/profile/types';
import type { SkillExtractor } from '../src/importers/types';
import { adText, type AdRecordSource } from './eval-skills-ads';
import { skillLexicon } from '../src/matching/taxonomy/layers';
import { resolveSkills } from '../src/nlu/skill-resolver';

interface Phrase {
  text: string;
  source: string;
  locale: Locale;
  expect: string[];
}

interface Ad {
  file: string;
  index: number;
  title: string;
  country: 'CH' | 'DE';
  terms: string[];
}

/** What one way of resolving makes of a phrase: concepts stored silently, and a guess to confirm. */
interface Outcome {
  stored: { conceptId: string; label: string }[];
  asked: { conceptId: string; label: string }[];
}

type Resolve = (phrase: Phrase) => Outcome;

/** `lotse match --skills` before the resolver: the taxonomy's best concept from 0.6 on. */
function cliBefore(): Resolve {
  const taxonomy = builtinTaxonomy();
  return ({ text, locale }) => {
    const best = taxonomy.find(text, locale, 1)[0];
    return { stored: best && best.confidence >= 0.6 ? [best] : [], asked: [] };
  };
}

const same = (a: string, b: string) => fold(a).replace(/\s+/g, ' ').trim() === fold(b).replace(/\s+/g, ' ').trim();

interface Tally {
  phrases: number;
  expecting: number;
  stored: number;
  storedRight: number;
  recalled: number;
  asked: number;
  askedRight: number;
}

const share = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

/** A concept's labels in every locale (the chat answers English phrases with English labels; de-CH writes "Plattenlegen" for "Fliesen legen"). */
function labelsOf(conceptId: string, label: string): string[] {
  const lexicon = skillLexicon();
  const concept = lexicon.get(conceptId);
  // A technology's other names name the same thing (ESCO's "Jenkins (Werkzeuge …)" is Jenkins).
  const names = concept && lexicon.layer(conceptId) === 'technology' ? concept.synonyms : [];
  return [label, ...(concept ? Object.values(concept.labels) : []), ...names];
}

function scorePhrases(phrases: Phrase[], run: Resolve, misses?: string[]) {
  const bySource = new Map<string, Tally>();
  const all: Tally = { phrases: 0, expecting: 0, stored: 0, storedRight: 0, recalled: 0, asked: 0, askedRight: 0 };
  for (const phrase of phrases) {
    const out = run(phrase);
    const tally = bySource.get(phrase.source) ?? { phrases: 0, expecting: 0, stored: 0, storedRight: 0, recalled: 0, asked: 0, askedRight: 0 };
    bySource.set(phrase.source, tally);
    const right = (c: { conceptId: string; label: string }) => phrase.expect.some((e) => labelsOf(c.conceptId, c.label).some((l) => same(e, l)));
    const storedRight = out.stored.filter(right).length;
    const recalled = phrase.expect.length > 0 && storedRight > 0 ? 1 : 0;
    const askedRight = out.asked.filter(right).length > 0 && recalled === 0 ? 1 : 0;
    for (const t of [tally, all]) {
      t.phrases++;
      if (phrase.expect.length > 0) t.expecting++;
      t.stored += out.stored.length;
      t.storedRight += storedRight;
      t.recalled += recalled;
      t.asked += out.asked.length > 0 && out.stored.length === 0 ? 1 : 0;
      t.askedRight += askedRight;
    }
    if (storedRight !== out.stored.length || (phrase.expect.length > 0 && !recalled)) {
      misses?.push(`[${phrase.source}] "${phrase.text}": expected [${phrase.expect.join(', ')}], stored [${out.stored.map((s) => s.label).join(', ')}]${out.asked.length ? `, asked [${out.asked.map((s) => s.label).join(', ')}]` : ''}`);
    }
  }
  const metrics = (t: Tally) => ({
    phrases: t.phrases,
    precision: share(t.storedRight, t.stored),
    recall: share(t.recalled, t.expecting),
    askedInstead: t.asked,
    askedRight: t.askedRight,
  });
  return { all: metrics(all), bySource: Object.fromEntries([...bySource].sort().map(([k, t]) => [k, metrics(t)])) };
}

/** Span recall: a marked term counts as found when a reported span overlaps its first occurrence. */
function spanRecall(ads: { ad: Ad; text: string }[], extract: (text: string) => [number, number][], misses?: string[]) {
  let terms = 0;
  let found = 0;
  let located = 0;
  const byCountry: Record<string, { terms: number; found: number }> = {};
  const started = process.hrtime.bigint();
  for (const { ad, text } of ads) {
    const spans = extract(text);
    const lower = text.toLowerCase();
    const country = (byCountry[ad.country] ??= { terms: 0, found: 0 });
    for (const term of ad.terms) {
      terms++;
      country.terms++;
      const at = lower.indexOf(term.toLowerCase());
      if (at < 0) continue;
      located++;
      const hit = spans.some(([s, e]) => s < at + term.length && at < e);
      if (hit) {
        found++;
        country.found++;
      } else misses?.push(`${ad.file}#${ad.index}: "${term}"`);
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    ads: ads.length,
    terms,
    located,
    spanRecall: share(found, terms),
    byCountry: Object.fromEntries(Object.entries(byCountry).map(([k, v]) => [k, { terms: v.terms, spanRecall: share(v.found, v.terms) }])),
    msPerAd: Math.round((ms / Math.max(1, ads.length)) * 100) / 100,
  };
}

/** Spans of an extractor over the text read in the importers' chunks (offsets made absolute). */
function chunked(extract: SkillExtractor): (text: string) => [number, number][] {
  return (text) => {
    const spans: [number, number][] = [];
    let offset = 0;
    for (const piece of chunks(text)) {
      for (const found of extract(piece)) if (found.span) spans.push([found.span[0] + offset, found.span[1] + offset]);
      offset += piece.length;
    }
    return spans;
  };
}

/** The one resolver: stored when sure, confirmed with a tap when a guess. */
function resolver(): Resolve {
  return ({ text, locale }) => {
    const { skills } = resolveSkills(text, { locale, mode: 'phrase' });
    return { stored: skills.filter((s) => s.tier === 'sure'), asked: skills.filter((s) => s.tier === 'ask') };
  };
}

function flag(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const verbose = argv.includes('--misses');
  const dir = projectPath('eval', 'skills');
  // --phrases phrases-heldout.json: the held-out set (never tuned on), scored the same way.
  const phraseFile = flag(argv, '--phrases') ?? 'phrases.json';
  const phrases = (JSON.parse(readFileSync(join(dir, phraseFile), 'utf8')) as { items: Phrase[] }).items;
  const misses: string[] = [];
  const taxonomy = builtinTaxonomy();
  // The old `lotse match --skills` path (taxonomy.find from 0.6 on) is unchanged: the baseline in the same run.
  const resolvers: Record<string, Resolve> = { resolver: resolver(), cliBefore: cliBefore() };
  skillLexicon();
  const phraseResults = Object.fromEntries(Object.entries(resolvers).map(([name, run]) => [name, scorePhrases(phrases, run, name === 'resolver' ? misses : undefined)]));
  // Latency on the hot path of every message: the resolver (message mode) against the chat's extractor over the curated taxonomy alone.
  const time = (run: (text: string, locale: Locale) => unknown) => {
    for (const p of phrases) run(p.text, p.locale);
    const at = process.hrtime.bigint();
    for (let i = 0; i < 3; i++) for (const p of phrases) run(p.text, p.locale);
    return Number(process.hrtime.bigint() - at) / 1e6 / (3 * phrases.length);
  };
  const msResolver = time((text, locale) => resolveSkills(text, { locale, mode: 'message' }));
  const msCurated = time((text, locale) => extractSkills(text, taxonomy, locale));
  const latency = { msPerPhrase: Math.round(msResolver * 1000) / 1000, baselineMsPerPhrase: Math.round(msCurated * 1000) / 1000, ratio: Math.round((msResolver / msCurated) * 100) / 100 };

  const dataDir = flag(argv, '--data');
  let adResults: Record<string, unknown> | undefined;
  if (dataDir) {
    // --ads job-ads-heldout.json: the held-out ads (never tuned on).
    const ads = (JSON.parse(readFileSync(join(dir, flag(argv, '--ads') ?? 'job-ads.json'), 'utf8')) as { ads: Ad[] }).ads;
    const cache = new Map<string, AdRecordSource>();
    const texts = ads.map((ad) => ({ ad, text: adText(resolve(dataDir), ad.file, ad.index, cache) }));
    const importerBefore = chunked(phraseExtractor(taxonomy.concepts('skill')));
    const importer = (text: string) => resolveSkills(text, { locale: 'de-DE', mode: 'document' }).skills.map((s) => s.span);
    // Not the metric: the concepts plus the words the posting keeps as its own (no concept), reported beside it.
    const withOwnWords = (text: string) => {
      const r = resolveSkills(text, { locale: 'de-DE', mode: 'document' });
      return [...r.skills.map((s) => s.span), ...(r.ownWordSpans ?? [])];
    };
    // Build the document reader once before timing, so no row pays for it.
    for (const { text } of texts.slice(0, 1)) resolveSkills(text, { locale: 'de-DE', mode: 'document' });
    adResults = {
      importerExactPhrasesOnly: spanRecall(texts, (text) => resolveSkills(text, { locale: 'de-DE', mode: 'document', readRequirements: false }).skills.map((s) => s.span)),
      importer: spanRecall(texts, importer, misses),
      importerConceptsAndOwnWords: spanRecall(texts, withOwnWords, argv.includes('--own-misses') ? misses : undefined),
      importerCuratedOnly: spanRecall(texts, importerBefore),
    };
  }
  const result = { benchmark: 'eval-skills', phraseFile, phrases: phrases.length, phraseResults, latency, ...(adResults ? { jobAds: adResults } : {}) };
  if (!json) {
    if (verbose) for (const miss of misses) console.log(`  miss ${miss}`);
    for (const [name, r] of Object.entries(phraseResults)) {
      console.log(`${name}: precision ${r.all.precision}, recall ${r.all.recall} (asked instead: ${r.all.askedInstead})`);
      for (const [source, m] of Object.entries(r.bySource)) console.log(`  ${source}: ${JSON.stringify(m)}`);
    }
    console.log(`latency: ${JSON.stringify(latency)}`);
    for (const [name, r] of Object.entries(adResults ?? {})) console.log(`job ads ${name}: ${JSON.stringify(r)}`);
  }
  console.log(JSON.stringify(result));
}

main(process.argv.slice(2));
