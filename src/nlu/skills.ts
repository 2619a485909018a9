/**
 * Skill mentions in free text ("Ich kann löten und programmiere ein bisschen Python"): windows of
 * German content words are looked up in the SkillVocabulary (which handles compounds and typos),
 * verbs are also tried in their infinitive ("programmiere" → "programmieren"), overlapping finds
 * are resolved longest-and-surest first, and level hints nearby ("ein bisschen", "sehr gut") are read.
 */
import type { Locale, SkillLevel } from '../profile/types';
import type { SkillMention, SkillSuggestion, SkillVocabulary } from '../services/ports';
import { fold, tokenize, type Token } from './tokens';
import { agentNounForms, englishForms, germanInfinitives, germanSingulars, germanVerbForms } from './verbs';
import { ASK_CONFIDENCE, adjectiveAsActionNoun, clauseAround, isActivityNoun, levelUnstated, stemAcrossWordClass, stemOfThing, tierOf, verbOfOtherObject, verbReadAsFieldNoun, vetoed } from './skill-evidence';
import { dialectWord, swissForms, swissPrefixedParticiple } from './swiss';

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
    ' ja nein danke bitte hallo' +
    // Swiss German function words ("Ich bi … gsi", "i ha … gmacht", "Gits …?" for "gibt es", not Git; "i wett" for "ich will", not betting).
    ' bi gsi gsii gsy ha hani hend isch han het hät mer öppis oeppis chli gits wett wött' +
    // More Swiss function words: "bim" is "beim" (not BIM), "no de" is "noch den" (not Node), "vo", "dr"; not "uf", which belongs to its verb ("uf d Chind luege").
    ' bim bimene binere imene inere no de dr vo em au scho nöd nid' +
    // Days said in passing ("gestern" is no Gesten, "heute" no skill of its own).
    ' gestern heute morgen vorgestern' +
    // Forms of "werden" ('geworden' read by its stem is no Word).
    ' werden wurden geworden worden' +
    // English fillers, so "I worked as a truck driver for 8 years" leaves "truck driver".
    ' i\'m i\'ve i\'d im as for from by on is am are was were be been did do does done had used worked work working job jobs' +
    ' year years months like love enjoy really lot lots great quite experienced too many much things stuff there here hi hello'
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
  /** The character ranges of the words it takes for itself (the noun of a verb-object pair). */
  parts: [number, number][];
  /** The verb of a verb-object pair: shared with other objects ("Computer und Handys repariert"). */
  verb?: [number, number];
  /** How many words it was read from. */
  words: number;
  score: number;
}

/** Infinitive guesses for a lower-case verb form: "programmiere" → "programmieren", "gemessen" → "messen". */
export function verbVariants(word: string): string[] {
  return germanInfinitives(word);
}

/**
 * Joins "3" + "D-Druck" back into "3D-Druck" (the tokenizer splits digits from letters for numbers'
 * sake), product names with a dot ("Vue" + "js" → "Vue.js", "ASP" + "NET"), a licence and its category
 * ("Kat. C"), and keeps the dot of ".NET".
 */
/** Words a driving-licence category letter follows. */
const LICENCE = /^(?:kat|kategorie|klasse|führerschein|führerausweis|fahrausweis|ausweis|fahrerlaubnis|lernfahrausweis|billett)$/iu;

function joinAlphanumerics(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const previous = out[out.length - 1];
    const dotted = previous && previous.end + 1 === token.start && text[previous.end] === '.' && /^\p{L}/u.test(token.text) && (token.text.length <= 3 || token.text === token.text.toUpperCase());
    const glued = previous && previous.end === token.start && ((/^\d+$/.test(previous.text) && /^\p{L}/u.test(token.text)) || (/\p{L}$/u.test(previous.text) && /^\d+$/.test(token.text)));
    // A licence's category letter belongs to it ("Führerschein C", "Kat. CE", "Kategorie C1"): alone it is no word.
    const category = previous && /^[A-Z](?:E|\d)?$/.test(token.text) && LICENCE.test(previous.text) && /^\.?\s+$/.test(text.slice(previous.end, token.start));
    if (glued) {
      const joined = previous.text + token.text;
      out[out.length - 1] = { text: joined, lower: previous.lower + token.lower, start: previous.start, end: token.end };
    } else if (dotted || category) {
      const joined = text.slice(previous.start, token.end);
      out[out.length - 1] = { text: joined, lower: joined.toLowerCase(), start: previous.start, end: token.end };
    } else if (token.start > 0 && text[token.start - 1] === '.' && (token.start === 1 || /\s/.test(text[token.start - 2]!))) {
      out.push({ ...token, text: `.${token.text}`, lower: `.${token.lower}`, start: token.start - 1 });
    } else out.push(token);
  }
  return out;
}

const PUNCTUATION_GAP = /[,;:.!?()\n/]/;

/** True for tokens that can be part of a skill: not a stopword, not a bare number, not one letter. */
function isContent(token: Token): boolean {
  // Acronyms are never function words ("MAG" is a welding process, "mag" means "likes").
  const acronym = token.text.length >= 2 && token.text === token.text.toUpperCase() && /\p{Lu}/u.test(token.text);
  return (acronym || !STOPWORDS.has(fold(token.text).replace(/’/g, "'"))) && !/^\d+(?:[.,]\d+)*$/.test(token.text) && token.text.length >= 2;
}

/** A run of content tokens (no stopword, number, or punctuation between them) and its clause. */
interface Run {
  tokens: Token[];
  /** Runs with the same clause number are only separated by function words, not punctuation. */
  clause: number;
}

function contentRuns(text: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let run: Token[] = [];
  let clause = 0;
  const close = () => {
    if (run.length) runs.push({ tokens: run, clause });
    run = [];
  };
  tokens.forEach((token, i) => {
    const gap = i > 0 ? text.slice(tokens[i - 1]!.end, token.start) : '';
    if (PUNCTUATION_GAP.test(gap)) {
      close();
      clause++;
    }
    if (isContent(token)) run.push(token);
    else close();
  });
  close();
  return runs;
}

