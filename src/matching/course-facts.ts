/**
 * What a course's title says about whom it is for: the language and levels of a language course
 * ("Berufssprachkurs Deutsch B1", "German A2→B1"), and an age group ("… für Jugendliche",
 * "Wiedereinstieg …"). A counsellor proposes the language course one step above the person's level,
 * never one below it (nor a German course to a native speaker), and no pupils' course to a
 * bricklayer of 45 nor a returners' course to a pupil. Read from the title: a description's
 * "auch für Jugendliche" or "Schüler willkommen" says nothing of whom the course is meant for; only an
 * adult's age it sets («Mindestalter 18 Jahre») is read there (courseAudienceOf).
 */
import { isLearningKind, type Locale, type PositionKind, type ProfileLanguage, type Situation } from '../profile/types';
import { isSchoolAge } from './audience';
import { parseSituation } from '../nlu/hints';
import { findDescribedAge } from '../nlu/introductions';
import { LANGUAGE_RANK } from './score';
import { fold, STOPWORDS } from './taxonomy/normalize';
import { stemKey } from './lexical';
import type { TaxonomyField } from './taxonomy/types';

/** A language course: its language (ISO code) and the CEFR levels it starts at and leads to (1 = A1 … 6 = C2). */
export interface LanguageCourse {
  language: string;
  entry: number;
  target: number;
}

/** Title words (folded) naming the language taught; a Berufssprachkurs or Integrationskurs is German. */
const LANGUAGE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:deutsch\w*|german|berufssprachkurs\w*|integrationskurs\w*)\b/, 'de'],
  [/\b(?:englisch\w*|english)\b/, 'en'],
  [/\b(?:franzoesisch\w*|francais|french)\b/, 'fr'],
  [/\b(?:italienisch\w*|italiano|italian)\b/, 'it'],
];

const CEFR = /\b([abc][12])\b/g;

/**
 * The language course a title names, or undefined: a language word and at least one CEFR level
 * ("Deutsch für Handwerk und Technik B1–B2"; not "Stützkurs Mathe und Deutsch", which has none,
 * nor "Drohnenführerschein A2", which names no language). A title naming two languages is no course of either.
 */
export function languageCourse(title: string): LanguageCourse | undefined {
  const folded = fold(title);
  const languages = LANGUAGE_WORDS.filter(([pattern]) => pattern.test(folded)).map(([, code]) => code);
  if (languages.length !== 1) return undefined;
  const levels = [...folded.matchAll(CEFR)].map((m) => LANGUAGE_RANK[m[1]!.toUpperCase() as keyof typeof LANGUAGE_RANK]);
  if (levels.length === 0) return undefined;
  return { language: languages[0]!, entry: Math.min(...levels), target: Math.max(...levels) };
}

/**
 * How well a language course fits the person's level of that language: 1 for the next level
 * (A2 → the B1 course, also "A2–B1"), less for a course at their level or two levels up, 0 further
 * up, below 0 for one below their level (a native speaker's German course); undefined when the
 * person's level of that language is unknown.
 */
export function languageLevelFit(course: LanguageCourse, languages: readonly ProfileLanguage[]): number | undefined {
  const own = languages.find((l) => l.language === course.language);
  if (!own) return undefined;
  const level = LANGUAGE_RANK[own.level];
  const step = course.target - level;
  if (step < 0 || (step === 0 && course.entry < level)) return -1;
  if (step === 0) return LEVEL_STEP_FIT.same;
  if (step === 1) return 1;
  if (step === 2) return LEVEL_STEP_FIT.twoUp;
  return 0;
}

/** A course at the person's level (it consolidates it) and one two levels up (a long way), next to the next level's 1. */
const LEVEL_STEP_FIT = { same: 0.4, twoUp: 0.3 } as const;

/** Whom a course is meant for, by its title: pupils and school leavers, or adults with years of work behind them. */
export type CourseAudience = 'youth' | 'adult';

