/**
 * Intent recognition for short chat messages: slash commands, whole-message keywords (with typo
 * tolerance) and a natural BayesClassifier trained at load on the example utterances. Confidence
 * is damped by how much of the message the classifier knows, so unrelated text ("Ich kann löten")
 * comes out as `none` with a low confidence.
 */
import type { IntentName } from '../services/ports';
import { EXAMPLES, KEYWORDS, SLASH_COMMANDS } from './intent-examples';
import { natural } from './natural';
import { placeByExactName } from './places';
import { lower, words } from './tokens';
import { own } from '../own';

/** The recognised intent; for `none` the confidence is that of the closest real intent (always low). */
export interface IntentResult {
  name: IntentName;
  confidence: number;
}

/** Most characters looked at: commands are short, and the work must stay bounded for long texts. */
const MAX_INTENT_TEXT = 300;
/** Below this calibrated score a classifier guess is reported as `none`. */
export const INTENT_THRESHOLD = 0.5;
const FUZZY_KEYWORD = 0.9;
/** How sure one clause of a longer message must be to speak for all of it. */
const CLAUSE_CONFIDENCE = 0.6;
/** Most clauses of a message looked at one by one for a command. */
const MAX_CLAUSES = 4;
/** Below this, the classification of a whole longer message gives way to a command in one clause. */
const UNSURE_WHOLE = 0.75;

// Function words that carry no intent; negations, "mehr", "warum" etc. are deliberately kept.
const STOPWORDS = new Set(
  ('ich du er sie es wir ihr mir mich dir dich uns euch mein meine meinen meinem meiner dein deine der die das den dem des ein ' +
    'eine einen einem einer und oder aber bitte mal doch auch so zu im in an am auf mit fur von vom zum zur ist bin bist sind ' +
    'hat habe hast haben kann kannst konnen mochte mocht will wurde gerne gern es da hier jetzt dann schon eigentlich ' +
    'gut guten gute sehr viel the a an to of my me i you please can could would pls is are be do this that for it i mi mer mir i d de es isch ' +
    'emol mol ob s hab han hani hatt hatte hatten nach bei aus')
    .split(' '),
);

/** Lower case, umlauts folded to their base vowel (ä/ae → a), ß → ss: "zurück", "zurueck" and "zuruck" agree. */
export function normalizeIntentText(text: string): string {
  return words(
    lower(text)
      .replace(/ae|ä/g, 'a')
      .replace(/oe|ö/g, 'o')
      .replace(/ue|ü/g, 'u'),
    '?/-',
  );
}

const tokenizer = new natural.AggressiveTokenizerDe();

/** "nicht mehr", "keine Lust mehr", "nüm": an end ("Ich will nicht mehr"), never a wish for more results. */
const NO_MORE = /\b(?:(?:nicht|nid|nod|nimmer|kein\w*)(?: \p{L}+)? mehr|num|nummi|no longer|not anymore|any ?more)\b/gu;

/** Swiss "Hat es Lehrstellen?", "hets no Kurse?" mean "Gibt es …?". */
const SWISS_THERE_IS = /\b(?:hat es|hats|hets|hatts|hets)\b/g;

function intentWords(text: string): string[] {
  const normalized = normalizeIntentText(text)
    .replace(NO_MORE, (phrase) => phrase.replace(/\bmehr\b|\bmore\b|\banymore\b/, '') + ' nichtmehr')
    .replace(SWISS_THERE_IS, 'gibt es');
  return (tokenizer.tokenize(normalized) ?? []).filter((w) => w && !STOPWORDS.has(w));
}

/** Stemmed content words of a message: the classifier's features. */
export function intentFeatures(text: string): string[] {
  return intentWords(text).map(canonical);
}

/** Shortest head and modifier of a compound ("dazu|lernen", "Berufs|test"); shorter splits find words in words ("sch|weissen"). */
const MIN_COMPOUND_HEAD = 4;
const MIN_COMPOUND_MODIFIER = 4;

/**
 * How much a compound's head counts as a known word: "Berufstest" asks for the test, but
 * "Gebärdensprache" alone is an answer naming a skill, not a wish to edit languages.
 */
const COMPOUND_HEAD_WEIGHT = 0.4;

/**
 * The features of a message, an unknown compound replaced by its known head ("Berufstest" → test,
 * "dazulernen" → lern), and how many were so replaced. Heads only stand for command intents: a
 * compound is never a yes, no, greeting or thanks ("Netzsicherheit" is not "sicher").
 */
