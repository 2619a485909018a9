/**
 * What people say about themselves when they introduce themselves to a chatbot: first name, age,
 * the occupation they have (or learned) and the one they ask for ("Hallo, ich bin Petra, 24 Jahre
 * alt, gelernte Köchin, und suche eine Stelle als Küchenchefin"). German, Swiss German and English.
 */

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
  String.raw`(?:^|[^\p{L}])(?:ich hei(?:ss|ß)e|i hei(?:ss|ß)e|mein (?:vor)?name ist|mein name wäre|mis name isch|min name isch|mi name isch|my (?:first )?name is|i am called|i'm called|call me|nenn(?:t)? mich|man nennt mich)\s+(?:der |die |d |de )?${NAME_WORD}`,
  'iu',
);
/** "ich bin (der|die) Kevin", "i bi d Selina", "I'm Tom", "bin sarah 19": a name if the word is not something else. */
const SELF_CUE = new RegExp(String.raw`(?:^|[^\p{L}])(?:ich bin|ich bi|i bi|i bin|bin|i am|i'm)\s+(der |die |d |de |da |dr )?${NAME_WORD}([^\n]{0,12})`, 'giu');
/** "Hannes hier", "Maria hier aus …": a name before "hier" at the start, after a greeting. */
const NAME_HERE = new RegExp(String.raw`^(?:(?:hallo|hi|hey|hoi|moin|servus|sali|salü|hello|guten (?:tag|morgen|abend)|grüezi|hallöchen)[\s,!.]*)*(?:moin\s+)?(\p{Lu}[\p{L}-]{1,30}) hier\b`, 'iu');

/** Words after "ich bin" that are no names: states, roles, fillers. */
const NOT_NAMES = new Set(
  ('neu neue neuer hier da dabei auf aus in im noch seit gerade jetzt schon sehr nicht kein keine ein eine einer a an the ' +
    'gelernt gelernte gelernter ausgebildet ausgebildete ausgebildeter diplomiert diplomierte diplomierter ' +
    'schüler schülerin student studentin lernende lernender lehrling azubi mutter vater hausfrau hausmann rentner rentnerin ' +
    'arbeitslos arbeitssuchend arbeitsuchend motiviert interessiert flexibel zuverlässig offen verheiratet ledig ' +
    'quereinsteiger quereinsteigerin wiedereinsteiger wiedereinsteigerin selbständig selbstständig angestellt ' +
    'unsicher froh müde fertig bereit gut gespannt looking interested new here from currently working also just so ' +
    'deutsch deutscher deutsche schweizer schweizerin italiener italienerin türke türkin syrer syrerin ' +
    'hallo hi hey zurück wieder leider einverstanden sicher nach umgezogen gezogen nicht')
    .split(' '),
);

/** First names that end like an occupation ("-er", "-in"): common enough to list. */
const NAMES_LIKE_ROLES = new Set(
  'peter walter oliver alexander jennifer esther günter günther dieter rainer reiner werner xaver heather christopher ' +
    'martin jasmin kristin katrin carolin karin erwin kevin robin justin marvin benjamin joachim elin kathrin corinne'.split(' '),
);

/** Endings of occupation and role nouns ("Elektriker", "Köchin", "Lagerist", "Fachfrau", "Monteur"). */
const ROLE_ENDING = /(?:er|erin|in|ist|istin|eur|euse|eurin|ent|entin|ant|antin|ling|frau|mann|kraft|loge|login|ge|geselle|meister|meisterin|helfer|helferin|trainee|ingenieur|developer|engineer|nurse|manager)$/;

function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (NAMES_LIKE_ROLES.has(lower)) return false;
  return ROLE_ENDING.test(lower) && lower.length >= 4;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The first name a person gives ("Hallo, ich bin Petra", "mein Name ist Dragan Petrović", "Hannes hier"). */
