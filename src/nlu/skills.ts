/**
 * Skill mentions in free text ("Ich kann löten und programmiere ein bisschen Python"): windows of
 * German content words are looked up in the SkillVocabulary (which handles compounds and typos),
 * verbs are also tried in their infinitive ("programmiere" → "programmieren"), overlapping finds
 * are resolved longest-and-surest first, and level hints nearby ("ein bisschen", "sehr gut") are read.
 */
import type { Locale, SkillLevel } from '../profile/types';
import type { SkillMention, SkillSuggestion, SkillVocabulary } from '../services/ports';
import { fold, tokenize, type Token } from './tokens';

/** Lowest vocabulary confidence that counts as a mention. */
export const MIN_SKILL_CONFIDENCE = 0.65;
/**
 * A single lower-case German word (a verb or adjective: "einschalten", "statt") must match more
 * surely than a noun: verbs that name skills ("löten", "programmiere") match exactly or by stem.
 */
export const MIN_LOWERCASE_WORD_CONFIDENCE = 0.8;
/** Most characters scanned for skills; longer texts are cut so the work stays bounded. */
export const MAX_SKILL_TEXT = 1500;
const MAX_WINDOW = 3;
/** Bound on vocabulary calls per message (a long message stops here rather than getting slow). */
const MAX_LOOKUPS = 240;

// Folded function words, chat fillers and level words; they break or pad windows but are never skills.
const STOPWORDS = new Set(
  (
    'ich du er sie es wir ihr man mir mich dir dich uns mein meine meinen meinem meiner dein deine sein seine der die das den dem des ' +
    'ein eine einen einem einer eines und oder aber sowie auch noch schon sehr gut gute guten gutes besser bisschen wenig etwas viel ' +
    'viele vielen kann kannst koennen konnte habe hast hat haben hatte war bin bist ist sind sein wurde werde wird mache machst macht ' +
    'machen gemacht arbeite arbeitest arbeitet arbeiten gearbeitet mit ohne fuer von vom zum zur zu im in an am auf aus bei als wie ' +
    'so da dort hier jetzt dann immer gern gerne lieber moechte will wollte wuerde mag kenne kennen weiss erfahrung erfahrungen ' +
    'kenntnisse grundkenntnisse ahnung jahre jahren jahr monate seit lang lange ganz recht ziemlich total echt richtig nicht kein ' +
    'keine keinen nur mehr sachen dinge ding zeug bereich gebiet beim einfach mal doch eben halt privat hobby hobbys hobbies freizeit ' +
    'schule lehre beruf job stelle arbeit firma betrieb kurs kurse zuhause daheim perfekt super toll sicher fliessend profi experte ' +
    'anfaenger selbst selber allem alle alles andere anderen dass weil wenn ob was wer wo welche welcher dies diese dieser the a an ' +
    'and or with of in at to i can have has some little bit very well good experience know skills skill also my me' +
    ' ja nein danke bitte hallo'
  ).split(' '),
);

const LEVEL_HINTS: [RegExp, SkillLevel][] = [
  [/\b(?:sehr gut|perfekt|profi|experte|expertin|fliessend|jahrelang|viel erfahrung|sehr viel|very good|expert|excellent|fortgeschritten|advanced)\b/, 'expert'],
  [/\b(?:ein bisschen|bisschen|ein wenig|etwas|grundkenntnisse|grundlagen|anfaenger\w*|a little|a bit|basic|beginner|wenig|erste erfahrung)\b/, 'basic'],
  [/\b(?:gut|gute|guten|good|well|solide|sicher)\b/, 'good'],
];

interface Candidate extends SkillSuggestion {
  first: number;
  last: number;
  score: number;
}

/** Infinitive guesses for a lower-case verb form: "programmiere" → "programmieren", "lötet" → "löten". */
export function verbVariants(word: string): string[] {
  if (word.length < 4 || /^\p{Lu}/u.test(word)) return [];
  const out: string[] = [];
  if (word.endsWith('e')) out.push(`${word}n`);
  else if (word.endsWith('est') || word.endsWith('et')) out.push(`${word.replace(/e?st$|et$/, '')}en`);
  else if (word.endsWith('st')) out.push(`${word.slice(0, -2)}en`);
  else if (word.endsWith('t')) out.push(`${word.slice(0, -1)}en`, `${word.slice(0, -1)}n`);
  return out;
}

/** Joins "3" + "D-Druck" back into "3D-Druck" (the tokenizer splits digits from letters for numbers' sake). */
function joinAlphanumerics(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const previous = out[out.length - 1];
    if (previous && previous.end === token.start && /^\d+$/.test(previous.text) && /^\p{L}/u.test(token.text)) {
      const text = previous.text + token.text;
      out[out.length - 1] = { text, lower: previous.lower + token.lower, start: previous.start, end: token.end };
    } else out.push(token);
  }
  return out;
}

