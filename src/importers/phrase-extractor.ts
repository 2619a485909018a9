/**
 * A fast, exact skill finder for long texts (job descriptions, course contents): every label and
 * synonym of the taxonomy's skills, as a sequence of stemmed tokens, is looked up in the text,
 * longest phrase first. No fuzzy matching: in long texts typo tolerance finds more noise than
 * skills, and this runs in microseconds per posting where the conversational extractor takes
 * milliseconds per sentence. Each find carries the span of the words it was read from.
 */
import type { Concept } from '../matching/taxonomy';
import { STOPWORDS, spanTokens, stem, tokens, writtenOut } from '../matching/taxonomy/normalize';
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

/** Product names that are also everyday words ("Spring", "Exchange", "Shell"): only their longer names count in prose. */
const EVERYDAY_PRODUCT_NAMES = new Set(['spring', 'exchange', 'shell', 'spark', 'helm', 'rails', 'torch', 'salt', 'chef', 'node', 'dart', 'hana', 'teams', 'project', 'access', 'word', 'unity', 'blender', 'inventor', 'firewall', 'firewalls', 'visio']);

/** One-word synonyms that name a skill in prose too: nouns of an activity, a quality or a discipline ("Wartung", "Teamfähigkeit", "Informatik", "Kommunikationsstärke", "Eigeninitiative", "Inbetriebnahme"). */
/** A one-word synonym this long is a specific compound ("Sicherheitsbewusstsein", "Garantiereparaturen"), not an everyday word. */
const LONG_WORD = 13;
const SKILL_NOUN = /(?:ung|keit|heit|ik|schaft|ation|ition|ismus|ment|staerke|initiative|nahme|nahmen)$/;

/**
 * Qualities an ad asks for as adjectives ("teamfähig", "eigenverantwortlich", "strukturierte"): the
 * one-word adjectives of the transversal skills, except those that ads use for what they offer
 * ("flexible Arbeitszeiten", "ein freundliches, motiviertes Team", "kreative Freiräume") or for
 * plain measure ("genau", "exakt").
 */
const OFFERED_QUALITIES = new Set(['flexibel', 'flexible', 'freundlich', 'motiviert', 'kreativ', 'neugierig', 'genau', 'exakt', 'verlaesslich']);
const MIN_QUALITY = 7;
/** German adjective suffixes ("analytisch", "teamfähig", "lösungsorientiert"): a lower-case quality synonym without one is a noun or English ("supervisor"). */
const ADJECTIVE_WORD = /(?:ig|lich|isch|bar|sam|haft|iv|ell|al|iert|ert|voll|los|fest|stark|sicher|bewusst)$/;
/** The endings of an inflected adjective. */
const INFLECTED = /(?:e|en|er|es|em)$/;
/** A folded noun of action in -ung(en). */
const ACTION_NOUN = /ung(?:en)?$/;
/**
 * A one-word phrase that is a noun other than the action noun of its stem ("Steuern", "Sicherungen" are not
 * "Steuerung", "Sicherstellung"); a verb ("erfassen") or the person doing the work ("Entwickler") names the same work as its -ung noun.
 */
const otherNoun = (phrase: string): boolean => /^\p{Lu}/u.test(phrase.trim()) && !ACTION_NOUN.test(tokens(phrase)[0] ?? '') && !/(?:er|erin)$/.test(tokens(phrase)[0] ?? '');
/**
 * Nouns a quality adjective may describe and still be asked of the person ("strukturierte Arbeitsweise",
 * "analytische Stärke", "lösungsorientierte Mentalität"); before other nouns it describes something offered ("zuverlässigen Partner").
 */
const WORK_STYLE =
  /^(?:arbeitsweise|arbeitsstil|denken|denkweise|denkvermoegen|verstaendnis|geschick|faehigkeit|faehigkeiten|kompetenz|kompetenzen|vorgehen|vorgehensweise|herangehensweise|persoenlichkeit|auftreten|art|umgang|handeln|handlungsweise|staerke|staerken|mentalitaet|einstellung|mitarbeiter\p{L}*|kollege\p{L}*|teamplayer)$/u;

/** Nouns of a way of working after a quality's adjective, not of people ("konzeptionelles Arbeiten", "konzeptionelle Stärke"; not "technische Mitarbeiter"). */
const WAY_OF_WORKING =
  /^(?:arbeitsweise|arbeitsstil|arbeiten|denken|denkweise|denkvermoegen|verstaendnis|geschick|faehigkeit|faehigkeiten|kompetenz|kompetenzen|vorgehen|vorgehensweise|herangehensweise|art|handeln|handlungsweise|staerke|staerken|mentalitaet)$/u;

/**
 * The adjective of a quality's name made of an adjective and a noun of a way of working ("konzeptionelles Denken",
 * "kommunikative Fähigkeiten" → "konzeptionell", "kommunikativ"): the same adjective with another such noun names
 * the same quality ("konzeptionelle Stärke", "kommunikative Art").
 */