/** The level hint in the clause around a mention, if any. */
function levelNear(text: string, start: number, end: number): SkillLevel | undefined {
  const before = text.slice(Math.max(0, start - 30), start).split(/[,;.!?]|\bund\b/).pop() ?? '';
  const after = text.slice(end, end + 30).split(/[,;.!?]|\bund\b/)[0] ?? '';
  const clause = fold(`${before} ${after}`);
  return LEVEL_HINTS.find(([pattern]) => pattern.test(clause))?.[1];
}

/** Confidence at which the first of several forms of a window is taken without trying the others. */
const SURE = 0.95;
/** A verb and a noun apart in a clause ("Blutdruck habe ich gemessen") count only when they match this surely. */
const MIN_PAIR_CONFIDENCE = 0.9;
/** English function words that mark a message as English whatever the chat's locale. */
const ENGLISH = /\b(?:i|i'm|i've|my|the|and|with|have|has|worked|can|experience|years?)\b/i;

/** Weak matches looked at for a whole-conjunct match; the vocabulary ranks its partial matches alike. */
const CONJUNCT_CANDIDATES = 3;
/** Confidence of a text that is one whole part of a label joined by "and"/"und" ("gardening" of "Landscaping and gardening"). */
const CONJUNCT_CONFIDENCE = 0.8;
const MIN_CONJUNCT = 5;

/** Raises a partial match when the text is a whole conjunct of the label rather than a word of it. */
function withConjunct(text: string, hit: SkillSuggestion): SkillSuggestion {
  if (hit.confidence >= CONJUNCT_CONFIDENCE) return hit;
  const conjuncts = fold(hit.label).split(/\s*(?:,|\band\b|\bund\b|\/)\s*/);
  const query = fold(text).trim();
  return query.length >= MIN_CONJUNCT && conjuncts.includes(query) ? { ...hit, confidence: CONJUNCT_CONFIDENCE } : hit;
}

class Finder {
  private lookups = 0;
  /** What the vocabulary said about each text looked up so far (empty: nothing, however weak). */
  private readonly cache = new Map<string, SkillSuggestion[]>();
  constructor(
    private readonly vocabulary: SkillVocabulary,
    private readonly locale: Locale,
  ) {}

  /**
   * The vocabulary's best concept for the forms of a window, if confident enough. Another form of a
   * single typed word is already a guess at what was meant: it counts only when it meets a name, not
   * one typo away from one ("Katze" → "Katzen" is no "Kaizen").
   */
  best(texts: string[], typed?: string): SkillSuggestion | undefined {
    let best: SkillSuggestion | undefined;
    for (const text of texts) {
      if (best && best.confidence >= SURE) break;
      const hits = this.lookup(text);
      if (!hits) break;
      for (const hit of hits) {
        if (typed !== undefined && text !== typed && (hit.evidence === 'misspelling' || hit.evidence === 'fuzzy')) continue;
        // So is a conjunct met through another form ("former" → "forming" of Stamping and forming): only the typed word is one.
        if (typed !== undefined && text !== typed && hit.evidence === 'partial' && hit.confidence >= CONJUNCT_CONFIDENCE) continue;
        if (hit.confidence >= MIN_SKILL_CONFIDENCE && (!best || hit.confidence > best.confidence)) best = hit;
      }
    }
    return best;
  }

  label(conceptId: string, locale: Locale): string | undefined {
    return this.vocabulary.label(conceptId, locale);
  }

  /** Whether two concepts are named together often (the vocabulary's relations, both ways). */
  together(a: string, b: string): boolean {
    return [[a, b], [b, a]].some(([x, y]) => this.vocabulary.related(x!, this.locale, 20).some((r) => r.conceptId === y));
  }

  /** The one skill both parts of a compound name, when the vocabulary can split words. */
  compound(word: string): SkillSuggestion | undefined {
    return this.vocabulary.readCompound?.(word, this.locale);
  }

  /** Whether any of these texts matched something when looked up before. */
  knows(texts: string[]): boolean {
    return texts.some((t) => (this.cache.get(t)?.length ?? 0) > 0);
  }

  /** The vocabulary's matches for one text, once per text; undefined when the lookup budget is spent. */
  private lookup(text: string): SkillSuggestion[] | undefined {
    const cached = this.cache.get(text);
    if (cached) return cached;
    if (this.lookups++ >= MAX_LOOKUPS) return undefined;
    const found = this.vocabulary.find(text, this.locale, CONJUNCT_CANDIDATES);
    // German labels elide a shared object ("Glas bearbeiten und einbauen"), so only English conjuncts stand alone.
    const hits = this.locale === 'en' ? found.map((h) => withConjunct(text, h)) : found.slice(0, 1);
    this.cache.set(text, hits);
    return hits;
  }
}

/** How a message is read: English or not, and which words name the person's role ("als Schweisser", "ich bin Malerin"). */
interface Mode {
  english: boolean;
  /** Start offsets of words right after "als", "bin", "war" …: agent nouns there name the work done. */
  roles: Set<number>;
  /** The message speaks in the perfect tense with "haben" ("Ich habe … gepflegt"). */
  perfect: boolean;
  /** English words no Swiss German writes mark it (Swiss "i", "in" do not: see SURELY_ENGLISH). */
  surelyEnglish: boolean;
}

const PERFECT = /\b(?:habe|hab|hast|hat|haben|hatte|hatten|han|hani|hät|hend|have|has|had)\b/i;

const ROLE_CUE = new Set(['als', 'bin', 'war', 'ist', 'sind', 'bist', 'gelernte', 'gelernter', 'ausgebildete', 'ausgebildeter']);