function knownFeatures(text: string, vocabulary: Set<string>, heads: Set<string>): { features: string[]; compounds: number } {
  let compounds = 0;
  const features = intentWords(text).map((word) => {
    const feature = canonical(word);
    if (vocabulary.has(feature)) return feature;
    for (let i = MIN_COMPOUND_MODIFIER; i <= word.length - MIN_COMPOUND_HEAD; i++) {
      const head = canonical(word.slice(i));
      if (heads.has(head)) {
        compounds++;
        return head;
      }
    }
    return feature;
  });
  return { features, compounds };
}

/**
 * Synonyms that mean the same for an intent fold into one feature, and compounds count by their
 * head ("Ausbildungsstellen" → stelle), so the few examples per intent generalise to unseen words.
 */
const SYNONYMS: [RegExp, string][] = [
  // Words arrive folded (ü → u), so Swiss "lueg" is "lug" here.
  [/^(?:zeig\w*|anzeig\w*|anschau\w*|ansehen|ansicht|lug\w*|aazeig\w*|show|see|view|display)$/, 'zeig'],
  [/^(?:gibt|gibts|git|gits|gibt's|there)$/, 'gibt'],
  [/^(?:gespeichert\w*|gemerkt|notiert|aufgeschrieben|festgehalten|saved|stored|speicher\w*|infos?|informationen|angaben)$/, 'gespeichert'],
  [/^(?:sichtbar\w*|unsichtbar\w*|offentlich\w*|versteckt|verstecken|public|visible|hidden|hide)$/, 'sichtbar'],
  [/^(?:\w*radius|umkreis\w*|distanz|entfernung|distance)$/, 'radius'],
  [/^(?:knopf|knopfe|buttons?|tasten?|menu\w*)$/, 'knopf'],
  [/^(?:alarm\w*|benachrichtig\w*|notif\w*|alerts?|bescheid|mails?|e-mails?|emails?|newsletter|nachricht\w*)$/, 'alarm'],
  [/^(?:versteh\w*|verstoh\w*|kapier\w*|checke|checkst|begreif\w*|understand\w*|ha|hah|haeh|huh)$/, 'versteh'],
  [/^(?:benutz\w*|bedien\w*|use|using|funktionier\w*)$/, 'benutz'],
  [/^(?:bock|lust)$/, 'lust'],
  [/^(?:vertippt|verschrieben|verklickt|vertan|verdruckt|typo|mistake)$/, 'vertippt'],
  [/^(?:\w*test|\w*tests|quiz)$/, 'test'],
  [/^(?:herunterlad\w*|runterlad\w*|download\w*|export\w*|datei|kopie|copy)$/, 'export'],
  [/^(?:losch\w*|entfern\w*|delete\w*|remove\w*|erase\w*|weg)$/, 'losch'],
  [/^(?:\w*kurs|\w*kurse|\w*kursen|schulung\w*|weiterbild\w*|fortbild\w*|umschul\w*|lehrgang\w*|lehrgange|seminar\w*|course\w*|training\w*|class|classes)$/, 'kurs'],
  [/^(?:jobs?|\w*stelle|\w*stellen|\w*platze?|arbeit|work|stellenangebot\w*|jobangebot\w*|vacanc\w*|apprenticeships?|internships?|openings?|positions?)$/, 'stelle'],
  [/^(?:weitere|weiteren|weiterer|mehr|more|nachste|nachsten|next)$/, 'mehr'],
  [/^(?:mensch\w*|mansch\w*|person|personen|personlich\w*|berater\w*|fachperson\w*|fachleute\w*|human|someone|jemand\w*|advisor|agent)$/, 'mensch'],
  // A language named alone ("Englisch") is an answer; with a change cue ("Mein Französisch ist besser") it is about languages.
  [/^(?:deutsch|englisch|franzosisch|italienisch|spanisch|portugiesisch|turkisch|arabisch|russisch|ukrainisch|german|english|french|italian|spanish)$/, 'englisch'],
  [/^(?:warum|wieso|weshalb|why|werum|wiso)$/, 'warum'],
];

const canonicalCache = new Map<string, string>();
/** Bound on the cache of canonical forms (a long-running bot sees many words). */
const MAX_CANONICAL_CACHE = 20_000;

function canonical(word: string): string {
  const cached = canonicalCache.get(word);
  if (cached !== undefined) return cached;
  const feature = SYNONYMS.find(([pattern]) => pattern.test(word))?.[1] ?? natural.PorterStemmerDe.stem(word);
  if (canonicalCache.size < MAX_CANONICAL_CACHE) canonicalCache.set(word, feature);
  return feature;
}

interface Model {
  classifier: InstanceType<typeof natural.BayesClassifier>;
  /** Features seen in examples of a real (not `none`) intent. */
  intentVocabulary: Set<string>;
  /** Features of command intents (not yes, no, greeting, thanks): what a compound's head may stand for. */
  headVocabulary: Set<string>;
  keywords: Map<string, IntentName>;
  /** The keywords with doubled letters squeezed ("nöö", "jaaa", "hallooo" meet "nö", "ja", "hallo"). */
  squeezedKeywords: Map<string, IntentName>;
  fuzzyKeywords: { keyword: string; intent: IntentName }[];
}

/** Intents that are short answers, never the meaning of a compound word. */
const SHORT_ANSWERS: ReadonlySet<IntentName> = new Set<IntentName>(['yes', 'no', 'greeting', 'thanks', 'none']);

function buildModel(): Model {
  const classifier = new natural.BayesClassifier();
  const intentVocabulary = new Set<string>();
  const headVocabulary = new Set<string>();
  for (const [intent, utterances] of Object.entries(EXAMPLES) as [IntentName, string[]][]) {
    const keywordUtterances = KEYWORDS[intent] ?? [];
    for (const utterance of [...utterances, ...keywordUtterances]) {
      const features = intentFeatures(utterance);
      if (features.length === 0) continue;
      classifier.addDocument(features, intent);
      if (intent !== 'none') features.forEach((f) => intentVocabulary.add(f));
      if (!SHORT_ANSWERS.has(intent)) features.forEach((f) => headVocabulary.add(f));
    }
  }
  classifier.train();
  const keywords = new Map<string, IntentName>();
  for (const [intent, words] of Object.entries(KEYWORDS) as [IntentName, string[]][]) {
    for (const word of words) keywords.set(normalizeIntentText(word), intent);
  }
  const squeezedKeywords = new Map<string, IntentName>();
  for (const [k, intent] of keywords) if (!squeezedKeywords.has(squeeze(k))) squeezedKeywords.set(squeeze(k), intent);
  const fuzzyKeywords = [...keywords].filter(([k]) => k.length >= 5).map(([keyword, intent]) => ({ keyword, intent }));
  for (const [intent, utterances] of Object.entries(EXAMPLES) as [IntentName, string[]][]) {
    // A feature also used by a short answer ("sicher" = yes) is no compound head.
    if (SHORT_ANSWERS.has(intent)) utterances.forEach((u) => intentFeatures(u).forEach((f) => headVocabulary.delete(f)));
  }
  for (const [intent, words] of Object.entries(KEYWORDS) as [IntentName, string[]][]) {
    if (SHORT_ANSWERS.has(intent)) words.forEach((w) => intentFeatures(w).forEach((f) => headVocabulary.delete(f)));
  }
  return { classifier, intentVocabulary, headVocabulary, keywords, squeezedKeywords, fuzzyKeywords };
}

let model: Model | undefined;
function getModel(): Model {
  model ??= buildModel();
  return model;
}

function slashCommand(text: string): IntentResult | undefined {
  const match = /^\/([a-zäöü_]+)(?:@\w+)?\b/i.exec(text.trim());
  if (!match) return undefined;
  const intent = own(SLASH_COMMANDS, `/${match[1]!.toLowerCase()}`);
  return { name: intent ?? 'help', confidence: intent ? 1 : 0.6 };
}

function squeeze(text: string): string {
  return text.replace(/(\p{L})\1+/gu, '$1');
}

/**
 * Words around a command that do not change it ("i wett abbräche", "jetzt bitte zurück", "please
 * stop"): without them the rest may be a keyword.
 */
const COMMAND_FILLERS = new Set(
  ('ich i mir mer mich will wott wett mocht mochte mochti wurde wurd gern gerne bitte bitti jetzt mal emol doch einfach ' +
    'nur kurz please pls just now lets let me want to would like i d')
    .split(' '),
);

function withoutFillers(text: string): string {
  return text
    .split(' ')
    .filter((w) => !COMMAND_FILLERS.has(w))
    .join(' ');
}

/** A whole message that is a keyword, possibly with a typo ("hilfee", "abrechen"), fillers or trailing punctuation. */
function keyword(normalized: string): IntentResult | undefined {
  const { keywords, squeezedKeywords, fuzzyKeywords } = getModel();
  const bare = normalized.replace(/[?!.\s]+$/, '') || normalized;
  const exact = keywords.get(normalized) ?? keywords.get(bare);
  if (exact) return { name: exact, confidence: 0.97 };
  const loose = squeezedKeywords.get(squeeze(bare)) ?? keywords.get(withoutFillers(bare));
  if (loose) return { name: loose, confidence: 0.93 };
  if (bare.length < 5 || bare.split(' ').length > 3) return undefined;
  let best: { intent: IntentName; score: number } | undefined;
  for (const { keyword: candidate, intent } of fuzzyKeywords) {
    if (Math.abs(candidate.length - bare.length) > 2) continue;
    const score = natural.JaroWinklerDistance(bare, candidate);
    if (score >= FUZZY_KEYWORD && (!best || score > best.score)) best = { intent, score };
  }
  return best && { name: best.intent, confidence: Math.round(best.score * 0.9 * 100) / 100 };
}

/** A capitalised word after a preposition: maybe a place ("nach Basel", "in Köln"). */
const PLACE_AFTER_PREPOSITION = /(?<=\b(?:in|nach|bei|aus|um|von|near|to|from)\s+)\p{Lu}[\p{L}.-]+/gu;
/** The occupation a request is about ("Lehrstelle als Fachfrau Gesundheit", "Job als Koch"): one or two capitalised words. */
const ROLE_AFTER_ALS = /(?<=\bals\s+)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?/gu;

/**
 * The message without place names and the occupation after "als", which are unknown to every example
 * and would otherwise read as "about something else" ("Ich bin nach Winterthur umgezogen" is a
 * change of place all the same).
 * Numbers stay: in "Ich bin 16 und …" they mark an answer.
 */
function withoutSlotValues(text: string): string {
  return text.replace(PLACE_AFTER_PREPOSITION, (word) => (placeByExactName(word) ? ' ' : word)).replace(ROLE_AFTER_ALS, ' ');
}

/** Exponent of the known-word share for questions (0.5 for other messages). */
const QUESTION_DAMPING = 0.3;

function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text);
}