/**
 * Title words (folded, as word beginnings) of courses for pupils and school leavers: also the aptitude
 * tests firms give apprentices-to-be (Multicheck, Basic-Check, Einstellungstest), a day of careers
 * information (Berufsinfotag) and an application training for an apprenticeship (Bewerbungstraining
 * Ausbildung, Bewerbung für den Ausbildungsplatz), and a course for the apprenticeship to come («Englisch für die
 * Hotel-Lehre», «Deutsch und Mathe vor der EBA-Lehre»; the word alone, not «Farbenlehre»): none of them names a pupil,
 * all are for one.
 */
const YOUTH_TITLE =
  /\b(?:jugendlich|schueler|lehrstell|schnupper|berufswahl|berufsorientierung|schulabgaenger|oberstufe|multicheck|basic ?check|einstellungstest|ausbildungsplatz|berufsinfo|bewerbung\w*(?: \w+){0,2} ausbildung|ab 1[0-7]\b|abiturient|lehre\b)/;
/**
 * Title words of courses that presuppose an adult's working life: a return after a family break, a
 * retraining, a qualification for career changers or in parts (Teilqualifikation), a course for the over-fifties, the Swiss Berufsprüfung and höhere Fachprüfung,
 * a höhere Fachschule (HF) or Nachdiplomstudium (NDS), Meister, Fachwirt and the other «Geprüfte/r» of the chambers, an
 * Externenprüfung or Anpassungsqualifizierung (all of them ask for a finished vocational training or years of work in the
 * trade), and a course for those who train apprentices. Also the German courses of the state for adult
 * immigrants (Berufssprachkurs, Integrationskurs), a course for seniors, and one for trained staff («für
 * ausgebildete FaBe», «für diplomierte Pflegefachpersonen», «für IT-Fachkräfte», «für Berufsleute vom Bau»,
 * the «Refresher» of a certificate held).
 */
const ADULT_TITLE =
  /\b(?:wiedereinstieg|wiedereinsteig|umschulung|nachholbildung|erwachsene|quereinsteig|teilqualifi|50 ?plus|fachausweis|berufspruefung|hoehere fachpruefung|meister|fachwirt|gepruefte|externenpruefung|anpassungsqualifi|hf\b|nds\b|berufsbildner|berufssprachkurs|integrationskurs|senior|ausgebildete|diplomierte|fachkraefte|fachpersonen|berufsleute|refresher)/;

/** The age group a course's title names, or undefined (also when it names both: "für Jugendliche und Quereinsteigende"). */
export function courseAudience(title: string): CourseAudience | undefined {
  const folded = fold(title);
  const youth = YOUTH_TITLE.test(folded);
  const adult = ADULT_TITLE.test(folded);
  return youth === adult ? undefined : youth ? 'youth' : 'adult';
}

/**
 * A description's words (folded) saying a course is for adults only: a minimum age of 18 or more («Mindestalter 18
 * Jahre», «ab 18 Jahren», «volljährig»), or «für Erwachsene» (not «für Jugendliche und Erwachsene»), or years of work
 * it asks for («für erfahrene Fräser», «für Erzieher/innen mit Leitungserfahrung», «mit mehrjähriger Erfahrung»). Unlike a word
 * about pupils («Schüler willkommen»), an age limit in the description is a condition of the course.
 */
const ADULT_DESCRIPTION = /\b(?:mindestalter (?:1[89]|[2-9]\d)|ab (?:1[89]|[2-9]\d) jahr\w*|volljaehrig\w*|fuer erfahrene|mit (?:\w+ )?\w*erfahrung)\b|(?<!jugendliche und )(?<!jugendliche und junge )\bfuer erwachsene\b/;

/** The age group a course is meant for: as its title says (courseAudience), else adults when its description sets an adult's age (ADULT_DESCRIPTION). */
export function courseAudienceOf(course: { title: string; description?: string }): CourseAudience | undefined {
  return courseAudience(course.title) ?? (course.description && ADULT_DESCRIPTION.test(fold(course.description)) ? 'adult' : undefined);
}

/**
 * Words (folded) of a course for beginners, in its title or description: «für Einsteiger/innen», «für Anfänger», «für
 * Menschen ohne Zerspanungserfahrung», «ohne Vorkenntnisse», «kein Vorwissen nötig». Not «Grundkurs» or «Grundlagen»
 * alone (the KNX-Grundkurs or the Heidenhain Grundkurs «für Berufsleute» is a certificate course for the trade).
 */