function roleStarts(tokens: Token[]): Set<number> {
  // A title alone ("Physiotherapeutin") is the answer to what one does.
  if (tokens.length === 1) return new Set([tokens[0]!.start]);
  return new Set(tokens.filter((_, i) => i > 0 && ROLE_CUE.has(fold(tokens[i - 1]!.text))).map((t) => t.start));
}

/** Other forms of a word that may name the same skill (infinitives, roles; gerunds and singulars in English). */
function wordForms(word: Token, mode: Mode, inPhrase = false): string[] {
  return [
    ...germanVerbForms(word.text),
    ...(mode.roles.has(word.start) ? agentNounForms(word.text) : []),
    ...(mode.english ? englishForms(word.text) : []),
    // A lone singular often names something else ("Küchen" → "Küche" → cooking); next to a verb it names the object.
    ...(!mode.english && inPhrase ? germanSingulars(word.text) : []),
    // Swiss German ("Chind ghüetet" → "Kinder gehütet"), tried after the typed form,
    // and their infinitives ("gschwiisst" → "geschweisst" → "schweissen").
    ...(mode.english ? [] : swissForms(word.text).flatMap((form) => [form, ...germanVerbForms(form)])),
  ];
}

/**
 * A word's likeliest other form. A Swiss participle in "g-" ("gsicheret", "gwächslet") is read
 * through its standard participle ("gesichert" → "sichern"): the German rules alone make "sicheren" of it.
 */
function firstForm(word: Token, mode: Mode, inPhrase: boolean): string {
  if (!mode.english && /^g[bcdfghjklmnpqrstvwzäöü]\p{Ll}{4,}$/u.test(word.text)) {
    const swiss = swissForms(word.text).flatMap((form) => germanVerbForms(form))[0];
    if (swiss) return swiss;
  }
  // So is one with a Swiss separable prefix ("zämmegleit" → "zusammengelegt" → "zusammenlegen"), not a present tense "zämmegleien".
  const prefixed = mode.english ? undefined : swissPrefixedParticiple(word.text);
  const prefixedVerb = prefixed && germanVerbForms(prefixed)[0];
  if (prefixedVerb) return prefixedVerb;
  // A dialect word the list knows has one meaning ("Goofe" is Kinder, not a singular "Goof").
  const dialect = mode.english ? undefined : dialectWord(word.text);
  return dialect ?? wordForms(word, mode, inPhrase)[0] ?? word.text;
}

/** The window as typed, then with one word at a time in another form ("Blutdruck gemessen" → "Blutdruck messen"). */
function windowTexts(text: string, words: Token[], mode: Mode): string[] {
  const typed = text.slice(words[0]!.start, words[words.length - 1]!.end);
  const forms: string[] = [];
  const phrase = words.length > 1;
  words.forEach((word, i) => {
    for (const form of wordForms(word, mode, phrase)) forms.push(words.map((w, j) => (j === i ? form : w.text)).join(' '));
  });
  // Plural noun and participle together ("Handys repariert" → "Handy reparieren"): every word in its first other form.
  if (phrase) {
    const changed = words.map((w) => firstForm(w, mode, phrase)).join(' ');
    if (words.filter((w) => wordForms(w, mode, phrase).length > 0).length > 1) forms.push(changed);
  }
  // In the perfect tense ("Ich habe sie gepflegt") a participle is a verb first, an adjective second.
  const out = mode.perfect ? [...forms, typed] : [typed, ...forms];
  const parts = words.length === 1 && words[0]!.text.includes('-') ? words[0]!.text.split('-').filter((p) => p.length > 1) : [];
  return parts.length > 1 ? [...out, ...parts] : out;
}

function isWeakWord(token: Token, hit: SkillSuggestion, english: boolean): boolean {
  return !english && /^\p{Ll}/u.test(token.text) && hit.confidence < MIN_LOWERCASE_WORD_CONFIDENCE;
}

/** "in Ukraine", "aus Eritrea", "from Syria": a name after these is where someone was, not what they can. */
const ORIGIN = /(?:^|[\s,;(])(?:in|aus|nach|from|to)\s+$/i;

/**
 * A single word that only resembles a label names something else: a place after "in"/"aus" that
 * looks like a language ("Ukraine" ~ Ukrainian), or a common English word that looks like a product
 * name ("offices" ~ "Microsoft Office"); exact labels and synonyms still count.
 */
function isLookalike(text: string, token: Token, hit: SkillSuggestion, finder: Finder, english: boolean): boolean {
  const place = /^\p{Lu}/u.test(token.text) && ORIGIN.test(text.slice(Math.max(0, token.start - 8), token.start));
  if (place && hit.confidence < SURE) return true;
  if (!english || !/^\p{Ll}/u.test(token.text)) return false;
  // A product name ("Microsoft Office") is only meant when one of its words is typed as such.
  const name = (finder.label(hit.conceptId, 'en') ?? '').split(/[\s/]+/);
  return name.length > 1 && name.every((w) => /^\p{Lu}/u.test(w)) && !name.some((w) => w.toLowerCase() === token.lower);
}

/** Fewest letters of a typed word that may carry a typo (as written: "Kühe" is four letters, though folded "kuehe" is five). */
const MIN_TYPO_LETTERS = 5;

/** Rows of the German and the English keyboard: a typo that swaps one letter mostly hits a key next to the right one. */
const KEYBOARD_ROWS = [
  ['qwertzuiopü', 'asdfghjklöä', 'yxcvbnm'],
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
];
const VOWELS = 'aeiouyäöü';

/** Whether two letters are keys side by side or one row apart on either keyboard. */
function keysTouch(a: string, b: string): boolean {
  return KEYBOARD_ROWS.some((rows) => {
    const at = (c: string) => rows.flatMap((row, r) => (row.includes(c) ? [[r, row.indexOf(c)] as const] : []))[0];
    const [p, q] = [at(a), at(b)];
    return !!p && !!q && Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] + p[0] * 0.5 - (q[1] + q[0] * 0.5)) <= 1;
  });
}