export function findFirstName(text: string): string | undefined {
  const sure = SURE_NAME_CUE.exec(text);
  if (sure && !NOT_NAMES.has(sure[1]!.toLowerCase()) && !/^(?:herr|frau|mr|mrs|ms)$/i.test(sure[1]!)) return capitalise(sure[1]!);
  const here = NAME_HERE.exec(text);
  if (here && !NOT_NAMES.has(here[1]!.toLowerCase())) return capitalise(here[1]!);
  for (const match of text.matchAll(SELF_CUE)) {
    const [, article, word, after] = match as unknown as [string, string | undefined, string, string];
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower) || /\d/.test(word)) continue;
    const upper = /^\p{Lu}/u.test(word);
    // A capitalised word is a name unless it is a role ("Ich bin Elektriker"); after an article it is a name ("ich bin der Kevin").
    if (upper && (article || !isRoleWord(word))) return capitalise(word);
    // Lower case ("hallo ich bin lisa 16 aus grenchen"): only with an age, a place or a comma after it.
    if (!upper && !isRoleWord(word) && /^\s*(?:,?\s*\d|aus\b|us\b|from\b|und bin \d|hier\b)/iu.test(after)) return capitalise(word);
  }
  return undefined;
}

const AGE_PATTERNS: RegExp[] = [
  // "24 Jahre alt", "27 Jahre jung", "17-jährig", "28 years old", "52 Jahre, aus …"
  /(?<![\d.,])(\d{2})\s*-?\s*(?:jahre?|jährige?r?|j\.|years?|yrs?)(?:\s+(?:alt|jung|old|young)\b|(?=\s*(?:[,.;!)]|$|und\b|and\b|aus\b|us\b|from\b)))/iu,
  // "ich bin 34, verheiratet", "bin 17 und suche", "I'm 28"
  /\b(?:ich bin|bin|i bi|i am|i'm)\s+(\d{2})\b(?!\s*(?:%|prozent|km|jahren?\s+(?:erfahrung|lang|als|bei|im|in|seit)|years? (?:of|as|in)))/iu,
  // "Alter: 28", "age 28"
  /\b(?:alter|age)\s*:?\s*(\d{2})\b/iu,
];

/** The age a person states ("24 Jahre alt", "ich bin 17", "Jahrgang 2005"); `now` turns a year of birth into an age. */
export function findAge(text: string, now: Date, firstName = findFirstName(text)): number | undefined {
  // "Tom, 28, living", "lisa 16 aus", "Mia, 15, und": a number right after the name.
  const afterName = firstName ? [new RegExp(`${escape(firstName)}(?:,\\s*|\\s+)(\\d{2})(?=\\s*(?:[,.!]|aus\\b|us\\b|from\\b|living\\b|wohne|und\\b|$))`, 'iu')] : [];
  for (const pattern of [...AGE_PATTERNS, ...afterName]) {
    const match = pattern.exec(text);
    const age = match ? Number(match[1]) : NaN;
    if (age >= MIN_AGE && age <= MAX_AGE) return age;
  }
  const born = /\b(?:jahrgang|jg\.?|born in|geboren)\s*(?:im jahr\s*)?((?:19|20)\d{2})\b/iu.exec(text);
  if (born) {
    const age = now.getUTCFullYear() - Number(born[1]);
    if (age >= MIN_AGE && age <= MAX_AGE) return age;
  }
  return undefined;
}

/** Words that end an occupation phrase ("als Koch in Bern", "als Lagerist bei Ihnen"). */
const PHRASE_END = new Set(
  ('in im bei aus ab mit und oder an am auf zu zum zur von vom nach per for at in with and or from near to bei ihnen euch ' +
    'machen mache machen gemacht werden arbeiten anfangen beginnen bewerben suchen suche gesucht abgeschlossen ' +
    'efz eba ihk hwk teilzeit vollzeit sofort ab gerne gern bitte please the a an').split(' '),
);

/**
 * The occupation phrase starting at `index`: capitalised words ("Fachfrau Gesundheit"), "für" with
 * a capitalised word ("Kauffrau für Büromanagement"), or up to three lower-case words in a message
 * written in lower case or English ("software developer", "friseurin").
 */
function phraseAt(text: string, index: number): string | undefined {
  const words = text.slice(index).split(/\s+/);
  const taken: string[] = [];
  for (let i = 0; i < words.length && taken.length < 4; i++) {
    const word = words[i]!.replace(/[,.;:!?)]+$/, '');
    const ended = word !== words[i];
    const lower = word.toLowerCase();
    if (!word || /\d/.test(word)) break;
    if (lower === 'für' && taken.length && /^\p{Lu}/u.test(words[i + 1] ?? '')) {
      taken.push(word);
      continue;
    }
    if (PHRASE_END.has(lower) && taken.length) break;
    if (PHRASE_END.has(lower)) continue;
    if (taken.length && !/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(taken[0]!)) break;
    taken.push(word);
    if (ended) break;
  }
  while (taken.length && taken[taken.length - 1]!.toLowerCase() === 'für') taken.pop();
  return taken.length ? taken.join(' ') : undefined;
}