const PUNCTUATION_GAP = /[,;:.!?()\n/]/;

/** True for tokens that can be part of a skill: not a stopword, not a bare number, not one letter. */
function isContent(token: Token): boolean {
  return !STOPWORDS.has(fold(token.text)) && !/^\d+(?:[.,]\d+)*$/.test(token.text) && token.text.length >= 2;
}

/** Runs of content tokens (no stopword, number, or punctuation between them). */
function contentRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((token, i) => {
    const gap = i > 0 ? text.slice(tokens[i - 1]!.end, token.start) : '';
    if (!isContent(token) || PUNCTUATION_GAP.test(gap)) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (isContent(token)) run.push(token);
  });
  if (run.length) runs.push(run);
  return runs;
}

/** The level hint in the clause around a mention, if any. */
function levelNear(text: string, start: number, end: number): SkillLevel | undefined {
  const before = text.slice(Math.max(0, start - 30), start).split(/[,;.!?]|\bund\b/).pop() ?? '';
  const after = text.slice(end, end + 30).split(/[,;.!?]|\bund\b/)[0] ?? '';
  const clause = fold(`${before} ${after}`);
  return LEVEL_HINTS.find(([pattern]) => pattern.test(clause))?.[1];
}

class Finder {
  private lookups = 0;
  constructor(
    private readonly vocabulary: SkillVocabulary,
    private readonly locale: Locale,
  ) {}

  /** The vocabulary's best concept for a window text (and its verb infinitives), if confident enough. */
  best(texts: string[]): SkillSuggestion | undefined {
    let best: SkillSuggestion | undefined;
    for (const text of texts) {
      if (this.lookups++ >= MAX_LOOKUPS) break;
      const hit = this.vocabulary.find(text, this.locale, 1)[0];
      if (hit && hit.confidence >= MIN_SKILL_CONFIDENCE && (!best || hit.confidence > best.confidence)) best = hit;
    }
    return best;
  }
}

function windowTexts(text: string, run: Token[], first: number, last: number): string[] {
  const phrase = text.slice(run[first]!.start, run[last]!.end);
  if (first !== last) return [phrase];
  const word = run[first]!.text;
  const parts = word.includes('-') ? word.split('-').filter((p) => p.length > 1) : [];
  return [phrase, ...verbVariants(word), ...(parts.length > 1 ? parts : [])];
}

function isWeakWord(token: Token, hit: SkillSuggestion, locale: Locale): boolean {
  return locale !== 'en' && /^\p{Ll}/u.test(token.text) && hit.confidence < MIN_LOWERCASE_WORD_CONFIDENCE;
}

function candidatesOf(text: string, run: Token[], finder: Finder, locale: Locale): Candidate[] {
  const out: Candidate[] = [];
  for (let size = Math.min(MAX_WINDOW, run.length); size >= 1; size--) {
    for (let first = 0; first + size <= run.length; first++) {
      const last = first + size - 1;
      const hit = finder.best(windowTexts(text, run, first, last));
      if (!hit || (size === 1 && isWeakWord(run[first]!, hit, locale))) continue;
      // A longer window wins over its parts only when it is about as sure.
      out.push({ ...hit, first: run[first]!.start, last: run[last]!.end, score: hit.confidence + 0.04 * (size - 1) });
    }
  }
  return out;
}

/** Greedy: surest-and-longest first; a span overlapping a kept one, or a concept already kept, is dropped. */
function resolve(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const ids = new Set<string>();
  for (const c of [...candidates].sort((a, b) => b.score - a.score || b.last - b.first - (a.last - a.first))) {
    if (ids.has(c.conceptId) || kept.some((k) => c.first < k.last && k.first < c.last)) continue;
    kept.push(c);
    ids.add(c.conceptId);
  }
  return kept.sort((a, b) => a.first - b.first);
}

/** Skill mentions with spans, confidences and level hints, in text order. */
export function extractSkills(input: string, vocabulary: SkillVocabulary, locale: Locale): SkillMention[] {
  const text = input.slice(0, MAX_SKILL_TEXT);
  const finder = new Finder(vocabulary, locale);
  const candidates = contentRuns(text, joinAlphanumerics(tokenize(text))).flatMap((run) => candidatesOf(text, run, finder, locale));
  return resolve(candidates).map((c) => {
    const level = levelNear(text, c.first, c.last);
    const mention: SkillMention = { conceptId: c.conceptId, label: c.label, confidence: c.confidence, span: [c.first, c.last] };
    if (level) mention.level = level;
    return mention;
  });
}