/**
 * Calibrated classifier score: the best intent's share against the runner-up (the raw Bayes
 * posterior is spread thin over 25 classes), damped by the share of the message's words that occur
 * in any intent example — unknown words mean the message is about something else.
 */
function classify(text: string): IntentResult {
  const { classifier, intentVocabulary, headVocabulary } = getModel();
  const { features, compounds } = knownFeatures(withoutSlotValues(text), intentVocabulary, headVocabulary);
  if (features.length === 0) return { name: 'none', confidence: 0 };
  const known = (features.filter((f) => intentVocabulary.has(f)).length - (1 - COMPOUND_HEAD_WEIGHT) * compounds) / features.length;
  if (known === 0) return { name: 'none', confidence: 0 };
  const [best, second] = classifier.getClassifications(features);
  if (!best) return { name: 'none', confidence: 0 };
  const margin = best.value / (best.value + (second?.value ?? 0) || 1);
  // A question is a request to the bot (answers to its questions are not questions), so unknown words count less.
  const confidence = Math.round(margin * Math.pow(known, isQuestion(text) ? QUESTION_DAMPING : 0.5) * 100) / 100;
  if (best.label === 'none' || confidence < INTENT_THRESHOLD) {
    return { name: 'none', confidence: best.label === 'none' ? Math.min(0.2, 1 - confidence) : Math.min(confidence, INTENT_THRESHOLD - 0.01) };
  }
  return { name: best.label as IntentName, confidence };
}

