/**
 * Text normalization for taxonomy lookups: the same folding, tokenizing and stemming is applied to
 * concept labels when the index is built and to user input at lookup time, so both sides meet.
 */
import { natural } from '../../nlu/natural';
import { fold as foldGerman } from '../../nlu/tokens';

/** Words that carry no skill meaning in short skill phrases ("gute Excel-Kenntnisse", "ich kann löten"). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'ich', 'du', 'er', 'sie', 'wir', 'kann', 'koennen', 'habe', 'hab', 'hat', 'bin', 'mache', 'gerne', 'gern',
  'und', 'oder', 'mit', 'von', 'vom', 'im', 'in', 'am', 'an', 'auf', 'fuer', 'zu', 'zum', 'zur', 'bei',
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'etwas', 'bisschen',
  'gut', 'gute', 'guter', 'gutes', 'guten', 'sehr', 'sicher', 'sichere', 'sicheren', 'fundierte', 'fundierten',
  'kenntnisse', 'kenntnis', 'grundkenntnisse', 'vorkenntnisse', 'erfahrung', 'erfahrungen', 'praxis',
  'faehigkeit', 'faehigkeiten', 'skills', 'skill', 'know', 'how', 'knowhow', 'bereich', 'the', 'and', 'of', 'a',
  'in', 'with', 'inkl', 'bzw', 'usw', 'etc', 'z', 'b', 'zb', 'efz', 'eba', 'frau', 'mann',
  // "erst mal", "zersch mal": the adverb, read by its stem as the painter ("Maler").
  'mal',
]);

/** German folding (ä→ae, ß→ss, accents dropped), tech names spelled out, punctuation turned into spaces. */
export function fold(text: string): string {
  return foldGerman(text)
    .replace(/c\+\+/g, 'cplusplus')
    .replace(/c#/g, 'csharp')
    .replace(/\.net\b/g, 'dotnet')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Folded tokens of a text, stopwords kept (exact surface forms need them). */
export function tokens(text: string): string[] {
  const folded = fold(text);
  return folded ? folded.split(' ') : [];
}

/** Folded tokens without stopwords; falls back to all tokens when only stopwords remain. */
export function contentTokens(text: string): string[] {
  const all = tokens(text);
  const content = all.filter((t) => !STOPWORDS.has(t));
  return content.length > 0 ? content : all;
}

const stemCache = new Map<string, string>();

/**
 * German stem of one folded token. "-ung(en)" is stripped first because PorterStemmerDe keeps it,
 * which would separate "Programmierung" from "programmieren".
 */
export function stem(token: string): string {
  const cached = stemCache.get(token);
  if (cached !== undefined) return cached;
  let base = token;
  if (/\d/.test(base) || base.length <= 3) {
    stemCache.set(token, base);
    return base;
  }
  if (base.length >= 8 && base.endsWith('ungen')) base = base.slice(0, -5);
  else if (base.length >= 7 && base.endsWith('ung')) base = base.slice(0, -3);
  const result = natural.PorterStemmerDe.stem(base);
  if (stemCache.size < 50_000) stemCache.set(token, result);
  return result;
}

/** The key for exact lookups: folded tokens joined by one space. */
export function exactKey(text: string): string {
  return tokens(text).join(' ');
}

/** The key that ignores spaces and hyphens ("CNC-Fräsen" = "CNC Fräsen" = "CNCFräsen"). */
export function compactKey(text: string): string {
  return tokens(text).join('');
}

/** The key of stemmed content tokens, sorted so word order doesn't matter. */
export function stemKey(text: string): string {
  return contentTokens(text).map(stem).sort().join(' ');
}

/** One folded token of a text with the [start, end) offsets of the characters it was read from. */
export interface SpanToken {
  key: string;
  start: number;
  end: number;
}

// A word with a leading dot kept for ".NET", and "++"/"#" for C++ and C#; soft hyphens are invisible.
const RAW_TOKEN = /\.?[\p{L}\p{N}\u00ad]+(?:\+\+|#)?/gu;

/** The folded tokens of a text (as `tokens` gives them) with offsets into the original text. */
export function spanTokens(text: string): SpanToken[] {
  const out: SpanToken[] = [];
  for (const match of text.matchAll(RAW_TOKEN)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    for (const key of tokens(match[0].replace(/\u00ad/g, ''))) out.push({ key, start: match[0].startsWith('.') && key !== 'dotnet' ? start + 1 : start, end });
  }
  return out;
}

/** Endings a product name takes in prose: plural and genitive ("Dockers", "Kafkas"). */
const NAME_ENDING = /^(?:|s|es|e|en|n)$/;
/** Shortest misspelt name still read as the name. */
const MIN_MISSPELT = 6;
/** A name written in capitals ("ARIS", "SAS"): in prose it stands in capitals too, with at most an s ("arisen" is no ARIS). */
const CAPITALS = /^[A-Z][A-Z0-9]{1,5}$/;

/**
 * Whether a word is a product's one-word name written out ("Looker", "Dockers"), not another word of
 * the same stem ("Look", "Springer", "arisen"); names of several words always pass.
 */
export function writtenOut(word: string, name: string): boolean {
  const [key, ...more] = tokens(name);
  const words = tokens(word);
  if (!key || more.length > 0 || words.length !== 1) return true;
  const rest = words[0]!.startsWith(key) ? words[0]!.slice(key.length) : undefined;
  // A misspelling inside the name that keeps its stem ("Kubernets") is still the name.
  if (rest === undefined) return words[0]!.length >= MIN_MISSPELT && Math.abs(words[0]!.length - key.length) <= 1;
  if (!NAME_ENDING.test(rest)) return false;
  return !CAPITALS.test(name.trim()) || (word.trim().startsWith(name.trim()) && /^s?$/.test(rest));
}