function styleAdjective(phrase: string): string | undefined {
  const parts = phrase.trim().split(/\s+/);
  if (parts.length !== 2 || !/^\p{Ll}+$/u.test(parts[0]!)) return undefined;
  const [adjective, noun] = tokens(phrase);
  if (!adjective || !noun || !WORK_STYLE.test(noun) || !ADJECTIVE_WORD.test(adjective.replace(INFLECTED, ''))) return undefined;
  return adjective.replace(INFLECTED, '');
}

function proseQuality(phrase: string, word: string, concept: Concept): boolean {
  return concept.field === 'transversal' && /^\p{Ll}+$/u.test(phrase.trim()) && word.length >= MIN_QUALITY && !/(?:en|ern|eln)$/.test(word) && !OFFERED_QUALITIES.has(word);
}

/** A one-word synonym that is safe in prose: a word of the concept's own label ("Excel"), a skill noun, or a quality asked for. */
function proseSynonym(phrase: string, word: string, key: string, concept: Concept): boolean {
  if (word.length < 3) return false;
  if (proseQuality(phrase, word, concept)) return true;
  if (Object.values(concept.labels).some((l) => tokens(l).includes(word))) return true;
  // A long word stays long once stemmed; "Sicherungen" stems to "sich" and is no compound.
  return (word.length >= 7 && SKILL_NOUN.test(word)) || (word.length >= LONG_WORD && key.length >= LONG_WORD - 1);
}

function usable(phrase: string, keys: string[], label: boolean, product: boolean, concept: Concept): boolean {
  if (keys.length === 0 || keys.length > MAX_PHRASE) return false;
  if (keys.length > 1) return true;
  const first = tokens(phrase)[0] ?? '';
  if (!label && !(product && keys[0]!.length >= 3 && !EVERYDAY_PRODUCT_NAMES.has(first)) && !proseSynonym(phrase, first, keys[0]!, concept)) return false;
  if (!label) return !STOPWORDS.has(first);
  const word = tokens(phrase)[0] ?? '';
  if (STOPWORDS.has(word)) return false;
  const acronym = /^[A-Z0-9]{2,5}$/.test(phrase.trim());
  return acronym || word.length >= MIN_SINGLE_WORD;
}

/** Second parts of compounds that only say which kind of thing the first part is ("VoIP-Systeme", "Netzwerktechnikprojekte"). */
const COMPOUND_HEADS = [
  'system', 'systeme', 'systemen', 'umgebung', 'umgebungen', 'kenntnisse', 'kenntnissen', 'erfahrung', 'erfahrungen', 'projekt', 'projekte', 'projekten',
  'verstaendnis', 'anwendungen', 'applikationen', 'loesungen', 'tools', 'infrastruktur', 'infrastrukturen', 'plattform', 'prozesse', 'prozessen', 'bereich',
  'umfeld', 'technik', 'technologien', 'programme', 'programmen', 'arbeiten', 'aufgaben', 'komponenten', 'strukturen', 'landschaft', 'entwicklung', 'betrieb',
];

/** Options of the phrase extractor. */
export interface PhraseExtractorOptions {
  /** Also read a word as a known skill followed by a generic head ("Netzwerktechnikprojekten" → Netzwerktechnik). */
  compounds?: boolean;
  /** Report every mention (for spans), not only the first of each concept. */
  everyMention?: boolean;
  /**
   * Concepts whose one-word names are product names ("Looker", "ARIS", "Docker"): met only as that word
   * with an inflection ending, never by the stem they share with everyday words ("look", "arisen", "Docks").
   */
  wholeWordNames?: (concept: Concept) => boolean;
}