const BEGINNER_WORDS =
  /\b(?:fuer (?:absolute |blutige )?(?:neu)?(?:einsteiger|anfaenger)\w*|ohne (?:\w+)?erfahrung|ohne (?:jede |\w+ )?vorkenntnis\w*|ohne vorwissen|kein vorwissen)/;

/** Whether a course is meant for beginners in its subject (BEGINNER_WORDS in its title or description). */
export function isBeginnerCourse(course: { title: string; description?: string }): boolean {
  return BEGINNER_WORDS.test(fold(course.title)) || (!!course.description && BEGINNER_WORDS.test(fold(course.description)));
}

/** A course title for people over 50 («Standortbestimmung 50+», «Bewerbungscoaching 50plus», «Bewerben ab 50»), lower case, not folded (folding drops the «+»). */
const OVER_FIFTY_TITLE = /\b50 ?(?:\+|plus\b)|\b(?:ab|über|ueber) 50\b/;

/** Whether a course's title says it is meant for people over 50 (OVER_FIFTY_TITLE). */
export function forOverFifties(title: string): boolean {
  return OVER_FIFTY_TITLE.test(title.toLowerCase());
}

/** From this age a person is one the courses «50+» are meant for. */
export const OVER_FIFTY_AGE = 50;

/**
 * Title words (folded) of courses meant for people in one situation: a return after a family break,
 * a change of trade (Umschulung, Teilqualifikation, for Quereinsteigende), and the measures of the
 * invalidity insurance or of vocational rehabilitation with a job coach.
 */
const SITUATION_TITLE: readonly (readonly [Situation, RegExp])[] = [
  ['returner', /\b(?:wiedereinstieg|wiedereinsteig|familienpause)/],
  ['career_changer', /\b(?:umschulung|quereinsteig|teilqualifi)/],
  ['supported', /\b(?:iv|reha\w*|jobcoach\w*|job coach\w*|unterstuetzte beschaeftigung|arbeitstraining|arbeitserprobung|integrationsmassnahme)\b/],
];

/** The situation a course's title says it is meant for, or undefined. */
export function courseSituation(title: string): Situation | undefined {
  const folded = fold(title);
  return SITUATION_TITLE.find(([, pattern]) => pattern.test(folded))?.[0];
}

/**
 * Title words (folded) of courses that lead an adult without a vocational qualification to one: the Swiss
 * Nachholbildung and Validierung, a Berufsabschluss or the two-year EBA «für Erwachsene» (not the EFZ of three or
 * four years: a long way for someone who never trained), the German Externenprüfung and Teilqualifikation, and a
 * course for workers «ohne Abschluss».
 */
const FIRST_QUALIFICATION_TITLE =
  /\b(?:nachholbildung|validierung|externenpruefung|teilqualifi|berufsabschluss fuer erwachsene|eba fuer erwachsene|ohne (?:berufs)?abschluss|ohne (?:berufs)?ausbildung|abschluss nachholen)/;

/** Whether a course's title says it leads adults without a vocational qualification to one (FIRST_QUALIFICATION_TITLE). */
export function leadsToFirstQualification(title: string): boolean {
  return FIRST_QUALIFICATION_TITLE.test(fold(title));
}

/**
 * A person's words saying they have no vocational qualification (folded): «habe keine Lehre gemacht», «keine
 * abgeschlossene Ausbildung», «ohne Berufsabschluss», «ungelernt», «angelernt», Swiss «kei Lehr». Not a wish
 * («keine Ausbildung mehr»).
 */
const NO_QUALIFICATION =
  /\b(?:(?:kein\w*|kei|ohne|nie)\s+(?:(?:abgeschlossene\w*|richtige\w*|eigentliche\w*|eine\w*)\s+)?(?:lehre|lehr|berufslehre|ausbildung|berufsausbildung|berufsabschluss)\b(?!\s+mehr\b)|ungelernt\w*|angelernt\w*|no (?:vocational|apprenticeship))/;