/**
 * One letter put for another that is no slip of the finger: not a key next to it, not one vowel for another
 * ("Katzen" is no Kaizen, "endlich" no Englich; "Schriiner" is Schreiner).
 */
function isOtherLetter(typed: string, form: string): boolean {
  const a = [...typed.toLowerCase()];
  const b = [...form.toLowerCase()];
  if (a.length !== b.length) return false;
  const at = a.flatMap((c, i) => (c !== b[i] ? [i] : []));
  if (at.length !== 1) return false;
  const [x, y] = [a[at[0]!]!, b[at[0]!]!];
  return !(VOWELS.includes(x) && VOWELS.includes(y)) && !keysTouch(x, y);
}

/**
 * A typo guess at a single word that is most likely another word: too short to carry a typo ("Kühe"
 * for Küche), a different first letter ("Hausfrau" for Kauffrau), one letter for another no finger slips
 * to ("Katzen" for Kaizen), or an abbreviation read as a word ("Frage" for FaGe). Such a guess is not even asked.
 */
function isUnlikelyTypo(typed: string, hit: SkillSuggestion): boolean {
  if (hit.evidence !== 'fuzzy' && hit.evidence !== 'misspelling') return false;
  const form = hit.form ?? '';
  const abbreviation = /^(?=(?:.*\p{Lu}){2})\p{L}{2,6}$/u.test(form);
  return [...typed].length < MIN_TYPO_LETTERS || abbreviation || (form !== '' && (fold(form).charAt(0) !== fold(typed).charAt(0) || isOtherLetter(typed, form)));
}

/**
 * A reading that another word explains better than a skill: lower-case German words met only weakly as a group ("endlich
 * hab" ~ Englich), a lower-case word too short to be read by its stem as a noun ("lag" ~ Lager; "näh" is nähen), an adjective read as the action noun
 * of its stem ("fertig" ~ Fertigung), and in English an everyday word that only resembles a German noun or a product's
 * name ("reach" ~ React, "small" ~ Stall, "back" ~ Backen). Such a reading is not even asked.
 */
