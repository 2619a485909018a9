/**
 * A fast, exact skill finder for long texts (job descriptions, course contents): every label and
 * synonym of the taxonomy's skills, as a sequence of stemmed tokens, is looked up in the text,
 * longest phrase first. No fuzzy matching: in long texts typo tolerance finds more noise than
 * skills, and this runs in microseconds per posting where the conversational extractor takes
 * milliseconds per sentence. Each find carries the span of the words it was read from.
 */
import type { Concept } from '../matching/taxonomy';
import { STOPWORDS, spanTokens, stem, tokens } from '../matching/taxonomy/normalize';
import type { SkillExtractor } from './types';

const MAX_PHRASE = 5;
/** Single words shorter than this are too ambiguous to count (except acronyms such as SPS, CAD). */
const MIN_SINGLE_WORD = 4;

function stemmed(text: string): string[] {
  return spanTokens(text).map((t) => stem(t.key));
}

/** Labels, and synonyms; single-word synonyms ("Drucken", "Verwaltung", "Events") are everyday words in prose, so they are left out. */
function phrasesOf(concept: Concept): { phrase: string; label: boolean }[] {
  return [
    ...Object.values(concept.labels).map((phrase) => ({ phrase, label: true })),
    ...concept.synonyms.map((phrase) => ({ phrase, label: false })),
  ];
}

function usable(phrase: string, keys: string[], label: boolean): boolean {
  if (keys.length === 0 || keys.length > MAX_PHRASE) return false;
  if (keys.length > 1) return true;
  if (!label) return false;
  const word = tokens(phrase)[0] ?? '';
  if (STOPWORDS.has(word)) return false;
  const acronym = /^[A-Z0-9]{2,5}$/.test(phrase.trim());
  return acronym || word.length >= MIN_SINGLE_WORD;
}

/** An extractor over these skill concepts (occupations are ignored). */
export function phraseExtractor(concepts: Iterable<Concept>): SkillExtractor {
  const byPhrase = new Map<string, string>();
  for (const concept of concepts) {
    if (concept.kind !== 'skill') continue;
    for (const { phrase, label } of phrasesOf(concept)) {
      const keys = stemmed(phrase);
      const key = keys.join(' ');
      // The first concept to claim a phrase keeps it, so curated concepts win over imported ones.
      if (usable(phrase, keys, label) && !byPhrase.has(key)) byPhrase.set(key, concept.id);
    }
  }
  return (text) => {
    const words = spanTokens(text);
    const stems = words.map((w) => stem(w.key));
    const found: { conceptId: string; span: [number, number] }[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1 && matched === 0; n--) {
        const id = byPhrase.get(stems.slice(i, i + n).join(' '));
        if (id === undefined) continue;
        matched = n;
        if (!seen.has(id)) {
          seen.add(id);
          found.push({ conceptId: id, span: [words[i]!.start, words[i + n - 1]!.end] });
        }
      }
      i += matched || 1;
    }
    return found;
  };
}