/** Whether the person's words say they have no vocational qualification (NO_QUALIFICATION). */
export function saysNoQualification(text: string | undefined): boolean {
  return !!text && NO_QUALIFICATION.test(fold(text));
}

/** The person's situation: as the profile holds it, else as their words hint at it. */
export function learnerSituation(person: { text?: string; situation?: Situation }): Situation | undefined {
  return person.situation ?? (person.text ? parseSituation(person.text) : undefined);
}

/** Situations of a person with a working life behind them. */
const ADULT_SITUATIONS: ReadonlySet<Situation> = new Set(['returner', 'career_changer', 'employed']);
/** Below this age a person is of school age (as for postings for adults only). */
const ADULT_AGE = 20;
/**
 * Which age group the person belongs to, or undefined when nothing says: a pupil or school leaver
 * (their situation, or an age below 20 in their words); an adult (an age of 20 or more, a situation
 * with a working life, or only permanent or temporary jobs wished for, no Lehrstelle nor Praktikum);
 * else as their words hint at a situation ("10. Klasse", "Umschulung"), as the conversation reads it.
 * The hint comes last: "die Kinder sind jetzt in der Schule" names a school, not the person's.
 */
export function learnerAudience(person: { text?: string; now: Date; situation?: Situation; kinds: readonly PositionKind[] }): CourseAudience | undefined {
  if (isSchoolAge(person.text, person.now, person.situation)) return 'youth';
  if (person.situation && ADULT_SITUATIONS.has(person.situation)) return 'adult';
  const age = person.text ? findDescribedAge(person.text, person.now) : undefined;
  if (age !== undefined && age >= ADULT_AGE) return 'adult';
  if (person.kinds.length > 0 && !person.kinds.some(isLearningKind)) return 'adult';
  const hinted = person.text ? parseSituation(person.text) : undefined;
  if (hinted === 'pupil' || hinted === 'school_leaver') return 'youth';
  return hinted && ADULT_SITUATIONS.has(hinted) ? 'adult' : undefined;
}

/**
 * The skills that are a car driving licence (Führerschein Klasse B, trailer BE): a licence most adults hold tells
 * nothing of their field, and as a word it pulls the courses of professional drivers (CZV, Klasse CE) for a carpenter.
 */
const CAR_LICENCES: ReadonlySet<string> = new Set(['lotse:skill/fuehrerschein-b', 'lotse:skill/anhaenger']);

/** Whether a skill is a car driving licence (CAR_LICENCES). */
export function isCarLicence(conceptId: string): boolean {
  return CAR_LICENCES.has(conceptId);
}

/** A car driving licence named in words: «Führerschein Klasse B», «den Führerausweis B und BE», «Fahrausweis Kat. B/BE». */
const CAR_LICENCE_WORDS =
  /(?:führerschein|führerausweis|fahrausweis|fahrerlaubnis|fuehrerschein|fuehrerausweis)\w*(?:\s+(?:der\s+|die\s+)?(?:klasse|kat\.?|kategorie))?\s+be?\b(?:\s*(?:und|&|\+|\/)\s*(?:(?:klasse|kat\.?|kategorie)\s+)?be\b)?/giu;

/** The words without a car driving licence (isCarLicence): what most adults hold is no word to search courses by. */
export function withoutCarLicence(text: string): string {
  return text.replace(CAR_LICENCE_WORDS, ' ');
}

/**
 * The languages to fit language courses to: those the profile names; when the person names no language at all
 * (neither in the profile nor among their skills: «Deutsch (B1)», «Englisch») and talks in German (a German
 * locale), German as their own language. Someone who needs a German course names their German; one who never
 * names a language is no learner of German (a master plumber was proposed the Berufssprachkurs Deutsch B1–B2).
 */
export function learnerLanguages(person: { languages?: readonly ProfileLanguage[]; locale: Locale; languageSkills: number }): readonly ProfileLanguage[] | undefined {
  if (person.languages?.length || person.languageSkills > 0 || !person.locale.startsWith('de')) return person.languages;
  return [{ language: 'de', level: 'native' }];
}