/** "(Stelle|Lehrstelle|Ausbildung|Job|Bewerbung …) als X", "möchte X werden", "apply … as a X": the job asked for. */
const WISH_CUE =
  /\b(?:stellen?|stell|jobs?|lehrstellen?|lehrstell|lehre|lehr|ausbildung|ausbildungsplatz|praktikum|schnupperlehre|schnupperlehr|arbeit|bewerbung|bewerbe mich|bewerben|anstellung|festanstellung|teilzeitstelle|position|apply|internship|apprenticeship|opening)\s+(?:\w+\s+)?(?:als|zum|zur|as an?|as)\s+/giu;
/** A training or job done in the past ("Lehre als Maurer abgeschlossen"): what the person has, not wishes. */
const DONE = /^\s*(?:abgeschlossen|gemacht|gmacht|absolviert|beendet|gearbeitet|gschaffet|gewesen|finished|completed)\b/iu;
const BECOME = /\b(?:möchte|möcht|will|würde gern|würde gerne|wett|wott|want to|would like to)\s+(?:gern\s+|gerne\s+)?(\p{Lu}[\p{L}-]+)\s+werden\b/u;

/** The occupation a person asks for. */
export function findWishedJob(text: string): string | undefined {
  for (const match of text.matchAll(WISH_CUE)) {
    const start = match.index! + match[0].length;
    const phrase = phraseAt(text, start);
    if (phrase && !DONE.test(text.slice(start + phrase.length))) return phrase;
  }
  return BECOME.exec(text)?.[1];
}

/** "gelernte Köchin", "ausgebildeter Mechatroniker", "arbeite seit 2015 als Pflegehelferin", "I am a software developer". */
const HAVE_CUE =
  /\b(?:gelernte[rn]?|ausgebildete[rn]?|diplomierte[rn]?|dipl\.|eidg\. dipl\.|arbeite[nt]?e?\s+(?:\S+\s+){0,3}?als|gearbeitet als|tätig als|beruf:|worked\s+(?:\S+\s+){0,3}?as an?|work(?:ing)? as an?|i am an?|i'm an?)\s+/giu;
/** "ich bin Informatiker", "bin Apothekerin": a role word said of oneself. */
const ROLE_AFTER_SELF = /\b(?:ich bin|bin|i bi)\s+(\p{Lu}[\p{L}-]+(?:-\p{Lu}[\p{L}-]+)?)(?=\s*(?:[,.!;]|$|und\b|aus\b|mit\b|in\b|bei\b|seit\b|von beruf\b))/giu;
/** "(eine Lehre) als Maurer abgeschlossen", "als Lagerist gearbeitet": the occupation before a past participle. */
const ROLE_DONE = /\bals\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:abgeschlossen|gemacht|gmacht|absolviert|gearbeitet|gschaffet|tätig)\b/u;

/** The occupation a person has or learned. */
export function findOccupation(text: string, firstName = findFirstName(text)): string | undefined {
  const done = ROLE_DONE.exec(text);
  if (done) return done[1];
  // "ich bin Stefan, Informatiker aus Aarau": a role right after the name.
  const afterName = firstName ? new RegExp(`${escape(firstName)},\\s*(\\p{Lu}[\\p{L}-]+)`, 'iu').exec(text) : null;
  if (afterName && isRoleWord(afterName[1]!)) return afterName[1];
  for (const match of text.matchAll(HAVE_CUE)) {
    const phrase = phraseAt(text, match.index! + match[0].length);
    if (phrase && !NOT_NAMES.has(phrase.toLowerCase())) return phrase;
  }
  for (const match of text.matchAll(ROLE_AFTER_SELF)) {
    const word = match[1]!;
    if (isRoleWord(word) && !NOT_NAMES.has(word.toLowerCase()) && !/^(?:Damen|Herren|Team)$/.test(word)) return word;
  }
  return undefined;
}

/** Everything an introduction says about the person. */
export function parseIntroduction(text: string, now: Date): Introduction {
  const firstName = findFirstName(text);
  const wishedJob = findWishedJob(text);
  const occupation = findOccupation(text, firstName);
  return {
    firstName,
    age: findAge(text, now, firstName),
    occupation: occupation && occupation !== wishedJob ? occupation : undefined,
    wishedJob,
  };
}