/** An extractor over these skill concepts (occupations are ignored); technologies (ids lotse:tech/…) keep their one-word names. */
export function phraseExtractor(concepts: Iterable<Concept>, options: PhraseExtractorOptions = {}): SkillExtractor {
  const byPhrase = new Map<string, string>();
  /** Phrases that are quality adjectives (see proseQuality). */
  const qualities = new Set<string>();
  /** One-word phrases whose concept has no form in -ung: a noun in -ung that stems to them is another word ("Steuerung" is no "Steuern"). */
  const noActionNoun = new Set<string>();
  /** A quality adjective as written (folded) → its concept: in lower case it is that quality, whichever noun shares its stem ("analytisch" is no "Analytik"). */
  const qualityWords = new Map<string, string>();
  /** The adjective of a quality named with a way of working ("konzeptionell" of "konzeptionelles Denken") → the quality. */
  const styleAdjectives = new Map<string, string>();
  /** Stem of a product's one-word name → the names written out (see wholeWordNames). */
  const productNames = new Map<string, string[]>();
  for (const concept of concepts) {
    if (concept.kind !== 'skill') continue;
    const product = concept.id.startsWith('lotse:tech/') || concept.field === 'it';
    for (const { phrase, label } of phrasesOf(concept)) {
      const keys = stemmed(phrase);
      const key = keys.join(' ');
      // The first concept to claim a phrase keeps it, so curated concepts win over imported ones.
      if (keys.length === 1 && byPhrase.get(key) === concept.id && ACTION_NOUN.test(tokens(phrase)[0] ?? '')) noActionNoun.delete(key);
      if (usable(phrase, keys, label, product, concept) && !byPhrase.has(key)) {
        byPhrase.set(key, concept.id);
        if (keys.length === 1 && otherNoun(phrase)) noActionNoun.add(key);
        if (keys.length === 1 && options.wholeWordNames?.(concept)) productNames.set(key, [...(productNames.get(key) ?? []), phrase]);
        if (!label && keys.length === 1 && proseQuality(phrase, tokens(phrase)[0] ?? '', concept)) qualities.add(key);
      }
      const word = tokens(phrase)[0] ?? '';
      if (!label && keys.length === 1 && ADJECTIVE_WORD.test(word) && proseQuality(phrase, word, concept) && !qualityWords.has(word)) qualityWords.set(word, concept.id);
      const style = concept.field === 'transversal' ? styleAdjective(phrase) : undefined;
      if (style && !styleAdjectives.has(style)) styleAdjectives.set(style, concept.id);
    }
  }
  const namedWhole = (key: string, word: string): boolean => {
    const names = productNames.get(key);
    return !names || names.some((name) => writtenOut(word, name));
  };
  /** A quality adjective in lower case, bare or inflected ("analytisch", "analytische"), before its stem's other words. */
  const qualityOf = (written: string, word: string): string | undefined =>
    /^\p{Ll}/u.test(written) ? (qualityWords.get(word) ?? qualityWords.get(word.replace(INFLECTED, ''))) : undefined;
  /** A quality's adjective before another noun of a way of working ("konzeptionelle Stärke", "konzeptionelles Arbeiten"). */
  const styleOf = (words: { key: string }[], i: number): string | undefined => {
    const next = words[i + 1];
    if (!next || !WAY_OF_WORKING.test(next.key)) return undefined;
    return styleAdjectives.get(words[i]!.key.replace(INFLECTED, ''));
  };
  const heads = new Set(COMPOUND_HEADS);
  /** The concept of a compound's first part when its second part is a generic head. */
  const compound = (word: string): string | undefined => {
    for (let cut = word.length - 3; cut >= 4; cut--) {
      const tail = word.slice(cut);
      if (!heads.has(tail) && !heads.has(tail.replace(/^s/, ''))) continue;
      const id = byPhrase.get(stem(word.slice(0, cut))) ?? byPhrase.get(stem(word.slice(0, cut).replace(/s$/, '')));
      if (id) return id;
    }
    return undefined;
  };
  return (text) => {
    const words = spanTokens(text);
    const stems = words.map((w) => stem(w.key));
    const found: { conceptId: string; span: [number, number] }[] = [];
    const seen = new Set<string>();
    const report = (id: string, span: [number, number]) => {
      if (options.everyMention || !seen.has(id)) found.push({ conceptId: id, span });
      seen.add(id);
    };
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1 && matched === 0; n--) {
        const key = stems.slice(i, i + n).join(' ');
        const quality = n === 1 ? qualityOf(text.slice(words[i]!.start, words[i]!.end), words[i]!.key) : undefined;
        const id = quality ?? byPhrase.get(key);
        if (id === undefined) continue;
        if (n === 1 && noActionNoun.has(key) && ACTION_NOUN.test(words[i]!.key)) continue;
        if (n === 1 && !namedWhole(key, text.slice(words[i]!.start, words[i]!.end))) continue;
        const next = words[i + n];
        // Before a noun an adjective is inflected ("zuverlässigen Partner"); one without an ending ends its list item ("lösungsorientiert Du arbeitest").
        const bare = n === 1 && ADJECTIVE_WORD.test(words[i]!.key);
        if ((quality || qualities.has(key)) && !bare && next && /^\p{Lu}/u.test(text.slice(next.start, next.end)) && !WORK_STYLE.test(next.key)) continue;
        matched = n;
        report(id, [words[i]!.start, words[i + n - 1]!.end]);
      }
      const style = matched ? undefined : styleOf(words, i);
      if (style) {
        matched = 2;
        report(style, [words[i]!.start, words[i + 1]!.end]);
      }
      if (!matched && options.compounds && words[i]!.key.length >= 8) {
        const id = compound(words[i]!.key);
        if (id) report(id, [words[i]!.start, words[i]!.end]);
      }
      i += matched || 1;
    }
    return found;
  };
}