/**
 * Words after «für»/«for» that name no trade: the learners in general (Einsteiger, Fachkräfte, expats, professionals),
 * their kind of work or start (den Beruf, den Berufsstart, den Alltag), as folded words. Age groups and situations
 * are read as such (YOUTH_TITLE, ADULT_TITLE, SITUATION_TITLE) and name no trade either.
 */
const NO_TRADE_WORDS: ReadonlySet<string> = new Set([
  'einsteiger', 'einsteigende', 'einsteigerinnen', 'anfaenger', 'anfaengerinnen', 'beginner', 'beginners', 'umsteiger', 'umsteigende',
  'fortgeschrittene', 'profis', 'praktiker', 'anwender', 'anwenderinnen', 'nutzer', 'interessierte', 'alle', 'jedermann',
  'fachkraefte', 'fachkraft', 'fachleute', 'fachpersonen', 'mitarbeitende', 'mitarbeiter', 'mitarbeiterinnen', 'beschaeftigte', 'angestellte',
  'fuehrungskraefte', 'selbststaendige', 'internationale', 'auslaendische', 'zugewanderte', 'migrantinnen', 'migranten', 'gefluechtete',
  'frauen', 'maenner', 'muetter', 'eltern', 'aeltere', 'juengere', 'expats', 'professionals', 'internationals', 'newcomers', 'people', 'everyone',
  'beruf', 'berufe', 'berufsleben', 'berufsalltag', 'berufsstart', 'berufseinstieg', 'einstieg', 'alltag', 'arbeit', 'job', 'work', 'praxis',
  'azubis', 'auszubildende', 'abiturienten', 'abiturient', 'angehende', 'berufseinsteiger', 'berufsumsteiger', 'leute', 'inhaber', 'menschen', 'personen', 'personal', 'verantwortliche', 'status',
  'handwerker', 'handwerk', 'handwerksberufe', 'hilfskraefte', 'helfer', 'helfende', 'teamleitende', 'teamleiter', 'vorgesetzte', 'key',
  'grenzgaenger', 'grenzgaengerinnen', 'user', 'users',
  'taetigkeiten', 'pruefung', 'kmu', 'unternehmen', 'betriebe', 'firmen', 'it-profis',
]);

/**
 * The trades a course's title says it is meant for: the first noun after each «für»/«for» up to a bracket, colon
 * or dash that names a trade («Deutsch für die Küche A2–B1» → Küche, «German B1 for IT professionals» → IT,
 * «Kinderernährung für Köchinnen und Köche» → Köchinnen, «Elektrofachkraft für festgelegte Tätigkeiten (EFKffT) für
 * Mechaniker» → Mechaniker), folded; none for a course for learners in general («für Einsteiger», «for expats»,
 * «für den Beruf»), for an age group or a situation («für Quereinsteiger», «für Jugendliche»). A noun is a word
 * written with a capital (a German noun, an English title's name); returned as written.
 */
export function courseTrades(title: string): string[] {
  const trades: string[] = [];
  for (const m of title.matchAll(/(?:^|[^\p{L}])(?:für|fuer|for)\s+([^()[\]:;,–—]+)/giu)) {
    // «Kaufmann/-frau für Büromanagement», «Fachkraft für Lagerlogistik»: the name of an occupation, not whom it is for.
    if (OCCUPATION_BEFORE.test(title.slice(0, m.index + 1))) continue;
    for (const word of m[1]!.split(/[\s/-]+/)) {
      if (!/^\p{Lu}/u.test(word)) continue;
      const folded = fold(word).replace(/ /g, '');
      if (!folded || CEFR_LEVEL.test(folded) || folded.endsWith('sprachige') || NO_TRADE_WORDS.has(folded) || STOPWORDS.has(folded)) continue;
      if (YOUTH_TITLE.test(folded) || ADULT_TITLE.test(folded) || SITUATION_TITLE.some(([, p]) => p.test(folded))) break;
      trades.push(word);
      break;
    }
  }
  return trades;
}

