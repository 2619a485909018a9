/**
 * What people say about themselves when they introduce themselves to a chatbot: first name, age,
 * the occupation they have (or learned) and the one they ask for ("Hallo, ich bin Petra, 24 Jahre
 * alt, gelernte Köchin, und suche eine Stelle als Küchenchefin"). German, Swiss German and English.
 */

import { parseNumberWord } from './numbers';
import { placeByExactName } from './places';
import { saidOfOther } from './skill-stance';

/**
 * How surely a phrase names an occupation of the taxonomy (0 for none): "Fachfrau Gesundheit" 0.95,
 * "Pflege" 0.8, "Schweiz" 0. Lets patterns accept occupation titles that end like no role word
 * ("Fage", "Koch EFZ") and fields of work ("in der Pflege arbeiten"); without it only word shapes count.
 */
export type OccupationLookup = (phrase: string) => number;

/** A phrase names an occupation at least this surely ("Detailhandelsfachfrau", "Fage", "Kaufmann im Einzelhandel"). */
export const SURE_OCCUPATION = 0.9;
/**
 * A field of work wished for ("in der Pflege", "im Verkauf", "in der Gastronomie") resembles an
 * occupation at least this much: a title that starts with the word scores 0.608 ("Verkauf" → "Verkäufer/in"),
 * a weaker resemblance inside a title is noise ("im Ausland" 0.602 → "Landmaschinenmechaniker/in").
 */
const FIELD_OF_WORK = 0.605;

/**
 * Fields of work people name instead of a title ("in der Reinigung", "im Gastro", "in der Hotellerie"): no
 * occupation's title starts with them, so the taxonomy's lookup does not find them.
 */
const WORK_FIELDS =
  /^(?:\p{L}*reinigung|gastro|gastronomie|hotellerie|\p{L}*pflege|betreuung|verkauf|verchauf|detailhandel|einzelhandel|logistik|büro|\p{L}*verwaltung|instandhaltung|spitex|\p{L}*heim|spital|klinik|buchhaltung|lebensmittel\p{L}*|landwirtschaft|gartenbau|baugewerbe|gesundheitswesen|sozialwesen|kita|küche|kuchi)$/iu;

/** How much a field named after "in der", "im" resembles an occupation. */
function fieldResemblance(field: string, lookup: OccupationLookup): number {
  return WORK_FIELDS.test(field) ? SURE_OCCUPATION : lookup(field);
}

/** The person's statements about themselves found in one message. */
export interface Introduction {
  firstName?: string;
  age?: number;
  occupation?: string;
  wishedJob?: string;
}

/** Ages a job seeker may state (younger or older numbers are something else). */
const MIN_AGE = 13;
const MAX_AGE = 75;