/**
 * Intents whose topic words ("Menschen", "Stelle", "Kurs", "Prozent", "wohne") also fill what people
 * tell about themselves: "Ich arbeite gern mit Menschen" is an answer, not a wish to talk to one.
 */
const TOPIC_INTENTS: ReadonlySet<IntentName> = new Set<IntentName>([
  'human', 'show_jobs', 'show_trainings', 'show_profile', 'edit_wishes', 'edit_place', 'edit_skills', 'edit_languages', 'visibility', 'job_alert',
]);
const SELF_STATEMENT = /^(?:ich|i|i m|im|mir|mich)\s/;
/** Words that turn a sentence about oneself into a request or a change ("Ich will …", "Ich bin umgezogen"). */
const REQUEST_OR_CHANGE =
  /\b(?:will|wott|wett|mocht\w*|wurd\w*|hatt\w*|brauch\w*|bitte|bitti|kann ich|chan i|darf ich|soll\w*|muss|want|wanna|would|i d|like to|need|please|let me|can i|could|wie|wo|was|warum|wieso|how|where|what|why|andern|anpass\w*|korrigier\w*|bearbeit\w*|erganz\w*|hinzufug\w*|entfern\w*|losch\w*|umgezogen|gezogen|falsch|stimmt nicht|nicht mehr|jetzt|neu\w*|woanders|statt|update|change|edit|add|remove|delete|moved|zeig\w*|show)\b/;