const CEFR_LEVEL = /^[abc][12]$/;
/** The end of an occupation's name that «für» continues: «…/in», «…/-frau», «Fachkraft», «Fachwirt», «Kaufmann». */
const OCCUPATION_BEFORE = /(?:\/\s*-?\s*(?:in|innen|frau|r)|kraft|mann|frau|wirt)\s*$/iu;
/** Shortest trade word matched inside a longer word («Installateure» in «Elektroinstallateur»); shorter ones (IT, Kfz) match whole. */
const MIN_TRADE_PART = 4;

/** Letters a trade word shares with the person's word at its start to be one trade («Instandhalter», «Instandhaltung»; «Zimmerleute», «Zimmermann»). */
const SHARED_STEM = 6;

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Whether a person's words (and their skills' words) name one of the trades a course is meant for: the same stem
 * («Köchin» for «Köche»), or one inside the other's compound («Elektroinstallateur» for «Installateure»,
 * «Lagerlogistik» for «Lager»); a short word (IT, Kfz) only as itself.
 */
export function namesTrade(trades: readonly string[], words: string): boolean {
  return tradeReader(words)(trades);
}

/**
 * namesTrade for one person's words, their stems worked out once: a search asks it for every candidate course.
 */
export function tradeReader(words: string): (trades: readonly string[]) => boolean {
  const own = [...new Set(fold(words).split(' ').filter(Boolean).map(stemKey))];
  const namesOne = (trade: string): boolean => {
    const key = stemKey(fold(trade).replace(/ /g, ''));
    // A short word as itself, an abbreviation as written («IT», not the English «it»).
    if (key.length < MIN_TRADE_PART) return new RegExp(`(?<![\\p{L}\\d])${trade.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, trade === trade.toUpperCase() ? 'u' : 'iu').test(words);
    // «-leute» is the plural of «-mann» and «-frau» («Kaufleute» for a «Kauffrau»).
    const base = fold(trade).replace(/ /g, '').match(/^(.{3,})leute$/)?.[1];
    const keys = base ? [key, stemKey(`${base}mann`), stemKey(`${base}frau`)] : [key];
    return own.some((w) => keys.some((k) => w.includes(k) || (w.length > MIN_TRADE_PART && k.includes(w)) || commonPrefix(w, k) >= Math.min(SHARED_STEM, k.length)));
  };
  return (trades) => trades.some(namesOne);
}

/**
 * The names of the taxonomy's trade fields, as a course title names the trade a course is for («German for IT
 * professionals», «Deutsch für die Gastronomie»). Learners in general (transversal, languages, ESCO's rest) have none.
 */
const FIELD_TRADE_NAMES: Readonly<Partial<Record<TaxonomyField, readonly string[]>>> = {
  it: ['IT', 'Informatik'],
  elektro: ['Elektro', 'Elektrotechnik'],
  metall: ['Metall', 'Metallbau'],
  bau: ['Bau', 'Baustelle'],
  logistik: ['Logistik', 'Lager'],
  gesundheit: ['Gesundheit', 'Pflege'],
  gastro: ['Gastronomie', 'Gastro', 'Hotellerie'],
  detailhandel: ['Detailhandel', 'Einzelhandel', 'Verkauf'],
  kaufmaennisch: ['Büro', 'Verwaltung'],
};

/** What namesTrade needs to know of the taxonomy: a concept's names and field. */
export interface TradeFacts {
  names?(conceptId: string): readonly string[];
  fieldOf?(conceptId: string): string | undefined;
}

/**
 * The other names of a person's trade (see GapQuery.tradeWords): their occupations' labels and synonyms («FaGe» for
 * «Fachfrau Gesundheit»), and the names of the fields their occupations and skills are in («IT» for a developer).
 */
export function tradeNames(occupations: readonly string[], skills: readonly string[], facts: TradeFacts): string {
  const names = new Set<string>();
  for (const id of occupations) for (const n of facts.names?.(id) ?? []) names.add(n);
  for (const id of [...occupations, ...skills]) for (const n of FIELD_TRADE_NAMES[facts.fieldOf?.(id) as TaxonomyField] ?? []) names.add(n);
  return [...names].join('\n');
}