const NAME_WORD = String.raw`(\p{L}[\p{L}'’-]{1,30})`;
/** Cues after which the next word is a name whatever its case ("ich heisse lea", "my name is tom"). */
const SURE_NAME_CUE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:ich|i|ig) hei(?:ss|ß|s)e|meine? (?:vor)?name (?:ist|is)|mein name wäre|mis name isch|min name isch|mi name isch|my (?:first )?name is|i am called|i'm called|call me|nenn(?:t)? mich|man nennt mich)\s+(?:der |die |d |de )?${NAME_WORD}`,
  'iu',
);
/** "Hier ist Lea", "Name: Dragan", "This is Tom", Swiss "ich heiss Luca": weaker cues, so the name must be capitalised. */
const CAPITAL_NAME_CUE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Hh]ier (?:ist|isch|schreibt|schriibt)|[Dd]a (?:schreibt|schriibt)|[Ee]s (?:schreibt|schriibt) (?:[Ii]hnen|euch|dir)|[Ss]['’]?\s?isch|[Ee]s isch|[Tt]his is|(?:[Ii]ch|[Ii]|[Ii]g) hei(?:ss|ß|s)|(?<=^|[\n,;.!]\s*)(?:[Vv]or)?[Nn]ame\s*:)\s*(?:(?:der|die|de|d|dr)\s+)?(\p{Lu}[\p{L}'’-]{1,30})`,
  'u',
);
/** "…, heisse Tenzin", "und heisse Amal": the verb without "ich" at the start of a clause; the name must be capitalised. */
const BARE_NAME_CUE = /(?:^|[,;.!]\s*|\bund\s+)[Hh]ei(?:ss|ß|s)e\s+(\p{Lu}[\p{L}'’-]{1,30})/u;
/** "Freundliche Grüsse\nDragan Petrović", "LG Lea": a name signed under a closing formula at the end. */
const SIGNED = /(?:[Gg]rüsse|[Gg]rüße|[Gg]russ|[Gg]ruß|[Gg]rüessli|\bLG|\blg|\bMfG|\bmfg|[Rr]egards|[Cc]heers|[Bb]is bald)[,!.]?\s+(\p{Lu}[\p{L}'’-]{1,30})(?:\s+\p{Lu}[\p{L}'’-]{1,30})?[\s.!]*$/u;
/** "Marco mein Name", "Dragan Petrović ist mein Name": the name before the cue (capitalised; a greeting word is skipped). */
const NAME_BEFORE_CUE = /(\p{Lu}[\p{L}'’-]{1,30})(?:\s+(\p{Lu}[\p{L}'’-]{1,30}))?,?\s+(?:ist\s+)?mein\s+(?:[Vv]or)?[Nn]ame\b/gu;
const GREETING_WORDS = new Set('hallo hi hey hoi tag tach gude griezi tschau hiya morgen abend guten grüezi salü sali servus moin hello zusammen mitenand zäme allerseits'.split(' '));

/** "Lisa (16) aus Biel", "Hallo, Kerstin (17), suche …": a capitalised word with an age in brackets at the start of a clause. */
const NAME_WITH_AGE = /(?:^|[\n,;.!]\s*)(\p{Lu}\p{Ll}[\p{L}'’-]{1,30})\s*\(\d{2}\)/u;

/** "ich bin (der|die) Kevin", "i bi d Selina", "I'm Tom", "bin sarah 19": a name if the word is not something else. */
const SELF_CUE = new RegExp(String.raw`(?:^|[^\p{L}])(?:ich bin|ich bins|i bins|ich bi|ig bi|i bi|i bin|bin|bins|i am|i'm)\s+(der |die |d |de |da |dr |d['’])?${NAME_WORD}([^\n]{0,12})`, 'giu');
/**
 * Greeting words at the start of a message, stretched ("Hellooo", "hiii") or with whom they greet
 * ("Hallo zusammen", "Sali mitenand"), so that what follows them is the message's first clause.
 */
const GREETING_START = String.raw`(?:(?:hal+o+|hi+|he+y+|hoi|moin|servus|sali|salü|hel+o+|guten (?:tag|morgen|abend)|guete (?:tag|morge|abig|obe)|good (?:morning|afternoon|evening|day)|tach(?: auch)?|tag|gude|glück auf|griezi|griass di|grüessdi|tschau|hiya|grüezi|grüessech|grüessich|grüss gott|grüß gott|hallöchen|hallöle|zusammen|mitenand|zäme|allerseits|everyone|all|there|lotse|n['’]?abend|abend)(?:[\s,!.]|\p{Extended_Pictographic}|\u200d|\ufe0f)*)*`;
/**
 * "Hannes hier", "Maria hier aus …", "Rahul here", "Hansruedi Wyss am Apparat", "Maximilian da, 25": a name (and
 * surname) before a word that says who is writing, at the start after a greeting. "da" is a common word, so
 * after it the name must be capitalised and the clause end.
 */
const NAME_HERE = new RegExp(String.raw`^${GREETING_START}(?:moin\s+)?(\p{L}[\p{L}-]{1,30})(\s+\p{L}[\p{L}-]{1,30})?(?:\s+(?:aus|us|from)\s+\p{Lu}[\p{L}-]+)?\s+(?:hier|hie|here|am apparat)\b`, 'iu');
const GREETING_PREFIX = new RegExp(`^${GREETING_START}`, 'iu');
const NAME_THERE = new RegExp(String.raw`^(?:(?:d|de|dr|der|die)\s+)?(\p{Lu}\p{Ll}[\p{L}-]{1,30})(?: (?:wär|wäre|isch|ist))? da(?=\s*[,.!]|\s*\p{Extended_Pictographic}|\s+\d{2}\b|$)`, 'u');
/** What follows the name in NAME_COMMA_AGE: a capitalised surname, then the age ("Emma, 16, aus …"). */
const AFTER_NAME_AGE = String.raw`(\s+\p{Lu}\p{Ll}[\p{L}'’-]{1,30})?,?\s*(?:(?:ich |i |ig )?(?:bin|bi)\s+)?\d{2}(?:i|ni|gi)?(?=\s*(?:[,.!;]|$|j\b|[Jj]ahre?\b|[Jj]ohr\b|years?\b|aus\b|us\b|vo\b|von\b|from\b|und\b|u\b))`;
/** "Hi! Emma, 16, aus …", "Hoi, Lukas 15i us …": a capitalised word and an age as the first clause after a greeting. */
const NAME_COMMA_AGE = new RegExp(String.raw`^(\p{Lu}\p{Ll}[\p{L}'’-]{1,30})${AFTER_NAME_AGE}`, 'u');
/** "hey, luca 23, …", "grüezi, janis, 24, …": after a greeting a name with an age may be written in lower case (not "hallo, bin 23"). */
const NAME_COMMA_AGE_AFTER_GREETING = new RegExp(String.raw`^(?!(?:bin|bini|bi|ich|ig|suche|sueche|suech|such|ab|bis|mit|noch|jetzt|etz|schon|ca|circa|etwa|über|unter|fast|knapp|erst|nur|bald|im|am|um|für|mini|mein|meine|min|mis|endlich|seit|sit)\b)(\p{Ll}\p{Ll}[\p{L}'’-]{1,30})${AFTER_NAME_AGE}`, 'u');

/** Swiss "bi d Rahel, 31", "bi de Sandro, 16i": "bi" is also "bei" ("bi de Migros"), so an age must follow. */
const SWISS_SELF_WITH_AGE = /(?:^|[,;.!]\s*)(?:ig |i )?bi\s+(?:d|de|dr|der|die)\s+(\p{Lu}\p{Ll}[\p{L}'’-]{1,30})(?:\s+(?:us|vo|aus|von)\s+\p{Lu}\p{L}+)?,?\s+\d{2}(?:i|ni|gi)?(?![\d%])(?!\s*(?:jahre?|johr)\s+(?:lang|gschaffet|gearbeitet))/u;

/** The same in a message written all in lower case ("hoi, bi de mattia, 17, vo balsthal"). */
const SWISS_SELF_WITH_AGE_LOWER = new RegExp(SWISS_SELF_WITH_AGE.source, 'iu');

/** "Grüezi, Marlies Brunner, Augenoptikerin, …": a first name and a surname as the first clause, a role word after them. */
const NAME_SURNAME_ROLE = /^(\p{Lu}\p{Ll}[\p{L}'’-]{1,30})\s+\p{Lu}\p{Ll}[\p{L}'’-]{1,30},\s*(\p{Lu}\p{Ll}[\p{L}-]+)(?=\s*(?:[,.!;]|$|aus\b|us\b|from\b|und\b))/u;

/** "hi im Giulia, 29, from …": English "I'm" typed without its apostrophe (German "im" is followed by no name and age). */
const IM_WITHOUT_APOSTROPHE = /^(?:[Hh]i+|[Hh]ello|[Hh]ey+)[\s,!]+im\s+(\p{Lu}\p{Ll}[\p{L}'’-]{1,30})(?=,?\s*\d{2}\b|\s+(?:from|and)\b)/u;

/** Words after "ich bin" that are no names: states, roles, fillers. */
const NOT_NAMES = new Set(
  ('neu neue neuer hier da dabei auf aus in im noch seit gerade jetzt schon sehr nicht kein keine ein eine einer a an the ' +
    'gelernt gelernte gelernter ausgebildet ausgebildete ausgebildeter diplomiert diplomierte diplomierter ' +
    'schüler schülerin student studentin lernende lernender lehrling azubi mutter vater hausfrau hausmann rentner rentnerin ' +
    'arbeitslos arbeitssuchend arbeitsuchend motiviert interessiert flexibel zuverlässig offen verheiratet ledig ' +
    'quereinsteiger quereinsteigerin wiedereinsteiger wiedereinsteigerin selbständig selbstständig angestellt ' +
    'unsicher froh müde fertig bereit gut gespannt looking interested new here from currently working also just so ' +
    'deutsch deutscher deutsche schweizer schweizerin italiener italienerin türke türkin syrer syrerin ' +
    'hallo hi hey zurück wieder leider einverstanden sicher nach umgezogen gezogen nicht mein meine ihr ihre unser unsere dein deine euer eure ' +
    'ich mir wir mer mich uns du jahrgang jg geboren gebore born alter age wohnort beruf')
    .split(' '),
);

/** First names that end like an occupation ("-er", "-in"): common enough to list. */
const NAMES_LIKE_ROLES = new Set(
  (
    'peter walter oliver alexander jennifer esther günter günther dieter rainer reiner werner xaver heather christopher ' +
    'martin jasmin kristin katrin carolin karin erwin kevin robin justin marvin benjamin joachim elin kathrin corinne'
  ).split(' '),
);

/** Endings of occupation and role nouns ("Elektriker", "Köchin", "Lagerist", "Fachfrau", "Monteur"). */
const ROLE_ENDING =
  /(?:er|erin|in|ist|istin|angestellte|eur|euse|eurin|ent|entin|ant|antin|ling|frau|mann|kraft|wirt|wirtin|wart|wartin|maa|loge|olog|login|ge|geselle|meister|meisterin|helfer|helferin|trainee|ingenieur|koch|köchin|arzt|ärztin|architekt|fotograf|grafiker|therapeut|konditor|pilot|technologe|developer|engineer|nurse|manager|cook|chef|driver|welder|teacher|assistant|cleaner|electrician|mechanic|carpenter|plumber|designer|analyst|accountant|ician|operator|instructor|supervisor|janitor)$/;

/** "MPA", "KV", "FaGe": an abbreviation (of an occupation, mostly), not a name a person goes by. */
function isAbbreviation(word: string): boolean {
  return /^\p{Lu}{2,5}(?:$|-)/u.test(word) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word);
}

function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (NAMES_LIKE_ROLES.has(lower)) return false;
  return ROLE_ENDING.test(lower) && lower.length >= 4;
}

/** The text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The first name a person gives ("Hallo, ich bin Petra", "mein Name ist Dragan Petrović", "Hannes hier"). */
export function findFirstName(text: string): string | undefined {
  const sure = SURE_NAME_CUE.exec(text);
  if (sure && !NOT_NAMES.has(sure[1]!.toLowerCase()) && !/^(?:herr|frau|mr|mrs|ms)$/i.test(sure[1]!)) return capitalise(sure[1]!);
  for (const match of text.matchAll(NAME_BEFORE_CUE)) {
    const name = [match[1]!, match[2]].find((w) => w && !GREETING_WORDS.has(w.toLowerCase()));
    // A strong cue, as "mein Name ist": a name that ends like a role ("Selin", "Kerstin") is still the name.
    if (name && !NOT_NAMES.has(name.toLowerCase())) return name;
  }
  const capital = CAPITAL_NAME_CUE.exec(text);
  if (capital && !NOT_NAMES.has(capital[1]!.toLowerCase()) && !isRoleWord(capital[1]!)) return capital[1];
  // A name-giving verb: a name that ends like a role ("heisse Tenzin") is still the name.
  const bare = BARE_NAME_CUE.exec(text)?.[1];
  if (bare && !NOT_NAMES.has(bare.toLowerCase())) return bare;
  // The patterns after a greeting read case (a name is capitalised), the greeting itself does not.
  const afterGreeting = text.replace(GREETING_PREFIX, '');
  for (const [pattern, clause] of [[NAME_HERE, text], [NAME_THERE, afterGreeting], [NAME_COMMA_AGE, afterGreeting], [NAME_COMMA_AGE_AFTER_GREETING, afterGreeting === text ? '' : afterGreeting], [SWISS_SELF_WITH_AGE, text], [SWISS_SELF_WITH_AGE_LOWER, text === text.toLowerCase() ? text : ''], [IM_WITHOUT_APOSTROPHE, text]] as const) {
    const [, word, surname] = pattern.exec(clause) ?? [];
    // A second word is a surname only when both are capitalised ("Hansruedi Wyss am Apparat", not "ich bin hier").
    if (surname && !(/^\p{Lu}/u.test(word!) && /^\s*\p{Lu}/u.test(surname))) continue;
    if (word && !NOT_NAMES.has(word.toLowerCase()) && !GREETING_WORDS.has(word.toLowerCase()) && !placeByExactName(word)) return capitalise(word);
  }
  for (const match of text.matchAll(SELF_CUE)) {
    const [, article, word, after] = match as unknown as [string, string | undefined, string, string];
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower) || /\d/.test(word) || isAbbreviation(word)) continue;
    const upper = /^\p{Lu}/u.test(word);
    // A capitalised word is a name unless it is a role ("Ich bin Elektriker"); after an article it is a name ("ich bin der Kevin").
    if (upper && (article || !isRoleWord(word))) return capitalise(word);
    // Lower case ("hallo ich bin lisa 16 aus grenchen"): only with an age, a place or a comma after it.
    if (!upper && !isRoleWord(word) && /^\s*(?:,?\s*\d|aus\b|us\b|from\b|und bin \d|hier\b|,\s*(?:ich\s+)?(?:bin|bi)\s+\d)/iu.test(after)) return capitalise(word);
  }
  const withRole = NAME_SURNAME_ROLE.exec(afterGreeting);
  if (withRole && isRoleWord(withRole[2]!) && !NOT_ROLES.has(withRole[2]!.toLowerCase()) && !isRoleWord(withRole[1]!) && !GREETING_WORDS.has(withRole[1]!.toLowerCase()) && !placeByExactName(withRole[1]!)) return withRole[1];
  const bracketed = NAME_WITH_AGE.exec(text)?.[1];
  if (bracketed && !NOT_NAMES.has(bracketed.toLowerCase()) && !GREETING_WORDS.has(bracketed.toLowerCase())) return bracketed;
  const signed = SIGNED.exec(text);
  if (signed && !NOT_NAMES.has(signed[1]!.toLowerCase()) && !isRoleWord(signed[1]!)) return signed[1];
  return undefined;
}

/** "ich bin Selin, 16", "bin Jasmin 15i": a capitalised word right before an age is a name even when it ends like a role. */
const NAME_BEFORE_AGE = /(?:^|[^\p{L}])(?:ich bin|ich bi|i bi|bin|i am|i'm)\s+(\p{Lu}\p{Ll}[\p{L}'’-]{1,30}),?\s+\d{2}(?:i|ni)?(?![\d%])(?!\s*(?:jahren?\s+(?:erfahrung|als|bei|im|in|seit)|prozent|%))/u;

/**
 * The first name an introduction gives: `findFirstName`, or a name that ends like a role but has an age
 * after it. (The intent model's features use `findFirstName` alone, so its weights stay as trained.)
 */
function introducedName(text: string): string | undefined {
  const name = findFirstName(text);
  if (name) return name;
  const before = NAME_BEFORE_AGE.exec(text)?.[1];
  return before && !NOT_NAMES.has(before.toLowerCase()) && !NOT_ROLES.has(before.toLowerCase()) ? before : undefined;
}

const AGE_PATTERNS: RegExp[] = [
  // "24 Jahre alt", "27 Jahre jung", "28 years old", "22 years of age", Swiss "15 Johr alt", "52 Jahre, aus …"
  // ("for 20 years", "seit 15 Jahren" are how long, not how old)
  /(?<![\d.,]|\b(?:for|since|seit|sit|over|über)\s+)(\d{2})\s*-?\s*(?:jahre?|johr|j\.|years?|yrs?)(?:\s+(?:alt|jung|old|young|of age)\b|(?=\s*(?:[,.;!)]|$|und\b|u\b|and\b|aus\b|us\b|from\b)))/iu,
  // "17-jährig", "eine 17-jährige Schülerin", Swiss "17-jöhrig", "17yo", "17 y/o"
  /(?<![\d.,])(\d{2})\s*-?\s*(?:jährige?[rn]?|jährig|jöhrigi|jöhrige?[rn]?|jöhrig|jährigi|yo|y\/o)\b/iu,
  // "mit meinen 58 Jahren": the age one speaks from ("mit 17 habe ich …" is an age in the past, so only with "meinen")
  /\bmit meinen (\d{2})(?:\s+jahren)?\b/iu,
  // "ich bin 34, verheiratet", "bin 17 und suche", "I'm 28", Swiss "ich bi 17i"
  // "jetzt bin ich 19", Swiss "etz bi i 17": the verb first.
  /\b(?:ich bin|bin|ich bi|i bi|bi|i am|i'm|bin ich|bi ich|bi i)\s+(\d{2})(?:i|ni|gi)?\b(?!\s*(?:%|prozent|km|jahren?\s+(?:erfahrung|lang|als|bei|im|in|seit)|years? (?:of|as|in)))/iu,
  // Swiss "16i", Bernese "44gi": the suffix makes a number an age (not after a time word: "am 10i" is ten o'clock)
  /(?<![\d.,]|\b(?:um|am|bis|ab|vo|vor|nach|gege|gegen|zwüsche)\s)(\d{2})(?:i|ni|gi)(?![\p{L}\d])/iu,
  // "Alter: 28", "age 28", "aged 34"
  /\b(?:alter|age|aged)\s*:?\s*(\d{2})\b/iu,
  // "17j, aus Bern", "19 y.o.": short forms of years
  /(?<![\d.,])(\d{2})\s*(?:j(?=\s*(?:[,.;!)]|$|alt\b|aus\b|us\b|und\b|u\b))|y\.\s?o\.)/iu,
  // "Ich, 17, suche …", "ich (17) suche …"
  /(?:^|[^\p{L}])(?:ich|i)\s*(?:,\s*(\d{2})\s*,|\((\d{2})\))/iu,
  // Someone writing for another: "mein Sohn ist 15", Swiss "mi Klient isch 24", "my son is 16", "er isch 16", "meine Tochter (17)"
  /\b(?:(?:mein|meine|min|mini|mi|my|unser|unsere|our)\s+(?:sohn|tochter|kind|klient|klientin|son|daughter|child|kid|client)|er|sie|he|she)\s+(?:ist|isch|is|wird|turns)\s+(?:jetzt\s+|erst\s+|now\s+|just\s+|only\s+)?(\d{2})\b(?![\d%]|\s*(?:prozent|km|jahren?\s+(?:erfahrung|lang|als|bei|im|in|seit)|years? (?:of|as|in)))/iu,
  /\b(?:sohn|tochter|son|daughter|klient|klientin|client)\s*\((\d{2})\)/iu,
  // "für Herrn K., 52, …", "a client: 44, former truck driver": the age as a clause after the person written for
  /\b(?:klient|klientin|klienten|client|herrn)\b(?:\s+\p{Lu}\p{L}*\.?)?\s*[:,]\s*(\d{2})(?=\s*[,.;)])/iu,
  // "ich bin Frau Meier, 54", "bin Elektriker, 45": an age after a capitalised name or title, also after a qualifier or
  // with «und» ("Ich bi glernte Koch, 31", "Ich bin Malerin und Lackiererin, 26")
  /\b(?:ich bin|bin|[Ii]ch bi|i bi|i am|i'm)\s+(?:(?:ge?lernte[rn]?|ge?lernti|ausgebildete[rn]?|diplomierte[rn]?|und|u)\s+)?(?:\p{Lu}[\p{L}-]+\s+(?:(?:und|u)\s+)?){0,2}\p{Lu}[\p{L}-]+,\s*(\d{2})(?![\d%])(?!\s*(?:[Jj]ahren?\s+(?:[Ee]rfahrung|[Ll]ang|als|bei|im|in|seit)|[Pp]rozent|km|[Yy]ears? (?:of|as|in)))/u,
];

/** "siebzehn Jahre alt", "ich bin zwanzig und …": an age written as a word. */
const AGE_WORD = /\b(?:(?:ich bin|bin|ich bi|i bi|i am|i'm)\s+(\p{L}{4,})(?=\s*(?:[,.!]|$|und\b|and\b|jahre?\b|years?\b))|(\p{L}{4,})\s+(?:jahre?|years?)\s+(?:alt|jung|old|young)\b)/iu;

/** A year of birth: "Jahrgang 2005", "Jg. 08", "geboren 2004", "bin 2007 geboren", "geb. 12.3.2006", "born in 2001". */
const BORN = [
  /\b(?:jahrgang|jg\.?|born in|born|geboren|geb\.)\s*(?:im jahr\s*|am\s*)?(?:\d{1,2}\.\s*\d{1,2}\.\s*)?((?:19|20)?\d{2})\b(?!\.)/iu,
  /\b((?:19|20)\d{2})\s+(?:geboren|gebore|born)\b/iu,
];

/**
 * An age as a clause of its own near the start of a self-description that gives no name ("Maurer EFZ,
 * 36, Oberriet.", "Logistikfachmann mit eidg. Fachausweis, 39, Gossau"): findAge reads such a clause
 * only after a first name, since in a chat turn "60, 80 oder 100 %" is no age.
 */
const DESCRIBED_AGE = /^[^!?\n]{0,80}?,\s*([1-9]\d),\s/u;

/** The age a written self-description (a profile's own words) states: as findAge reads it, or as an age clause (DESCRIBED_AGE). */
export function findDescribedAge(text: string, now: Date): number | undefined {
  const age = findAge(text, now) ?? Number(DESCRIBED_AGE.exec(text)?.[1] ?? NaN);
  return age >= MIN_AGE && age <= MAX_AGE ? age : undefined;
}

/**
 * The age a person states ("24 Jahre alt", "ich bin 17", "Jahrgang 2005"); `now` turns a year of birth into an age.
 * The first name is looked for only in a text with a digit: both patterns after a name read two (the hybrid ranking asks on every search).
 */
export function findAge(text: string, now: Date, firstName = /\d/.test(text) ? findFirstName(text) : undefined): number | undefined {
  const plausible = (age: number) => (age >= MIN_AGE && age <= MAX_AGE ? age : undefined);
  // "Tom, 28, living", "lisa 16 aus", "Mia, 15, und", "mehmet 17 suche …": a number right after the name.
  // "Jonas (19)", "Marco mein Name, 45", "tim 16 u suche": in brackets, or before a comma, a place or "und".
  const afterName = firstName
    ? [new RegExp(`${escapeRegExp(firstName)}(?:\\s+(?:hier|hie|here|(?:wär |wäre |isch |ist )?da)|,?\\s+(?:ist\\s+)?mein\\s+name)?(?:\\s*\\((\\d{2})\\)|(?:,\\s*|\\s+)(?:[\\p{Extended_Pictographic}\\u200d\\ufe0f♀♂]+\\s*)?(\\d{2})(?:i|ni)?(?=\\s*(?:[,.!]|aus\\b|us\\b|from\\b|living\\b|wohne|und\\b|u\\b|such|sueche|looking\\b|$)))`, 'iu')]
    : [];
  // "ich bin Marek, Staplerfahrer, 42", "der Alois, Landmaschinenmechaniker, 55, aus …": in an introduction, a number
  // that is a clause of its own after the name.
  const ownClause = firstName
    ? [new RegExp(`${escapeRegExp(firstName)}\\b[^\\n.!?]{0,80}?,\\s*(\\d{2})(?=\\s*(?:[,.!;]|$|aus\\b|us\\b|from\\b|und\\b|u\\b))`, 'iu')]
    : [];
  for (const pattern of [...AGE_PATTERNS, ...afterName, ...ownClause]) {
    const match = pattern.exec(text);
    const age = plausible(Number(match?.[1] ?? match?.[2]));
    if (age) return age;
  }
  const word = AGE_WORD.exec(text);
  const spelled = word ? plausible(parseNumberWord(word[1] ?? word[2]!) ?? NaN) : undefined;
  if (spelled) return spelled;
  for (const pattern of BORN) {
    const year = pattern.exec(text)?.[1];
    if (!year) continue;
    const century = year.length === 4 ? 0 : Number(year) <= now.getUTCFullYear() % 100 ? 2000 : 1900;
    const age = plausible(now.getUTCFullYear() - (century + Number(year)));
    if (age) return age;
  }
  return undefined;
}

/** Words that end an occupation phrase ("als Koch in Bern", "als Lagerist bei Ihnen"). */
const PHRASE_END = new Set(
  ('in im bei aus ab mit und oder an am auf zu zum zur von vom nach per for at in with and or from near to bei ihnen euch ' +
    'starting machen mache machen gemacht gmacht werden werde wärde arbeiten schaffe schaffen anfangen beginnen bewerben suchen suche gesucht ' +
    'abgeschlossen absolviert beendet gelernt glernt gearbeitet gschaffet tätig become work ' +
    'efz eba ihk hwk hf fh srk bp hfp dipl vo von teilzeit vollzeit sofort ab gerne gern bitte please the a an ' +
    // English: "crane operator on construction sites", "physiotherapist living in Zürich"
    'on into living based working who since').split(' '),
);

/** A driving licence class ("C", "CE", "C/E", "C1E", "D1"). */
const LICENCE_CLASS = /^(?:[A-D]1?E?|[A-D]1?\/E)$/;

/**
 * The occupation phrase starting at `index`: capitalised words ("Fachfrau Gesundheit"), "für" with
 * a capitalised word ("Kauffrau für Büromanagement"), or up to three lower-case words in a message
 * written in lower case or English ("software developer", "friseurin").
 */
function phraseAt(text: string, index: number): string | undefined {
  const words = text.slice(index).split(/\s+/);
  const taken: string[] = [];
  let joined = 0;
  for (let i = 0; i < words.length && taken.length < 4 + joined; i++) {
    const word = words[i]!.replace(/[,.;:!?)]+$/, '');
    const ended = word !== words[i];
    const lower = word.toLowerCase();
    if (!word || /\d/.test(word)) break;
    // "Gesundheits- und Krankenpflegerin", "Fachkraft für Kreislauf- und Abfallwirtschaft": a word cut off with a hyphen
    // goes on after «und» / «oder».
    if (!ended && /-$/u.test(taken[taken.length - 1] ?? '') && /^(?:und|oder|u|and|or)$/u.test(lower) && /^\p{L}/u.test(words[i + 1] ?? '')) {
      taken.push(word);
      joined += 2;
      continue;
    }
    // "Maler für de Winter", "Fachfrau Betriebsunterhalt für Auguscht": a time after "für" ends the title.
    if (lower === 'für' && taken.length && TIME_AFTER_FOR.test(words.slice(i + 1, i + 3).join(' '))) break;
    if (lower === 'für' && taken.length && /^\p{Lu}/u.test(words[i + 1] ?? '')) {
      taken.push(word);
      continue;
    }
    if (PHRASE_END.has(lower) && taken.length) break;
    if (PHRASE_END.has(lower)) continue;
    // "Chauffeur C/E", "Lkw-Fahrer CE", "Chauffeur Kategorie C": a driving licence class after the title is no part of it.
    if (taken.length && (LICENCE_CLASS.test(word) || /^(?:kategorie|kat|klasse|category)$/iu.test(word))) break;
    // "IT technician", "SAP consultant": an English role noun after a capitalised word belongs to the title.
    if (taken.length === 1 && !/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(taken[0]!) && ENGLISH_ROLE.test(lower)) {
      taken.push(word);
      break;
    }
    if (taken.length && !/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(taken[0]!)) break;
    // "Köchin Köchin Köchin": a word said again (a stuck key, emphasis) adds nothing to the title.
    if (taken.length && lower === taken[taken.length - 1]!.toLowerCase()) break;
    taken.push(word);
    if (ended) break;
  }
  while (taken.length && taken[taken.length - 1]!.toLowerCase() === 'für') taken.pop();
  return taken.length ? taken.join(' ') : undefined;
}

/** A season or month after "für" ("für de Winter", "für den Sommer", "für Auguscht"): when, not part of a title. */
const TIME_AFTER_FOR =
  /^(?:(?:de|den|dr|die|das|diesen|dä|nächsten|nächste|en|e|ein|einen)\s+)?(?:winter|sommer|summer|frühling|früelig|herbst|januar|jänner|februar|märz|april|mai|juni|juli|august|auguscht|septämber|september|oktober|november|dezember|zwüschenziit|übergang|monat|monet|wuche|woche|wochen)\b/iu;

/** "(Stelle|Lehrstelle|Ausbildung|Job|Bewerbung …) als X", "apply … as a X": the job asked for. */
const WISH_CUE =
  /(?<!\p{L})(?:(?!vor|dar|her|bestell)\p{L}*(?:stel+en?|stel+|anstellig|astellig)|\p{L}*-?(?:platz|plätze)|inserat|\p{L}*anzeige|\p{L}*ausschreibung|jobs?|lehre|lehr|ausbildung(?:en)?|ausbildungsplatz|ausbildungsplätze|umschulung(?:en)?|weiterbildung(?:en)?|praktikum|schnupperlehre|schnupperlehr|schnuppern|schnuppere|arbeit|bewerb(?:ung|ig)\p{L}*|bewärbig|bewerbe mich|bewerben|anstellung|festanstellung|position|was|etwas|öppis|bewerbe|bewerben|apply|internship|apprenticeship|opening|work)\s+(?:(?!(?:bin|bi|war|habe|hab|ha|hani|hatte|arbeite|schaffe|am|was|have|had)\s)[\p{L}-]+\s+){0,3}?(?:als|zum|zur|as an?|as)\s+|\b(?:position|role|post)\s+of\s+(?:an?\s+)?|\b(?:(?:traum|wunsch)(?:beruf|job|stelle)?|dream job)(?:\s+(?:ist|wäre|isch|is|wär)|:)\s+(?:(?:eine?|e|a|an)\s+)?(?!(?:es|das|dass|it|to)\b)|\b(?:für|an)\s+(?:den|dem)\s+beruf(?:\s+(?:als|des|der|eines|einer))?\s+/giu;
/** A training or job done in the past ("Lehre als Maurer 2019 abgeschlossen"): what the person has, not wishes. */
const DONE = /^[^\S\n]*(?:(?!und\b|oder\b|aber\b|and\b|or\b)[\p{L}\d.]+[^\S\n]+){0,3}?(?:abgeschlossen|abgschlosse|abgschlossä|gemacht|gmacht|absolviert|beendet|gearbeitet|gschaffet|gewesen|tätig|ausgebildet|usbildet|angestellt|beschäftigt|finished|completed|employed|trained)\b/iu;
/**
 * A training the person has or is in ("habe eine Lehre als …", "nach meiner Ausbildung zur …", "mit
 * abgeschlossener Lehre als …", "ich mache eine Lehre als …"): only articles and adjectives in between,
 * so "habe Interesse an einer Lehre als …" stays a wish.
 */
const HAVE_TRAINING =
  /(?:^|[^\p{L}])(?:habe|hab|hani|han|ha|hatte|besitze|mit|nach|mache|mach|ich mach|i mach|mache gerade|mache zurzeit|bin in|bin im|my|mis|min|mini|mein|meine|i have|i did|i finished)\s+(?:(?:eine[nrm]?|e|ä|en|d|einer|der|die|das|den|dem|meine[rnm]?|mein|min|mis|mini|a|an|the|gerade|grad|zurzeit|momentan|abgeschlossene[nrm]?|fertige[nrm]?|eidg\.|\d\.|\d{4}|\p{L}+jährige[nrm]?|kaufmännische[nrm]?|completed|finished)\s+){0,3}(?:lehre|lehr|ausbildung|ausbildig|studium|lehrabschluss|abschluss|diplom|umschulung|lehrjahr|efz|eba|fähigkeitszeugnis|berufsattest|apprenticeship|training|degree)\s+(?:als|zum|zur|as an?|in)\s+$/iu;
/**
 * "bin Lehrling als Polymechaniker", "i bi Lernendi als …", "I'm an apprentice as …", "Azubi zum Kfz-Mechatroniker
 * im 3. Lehrjahr": a training the person is in (a job seeker names only their own).
 */
const IN_TRAINING_AS =
  /(?:^|[^\p{L}])(?:(?:bin|bi|i am|i'm)\s+)?(?:(?:ein|eine|e|en|a|an|im \d\.\s*lehrjahr)\s+)?(?:lehrling|lernende[r]?|lernendi|lehrtochter|azubi|auszubildende[r]?|apprentice|trainee)\s+(?:als|zum|zur|as an?)\s+$/iu;
/** "möchte Koch werden", "will später Fachfrau Gesundheit werden", "i wett Schriiner wärde", "want to become a nurse". */
const BECOME =
  /\b(?:[Mm]öchte|[Mm]öcht|[Ww]ill|[Ww]ürde|[Ww]ürd|[Ww]ett|[Ww]ött|[Ww]ott|[Ww]ant to|[Ww]ould like to|'d like to|’d like to|[Ww]ould love to|'d love to|[Ww]anna|[Hh]ope to)\s+(?:(?:ich|i|aber|gern|gerne|gärn|später|mal|einmal|emol|eimal|lieber|unbedingt|eigentlich|auch|so|jetzt|nun|am liebsten)\s+){0,3}(?:(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:werden|wärde|werde)\b|become\s+an?\s+([\p{L}-]+(?:\s+[\p{L}-]+)?))/gu;
/**
 * "möchte als Koch arbeiten", "würde gern als Fachfrau Betreuung schaffen", "would like to work as a cook", "ich möchte
 * arbeiten als Reinigungskraft", and the question "Kann ich solange als Pflegehelferin arbeiten?".
 */
const WORK_AS_WISH =
  /\b(?:möchte|möcht|möchti|will|würde|würd|wür|wett|wetti|wött|wott|want to|would like to|wanna|hope to|'d like to|could|könnte|kann ich|chan i|chan ich|chönnt i|can i)\s+(?:(?:ich|i|aber|gern|gerne|gärn|gärne|später|lieber|wieder|auch|jetzt|nun|neu|künftig|in zukunft|unbedingt|am liebsten|solange|vorerst|erstmal|dann|bei euch|bei ihnen|in der schweiz|in deutschland|nach (?:der|dem|de|em|meiner|minere) \p{L}+)\s+){0,3}(?:als\s+([^,.!?\n]{1,60}?)\s+(?:arbeiten|schaffe|schaffen|tätig sein|anfangen|aafange|afange|einsteigen|iistiige|iisteige|starten|beginnen)\b|work\s+as\s+an?\s+|(?:arbeiten|schaffe|schaffen)\s+als\s+)/giu;

/** "(möglich,) bi euch als Elektriker aazfange", "als Koch anzufangen": a start one asks about. */
const START_AS = /\bals\s+([^,.!?\n]{1,60}?)\s+(?:anzufangen|aazfange|aazfangä|afange|aafange|einzusteigen|iizstiige|zu arbeiten|z'schaffe|z schaffe|zu starten|zu beginnen)\b/giu;
/** "mich zur Fachfrau Gesundheit weiterbilden", "zum Informatiker umschulen lassen": an occupation trained toward. */
const TRAIN_TOWARD = /\b(?:zum|zur|as an?)\s+([^,.!?\n]{1,60}?)\s+(?:weiterbilden|weiterbilde|wiiterbilde|weiterzubilden|umschulen|umschule|umschuele|umzuschulen|ausbilden|usbilde|auszubilden|retrain)\b/giu;
/** "möchte Koch lernen", "wett Fachfrau Betreuig lerne": an occupation to learn (a role word or an occupation, not "Deutsch"). */
const LEARN_WISH =
  /\b(?:[Mm]öchte|[Mm]öcht|[Ww]ill|[Ww]ürde|[Ww]ürd|[Ww]ett|[Ww]ött|[Ww]ott)\s+(?:(?:gern|gerne|gärn|später|mal|einmal|lieber|unbedingt|eigentlich|auch|jetzt|nun|am liebsten)\s+){0,3}(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:lernen|lerne|lärne|lehre|lehrä|erlernen)\b/gu;
/**
 * "möchte gern in der Pflege arbeiten", "i möcht gärn i de Pflege schaffe", "möchte in die Pflege wechseln":
 * a field of work wished for; it counts only when it resembles an occupation ("in der Schweiz arbeiten" does not).
 */
const FIELD_WISH =
  /\b(?:möchte|möcht|will|würde|würd|wett|wött|wott|would like to|want to)\s+(?:(?:ich|i|gern|gerne|gärn|später|lieber|wieder|auch|jetzt|nun|neu|künftig|unbedingt|am liebsten|beruflich|aber)\s+){0,3}(?:in der|in die|in den|im|ins|i de|i d|id|in einem|in einer|inere|in ere|imene|in)\s+(\p{L}[\p{L}-]+)\s+(?:arbeiten|schaffe|schaffen|wechseln|wechsle|einsteigen|iistiige|tätig sein|anfangen|work)\b/giu;

/**
 * A wish to work as something with more words between ("möcht es paar Stund pro Wuche als Fahrer schaffe", "würde gern
 * nach der Pause bei euch als Koch einsteigen"); not when the words between negate it ("möchte nicht mehr als Koch arbeiten").
 */
const WORK_AS_WISH_LOOSE =
  /\b(?:möchte|möcht|möchti|würde|würd|wür|wett|wetti|wött|wott)\s+([^,.!?\n]{0,50}?)\bals\s+([^,.!?\n]{1,60}?)\s+(?:arbeiten|schaffe|schaffen|tätig sein|anfangen|aafange|afange|einsteigen|iistiige|iisteige|starten|beginnen)\b/giu;
/** Words that turn a wish around ("nicht mehr", "nümme", "no longer"). */
const NEGATED = /\b(?:nicht|nöd|nid|nüm|nümme|nimmer|kein\p{L}*|nie|not|no longer|never)\b/iu;
/** "suche nochmal was Festes, gerne als Hausmeister", "suche eine Stelle, am liebsten als Koch": the job preferred in a search. */
const SEEK_PREFERRED_AS =
  /\b(?:suche|sueche|such|suchen|looking for)\b[^.!?\n]{0,50}?\b(?:gerne?|gärn|am liebsten|am liebschte|vorzugsweise|idealerweise|ideally|preferably)\s+(?:als|as an?)\s+/giu;
/** "Stellen für Elektroinstallateure", "Lehrstellen für Köche": positions for people of an occupation (a role word, not "für Schüler"). */
const POSITION_FOR = /(?<!\p{L})(?:(?!vor|dar|her|bestell)\p{L}*stel+en?|\p{L}*stel+|jobs?|plätze)\s+für\s+(\p{Lu}[\p{L}-]+)/giu;
/** "openings for a lab technician", "any vacancies for an electrician": English positions for an occupation. */
const OPENING_FOR = /\b(?:openings?|vacanc(?:y|ies)|positions?|jobs?)\s+for\s+(?:an?\s+)?/giu;
/** "träume davon, Konditorin zu werden", "mein Traum ist es, Pilot zu werden", "I dream of becoming a nurse". */
const DREAM =
  /\b(?:(?:träume?|träum)\s+(?:(?:ich|i)\s+)?(?:davon|dervo)|(?:[Mm]ein|[Mm]in)\s+[Tt]raum\s+(?:ist|isch)(?:\s+es)?),?\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:zu werden|z wärde|z werde)\b|\b(?:dream of becoming|dream is to become)\s+an?\s+/gu;

/**
 * "Wie werde ich Fluglotse?", "wie wird mer Bestatter?", "Wie kann ich Straßenbahnfahrer in Stuttgart werden?", "how do I
 * become a surveyor": a question how to enter an occupation names the job wished (a role word or a title the taxonomy knows).
 */
/** Words between "wie werde ich" and the title ("eigentlich", "am beschte"). */
const HOW_FILLER = '(?:eigentlich|eigetlich|eigentli|denn|überhaupt|überhoupt|am besten|am beschte|hier|do|da)';
const HOW_BECOME = new RegExp(
  String.raw`\b(?:wie|how)\s+(?:(?:werde|wird|wirdt|wirt)\s+(?:ich|i|mer|man|me|mä)\s+(?:${HOW_FILLER}\s+)?(\p{L}[\p{L}-]+)|(?:kann|cha|chan|chönnt|könnte)\s+(?:ich|i|mer|man|me)\s+(?:${HOW_FILLER}\s+)?(\p{L}[\p{L}-]+)(?:\s+(?:in|z|i)\s+\p{L}+)?\s+(?:werden|wärde|werde)|(?:do|can|could)\s+(?:i|you|one)\s+become\s+an?\s+)`,
  'giu',
);

/** "looking for optician work", "any surveyor positions …?", "are there any dental technician jobs": an English title before the work sought. */
const ENGLISH_WORK_SOUGHT = /\b(?:looking for|any|are there)\s+(?:any\s+|paid\s+|an?\s+)*((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:jobs?|work|positions?|roles?|openings?|vacanc(?:y|ies))\b/gu;

/** "würde mich gern bei euch als Logistiker bewerben", "möchte mich als Gärtnerin bewerben": the job applied for. */
const APPLY_AS = /\b(?:mich|mi|me)\s+(?:[\p{L}]+\s+){0,4}?als\s+([^,.!?\n]{1,60}?)\s+(?:bewerben|bewerbe|z bewerbe|zu bewerben|melden)\b/giu;
/**
 * "möchte in die Pflege", "will aber in die IT", "wett i d Gastro": the field one wants to move into,
 * said with a direction (accusative) and no verb; it counts only when it resembles an occupation.
 */
const FIELD_MOVE =
  /\b(?:möchte|möcht|will|wett|wött|wott)\s+(?:(?:ich|i|gern|gerne|gärn|später|lieber|wieder|auch|jetzt|nun|aber|beruflich|unbedingt|am liebsten)\s+){0,3}(?:in die|in den|ins|i d|id|in [Rr]ichtung|[Rr]ichtung)\s+(\p{Lu}[\p{L}-]+)(?=\s*(?:[,.!?;]|$|und\b|oder\b|wechseln\b|gehen\b|gah\b|go\b|umsatteln\b|umsteigen\b|umstiige\b))/gu;
/**
 * "suche was im Detailhandel", "suche eine Lehrstelle im Bereich Logistik", "sueche öppis i de Gastro": the field
 * sought (after the search and what is sought); it counts only when it resembles an occupation ("im Raum Bern" does not).
 */
const SEEK_FIELD =
  /\b(?:suche|sueche|such|suchen|looking for)\s+(?:(?:ich|i|jetzt|nun|dringend|eine?n?|e|es|ä|was|etwas|öppis|öpis|arbeit|stelle|stell|job|lehrstelle|lehrstell|ausbildung|praktikum|teilzeitstelle|vollzeitstelle|neue?n?|a|an|work)\s+){0,4}(?:im bereich|im|in der|i de|in)\s+(\p{Lu}[\p{L}-]+)/giu;

/**
 * "Stelle in der Reinigung", "Jobs in der Gastro", "eine neue Herausforderung in der Lebensmittelproduktion": a
 * position in a field (it counts only when the field resembles an occupation, and not for a position once held).
 */
const POSITION_IN_FIELD =
  /(?<!\p{L})(?:(?!vor|dar|her|bestell)\p{L}*stel+en?|\p{L}*stel+|\p{L}*jobs?|ausbildungsplatz|ausbildungsplätze|praktikum|herausforderung)\s+(?:im bereich|im|in der|i de|in)\s+(\p{Lu}[\p{L}-]+)/giu;

/** "eine Lehre als Koch", and the text before it: did the person do or have it, or do they ask for it? */
function done(text: string, phraseStart: number, phraseEnd: number): boolean {
  const before = text.slice(Math.max(0, phraseStart - 80), phraseStart);
  return DONE.test(text.slice(phraseEnd)) || HAVE_TRAINING.test(before) || IN_TRAINING_AS.test(before);
}

/** The phrase after a cue, with its end offset; none when the cue is followed by nothing like a job. */
function phraseAfter(text: string, match: RegExpMatchArray): { phrase: string; start: number; end: number } | undefined {
  const start = match.index! + match[0].length;
  const phrase = phraseAt(text, start);
  return phrase ? { phrase, start, end: text.indexOf(phrase, start) + phrase.length } : undefined;
}

/** The occupation a person asks for ("Ausbildungsplätze zur Kauffrau im Einzelhandel": the whole title the taxonomy knows). */
export function findWishedJob(text: string, lookup?: OccupationLookup): string | undefined {
  const phrase = wishedPhrase(text, lookup);
  return phrase && lookup ? longerTitle(text, phrase, lookup) : phrase;
}

function wishedPhrase(text: string, lookup?: OccupationLookup): string | undefined {
  for (const match of text.matchAll(WISH_CUE)) {
    // "I work as a nurse", "ich arbeit als Koch": work one does now, not work asked for.
    // "Jetzt suche ich Arbeit als …" asks for work: the pronoun after a verb is no subject of "arbeit".
    if (/^(?:work|arbeit)\b/iu.test(match[0]) && /(?:^|[,.;!?]\s*|\b(?:und|and|jetzt|now|momentan|zurzeit|derzeit)\s+|^\s*)(?:i|ich|we)\s+$/iu.test(text.slice(Math.max(0, match.index! - 16), match.index!))) continue;
    const found = phraseAfter(text, match);
    if (found && !done(text, found.start, found.end) && !NOT_JOBS.has(found.phrase.toLowerCase())) return found.phrase;
  }
  for (const match of text.matchAll(SEEK_PREFERRED_AS)) {
    const found = phraseAfter(text, match);
    if (found && !NOT_JOBS.has(found.phrase.toLowerCase())) return found.phrase;
  }
  for (const match of text.matchAll(DREAM)) {
    const phrase = match[1] ?? englishTitle(phraseAt(text, match.index! + match[0].length));
    if (phrase && !NOT_JOBS.has(phrase.toLowerCase())) return phrase;
  }
  for (const match of text.matchAll(BECOME)) {
    const phrase = match[1] ?? phraseAt(match[2]!, 0);
    if (phrase && !NOT_JOBS.has(phrase.toLowerCase())) return phrase;
  }
  for (const match of text.matchAll(WORK_AS_WISH)) {
    const phrase = match[1] !== undefined ? phraseAt(match[1], 0) : phraseAt(text, match.index! + match[0].length);
    if (phrase) return phrase;
  }
  for (const match of text.matchAll(WORK_AS_WISH_LOOSE)) {
    const phrase = NEGATED.test(match[1]!) ? undefined : phraseAt(match[2]!, 0);
    if (phrase && !NOT_JOBS.has(phrase.toLowerCase())) return phrase;
  }
  for (const match of [...text.matchAll(START_AS), ...text.matchAll(TRAIN_TOWARD), ...text.matchAll(APPLY_AS)]) {
    const phrase = phraseAt(match[1]!, 0);
    if (phrase && !NOT_JOBS.has(phrase.toLowerCase())) return phrase;
  }
  for (const match of text.matchAll(HOW_BECOME)) {
    const word = match[1] ?? match[2];
    const phrase = word ?? englishTitle(phraseAt(text, match.index! + match[0].length));
    if (!phrase || NOT_JOBS.has(phrase.toLowerCase()) || NOT_ROLES.has(phrase.toLowerCase())) continue;
    if (!word || isRoleWord(word) || (lookup?.(word) ?? 0) >= SURE_OCCUPATION) return phrase;
  }
  for (const match of text.matchAll(LEARN_WISH)) {
    const phrase = match[1]!;
    // "möchte Klavier lernen" ends like a role word: with the taxonomy at hand only an occupation counts.
    const roleWord = isRoleWord(phrase.split(' ')[0]!);
    if (lookup ? lookup(phrase) >= SURE_OCCUPATION || (roleWord && lookup(phrase) >= FIELD_OF_WORK) : roleWord) return phrase;
  }
  for (const match of text.matchAll(POSITION_FOR)) {
    const role = match[1]!;
    const start = match.index! + match[0].length - role.length;
    // A plural says it as well ("Elektroinstallateure", "Pflegerinnen").
    const roleLike = [role, role.replace(/e$/u, ''), role.replace(/innen$/u, 'in')].some(isRoleWord) || (lookup?.(role) ?? 0) >= SURE_OCCUPATION;
    if (roleLike && !NOT_NAMES.has(role.toLowerCase()) && !NOT_JOBS.has(role.toLowerCase()) && !done(text, start, start + role.length)) return role;
  }
  for (const match of text.matchAll(OPENING_FOR)) {
    const phrase = phraseAt(text, match.index! + match[0].length);
    const title = englishTitle(phrase) ?? (phrase && (lookup?.(phrase) ?? 0) >= SURE_OCCUPATION ? phrase : undefined);
    if (title) return title;
  }
  for (const match of text.matchAll(ENGLISH_WORK_SOUGHT)) {
    const words = match[1]!.split(' ');
    // The title must end in a role noun ("optician work"), not be a kind of work ("part time work", "any work").
    if (ENGLISH_ROLE.test(words[words.length - 1]!)) return match[1];
  }
  if (lookup) {
    for (const match of [...text.matchAll(FIELD_WISH), ...text.matchAll(FIELD_MOVE), ...text.matchAll(SEEK_FIELD)]) {
      const field = match[1]!;
      if (/^\p{Lu}/u.test(field) && fieldResemblance(field, lookup) >= FIELD_OF_WORK) return field;
    }
    for (const match of text.matchAll(POSITION_IN_FIELD)) {
      const field = match[1]!;
      const start = match.index! + match[0].length - field.length;
      if (/^\p{Lu}/u.test(field) && fieldResemblance(field, lookup) >= FIELD_OF_WORK && !done(text, start, start + field.length)) return field;
    }
  }
  return undefined;
}

/** Words after "als" that are no job ("als nächstes", "als erstes", "etwas als Hobby"). */
const NOT_JOBS = new Set('nächstes erstes erste hobby nebenjob mensch person quereinsteiger quereinsteigerin ein eine'.split(' '));

/**
 * "gelernte Köchin", "ausgebildeter Mechatroniker", "arbeite seit 2015 als Pflegehelferin", "I am a
 * software developer", "schaffe als Chauffeur", "Erfahrung als Koch", "trained electrician".
 */
const HAVE_CUE =
  /\b(?:ehemals|ehemalige[rn]?|examinierte[rn]?|staatlich (?:geprüfte|anerkannte)[rn]?|geprüfte[rn]?|ehemaligi|former|gelernte[rn]?|glernte[rn]?|gelernti|glernti|glernt|ausgebildete[rn]?|usbildete[rn]?|usbildeti|ausgebildeti|diplomierte[rn]?|diplomierti|pensionierte[rn]?|pensionierti|retired|studierte[rn]?|mein (?:gelernter )?beruf (?:ist|isch)|my (?:job|profession|occupation) is(?: an?)?|erfahrene[rn]?|dipl\.|eidg\. dipl\.|arbeite[nt]?e?\s+(?:\S+\s+){0,3}?als|schaffe\s+(?:\S+\s+){0,3}?als|jobbe\s+(?:\S+\s+){0,2}?als|gearbeitet\s+(?:\S+\s+){0,3}?als|tätig als|erfahrung als|erfahrig als|berufserfahrung als|beruf:|von beruf(?: bin ich)?|vo bruef(?: bin i| bi i| bin ich| bi ich)?|(?<=(?:^|[,.;!?]|\bund)\s*)(?:ich|i) arbeit\s+(?:\S+\s+){0,3}?als|seit\s+(?:\S+\s+){1,3}?\p{L}+e\s+(?:ich|i)\s+als|worked\s+(?:\S+\s+){0,3}?as an?|work(?:ing)? as an?|experience as an?|(?:years?|months?) as an?|i am an?|i'm an?|i was an?|i used to be an?|i've been an?|i have been an?|i am working as an?|currently an?)\s+(?:(?:trained|qualified|certified|experienced|skilled|freelance|self-employed)\s+)?/giu;
/** "ich bin Informatiker", "bin seit 5 Jahren Pflegefachfrau", "ich bin koch", "Ich bin 44, Automechaniker": a role word said of oneself. */
const ROLE_AFTER_SELF =
  /\b(?:ich bin|war ich|bin ich|bin|i bi|ich bi|(?:ich|i) (?:selber|sälber|selbst) (?:bin|bi)|(?:und|,)\s*bi|ich war|war|i bi früener|ich bi früener|i am|i'm)\s+(?:(?:schon|eigentlich|aber|halt|jetzt|früher|früener|vorher|zuvor|lange|lang|jahrelang|seit \d+ jahren|(?:seit|sit|since) \d{4}|sit \d+ johr|\d{2}(?:\s+(?:jahre?|johr)(?:\s+alt)?)?(?:,|\s+und|\s+u)|\d+ jahre|von beruf|vo bruef|gelernt|glernt|eine?|e|en|d|dr|de|der|die)\s+){0,2}(\p{L}[\p{L}-]+(?:-\p{Lu}[\p{L}-]+)?)(?![\p{L}-])(?=\s*(?:[,.!;]|$|und\b|aus\b|us\b|mit\b|in\b|im\b|bei\b|bi\b|seit\b|von beruf\b|vo bruef\b|efz\b|eba\b|hf\b|srk\b|ihk\b|für\b|from\b|gsi\b|gewesen\b|\1(?![\p{L}-])))/giu;
/** English role nouns, for "I am cook" without an article (where "I am eager" must not count). */
const ENGLISH_ROLE =
  /^(?:\p{L}*(?:developer|engineer|nurse|manager|driver|welder|teacher|assistant|cleaner|electrician|mechanic|carpenter|plumber|designer|analyst|accountant|painter|baker|butcher|cashier|caregiver|hairdresser|technician|programmer|consultant|waiter|waitress|farmer|gardener|tailor|builder|bricklayer|roofer|locksmith|pharmacist|midwife|doctor|architect|secretary|receptionist|housekeeper|janitor|carer|labourer|laborer|worker|smith|attendant|clerk|translator|interpreter|therapist|keeper|operator|fitter|optician|paramedic|firefighter|librarian|bartender|barista|sommelier|upholsterer|glazier|stonemason|mason|surveyor|guard|instructor|director|broker|goldsmith|blacksmith|tuner)|cook|chef)s?$/u;
/** An English title up to its last role noun ("welder one day" → "welder", "lab technician"), or undefined without one. */
function englishTitle(phrase: string | undefined): string | undefined {
  const words = phrase?.split(' ') ?? [];
  let last = -1;
  words.forEach((word, i) => {
    if (ENGLISH_ROLE.test(word.toLowerCase())) last = i;
  });
  return last >= 0 ? words.slice(0, last + 1).join(' ') : undefined;
}
/** "bin Fachfrau Gesundheit im 2. Lehrjahr", "ich bi Fage": a title the taxonomy knows, after "ich bin". */
const SELF_TITLE = /(?:\b(?:ich bin|bin|i bi|ich bi|(?:und|,)\s*bi)|^\s*bi)\s+/giu;
/** "als Maurer (2019) abgeschlossen", "Lehre zum Koch gemacht", "habe eine Lehre als …": the occupation before a participle or after a training held. */
const ROLE_AS = /\b(?:als|zum|zur|as an?)\s+/giu;
/** "Als Köchin bringe ich …", "Als Elektriker habe ich …": a role the sentence speaks from. */
const AS_ROLE_OPENING = /(?:^|[.!?;]\s*|,\s*|\n\s*)[Aa]ls\s+([^,.!?\n]{2,60}?)\s+(?:habe|hab|hatte|bringe|bin|war|arbeite|arbeitete|kann|konnte|verfüge|kenne|weiss|weiß|ha|han|bi|suche|sueche|such|\p{Ll}{3,})\s+(?:ich|i)\b/gu;
/** "MPA vo Bruef", "Schreiner von Beruf": a title followed by the words saying it is one's trade. */
const TITLE_BY_TRADE = /(?:^|[,.;!?]\s*|\b(?:bin|bi|und|u)\s+)(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:[Vv]o [Bb]ruef|[Vv]on [Bb]eruf|by trade)\b/gu;
/** "möchte wieder als Steuerfachangestellte einsteigen", "wett wieder als Koch schaffe": the job wished for is the occupation once held. */
const RETURN_AS = /\bwieder\s+als\s+([^,.!?\n]{1,60}?)\s+(?:arbeiten|schaffe|schaffen|tätig sein|anfangen|aafange|afange|einsteigen|iistiige|iisteige|starten|beginnen)\b/giu;
/** "Ich komme aus der Pflege", "chume us de Gastronomie": the field a person worked in (it must resemble an occupation). */
const COMES_FROM_FIELD = /\b(?:komme|chume|come)\s+(?:(?:ursprünglich|beruflich|eigentlich|urspr\.)\s+)?(?:aus der|aus dem|us de|us em|from)\s+(\p{Lu}[\p{L}-]+)/gu;
/** "Friseur war ich …", "Köchin bin ich seit …": a word before the verb and "ich" at the start of a sentence. */
const ROLE_BEFORE_SELF = /(?:^|[.!?;]\s*)(\p{Lu}[\p{L}-]+)\s+(?:war|bin|bi|isch)\s+(?:ich|i)\b/gu;
/**
 * "Ha als Elektroinstallateur Verteiler baut", "hab als Kellnerin auf der Wiesn gearbeitet", "ich habe jahrelang als Koch …": what one
 * did in the perfect tense, as a role (the participle may be dialect or far away).
 */
const HAVE_AS =
  /(?:^|[,.;!?]\s*|\b(?:ich|i|und)\s+)(?:habe|hab|ha|han|hatte)\s+(?:(?:ich|i|früher|früener|schon|lange|lang|jahrelang|\d+ jahre|\d+ johr)\s+){0,2}als\s+/giu;
/**
 * "Früener Schriiner, jetzt …", "Früher Briefträger gewesen", "30 Johr Polymech gsi bi": a role the person held, said
 * with a word of the past and no verb, or before Swiss «gsi» / «gewesen» at the start of a clause or after a duration.
 */
const FORMER_ROLE =
  /(?:(?:^|[.!?;,]\s*)(?:[Ff]rüher|[Ff]rüener|[Ee]hemals|[Ee]x)\s+(\p{Lu}[\p{L}-]+)(?=\s*(?:[,.;!]|$|gsi\b|gewesen\b|und\b|u\b))|\b\d+\s+(?:[Jj]ahre?|[Jj]ohr)\s+(?:lang\s+)?(\p{Lu}[\p{L}-]+)\s+(?:gsi|gewesen)\b)/gu;
/**
 * "Bäcker seit 20 Jahren, …", "heizigsmonteur sit 7 johr", "10 johr coiffeuse, …", "goldsmith for 10 years": a bare title
 * opening the message with how long one has done it.
 */
const OPENING_ROLE_FOR_YEARS =
  /^\s*(?:(\p{L}[\p{L}-]+)\s+(?:seit|sit|since)\s+(?:über\s+|mehr als\s+)?\d+\s+(?:jahren?|johr|years?)\b|\d+\s+(?:jahre?|johr)\s+(\p{L}[\p{L}-]+)(?=\s*(?:[,.;!]|$))|((?:\p{L}+\s+)?\p{L}+)\s+for\s+(?:over\s+)?\d+\s+years?\b)/iu;

/** "habe Koch gelernt", "ha Schriiner glernt". */
const LEARNED = /\b(?:habe|hab|hani|han|ha|i have)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:gelernt|glernt|glärnt|gelehrt|glehrt|gleert|glert)\b/u;

/** Words after "ich bin" that end like roles but are not ("ich bin immer pünktlich", "bin aber"). */
const NOT_ROLES = new Set((
  'immer aber wieder später lieber oder unter über weiter sicher sauber super selber leider eher daher bisher hier drin dran damen herren team ' +
    'ausländer ausländerin anfänger anfängerin einsteiger einsteigerin berufseinsteiger berufseinsteigerin flüchtling ' +
    'asylbewerber asylbewerberin bewerber bewerberin kunde kundin teilnehmer teilnehmerin interessent interessentin'
).split(' '));

/** Adverbs that end like role words and may open a sentence ("Früher war ich …", "Vorher bin ich …"). */
const ADVERBS_LIKE_ROLES = new Set('früher früener vorher nachher seither nochmals zuerst zuvor danach dann jetzt nun einmal'.split(' '));

/** The occupation a person has or learned. */
export function findOccupation(text: string, firstName = findFirstName(text), lookup?: OccupationLookup): string | undefined {
  const found = occupationPhrase(text, firstName, lookup);
  if (found && saidOfOther(text, text.indexOf(found))) return undefined;
  return found && lookup ? longerTitle(text, found, lookup) : found;
}

/**
 * "Kaufmann im Einzelhandel", "Kauffrau für Büromanagement": a title the taxonomy knows that goes on
 * past the word a phrase stops at ("im", "für", "in der").
 */
function longerTitle(text: string, phrase: string, lookup: OccupationLookup): string {
  const at = text.indexOf(phrase);
  const rest = at < 0 ? null : /^\s+((?:im|in der|in|für|für die|der|des)\s+\p{Lu}[\p{L}-]+(?:\s+und\s+\p{Lu}[\p{L}-]+)?)/u.exec(text.slice(at + phrase.length));
  const longer = rest ? `${phrase} ${rest[1]!}` : undefined;
  if (longer && /^(?:kauf|fach)(?:mann|frau|leute|kraft)$/iu.test(phrase) && /^(?:im|für)\s/u.test(rest![1]!)) return longer;
  return longer && lookup(longer) >= SURE_OCCUPATION && lookup(longer) >= lookup(phrase) ? longer : phrase;
}

/** A word after the first name: a surname, or a town after "aus" (the pattern ignores case; roleAfterName checks it). */
const SURNAME = String.raw`\p{L}[\p{L}'’-]+`;
/**
 * After the name (and surname): "hier", "da" or "mein Name", a town it comes from ("Zoran aus Göppingen, LKW-Fahrer"), an age ("Arben, 23i, Maurer EBA", "Jonas (19), …") or a year of birth
 * ("Hans, Jahrgang 1970, Schreinermeister"), an English article ("Maria, a registered nurse").
 */
const AFTER_NAME = String.raw`(?<surname>\s+(?!(?:hier|hie|here|da|am|aus|us|from|mein|ist)\b)${SURNAME})?(?:\s+(?:hier|hie|here|da|am Apparat)|,?\s+(?:ist\s+)?mein\s+Name)?(?:\s*\(\d{2}\))?(?:\s+(?:aus|us|from)\s+(?<town>${SURNAME}(?:\s+${SURNAME})?))?(?:,\s*|\s+(?=\d{2}\s))(?<age>(?:\d{2}(?:i|ni|gi)?(?:\s*(?:jahre?|j\.|years?))?(?:\s+(?:alt|old))?|(?:Jahrgang|Jg\.?|born|geboren)\s+\d{2,4})(?:,\s*|\s+(?=(?:aus|us|from)\s)))?(?:(?:aus|us|from)\s+(?<later>${SURNAME}),\s*)?(?<article>an?\s+)?(?:(?:trained|qualified|certified|experienced|skilled)\s+)?`;

/** Words that qualify a title ("glernti Köchin", "pensionierte Pöstler", "ehemaliger Bergmann"): the cues read the title after them. */
const QUALIFIER = /^(?:ge?lernte[rn]?|ge?lernti|ausgebildete[rn]?|usbildete[rn]?|diplomierte[rn]?|ehemalige[rn]?|ehemaligi|pensionierte[rn]?|pensionierti|former|retired|trained|qualified)$/iu;

/** "Java developer with 7 years …", "SAP consultant": a capitalised name of a technology before an English role noun. */
function englishRole(rest: string): string | undefined {
  const match = /^(\p{Lu}[\p{L}\d+#.-]*)\s+(\p{Ll}+)\b/u.exec(rest);
  return match && /^(?:developer|engineer|consultant|administrator|analyst|designer|manager|architect|specialist|technician|tester)$/.test(match[2]!) ? `${match[1]} ${match[2]}` : undefined;
}

/** "ich bin Stefan, Informatiker aus Aarau", "Ahmet hier, 31, Schweisser", "I'm Maria, a registered nurse": a role right after the name. */
function roleAfterName(text: string, firstName: string): string | undefined {
  const match = new RegExp(`${escapeRegExp(firstName)}${AFTER_NAME}(?=\\p{L})`, 'iu').exec(text);
  if (!match) return undefined;
  const { surname, town, later, age, article } = match.groups ?? {};
  // A surname or a town is capitalised ("Fatma Yılmaz, 33, …", "Zoran aus Göppingen, …"), unless the whole message is lower case.
  const capitalised = (words: string) => text === text.toLowerCase() || words.trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
  // "Marlies Brunner, Augenoptikerin": a surname that ends like a role is a surname when a role word follows the comma.
  const roleFollows = (at: number) => /^,\s*\p{Lu}\p{L}+/u.test(text.slice(at)) && isRoleWord(/^,\s*(\p{L}+)/u.exec(text.slice(at))![1]!);
  const surnameRole = surname && isRoleWord(surname.trim()) && !(match[0].trimEnd().endsWith(',') && roleFollows(text.lastIndexOf(',', match.index + match[0].length)));
  if ((surname && (!capitalised(surname) || surnameRole)) || (town && !capitalised(town)) || (later && !capitalised(later))) return undefined;
  let start = match.index + match[0].length;
  // "Vreni, 62i, früener Drogistin": a word saying it was before is no part of the title.
  const former = /^(?:früher|früener|ehemals|former|ex)\s+(?=\p{L})/iu.exec(text.slice(start));
  if (former) start += former[0].length;
  // "janis, 24, bi Kaminfeger": the verb after the age is no part of the title.
  const verb = /^(?:(?:ich|i|ig)\s+)?(?:bin|bi)\s+(?=\p{L})/iu.exec(text.slice(start));
  if (verb) start += verb[0].length;
  const first = /^\p{L}+/u.exec(text.slice(start))![0];
  // "Sandra, 41, gelernte Pflegefachfrau": a qualifier first is left to the cues that read it.
  if (PHRASE_END.has(first.toLowerCase()) || NOT_NAMES.has(first.toLowerCase()) || QUALIFIER.test(first)) return undefined;
  const phrase = phraseAt(text, start);
  if (!phrase || NOT_NAMES.has(phrase.toLowerCase()) || NOT_ROLES.has(phrase.toLowerCase())) return undefined;
  const words = phrase.split(' ');
  // A capitalised title is a role by its first word ("Informatiker aus …"); after an English article an adjective may come first ("registered nurse").
  if (/^\p{Lu}/u.test(phrase)) return isRoleWord(words[0]!) ? phrase : englishRole(text.slice(start));
  // "Ioana here, nurse from Romania", "software engineer based in …": an English role noun needs no article.
  const english = englishTitle(phrase);
  if (english && english.split(' ').length <= 2) return english;
  // Lower case after an article, in a lower-case message, or after an age ("Priya, 31, software engineer from …").
  return (age || article || text === text.toLowerCase()) && words.some(isRoleWord) ? phrase : undefined;
}

function occupationPhrase(text: string, firstName: string | undefined, lookup: OccupationLookup | undefined): string | undefined {
  const lowerCaseMessage = text === text.toLowerCase();
  for (const match of text.matchAll(ROLE_AS)) {
    const found = phraseAfter(text, match);
    if (!found || !(lowerCaseMessage || /^\p{Lu}/u.test(found.phrase)) || !done(text, found.start, found.end) || NOT_JOBS.has(found.phrase.toLowerCase())) continue;
    // "als Steuerfachangestellte Einkommensteuererklärungen gemacht": the noun after a role word is what was done, unless the whole is a known title.
    const [first, ...rest] = found.phrase.split(' ');
    if (rest.length && isRoleWord(first!) && !/^für$/iu.test(rest[0]!) && lookup && lookup(found.phrase) < SURE_OCCUPATION && lookup(found.phrase) <= lookup(first!)) return first;
    return found.phrase;
  }
  for (const match of text.matchAll(HAVE_AS)) {
    const phrase = phraseAfter(text, match)?.phrase;
    if (!phrase || !/^\p{Lu}/u.test(phrase) || NOT_JOBS.has(phrase.toLowerCase())) continue;
    // "als Elektroinstallateur Verteiler baut": the words after a role word are what was done, unless the whole is a known title.
    if ((lookup?.(phrase) ?? 0) >= SURE_OCCUPATION) return phrase;
    const first = phrase.split(' ')[0]!;
    if (isRoleWord(first)) return first;
  }
  for (const match of text.matchAll(FORMER_ROLE)) {
    const word = match[1] ?? match[2]!;
    if ((isRoleWord(word) && !NOT_ROLES.has(word.toLowerCase()) && !NOT_NAMES.has(word.toLowerCase())) || (lookup?.(word) ?? 0) >= SURE_OCCUPATION) return word;
  }
  const opening = OPENING_ROLE_FOR_YEARS.exec(text);
  if (opening) {
    const word = opening[1] ?? opening[2];
    // A role word the taxonomy's titles resemble; a surer one after the years ("10 Jahre Lager" is a place of work, not a title).
    if (word && isRoleWord(word) && !NOT_ROLES.has(word.toLowerCase()) && !NOT_NAMES.has(word.toLowerCase()) && (!lookup || lookup(word) >= (opening[2] ? SURE_OCCUPATION : FIELD_OF_WORK))) return word;
    const english = opening[3] ? englishTitle(opening[3].toLowerCase()) : undefined;
    if (english) return opening[3]!.split(' ').slice(-english.split(' ').length).join(' ');
  }
  const learned = LEARNED.exec(text);
  if (learned && isRoleWord(learned[1]!.split(' ')[0]!)) return learned[1];
  const afterName = firstName ? roleAfterName(text, firstName) : undefined;
  if (afterName) return afterName;
  for (const match of text.matchAll(AS_ROLE_OPENING)) {
    // "Als gelernter Polymechaniker … bewerbe ich": the qualifier is no part of the title.
    const phrase = phraseAt(match[1]!.replace(/^\p{L}+\s+(?=\p{L})/u, (word) => (QUALIFIER.test(word.trim()) ? '' : word)), 0);
    if (!phrase || NOT_NAMES.has(phrase.toLowerCase()) || NOT_JOBS.has(phrase.toLowerCase())) continue;
    if (isRoleWord(phrase.split(' ')[0]!) || (lookup?.(phrase) ?? 0) >= SURE_OCCUPATION) return phrase;
  }
  if (lookup) {
    // "Friseur war ich schon in Aleppo": the role first, then the verb (only a title the taxonomy knows, not "Früher war ich").
    for (const match of text.matchAll(ROLE_BEFORE_SELF)) if (lookup(match[1]!) >= SURE_OCCUPATION) return match[1];
    // "Lokführer bin ich sit 2011", "Buschauffeur bin ich gsi": a role word before «bin ich» at the start of a sentence,
    // even when the taxonomy does not know the title (not an adverb: "Früher war ich").
    for (const match of text.matchAll(ROLE_BEFORE_SELF)) {
      const lower = match[1]!.toLowerCase();
      if (isRoleWord(match[1]!) && !NOT_ROLES.has(lower) && !NOT_NAMES.has(lower) && !ADVERBS_LIKE_ROLES.has(lower)) return match[1];
    }
    for (const match of text.matchAll(TITLE_BY_TRADE)) if (lookup(match[1]!) >= SURE_OCCUPATION) return match[1];
    const returned = returnedTo(text, lookup);
    if (returned) return returned;
    for (const match of text.matchAll(COMES_FROM_FIELD)) if (lookup(match[1]!) >= FIELD_OF_WORK) return match[1];
  }
  for (const match of text.matchAll(HAVE_CUE)) {
    // "I would like to work as a cook" is a wish, not what the person is.
    if (/\b(?:want|like|hope|wanna|möchte|will|würde)\s+(?:to\s+)?$/iu.test(text.slice(Math.max(0, match.index! - 20), match.index!))) continue;
    const phrase = phraseAt(text, match.index! + match[0].length);
    if (!phrase || NOT_NAMES.has(phrase.toLowerCase()) || NOT_JOBS.has(phrase.toLowerCase())) continue;
    // English "I'm a …" also says "I'm a bit lost": only a role word makes it an occupation.
    if (/^(?:i am|i'm|i was|i used|i've|i have|currently|\p{L}+ as)/iu.test(match[0])) {
      const english = englishTitle(phrase);
      if (english) return english;
      if (!phrase.split(' ').some(isRoleWord)) continue;
    }
    return phrase;
  }
  for (const match of text.matchAll(ROLE_AFTER_SELF)) {
    const word = match[1]!;
    const lower = word.toLowerCase();
    // English writes a role in lower case and may leave out the article ("I am cook from …", "I am welder, 15 years …").
    if (/^i(?: am|'m)\b/iu.test(match[0].trim())) {
      if (ENGLISH_ROLE.test(lower)) return word;
      continue;
    }
    if (!lowerCaseMessage && !/^\p{Lu}/u.test(word)) continue;
    if (isRoleWord(word) && !NOT_NAMES.has(lower) && !NOT_ROLES.has(lower)) return lowerCaseMessage ? capitalise(word) : word;
  }
  if (lookup) {
    for (const match of text.matchAll(SELF_TITLE)) {
      const phrase = phraseAt(text, match.index! + match[0].length);
      if (!phrase || NOT_NAMES.has(phrase.toLowerCase()) || (!lowerCaseMessage && !/^\p{Lu}/u.test(phrase))) continue;
      // A title that starts with a role word may be spelled in dialect ("Fachfrau Gsundheit"): it need only resemble one.
      const resemblance = isRoleWord(phrase.split(' ')[0]!) && !NOT_ROLES.has(phrase.split(' ')[0]!.toLowerCase()) ? FIELD_OF_WORK : SURE_OCCUPATION;
      if (lookup(phrase) >= resemblance) return lowerCaseMessage ? capitalise(phrase) : phrase;
    }
  }
  return undefined;
}

/** The occupation a person wants to return to ("möchte wieder als MPA arbeiten"): one they held, and the job they ask for. */
function returnedTo(text: string, lookup: OccupationLookup | undefined): string | undefined {
  if (!lookup) return undefined;
  for (const match of text.matchAll(RETURN_AS)) {
    const phrase = phraseAt(match[1]!, 0);
    if (phrase && !NOT_JOBS.has(phrase.toLowerCase()) && !NEGATED.test(text.slice(Math.max(0, match.index! - 20), match.index!)) && lookup(phrase) >= SURE_OCCUPATION) return phrase;
  }
  return undefined;
}

/** "Lehr aus Landwirt", "Ausbildung aus Köchin": «aus» typed for «als» between a training and a role word. */
const TRAINING_AUS_ROLE = /\b(lehre?|ausbildung|ausbildig)\s+aus\s+(\p{Lu}[\p{L}-]+)/giu;

/** The text with «aus» read as «als» where a training is followed by a role word that is no place ("Lehre aus Landwirt"). */
export function alsForAus(text: string): string {
  return text.replace(TRAINING_AUS_ROLE, (whole, training: string, word: string) => (isRoleWord(word) && !placeByExactName(word) ? `${training} als ${word}` : whole));
}

/** Everything an introduction says about the person. */
export function parseIntroduction(text: string, now: Date, lookup?: OccupationLookup): Introduction {
  const named = introducedName(text);
  const wishedJob = findWishedJob(alsForAus(text), lookup);
  const occupation = findOccupation(alsForAus(text), named, lookup);
  // "ich bi Fage": the word after "ich bin" is an occupation the taxonomy knows, not a name.
  const firstName = named && lookup && named === occupation && lookup(named) >= SURE_OCCUPATION ? undefined : named;
  return {
    firstName,
    age: findAge(text, now, firstName),
    // Otherwise a name that ends like a role ("ich bin Aylin, 16") is the name, not also the occupation.
    // A return to the occupation once held ("möchte wieder als MPA arbeiten") is both the occupation and the job asked for.
    occupation: occupation && (occupation !== wishedJob || occupation === returnedTo(alsForAus(text), lookup)) && occupation !== firstName ? occupation : undefined,
    wishedJob,
  };
}