/** A first-person statement without a request or change cue is an answer, whatever its topic words. */
function statementBias(result: IntentResult, normalized: string): IntentResult {
  if (!TOPIC_INTENTS.has(result.name) || !SELF_STATEMENT.test(normalized) || normalized.includes('?') || REQUEST_OR_CHANGE.test(normalized)) return result;
  return { name: 'none', confidence: Math.min(result.confidence, INTENT_THRESHOLD - 0.01) };
}

/** The intent of a chat message (German, Swiss German or English). */
export function recognizeIntent(text: string): IntentResult {
  const sample = text.slice(0, MAX_INTENT_TEXT);
  if (!/[\p{L}\p{N}?]/u.test(sample)) return { name: 'none', confidence: 0 };
  const slash = slashCommand(sample);
  if (slash) return slash;
  const normalized = normalizeIntentText(sample);
  const exact = keyword(normalized);
  if (exact) return exact;
  const whole = statementBias(classify(sample), normalized);
  if (whole.confidence >= UNSURE_WHOLE) return whole;
  return clauseCommand(sample, whole.name === 'none') ?? greetingOpener(normalized) ?? answerOpener(sample) ?? whole;
}

/** Answers a first clause may give for the whole message ("nee, lass mal lieber", "Ja, bitte mach weiter"). */
const OPENING_ANSWERS: ReadonlySet<IntentName> = new Set<IntentName>(['yes', 'no', 'thanks']);

/** A message that opens with a yes, no or thanks and goes on without a clear command is that answer. */
function answerOpener(sample: string): IntentResult | undefined {
  const [first, ...rest] = sample.split(/[,;.!]+/).map((c) => c.trim());
  if (!first || rest.every((c) => c === '')) return undefined;
  // Exactly the keyword: a typo guess ("Genug" ~ "genau") or a word left after fillers ("Ich will nicht") is too weak to speak for all.
  const found = getModel().keywords.get(normalizeIntentText(first).replace(/[?\s]+$/, ''));
  return found && OPENING_ANSWERS.has(found) ? { name: found, confidence: 0.8 } : undefined;
}

/** Most words after a greeting that still make the message small talk ("hey was geht", "hoi wie gahts"). */
const SMALL_TALK_WORDS = 3;

/** "hey was geht": a greeting word and a few words of small talk; a longer rest is an answer worth keeping. */
function greetingOpener(normalized: string): IntentResult | undefined {
  const [first, ...rest] = normalized.replace(/[?!.]/g, ' ').split(/\s+/).filter(Boolean);
  if (!first || rest.length === 0 || rest.length > SMALL_TALK_WORDS) return undefined;
  return getModel().keywords.get(first) === 'greeting' ? { name: 'greeting', confidence: 0.8 } : undefined;
}

/** Intents a leading or trailing clause can carry for the whole message ("Hilfe, ich weiss nicht weiter"). */
const CLAUSE_INTENTS: ReadonlySet<IntentName> = new Set<IntentName>(['help', 'cancel', 'back', 'restart', 'show_jobs', 'show_trainings', 'more', 'why', 'human']);

/**
 * A command said in one clause of a longer message ("Hilfe, ich weiss nicht weiter", "Ich habe mich
 * vertippt, zurück"): the clause's own keyword, or, when the whole says nothing, a sure classification of it.
 */
function clauseCommand(sample: string, classifyClauses: boolean): IntentResult | undefined {
  const clauses = sample.split(/[,;.!]+/).map((c) => c.trim()).filter((c) => /\p{L}/u.test(c));
  // Commands come in short messages; a long text of many clauses is content.
  if (clauses.length < 2 || clauses.length > MAX_CLAUSES) return undefined;
  let best: IntentResult | undefined;
  for (const clause of clauses) {
    const found = keyword(normalizeIntentText(clause)) ?? (classifyClauses ? classify(clause) : undefined);
    if (found && CLAUSE_INTENTS.has(found.name) && found.confidence >= CLAUSE_CONFIDENCE && (!best || found.confidence > best.confidence)) best = found;
  }
  return best && { name: best.name, confidence: Math.round(best.confidence * 0.95 * 100) / 100 };
}

/** Builds the classifier now instead of at the first message (e.g. at bot start). */
export function warmUpIntents(): void {
  getModel();
}