function isOtherWord(words: Token[], hit: SkillSuggestion, english: boolean): boolean {
  // A Swiss article written onto a noun ("d'Medis") leaves the noun's capital.
  const lowerCase = words.every((w) => /^(?![dsz]['’]\p{Lu})\p{Ll}/u.test(w.text));
  // Only a group met by a typo: a phrase of another language overlaps a label's words («cable laying»).
  if (!english && words.length > 1 && lowerCase && hit.confidence < MIN_LOWERCASE_WORD_CONFIDENCE && (hit.evidence === 'misspelling' || hit.evidence === 'fuzzy')) return true;
  if (words.length !== 1 || !lowerCase) return false;
  const word = words[0]!.text;
  const form = hit.form ?? '';
  if (hit.evidence === 'stem' && [...word].length <= MAX_UNSTEMMED_LETTERS && stemAcrossWordClass(word, form)) return true;
  if (!english) return hit.evidence === 'stem' && adjectiveAsActionNoun(word, form);
  if ((hit.evidence === 'fuzzy' || hit.evidence === 'misspelling') && /^\p{Lu}/u.test(form)) return true;
  return hit.evidence === 'stem' && /^\p{Lu}\p{Ll}+(?:en|ern|eln)$/u.test(form);
}

/** Most letters of a lower-case word never read by its stem as a noun ("lag" is no Lager). */
const MAX_UNSTEMMED_LETTERS = 3;

function candidatesOf(text: string, run: Token[], finder: Finder, mode: Mode): Candidate[] {
  const out: Candidate[] = [];
  for (let size = Math.min(MAX_WINDOW, run.length); size >= 1; size--) {
    for (let first = 0; first + size <= run.length; first++) {
      const words = run.slice(first, first + size);
      const one = size === 1 ? words[0]! : undefined;
      let hit = finder.best(windowTexts(text, words, mode), one?.text);
      if (hit && one && (isWeakWord(one, hit, mode.english) || isLookalike(text, one, hit, finder, mode.english) || isUnlikelyTypo(one.text, hit))) hit = undefined;
      if (hit && isOtherWord(words, hit, mode.surelyEnglish)) hit = undefined;
      // A compound no name meets whole may still be named by both its parts ("Staplerbedienung").
      if (one && !mode.english && (!hit || hit.confidence <= ASK_CONFIDENCE)) hit = finder.compound(one.text) ?? hit;
      if (!hit) continue;
      // A longer window wins over its parts only when it is about as sure.
      const span: [number, number] = [words[0]!.start, words[size - 1]!.end];
      out.push({ ...hit, first: span[0], last: span[1], parts: [span], words: size, score: hit.confidence + 0.04 * (size - 1) });
    }
  }
  return out;
}

/** A word that can be the verb of a skill: a lower-case German verb form, or any English word with a verb form. */
function isVerb(token: Token, english: boolean): boolean {
  if (english) return englishForms(token.text).length > 0 || /ing$/.test(token.text);
  return /^\p{Ll}/u.test(token.text) && (verbVariants(token.text).length > 0 || /(?:en|eln|ern)$/.test(token.text));
}

/**
 * Verb and object apart in one clause ("Ich habe Hunde im Tierheim betreut", "drive a forklift"):
 * each verb is tried with each noun of its clause outside its own run; only sure matches count.
 */
function pairCandidates(runs: Run[], finder: Finder, mode: Mode): Candidate[] {
  const { english } = mode;
  const out: Candidate[] = [];
  for (const [i, run] of runs.entries()) {
    for (const verb of run.tokens.filter((t) => isVerb(t, english))) {
      const forms = [verb.text, ...wordForms(verb, mode)];
      // Words the vocabulary knows nothing about on their own ("Solothurn") cannot make a pair.
      if (!finder.knows(forms)) continue;
      for (const other of runs.slice(0, i).concat(runs.slice(i + 1)).filter((r) => r.clause === run.clause)) {
        for (const noun of other.tokens.filter((t) => (english || /^\p{Lu}/u.test(t.text)) && finder.knows([t.text]))) {
          const hit = finder.best(forms.map((form) => `${noun.text} ${form}`));
          // A pair that means what its noun means alone ("Python programmiere" → Python) adds nothing.
          if (!hit || hit.confidence < MIN_PAIR_CONFIDENCE || finder.best([noun.text])?.conceptId === hit.conceptId) continue;
          const first = Math.min(noun.start, verb.start);
          const last = Math.max(noun.end, verb.end);
          out.push({ ...hit, first, last, parts: [[noun.start, noun.end]], verb: [verb.start, verb.end], words: 2, score: hit.confidence + 0.04 });
        }
      }
    }
  }
  return out;
}

const intersects = ([s1, e1]: [number, number], [s2, e2]: [number, number]) => s1 < e2 && s2 < e1;

/**
 * Whether two candidates claim the same words. A pair's verb may serve several objects, so it only
 * keeps the verb alone from counting as a skill of its own ("repariert" next to "Handys repariert").
 */
function overlaps(a: Candidate, b: Candidate): boolean {
  if (a.parts.some((pa) => b.parts.some((pb) => intersects(pa, pb)))) return true;
  const alone = (c: Candidate) => c.words === 1;
  return (alone(a) && b.verb !== undefined && intersects(a.parts[0]!, b.verb)) || (alone(b) && a.verb !== undefined && intersects(b.parts[0]!, a.verb));
}

/**
 * A verb's object decides what it means ("Beton gegossen" is concrete work, not metal casting):
 * a lone lower-case verb ranks below a sure phrase that reads it together with its object.
 */
function verbsYieldToObjects(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.map((c) => {
    // So does a bare noun that only ESCO names ("Haar") to the work done with it ("Haar schnide" → Haare schneiden).
    // A filler before it changes nothing ("guet Haar schniide").
    const escoNoun = c.evidence === 'esco' && /\p{Lu}\p{Ll}*$/u.test(text.slice(c.first, c.last));
    if (!escoNoun && (c.words !== 1 || !/^\p{Ll}/u.test(text.slice(c.first, c.last)))) return c;
    const phrases = candidates.filter((p) =>
      escoNoun
        ? p !== c && p.words > 1 && p.conceptId !== c.conceptId && p.evidence !== 'esco' && p.confidence >= MIN_STEM_PHRASE_CONFIDENCE && p.first < c.last && c.last <= p.last
        : p.words > 1 && p.conceptId !== c.conceptId && p.confidence >= MIN_PAIR_CONFIDENCE && p.first <= c.first && p.last >= c.last,
    );
    const best = Math.max(...phrases.map((p) => p.score));
    return phrases.length > 0 && best <= c.score ? { ...c, score: best - 0.01 } : c;
  });
}

/** A phrase read by the stems of its words ("Haar schneiden" for Haare schneiden) is about this sure. */
const MIN_STEM_PHRASE_CONFIDENCE = 0.8;

/** Greedy: surest-and-longest first; a span overlapping a kept one, or a concept already kept, is dropped. */
function resolve(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  // Words explained by a kept concept, also through its other mentions ("Haare geschnitten und gefärbt").
  const covered: Candidate[] = [];
  const ids = new Set<string>();
  for (const c of [...candidates].sort((a, b) => b.score - a.score || b.last - b.first - (a.last - a.first))) {
    if (ids.has(c.conceptId)) {
      covered.push(c);
      continue;
    }
    if (covered.some((k) => overlaps(c, k))) continue;
    kept.push(c);
    covered.push(c);
    ids.add(c.conceptId);
  }
  return kept.sort((a, b) => a.first - b.first);
}

/**
 * "im", "in der", "at the", "bei", "für einen", "vom" … right before a word: the word names where or for whom ("im Lager",
 * "bei Coop", "für einen Onlineshop", "i de Chuchi vom Altersheim"), not what.
 */
const LOCATIVE =
  /(?:^|[\s,;(])(?:im|ins|in (?:der|die|den|einem|einer)|in (?:the|a|an)|at (?:the|a|an)|bei(?: der| dem| einer| einem)?|beim|bi(?: de| dr| de)?|bim|bimene|binere|i de|i dr|imene|inere|für (?:unseren|unsere|unser|einen|eine|ein|den|die|das)|vom|von der|von dem|vo de|vo dr|aus dem|aus der|us em|us de)\s+$/i;
/** "im", "in der", Swiss "i de": inside a firm, where a department is named by its work ("im Verkauf", "in der Buchhaltung"). */
const INSIDE = /(?:^|[\s,;(])(?:im|in der|i de|i dr|imene|inere)\s+$/i;
/**
 * Activity nouns that name a place or a sector rather than a department ("Bäckerei", "Klinik", "Fabrik", "Garage",
 * "Gartenbau", "Einzelhandel", the sector of a job title «Kauffrau im Einzelhandel»); "Logistik", "Informatik", "Montage" are work.
 */
const PLACE_ENDING = /(?:ei|(?<!ist|at|on)ik|(?<!mont)age|bau|handel)$/;
/** "Erfahrung im Verkauf", "experience in sales": here the word after the preposition is the skill. */
const EXPERIENCE_IN = /(?:erfahrung|erfahrungen|kenntnisse|praxis|experience|skills)\s+\S+\s+(?:\S+\s+)?$/i;

/** A single noun after a locative preposition ("Kommissionieren im Lager"): a workplace, not a skill of its own. */
function isWorkplace(text: string, c: Candidate): boolean {
  const word = text.slice(c.first, c.last);
  const before = text.slice(Math.max(0, c.first - 30), c.first);
  // A department named by its work ("im Verkauf gearbeitet", "in der Buchhaltung", "SAP MM im Einkauf") is that work.
  const department = INSIDE.test(before) && (c.evidence === 'label' || c.evidence === 'synonym') && isActivityNoun(fold(word)) && !PLACE_ENDING.test(fold(word));
  // Nominalised verbs ("im Schweissen") name an activity.
  // Lower-case too: people who type all in lower case ("im lager") still name a place; an adjective may go first ("beim ambulanten Pflegedienst").
  const place = /^(?:\p{Ll}+e[nmrs]?\s+)?\p{L}+$/u.test(word) && !/en$/.test(word);
  return c.parts.length === 1 && place && !department && !WAY_OF_WORKING.test(fold(word)) && LOCATIVE.test(before) && !EXPERIENCE_IN.test(before);
}

/** Words that after "im", "in der" name how one works, not where ("arbeite gern im Team", "im Schichtbetrieb"). */
const WAY_OF_WORKING = /^(?:team|teams|schichtbetrieb|schichtdienst|schicht|schichten)$/;

/** "vom", "von der", Swiss "vo de", "aus dem" before a workplace: the firm or house it belongs to ("im Lager vom Baumarkt"). */
const OWNER = /(?:^|[\s,;(])(?:vom|von der|von dem|vo de|vo dr|aus dem|aus der|us em|us de)\s+$/i;

/**
 * Workplaces count only when the message names no activity ("Ich arbeite im Lager" → Lagerbewirtschaftung), and
 * then the place worked in before the firm it belongs to ("im Lager vom Baumarkt" → the warehouse, not DIY retail).
 */
function withoutWorkplaces(text: string, kept: Candidate[]): Candidate[] {
  const activities = kept.filter((c) => !isWorkplace(text, c));
  if (activities.length > 0) return activities;
  const owned = (c: Candidate) => OWNER.test(text.slice(Math.max(0, c.first - 12), c.first));
  const places = kept.filter((c) => !owned(c));
  return places.length > 0 ? places : kept;
}

/**
 * A word that only resembles a label ("Kühe" ~ Küche, "Büros" ~ Büroorganisation) is dropped when the
 * sure mention right next to it is its verb and says what the phrase is about ("Büros gereinigt" → Reinigung).
 */
function withoutWeakBesideSure(text: string, kept: Candidate[], english: boolean): Candidate[] {
  const adjacent = (a: Candidate, b: Candidate) => /^\s+$/.test(text.slice(Math.min(a.last, b.last), Math.max(a.first, b.first)));
  const weak = (c: Candidate) => !english && c.words === 1 && c.confidence < MIN_LOWERCASE_WORD_CONFIDENCE;
  return kept.filter((c) => !weak(c) || !kept.some((k) => k !== c && k.confidence >= SURE && adjacent(c, k)));
}

/**
 * A participle right after the noun it acts on ("Heizungen gewartet", "Solaranlagen montiert", "Holz
 * geschliffen") says what was done to the thing the noun's skill already names: the lone verb's own
 * general skill (maintenance, machine assembly, grinding) is not a second skill, unless the two are
 * named together often ("Python programmiert" is both). German only.
 */
function withoutVerbsOfNamedThings(text: string, kept: Candidate[], finder: Finder, english: boolean): Candidate[] {
  if (english) return kept;
  const participle = (c: Candidate) => c.words === 1 && /^(?:ge|g)?\p{Ll}+(?:t|en)$/u.test(text.slice(c.first, c.last)) && /^ge|^g[^e]|^\p{Ll}+(?:iert)$/u.test(text.slice(c.first, c.last));
  const objectBefore = (verb: Candidate) =>
    kept.some((k) => k !== verb && k.words === 1 && /^\p{Lu}/u.test(text.slice(k.first, k.last)) && k.confidence >= MIN_PAIR_CONFIDENCE && /^\s+$/.test(text.slice(k.last, verb.first)) && !finder.together(k.conceptId, verb.conceptId));
  return kept.filter((c) => !(participle(c) && objectBefore(c)));
}

/** Punctuation that ends one item of a list ("Schweissen, MAG und WIG", "schwiisse – aber nur MAG"). */
const LIST_BREAK = /[,;:–—]|\s-\s/;

/**
 * A general skill beside a more specific one that carries its name ("Schweissen MAG" is MAG-Schweissen,
 * "Programmieren" beside SPS programmieren, "Verkauf" beside Verkauf an der Theke) says nothing more:
 * the specific one is what the person can. A general skill that is an item of its own in a list
 * ("Schweissen, MAG und WIG", "ich chan schwiisse, aber nur MAG") is claimed as such and stays.
 */
function withoutParents(text: string, kept: Candidate[]): Candidate[] {
  const words = (label: string) => fold(label).split(/[\s-]+/);
  const between = (a: Candidate, b: Candidate) => text.slice(Math.min(a.last, b.last), Math.max(a.first, b.first));
  const parent = (c: Candidate) => {
    const name = fold(c.label);
    const sureChild = (k: Candidate) => k.confidence > ASK_CONFIDENCE && tierOf(k) === 'sure';
    const children = kept.filter((k) => k !== c && k.conceptId !== c.conceptId && sureChild(k) && words(k.label).length > 1 && words(k.label).includes(name));
    return !/\s/.test(name) && children.length > 0 && !children.every((k) => LIST_BREAK.test(between(c, k)));
  };
  return kept.filter((c) => !parent(c));
}

/**
 * A noun said again as the head of a compound a sure find of the message names ("Softwarearchitektur …,
 * Architektur ist mein Ding"): the bare head is the same thing, not the other field a synonym of it names
 * (building architecture).
 */
function withoutCompoundHeads(text: string, kept: Candidate[]): Candidate[] {
  const head = (c: Candidate) => {
    const word = text.slice(c.first, c.last);
    // A concept named by the word itself is the general skill the person also names ("Buchhaltung und Lohnbuchhaltung").
    if (c.words !== 1 || !/^\p{Lu}\p{Ll}{4,}$/u.test(word) || fold(c.label) === fold(word)) return false;
    const f = fold(word);
    return kept.some((k) => k !== c && k.conceptId !== c.conceptId && k.confidence > ASK_CONFIDENCE && tierOf(k) === 'sure' && fold(k.label).split(/[\s/-]+/).some((w) => w.length > f.length && w.endsWith(f)));
  };
  return kept.filter((c) => !head(c));
}

/** Family members: care for one of them is private, not a skill to store silently ("Pflege der Grossmutter", "mis Grosi ghüetet"). */
const FAMILY = /\b(?:schwieger[a-z]*|in-laws?|mother-in-law|father-in-law|oma|opa|grossmutter|grossvater|grosseltern|grosi|grossi|grosspapi|grossmami|grossmuetter|grossvatter|mami|mama|papi|papa|mutter|muetter|mueter|vater|vatter|eltern|schwester|schwoester|bruder|brueder|geschwister|tante|onkel|grandmother|grandfather|grandma|grandpa|mother|father|parents|sister|brother)\b/;
/** Words of caring for someone. */
// Helping a relative with something ("meinem Vater beim Zügeln geholfen") is as private as caring for them.
const CARE = /(?:pfleg|betreu|huet|hüt|aufpass|ufpass|care|caring|look after|looked after|geholfen|gholfe|ghulfe|helfe|hilf|helped|help)/;

/**
 * "mit meinem Sohn basteln", "mit minere Fründin telefoniert", "with my kids": done with one's family or
 * friends, an activity is most often private life (and sometimes a family business: so it is asked, not vetoed).
 */
const WITH_ONES_OWN =
  /\b(?:mit|with)\s+(?:meine[mnr]?|mim|minere?|mine|mis|my)\s+(?:sohn|tochter|kind|kinder|kindern|kids|children|son|daughter|freundin|freund|freunden|freundinnen|fruendin|fruend|friend|friends|girlfriend|boyfriend|frau|mann|wife|husband|partner|partnerin|familie|family|nachbar|nachbarin|nachbarn|neighbours?|neighbors?|oma|opa|grosi|eltern|parents|mutter|vater|schwester|bruder|geschwistern?)\b/;

/**
 * A mention of caring for a family member, or of doing something with one's family or friends, in its
 * clause: a guess to confirm ("Meinst du Grundpflege?"), never stored silently.
 */
export function isFamilyMatter(text: string, c: { first: number; last: number }): boolean {
  const clause = fold(clauseAround(text, [c.first, c.last]));
  return (FAMILY.test(clause) && CARE.test(clause)) || WITH_ONES_OWN.test(clause);
}

/** English head nouns that say a skill is used, not what it is about ("forklift operation", "nanny work"). */
const ENGLISH_GENERIC_HEAD = /^(?:operation|operating|operations|work|duties|tasks|skills|experience|handling|use|usage)$/;

/**
 * English writes its compounds apart ("network administration", "video games"): a curated concept's
 * one-word name beside a noun nothing explains may name only part of another thing, so it is asked.
 * A gerund is the activity itself, whatever kind or object is named beside it ("arc welding", "tiling
 * bathrooms", "giving injections"), and a generic head changes nothing ("forklift operation").
 */
function inEnglishCompound(text: string, c: Candidate, kept: Candidate[]): boolean {
  if (c.words !== 1 || (c.evidence !== 'synonym' && c.evidence !== 'label')) return false;
  if (/ing$/i.test(text.slice(c.first, c.last))) return false;
  const before = /(\p{L}{3,})\s+$/u.exec(text.slice(0, c.first));
  const after = /^\s+(\p{L}{3,})/u.exec(text.slice(c.last));
  const unexplained = (word: string, at: number) =>
    !STOPWORDS.has(fold(word)) && !/ing$/i.test(word) && !ENGLISH_GENERIC_HEAD.test(word.toLowerCase()) && !kept.some((k) => k !== c && k.first <= at && at < k.last);
  return (!!before && unexplained(before[1]!, c.first - before[0].length)) || (!!after && unexplained(after[1]!, c.last + after[0].length - after[1]!.length));
}

/**
 * Swiss German writes its articles onto the noun ("d'Medis", "d'Ladig", "z'Mittag", "s'Huus"): the
 * noun is the word ("d'Medis verteilt" = "Medis verteilt"). Not for English ("I'd", "I'm").
 */
function withoutArticleClitics(tokens: Token[]): Token[] {
  return tokens.map((t) => {
    const clitic = /^[dsz]['’](?=\p{L}{3})/iu.exec(t.text);
    return clitic ? { text: t.text.slice(2), lower: t.lower.slice(2), start: t.start + 2, end: t.end } : t;
  });
}

/** Skill mentions with spans, confidences and level hints, in text order; guesses (tier "ask") stay below 0.75. */
export function extractSkills(input: string, vocabulary: SkillVocabulary, locale: Locale): SkillMention[] {
  return scanSkills(input, vocabulary, locale).mentions;
}

/**
 * The mentions of extractSkills, and whether the text surely names a skill it does not claim ("Pflege mache ich nicht mehr",
 * "I quit nursing"): a statement about skills all the same, not a bare "no" or a goodbye.
 */
export function scanSkills(input: string, vocabulary: SkillVocabulary, locale: Locale): { mentions: SkillMention[]; namesUnclaimed: boolean } {
  const text = input.slice(0, MAX_SKILL_TEXT);
  const finder = new Finder(vocabulary, locale);
  const english = locale === 'en' || SURELY_ENGLISH.test(text) || (ENGLISH.test(text) && !SWISS_FUNCTION_WORDS.test(text));
  const tokens = joinAlphanumerics(text, english ? tokenize(text) : withoutArticleClitics(tokenize(text)));
  const surelyEnglish = locale === 'en' || SURELY_ENGLISH.test(text);
  const mode: Mode = { english, roles: roleStarts(tokens), perfect: PERFECT.test(text), surelyEnglish };
  const runs = contentRuns(text, tokens);
  const candidates = runs.flatMap((run) => candidatesOf(text, run.tokens, finder, mode));
  candidates.push(...pairCandidates(runs, finder, mode));
  const kept = withoutVerbsOfNamedThings(text, withoutCompoundHeads(text, withoutParents(text, withoutWorkplaces(text, withoutWeakBesideSure(text, resolve(verbsYieldToObjects(text, candidates)), english)))), finder, english);
  // The precision safeguard: private life, one's own things, look-alikes (see vetoed).
  const isVetoed = (c: Candidate) => vetoed(text, { span: [c.first, c.last], label: c.label, evidence: c.evidence, ...(c.form ? { form: c.form } : {}) });
  const mentions = kept.filter((c) => !isVetoed(c) && !englishPartialGuess(c, surelyEnglish)).map((c) => {
    const level = levelNear(text, c.first, c.last);
    const typed = text.slice(c.first, c.last);
    const acrossClass = c.evidence === 'stem' && c.words === 1 && (stemAcrossWordClass(typed, c.form) || stemOfThing(typed, c.form, c.label) || verbReadAsFieldNoun(typed, c.form, c.label));
    const otherObject = !english && c.words === 1 && verbOfOtherObject(text, [c.first, c.last], c.label, vocabulary.namesOf?.(c.conceptId), (v) => vocabulary.isBroadVerb?.(v) ?? false);
    const sure = tierOf(c) === 'sure' && !acrossClass && !otherObject && !isFamilyMatter(text, c) && !(english && inEnglishCompound(text, c, kept)) && !levelUnstated(c.label, text);
    const mention: SkillMention = { conceptId: c.conceptId, label: c.label, confidence: sure ? c.confidence : Math.min(c.confidence, ASK_CONFIDENCE), span: [c.first, c.last] };
    if (c.evidence) mention.evidence = c.evidence;
    if (level) mention.level = level;
    return mention;
  });
  // A sure find vetoed as private still explains the verbs beside it ("beim Coiffeur … geworden" is no Word).
  const sureVetoed = kept.some((c) => tierOf(c) === 'sure' && c.confidence > ASK_CONFIDENCE && isVetoed(c));
  return { mentions: withoutVerbGuessesBesideSure(text, mentions, sureVetoed), namesUnclaimed: sureVetoed };
}

/**
 * English writes compounds apart, so a text that shares only some words with a name ("take care" of Childcare, "set
 * up" of Computer hardware setup, "maintenance" of Maintenance and repair, "former" of Stamping and forming) is
 * mostly another thing: such a partial match is not even asked.
 */
function englishPartialGuess(c: Candidate, english: boolean): boolean {
  return english && c.evidence === 'partial' && c.confidence < CONJUNCT_CONFIDENCE;
}

/** Swiss function words no English text has: beside them "i" is "ich" ("han i Blut abgno"), not English "I". */
const SWISS_FUNCTION_WORDS = /(?<![\p{L}'’])(?:isch|han|hani|hend|het|hät|gsi|gsii|chan|cha|öppis|nöd|nid|scho|bi|bim|ha)(?![\p{L}'’])/iu;

/** English words no Swiss German writes ("i", "in", "can" are ambiguous: "han i", "i de Chuchi"). */
const SURELY_ENGLISH = /\b(?:i'm|i've|i'd|my|the|and|with|have|has|worked|experience|years?)\b/i;

/** A verb form, not an adjective ("eingerichtet", "planen", "automatisiere"; not "geduldig", "freundlich"). */
const VERB_FORM = /^\p{Ll}+(?:t|en|e|st)$/u;

/**
 * A lone verb read by its stem as a guess ("eingerichtet" as Werkzeugmaschinen einrichten, "geplant" as
 * Organisationstalent, "bedient" as Gäste bedienen) in a message that names other skills, sure or asked: what the
 * verb did is what those skills say ("Monitoring mit Zabbix eingerichtet", "entwickle Apps mit Kotlin"), so asking
 * about the guess only adds a wrong question. So is a single ordinary word that only ESCO names ("Getränke" beside Gäste bedienen,
 * "Haar" beside Haare schneiden, "Berichte" beside VBA-Makros, "geplant" beside Jugendarbeit): a word of
 * the work the sure skills name, not a skill of its own.
 */
function withoutVerbGuessesBesideSure(text: string, mentions: SkillMention[], sureVetoed: boolean): SkillMention[] {
  const verbGuess = (m: SkillMention) => m.evidence === 'stem' && m.confidence <= ASK_CONFIDENCE && VERB_FORM.test(text.slice(m.span[0], m.span[1]));
  // Beside other guesses too ("Ich entwickle Apps mit Kotlin" asks about app development, not programming by the verb's stem); alone it is still asked.
  const withoutVerbs = mentions.some((m) => !verbGuess(m)) ? mentions.filter((m) => !verbGuess(m)) : mentions;
  if (!sureVetoed && !withoutVerbs.some((m) => m.confidence > ASK_CONFIDENCE)) return withoutVerbs;
  const plainWordGuess = (m: SkillMention) => m.evidence === 'esco' && m.confidence <= ASK_CONFIDENCE && !/\s/.test(text.slice(m.span[0], m.span[1]).trim());
  return withoutVerbs.filter((m) => !plainWordGuess(m));
}
