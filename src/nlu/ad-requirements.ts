/**
 * The words a job ad asks for, read from where ads list them: the task and requirement sections
 * ("Aufgaben", "Dein Profil", "Anforderungen", "Was du mitbringst", "Qualifikation") up to the
 * section of what is offered ("Benefits", "Wir bieten"), and anywhere after a cue ("Kenntnisse in
 * SAP MM", "Erfahrung mit Excel", "Umgang mit Stücklisten"). Ads arrive with their line breaks
 * collapsed, so a section is found by its heading, not by its bullets.
 *
 * Each candidate is one noun-like word (or a run of them: "Master Data Management") with its span;
 * the caller resolves it to a concept or keeps it as the posting's own skill word. Precision guard:
 * nothing from the offer section, no adjectives, no generic nouns of ads ("Erfahrung", "Team",
 * "Arbeitszeiten", "Partner"), no languages. An ad without any heading asks for what its text names.
 *
 * A word the phrase reading leaves open may still be a skill's name ("Mahnlauf", "Teamplayer") or a
 * compound whose second part names one ("Direktvertrieb"); and a single word is read only as a skill
 * of a trade the ad's exact phrases name (`adFields`): "Pflege des Prüfkatalogs" in a test engineer's
 * ad is no nursing.
 */
import type { SkillLexicon } from '../matching/taxonomy/layers';
import { stemKey } from '../matching/taxonomy/normalize';
import type { Locale } from '../profile/types';
import type { SkillSuggestion } from '../services/ports';
import type { ResolvedSkill } from './skill-resolver';
import { fold } from './tokens';

/** A whole-name match (label or synonym) of the lexicon. */
const NAME_CONFIDENCE = 0.95;
/** A match by the same stems only ("Priorisierung" for "Priorisieren", "Schichten" for "Schicht"): a name when the word is one of its inflections (inflectionOf). */
const STEM_CONFIDENCE = 0.8;
/** Shorter words are everyday words before they are names ("Büro", "Story", "Lohn"). */
const MIN_NAME = 6;

/**
 * Headings that open a section of tasks or requirements (after the end of a sentence, or with a possessive),
 * the possessive headings of the work itself ("Ihr Job", "Dein Arbeitsfeld", "Deine Mission"; "Verantwortung für …"
 * is a phrase of the text, no heading), and the
 * headings written as a clause ("Worum es geht", "Was du konkret machst", "Was dich auszeichnet", "Wen wir suchen").
 */
const OPENING =
  /\b(?:Ihr|Dein)\s+(?:Job|Arbeitsfeld|Aufgabenbereich|Einsatzgebiet|Einsatzbereich|Wirkungsfeld|Tätigkeitsfeld|Part)\b|\b(?:Ihre|Deine)\s+(?:Mission|Rolle|Herausforderungen|Tätigkeit|Aufgabe)\b|(?:^|[^\p{L}\p{N}\s,]\s*|\b(?:Ihre|Deine|Dein|Ihr|Unsere|Was|Das|Damit)\s+)(?:Aufgaben|Tätigkeiten|Aufgabengebiet|Verantwortung(?!\s+(?:für|über)\b)|Qualifikation(?:en)?|Profil|Anforderungen|Anforderungsprofil|Voraussetzungen|Kenntnisse|du\s+mitbringst|du\s+mitbringen\s+(?:solltest|musst|kannst)|Sie\s+mitbringen|bringst\s+du\s+mit|bringen\s+Sie\s+mit|überzeugt\s+uns)\b|\b(?:Worum\s+es\s+geht|Darum\s+geht(?:'|’)?s|Was\s+du\s+(?:\p{Ll}+\s+)?(?:machst|tust|bewegst)|Was\s+Sie\s+(?:\p{Ll}+\s+)?(?:machen|tun|bewegen)|Das\s+(?:machst|tust|bewegst)\s+du|(?:Was|Das)\s+(?:dich|Sie)\s+(?:erwartet|auszeichnet)|Das\s+(?:erwartet|zeichnet)\s+(?:dich|Sie)|Wen\s+wir\s+suchen|Was\s+wir\s+(?:von\s+(?:dir|Ihnen)\s+)?erwarten|Was\s+wir\s+uns\s+wünschen|Das\s+wünschen\s+wir\s+uns)\b|(?<!\p{L})Über\s+(?:[Dd]ich|die\s+(?:Rolle|Stelle|Position))(?=\s+\p{Lu})/gu;

/**
 * A heading standing alone, as the ads' collapsed lists leave it ("ab sofort Aufgaben Planung und …"):
 * followed by a capitalised word, not after an article or an inflected adjective ("spannende Aufgaben"),
 * and the headings English ads use.
 */
const BARE_OPENING =
  /(?<!\b(?:die|der|den|des|dem|und|oder|für|mit|von))(?<=(\p{L}*)\s)(?:Aufgaben|Tätigkeiten|Aufgabengebiet|Qualifikation(?:en)?|Anforderungen|Anforderungsprofil|Voraussetzungen|Was\s+erwartet\s+(?:Sie|dich)\??)(?=\s*[:\-–•]?\s*\p{Lu})|\b(?:Your\s+(?:[Tt]asks|[Rr]esponsibilities|[Pp]rofile|[Rr]ole|[Ss]kills|[Mm]ission|[Ii]mpact)|Responsibilities|Requirements|Qualifications|Tasks|What\s+[Yy]ou(?:['’]ll|\s+will)?\s+(?:get\s+to\s+)?(?:[Dd]o|[Bb]ring|be\s+doing)|What\s+it\s+takes|Who\s+you\s+are|About\s+you|What\s+we(?:['’]re|\s+are)\s+looking\s+for)\b/gu;

/** The endings of an inflected adjective, and of a verb's infinitive. */
const INFLECTED_ENDING = /(?:e|en|er|es|em)$/u;

/**
 * What the word before a bare heading is: an adjective that describes it ("spannende Aufgaben", "Abwechslungsreiche
 * Tätigkeiten" among the benefits: no heading), a noun with an adjective's ending that ends the previous list item
 * ("… Personalentwicklungsmaßnahmen Qualifikation Mehrjährige …") or a verb before a heading that opens a task
 * clause ("… statt nur verwalten Aufgaben Du verantwortest …"): a weak heading; or any other word.
 */
function wordBefore(word: string, after: string): 'plain' | 'noun' | 'adjective' {
  if (!INFLECTED_ENDING.test(word)) return 'plain';
  if (/^\s*[:\-–•]?\s*(?:Du|Sie)\s+\p{Ll}/u.test(after) || HEADING_NEXT.test(after)) return 'noun';
  return !/^\p{Lu}/u.test(word) || (ADJECTIVE.test(fold(word)) && !NOUN_ENDING.test(fold(word))) ? 'adjective' : 'noun';
}

/** A heading right after the bare one ("… mitgestalten Qualifikation Was du mitbringen solltest …"): the bare one is a heading too. */
const HEADING_NEXT = new RegExp(`^\\s*[:\\-–•]?\\s*(?:${OPENING.source})`, 'u');

/** A heading's place: where a section opens or closes; a weak opening does not end an offer section. */
interface Mark {
  at: number;
  open: boolean;
  weak?: boolean;
}

/**
 * Headings that open what the employer offers or tells about itself: its nouns are not asked for.
 * "Benefits" coordinated with other nouns ("Compensation, Performance-Management & Benefits") is a field of HR work, no heading.
 * "Unser Angebot" before a verb is the object of a task ("Unser Angebot weiterentwickeln, skalieren"), no heading.
 * "Kontakt" is also a word of the work ("Spaß am direkten Kontakt zum Kunden"): a heading only where
 * no article, preposition or inflected adjective stands before it.
 */
const CLOSING =
  /(?<!(?:&|,|\bund|\band|\bsowie)\s)\bBenefits\b|\b(?:Wir\s+[Bb]ieten|Was\s+[Ww]ir\s+(?:dir|Ihnen)?\s*[Bb]ieten|bieten\s+wir|Unser\s+Angebot(?!\s+\p{Ll}+(?:en|eln|ern)[\s,])|Deine\s+Vorteile|Ihre\s+Vorteile|(?:Ihr|Dein)\s+Vorteil(?=\s+\p{Lu})|Deine\s+Benefits|Ihre\s+Benefits|Find\s+Jobs|What\s+we\s+offer|We\s+offer|What\s+you\s+can\s+(?:look\s+forward\s+to|expect)|Why\s+(?:us|join\s+us))\b|(?<!\b(?:der|den|dem|des|die|das|ein|einen|einem|im|am|zum|zur|in|mit|von|für|auf|\p{L}+(?:e|en|er|es|em))\s)\bKontakt\b|(?<!\p{L})Über\s+uns\b/gu;

/** CLOSING without the global flag, for a plain test. */
const CLOSING_TEST = new RegExp(CLOSING.source, 'u');

/** Cues after which the next nouns are what is asked for, wherever they stand. */
const CUE = /\b(?:Kenntnisse|Kenntnissen|Erfahrung|Erfahrungen|Know-how|Knowhow|Umgang|Expertise|Verständnis|Sicherheit|Affinität)\s+(?:in|im|mit|von|der|des|für|zu|zur|zum|bei|auf)\s+/gu;

/** Nouns ads use for everything: the job, the company, the people, the terms, the degree, the language. */
const GENERIC = new Set(
  [
    'aufgaben', 'aufgabe', 'qualifikation', 'qualifikationen', 'profil', 'anforderungen', 'erfahrung', 'erfahrungen', 'berufserfahrung', 'kenntnisse', 'kenntnissen',
    'grundkenntnisse', 'fachkenntnisse', 'vorkenntnisse', 'bereich', 'bereichen', 'umfeld', 'rahmen', 'unterstuetzung', 'mitarbeit', 'bereitschaft', 'freude', 'spass',
    'interesse', 'motivation', 'ausbildung', 'studium', 'abschluss', 'weiterbildung', 'qualifizierung', 'jahre', 'jahren', 'jahr', 'team', 'teams', 'kollegen',
    'kolleginnen', 'unternehmen', 'firma', 'kunden', 'kundinnen', 'partner', 'partnern', 'partnerunternehmen', 'auftrag', 'auftraggeber', 'standort', 'standorte',
    'arbeitszeiten', 'arbeitszeit', 'arbeitsplatz', 'gehalt', 'verguetung', 'urlaub', 'homeoffice', 'bewerbung', 'lebenslauf', 'stelle', 'position', 'rolle',
    'deutsch', 'englisch', 'franzoesisch', 'italienisch', 'deutschkenntnisse', 'englischkenntnisse', 'sprachkenntnisse', 'wort', 'schrift', 'vorteil', 'plus',
    'idealerweise', 'sie', 'du', 'wir', 'ihr', 'ihre', 'dein', 'deine', 'uns', 'unser', 'unsere', 'einsatz', 'zukunft', 'perspektive', 'moeglichkeit', 'moeglichkeiten',
    'arbeit', 'arbeiten', 'taetigkeit', 'taetigkeiten', 'art', 'weise', 'sinne', 'teil', 'ziel', 'ziele', 'zeit', 'ende', 'beginn', 'start', 'tag', 'woche', 'monat',
    'hand', 'blick', 'fokus', 'mensch', 'menschen', 'welt', 'markt', 'produkte', 'produkten', 'themen', 'thema', 'fragen', 'sachen', 'dinge', 'mitarbeitende',
    'mitarbeiter', 'mitarbeitern', 'mitarbeiterinnen', 'kandidaten', 'quereinsteiger', 'einarbeitung', 'feld', 'lage', 'fall', 'vollzeit', 'teilzeit', 'remote',
    'aufbau', 'entwicklung', 'verantwortung', 'durchfuehrung', 'umsetzung', 'betreuung', 'sicherheit', 'verstaendnis', 'ansprechpartner', 'schnittstelle',
    'dabei', 'auch', 'zudem', 'desweiteren', 'des weiteren', 'ausserdem', 'zusaetzlich', 'gerne', 'ebenso', 'sowie', 'hierbei', 'dazu', 'darueber', 'vor', 'allem',
    'gespuer', 'potenzial', 'abteilung', 'region', 'geschaeftsfuehrung', 'leitung', 'vorgesetzten', 'anwendern', 'nutzer', 'nutzern', 'tools', 'systeme',
    // The English headings, which stand inside an open section too ("… Tasks … Requirements …").
    'tasks', 'requirements', 'responsibilities', 'qualifications',
    // Degrees, named with an adjective too ("Zweites Juristisches Staatsexamen").
    'staatsexamen', 'examen', 'diplom',
  ].map((w) => fold(w)),
);

/** Capitalised adjectives and participles at the start of a list item ("Mehrjährige", "Abgeschlossene", "Sehr", "Gute"). */
const ADJECTIVE = /(?:ig|lich|isch|bar|sam|haft|iv|ell|al|ene|enen|ener|ende|enden|ender|(?:iert|ert|et)(?:e|er|es|en)|ige|iger|igen|iges|iche|icher|ichen|isches|ische|ischen|ive|iven|elle|ellen|ale|alen|gute|guter|gutes|guten|sicher|sichere|sicherer|sicheres|sicheren|solide|soliden|sehr|hohe|hoher|hohes|hohen|erste|ersten|neue|neuen|neuer)$/u;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#./&-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu;

/** One candidate: the words and where they stand. */
export interface AdCandidate {
  text: string;
  span: [number, number];
}

/**
 * The employer's voice: "wir", "uns", "unser…", "Sie"/"du" addressed, "we", "our", "you". A task list written as
 * bare nouns ("Projektleitung zugewiesener Bauprojekte … Pflege der Stücklisten") speaks in none of them.
 */
const EMPLOYER_VOICE = /\b(?:wir|Wir|uns|unser\p{L}*|Unser\p{L}*|Sie|du|Du|dich|dein\p{L}*|Dein\p{L}*|Ihr\p{L}*|ihr|euch|we|We|our|Our|us|you|You)\b/u;

/** An introduction tells what the employer is and has: a copula ("TMC GmbH ist ein führender Hersteller"). */
const INTRODUCTION = /\b(?:ist|sind|war|waren|hat|haben|bietet|bieten|is|are|has|have)\b/u;

/** Text before an ad's first heading that is already its task list (see EMPLOYER_VOICE), not an introduction. */
function bareTaskList(text: string): boolean {
  return /\p{L}{4,}/u.test(text) && !EMPLOYER_VOICE.test(text) && !INTRODUCTION.test(text) && !CLOSING_TEST.test(text);
}

/**
 * A full stop standing alone between blocks ("… Mittelständlers. . Termingerechte …", "… ab .Abgeschlossenes …"): where
 * a source dropped the headings of its lists, it leaves the blocks of the ad split by a stray full stop.
 */
const LONE_STOP = /(?<=\s)\.(?=\s*\p{L})/gu;

/**
 * An ad in four such blocks is the source's layout of introduction, tasks, requirements and offer (its headings
 * dropped): the second block opens what is asked for, the fourth is the offer. Any other count is no such layout.
 */
function headlessBlocks(text: string): { open: number; close: number } | undefined {
  const stops = [...text.matchAll(LONE_STOP)].map((m) => m.index!);
  if (stops.length !== 3) return undefined;
  const bounds = [0, ...stops, text.length];
  // Each block has words of its own: no empty block between two stops.
  for (let i = 1; i < bounds.length; i++) if (!/\p{L}{3,}/u.test(text.slice(bounds[i - 1]! + (i > 1 ? 1 : 0), bounds[i]))) return undefined;
  return { open: stops[0]! + 1, close: stops[2]! };
}

/** Character ranges of the task and requirement sections (open) or of what is offered (closed). */
function sections(text: string, open = true): [number, number][] {
  const bare = [...text.matchAll(BARE_OPENING)].flatMap((m) => {
    const before = m[1] === undefined ? 'none' : wordBefore(m[1], text.slice(m.index! + m[0].length));
    return before === 'adjective' ? [] : [{ at: m.index! + m[0].length, open: true, weak: before === 'noun' }];
  });
  const openings: Mark[] = [...[...text.matchAll(OPENING)].map((m) => ({ at: m.index! + m[0].length, open: true })), ...bare];
  const blocks = headlessBlocks(text);
  if (blocks) openings.push({ at: blocks.open, open: true });
  // An ad without any heading (tasks and requirements given as the whole text) asks for what it names from the start;
  // so does one whose text before its first heading is a bare task list, not the employer telling about itself.
  const body = Math.max(0, text.indexOf('\n') + 1);
  const first = Math.min(...openings.map((o) => o.at));
  if (openings.length === 0 || (first > body && bareTaskList(text.slice(body, first)))) openings.push({ at: body, open: true });
  const closings: Mark[] = [...text.matchAll(CLOSING)].map((m) => ({ at: m.index!, open: false }));
  if (blocks) closings.push({ at: blocks.close, open: false });
  // A heading after a noun ending in -en is weaker: among the benefits it is a word of an offer ("… wie Fachberater Qualifikationen").
  let offered = false;
  const marks = [...openings, ...closings]
    .sort((a, b) => a.at - b.at)
    .filter((mark) => {
      if (mark.weak && offered) return false;
      offered = !mark.open;
      return true;
    });
  const out: [number, number][] = [];
  let from: number | undefined;
  for (const mark of marks) {
    if (mark.open === open && from === undefined) from = mark.at;
    else if (mark.open !== open && from !== undefined) {
      out.push([from, mark.at]);
      from = undefined;
    }
  }
  if (from !== undefined) out.push([from, text.length]);
  return out;
}

/** Where an ad tells what it offers ("Wir bieten: flexible Arbeitszeiten, einen zuverlässigen Partner"): nothing there is asked for. */
export function adOfferRanges(text: string): [number, number][] {
  return sections(text, false);
}

/** Where a cue's object stands: up to the end of its clause. */
function cueRanges(text: string): [number, number][] {
  return [...text.matchAll(CUE)].map((m) => {
    const from = m.index! + m[0].length;
    const rest = text.slice(from);
    const stop = rest.search(/[.;:!?\n()]|\s(?:und|oder|sowie)\s+(?:\p{Ll}|Sie\b|du\b)|\s(?:sowie|runden|haben|sind|bist|hast|bringen|bringst|wünschenswert|von\s+Vorteil)\b/u);
    return [from, from + (stop < 0 ? Math.min(rest.length, 80) : stop)];
  });
}

/** Job titles: an ad names the trade it wants ("Ausbildung als Industriekaufmann"), which is no skill. */
const TITLE =
  /(?:kaufmann|kauffrau|kaufleute|techniker|elektroniker|informatiker|ingenieur|meister|leiter|berater|manager|entwickler|mitarbeiter|assistent|referent|sachbearbeiter|spezialist|koordinator|fachkraft|helfer|monteur|mechaniker|mechatroniker|elektriker|fachmann|fachfrau|korrespondent|specialist|engineer|developer)(?:in|innen|en|s)?$/u;

/**
 * Nouns whose last letters look like an adjective's ending: -schaft ("Finanzwirtschaft", not "-haft"),
 * -modell ("Datenmodellen", not "-ell"), -plan ("Wirtschaftsplänen", not "-enen"), -quelle, -anzeige,
 * -initiative, -vergleich, -material … A capitalised word with one of these endings is a noun.
 */
const NOUN_ENDING =
  /(?:schaft|schaften|modell|modelle|modellen|plaene|plaenen|quelle|quellen|anzeige|anzeigen|initiative|initiativen|perspektive|perspektiven|alternative|alternativen|vergleich|vergleiche|vergleichen|tabelle|tabellen|material|materialien|personal|portal|portale|portalen|kanal|signal|signale|signalen|terminal|archiv|archive|archiven|potenzial|potential|auftreten)$/u;

/** Function words of English and of German prose: an ad that uses more of the first is written in English. */
const ENGLISH_FUNCTION = /\b(?:the|and|of|with|you|your|to|for|our|we|are|is|an|will|as|on|or)\b/g;
const GERMAN_FUNCTION = /\b(?:und|der|die|das|mit|für|Sie|du|dein|deine|Ihre|wir|ist|sind|ein|eine|von|zu|oder|auf|bei)\b/g;

/** Whether an ad is written in English ("What you bring: … experience with reporting …"). */
export function writtenInEnglish(text: string): boolean {
  return (text.match(ENGLISH_FUNCTION)?.length ?? 0) > 2 * (text.match(GERMAN_FUNCTION)?.length ?? 0);
}

/**
 * English words of a requirement list that ask for nothing themselves ("strong", "experience", "preferred"); the
 * others are read as candidates in lower case, since English writes its nouns so ("reporting", "storytelling").
 */
const ENGLISH_PLAIN = new Set([
  'also', 'able', 'ability', 'abilities', 'advantage', 'background', 'based', 'both', 'closely', 'degree', 'demonstrated', 'ensure', 'ensuring',
  'excellent', 'experience', 'experienced', 'expertise', 'familiarity', 'familiar', 'fluent', 'from', 'good', 'great', 'have', 'high', 'ideally',
  'including', 'into', 'knowledge', 'least', 'level', 'like', 'more', 'must', 'nice', 'other', 'plus', 'preferred', 'preferably', 'proficiency',
  'proficient', 'proven', 'relevant', 'related', 'similar', 'skills', 'solid', 'spoken', 'strong', 'such', 'that', 'their', 'them', 'they', 'this',
  'those', 'through', 'understanding', 'using', 'very', 'well', 'what', 'when', 'where', 'which', 'while', 'willingness', 'within', 'work',
  'working', 'written', 'year', 'years', 'would', 'should', 'could', 'english', 'german', 'french', 'team', 'teams', 'role', 'company', 'people',
  'across', 'others', 'about', 'with', 'your', 'will', 'we', 'our', 'the',
]);

/** A word in lower case, as English writes its nouns. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u;

/**
 * The endings of English nouns of an activity, a field or a quality and of the adjectives of a quality
 * ("reporting", "procurement", "documentation", "leadership", "analytical"): a word in lower case names a skill
 * only so; "store", "garage", "tailor", "mobile" are things and everyday words.
 */
const ENGLISH_SKILL_WORD = /(?:ing|ment|tion|sion|ity|ance|ence|ics|ship|ical|ional|ive)$/u;

/** Whether an English candidate in lower case may name a skill: its last word has one of those endings. */
export function englishSkillWords(text: string): boolean {
  return ENGLISH_SKILL_WORD.test(text.slice(text.lastIndexOf(' ') + 1));
}

function candidateWord(word: string, english = false): boolean {
  const key = fold(word);
  if (TITLE.test(key)) return false;
  if (english && LOWER_WORD.test(word)) return key.length >= 4 && !ENGLISH_PLAIN.has(key) && !GENERIC.has(key);
  if (/^[A-Z0-9][A-Z0-9+#./-]{1,7}$/.test(word) && /[A-Z]/.test(word)) return !/^(?:M|W|D|MWD|GMBH|AG|CH|DE|EU|UND|IT)$/.test(word.replace(/[/.]/g, ''));
  if (!/^\p{Lu}/u.test(word) && !/^\p{Ll}+[A-Z]/u.test(word)) return false;
  if (key.length < 4 || GENERIC.has(key) || GENERIC.has(key.replace(/-.*$/, ''))) return false;
  return NOUN_ENDING.test(key) || !ADJECTIVE.test(key);
}

/** Adjectives of degree, number or order ("sehr", "gute", "hohe", "erste", "sichere"): they name no quality of their own. */
const DEGREE_ADJECTIVE = /^(?:gut|sehr|hoh|hoch|erst|neu|sicher|solid|viel|weit|ganz|gro(?:ss|ß)|klein|all|ander|eigen|einig|mehrer|weiter|jeweil|folgend|entsprechend|vergleichbar|ideal|relevant|moeglich|notwendig|erforderlich|taeglich|laufend)/u;

/**
 * The adjective that stands right before a list word, inflected as an attribute of it ("kreative Ideen",
 * "kommunikative Sensibilität", "lösungsorientiertes Arbeiten", "künstliche Intelligenz"), with its span: the
 * two are one requirement, which the list word alone does not name. Degree and order words ("gute", "erste")
 * are none.
 */
export function attributeBefore(text: string, span: [number, number]): [number, number] | undefined {
  const m = /(?:^|[\s(„"])(\p{L}{5,})\s$/u.exec(text.slice(Math.max(0, span[0] - 40), span[0]));
  if (!m) return undefined;
  const word = m[1]!;
  const key = fold(word);
  if (!INFLECTED_ENDING.test(key) || !ADJECTIVE.test(key) || NOUN_ENDING.test(key) || DEGREE_ADJECTIVE.test(key) || TITLE.test(key)) return undefined;
  const at = span[0] - word.length - 1;
  return [at, at + word.length];
}

/** The single words of a candidate of several words (a slash lists items too: "R/SPSS/STATA"), each with its span; none for a single word. */
export function candidateWords(candidate: AdCandidate): AdCandidate[] {
  const words = [...candidate.text.matchAll(/[^\s/]+/g)];
  if (words.length < 2) return [];
  return words.map((m) => ({ text: m[0], span: [candidate.span[0] + m.index!, candidate.span[0] + m.index! + m[0].length] }));
}

/** Where an ad asks for something: its task and requirement sections and the objects of its cues, in text order. */
export function adRequirementRanges(text: string): [number, number][] {
  // A cue's clause ends where the offer begins: collapsed lists run "Umgang mit Excel Ihr Vorteil Flexible Arbeitszeitmodelle" on.
  const offers = sections(text, false);
  const cues = cueRanges(text).map(([from, to]): [number, number] => [from, Math.min(to, ...offers.filter(([at]) => from <= at && at < to).map(([at]) => at))]);
  return [...sections(text), ...cues.filter(([from, to]) => to > from)].sort((a, b) => a[0] - b[0]);
}

/** The candidates of an ad (see the module comment), in text order, without overlaps. */
export function adRequirementCandidates(text: string): AdCandidate[] {
  const ranges = adRequirementRanges(text);
  const english = writtenInEnglish(text);
  const out: AdCandidate[] = [];
  let covered = 0;
  for (const [from, to] of ranges) {
    const start = Math.max(from, covered);
    if (start >= to) continue;
    let run: AdCandidate | undefined;
    for (const m of text.slice(start, to).matchAll(WORD)) {
      const at = start + m.index!;
      const word = m[0];
      // In an English ad, words in lower case form runs of their own ("Manage office" is a verb and its object).
      const joined = run && /^[ ]$/.test(text.slice(run.span[1], at)) && (!english || LOWER_WORD.test(word) === !/\p{Lu}/u.test(run.text));
      if (candidateWord(word, english)) {
        if (run && joined) run = { text: text.slice(run.span[0], at + word.length), span: [run.span[0], at + word.length] };
        else {
          if (run) out.push(run);
          run = { text: word, span: [at, at + word.length] };
        }
      } else if (run) {
        out.push(run);
        run = undefined;
      }
    }
    if (run) out.push(run);
    covered = to;
  }
  return out;
}

/** First parts that are verb prefixes, not nouns: "Durch|führung", "Vor|bereitung", "Über|wachung" are no compounds of "Führung". */
const PREFIX = /^(?:durch|vor|voraus|aus|ein|an|ab|auf|be|ge|ver|zer|ent|er|emp|unter|ueber|um|nach|mit|zu|zusammen|weiter|fort|her|hin|wieder|gegen|miss|hinter|neben)$/;
/** A first part ending in a verb prefix cuts a word inside its verb: "Reisekostenab|rechnungen". */
const ENDS_IN_PREFIX = /(?:ab|an|auf|aus|be|ver|er|ent|ge|vor|zu|ein|ueber|unter|nach|um|durch)$/;
const MIN_HEAD = 8;
const MIN_MODIFIER = 4;

/**
 * The second parts of a one-word compound that may name what it is a kind of, longest first
 * ("Kreditrisikomanagement" → "Risikomanagement", "Management"; "Direktvertrieb" → "Vertrieb").
 * Each part is returned capitalised with its span in the word; a first part that is only a verb
 * prefix or shorter than a noun is no compound.
 */
export function compoundHeads(word: string): { text: string; offset: number }[] {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
  const out: { text: string; offset: number }[] = [];
  for (let cut = MIN_MODIFIER; word.length - cut >= MIN_HEAD; cut++) {
    const modifier = fold(word.slice(0, cut)).replace(/s$/, '');
    if (modifier.length < MIN_MODIFIER - 1 || PREFIX.test(modifier) || ENDS_IN_PREFIX.test(modifier) || !/[aeiouäöüy]/.test(modifier)) continue;
    const head = word.slice(cut);
    // A degree or a generic noun as the second part says nothing of a skill ("Hochschul|abschluss").
    if (GENERIC.has(fold(head))) continue;
    out.push({ text: head[0]!.toUpperCase() + head.slice(1), offset: cut });
  }
  return out;
}

/**
 * Second parts that name only the kind of thing a skill is used in or on: software, tools, systems,
 * solutions, platforms, environments, processes, projects, modules ("Statistiksoftware",
 * "Reporting-Tools", "Sicherheitslösungen", "Datenbanksysteme"); and the parts of a field's work an ad
 * lists under its name: its requirements, requests, risks, incidents, initiatives, measures, rules,
 * documents, strategies, activities, materials, procedures and aspects ("Datenschutzanfragen",
 * "Buchhaltungsanforderungen", "Audit-Dokumentationen", "Marketingstrategien", "Vertriebsaktivitäten").
 */
const KIND_HEAD =
  /(?:software|tools?|systeme?n?|loesungen|technologien|plattform(?:en)?|umgebung(?:en)?|infrastruktur(?:en)?|landschaft(?:en)?|anwendungen|applikationen|module?n?|komponenten|prozesse?n?|projekte?n?|themen|kenntnisse?n?|erfahrung(?:en)?|anforderung(?:en)?|anfragen|risiken|vorfaelle|initiativen|massnahmen|vorgaben|richtlinien|dokumentation(?:en)?|unterlagen|aufgaben|fragen|strategien|aktivitaeten|materialien|vorgaenge|aspekten?)$/u;
const MIN_KIND_MODIFIER = 4;

/**
 * The first part of a compound whose second part only names a kind ("Statistik" of "Statistiksoftware",
 * "Reporting" of "Reporting-Tools", "Sicherheit" of "Sicherheitslösungen", without the linking s): the
 * skill the whole word asks for. A first part that is only a verb prefix names nothing.
 */
export function kindModifiers(word: string): string[] {
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0) return KIND_HEAD.test(fold(word.slice(hyphen + 1))) && hyphen >= MIN_KIND_MODIFIER - 1 ? [word.slice(0, hyphen)] : [];
  const key = fold(word);
  const m = KIND_HEAD.exec(key);
  if (!m || !/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
  // The folded key may be longer than the word (ä → ae): cut the word by the head's length in the word itself.
  const headLength = m[0].replace(/ae|oe|ue/g, '_').length;
  const first = word.slice(0, word.length - headLength);
  const out = [first];
  if (/s$/.test(first)) out.push(first.slice(0, -1));
  return out.filter((f) => f.length >= MIN_KIND_MODIFIER && !PREFIX.test(fold(f)) && !ENDS_IN_PREFIX.test(fold(f)));
}

/**
 * Second parts that make a quality of an activity: the ability, competence, strength or knack for it
 * ("Präsentationskompetenz", "Moderationsfähigkeit", "Organisationsstärke", "Beratungsgeschick").
 */
const QUALITY_HEAD = /(?:faehigkeit(?:en)?|kompetenz(?:en)?|staerke|vermoegen|geschick|talent)$/u;

/**
 * The activity a quality compound names, without the linking s ("Präsentation" of "Präsentationskompetenz",
 * "Moderation" of "Moderationsfähigkeit"): the skill the whole word asks for. A first part that is only a
 * verb prefix, or shorter than a noun, names nothing.
 */
export function qualityModifiers(word: string): string[] {
  const key = fold(word);
  const m = QUALITY_HEAD.exec(key);
  if (!m || !/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
  const headLength = m[0].replace(/ae|oe|ue/g, '_').length;
  const first = word.slice(0, word.length - headLength);
  const out = /s$/.test(first) ? [first.slice(0, -1), first] : [first];
  return out.filter((f) => f.length >= MIN_QUALITY_MODIFIER && !PREFIX.test(fold(f)) && !ENDS_IN_PREFIX.test(fold(f)));
}
const MIN_QUALITY_MODIFIER = 6;

/** Fields that only name qualities or languages say nothing about the trade of an ad. */
const ANY_TRADE = new Set(['transversal', 'sprachen', 'esco']);

/**
 * The trades an ad's exact phrases name most (an IT ad: it; a building ad: bau, elektro): a word of
 * its requirement list is read as a skill of these trades only ("Pflege des Prüfkatalogs" in a car
 * maker's ad is no nursing, "Vorbereitung" no kitchen work).
 */
export function adFields(known: { conceptId: string }[], lexicon: SkillLexicon): Set<string | undefined> {
  const counts = new Map<string, number>();
  for (const k of known) {
    const field = lexicon.get(k.conceptId)?.field;
    if (field && !ANY_TRADE.has(field)) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  const top = Math.max(0, ...counts.values());
  return new Set([...counts].filter(([, n]) => n >= Math.max(MIN_TRADE, top * TRADE_SHARE)).map(([field]) => field));
}

/** An ad's trades with the desk trades beside any one of them: the trades a listed word may name whole. */
export function nearFields(fields: Set<string | undefined>): Set<string | undefined> {
  return DESK_TRADES.some((f) => fields.has(f)) ? new Set([...fields, ...DESK_TRADES]) : fields;
}

/**
 * Trades of desk work (software, science and mathematics, commerce and administration): a word read
 * as a skill of one of them counts in an ad of another ("Reporting" in a data engineer's ad is
 * Controlling, "Algorithmen" in a trading firm's IT ad are computer science); the everyday senses
 * the trade rule keeps out are of hands-on trades ("Pflege", "Vorbereitung", "Multimedia"). Only a
 * whole word counts so: a compound's second part stays in the ad's own trades ("Vermögens|verwaltung").
 */
const DESK_TRADES = ['it', 'mint', 'kaufmaennisch'];

/** Whether a concept belongs to one of these trades, or to none (qualities, ESCO's concepts). */
export function ofTrade(skill: { conceptId: string }, fields: Set<string | undefined>, lexicon: SkillLexicon): boolean {
  const field = lexicon.get(skill.conceptId)?.field;
  // An ad whose exact phrases name no trade gives no ground to doubt a word.
  return !field || ANY_TRADE.has(field) || fields.size === 0 || fields.has(field);
}

/** A trade counts for an ad when it has at least this share of the most named trade's phrases. */
const TRADE_SHARE = 0.15;
const MIN_TRADE = 1;

/** Requirement words repeat across the ads of an import: each word's best names are looked up once. */
const MAX_CACHED_NAMES = 20_000;
const soleNames = new WeakMap<SkillLexicon, Map<string, SkillSuggestion[]>>();

const oneWordKeys = new WeakMap<SkillLexicon, Set<string>>();

/** The stems of every one-word label and synonym: most parts of compounds are none, and need no search. */
function oneWordNames(lexicon: SkillLexicon): Set<string> {
  let keys = oneWordKeys.get(lexicon);
  if (!keys) {
    keys = new Set();
    for (const concept of lexicon.skillConcepts()) {
      for (const form of [...Object.values(concept.labels), ...concept.synonyms]) if (!/\s/.test(form.trim())) keys.add(stemKey(form));
    }
    oneWordKeys.set(lexicon, keys);
  }
  return keys;
}

/** Endings of the same word: genitive, plural, dative plural ("Posteingangs", "Schichten", "Recherchen"). */
const INFLECTION = /^(?:s|es|n|en|e|ns)$/;

/**
 * Whether a capitalised word is the name itself inflected, or the action noun of a verb name ("Erfassung"
 * of "Erfassen", "Terminierung" of "terminieren"): the same stems also join derivations that name
 * something else ("Unternehmens" is no "Unternehmer", "Handwerker" no "Handwerk").
 */
export function inflectionOf(word: string, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const w = fold(word);
  const n = fold(name);
  if (w.startsWith(n) && (w.length === n.length || INFLECTION.test(w.slice(n.length)))) return true;
  return /\p{L}{3}en$/u.test(n) && w.startsWith(n.slice(0, -2)) && /^ung(?:en)?$/.test(w.slice(n.length - 2));
}

/** The concept a one-word name leads to, when no other concept shares the name (label or synonym, in any layer). */
function soleName(word: string, lexicon: SkillLexicon, locale: Locale, byStem = false): SkillSuggestion | undefined {
  let cache = soleNames.get(lexicon);
  if (!cache) soleNames.set(lexicon, (cache = new Map()));
  const key = `${locale}\u0000${word}`;
  let top = cache.get(key);
  if (!top) {
    top = oneWordNames(lexicon).has(stemKey(word)) ? lexicon.find(word, locale, 2) : [];
    if (cache.size < MAX_CACHED_NAMES) cache.set(key, top);
  }
  const [best, next] = top;
  if (!best) return undefined;
  if (best.confidence >= NAME_CONFIDENCE ? next && next.confidence >= NAME_CONFIDENCE : !byStem || best.confidence < STEM_CONFIDENCE || !best.form || !inflectionOf(word, best.form) || (next && next.confidence >= STEM_CONFIDENCE)) return undefined;
  return lexicon.get(best.conceptId)?.kind === 'skill' ? best : undefined;
}

const escoObjects = new WeakMap<SkillLexicon, Map<string, string[]>>();

/** ESCO's skills named by one noun and a verb ("Änderungsmanagement anwenden", "Kundenbestellungen bearbeiten"), by the noun. */
function escoObjectIndex(lexicon: SkillLexicon): Map<string, string[]> {
  let index = escoObjects.get(lexicon);
  if (!index) {
    index = new Map();
    for (const concept of lexicon.skillConcepts()) {
      if (concept.field !== 'esco') continue;
      const m = /^(\p{Lu}[\p{L}-]+) \p{Ll}+$/u.exec(concept.labels['de-DE'] ?? '');
      if (!m) continue;
      const key = fold(m[1]!);
      index.set(key, [...(index.get(key) ?? []), concept.id]);
    }
    escoObjects.set(lexicon, index);
  }
  return index;
}

/** A compound this long names one thing before it is an everyday word ("Änderungsmanagement", not "Angebote"). */
const MIN_ESCO_OBJECT = 10;

/**
 * The ESCO skill whose label is this word and one verb, when it is the only one ("Änderungsmanagement" →
 * "Änderungsmanagement anwenden", "Prüfeinrichtungen" → "Prüfeinrichtungen benutzen"): a requirement list
 * names the work by its object. Long compounds only, inflected or not; a noun several ESCO skills share
 * ("Rohstoffe vorbereiten", "… aufteilen") names none of them.
 */
export function escoObjectSkill(word: string, lexicon: SkillLexicon, locale: Locale): SkillSuggestion | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || word.length < MIN_ESCO_OBJECT) return undefined;
  const key = fold(word);
  const index = escoObjectIndex(lexicon);
  for (const cut of [0, 1, 2]) {
    if (cut > 0 && !INFLECTION.test(key.slice(key.length - cut))) continue;
    const ids = index.get(key.slice(0, key.length - cut));
    if (!ids) continue;
    if (ids.length !== 1) return undefined;
    const concept = lexicon.get(ids[0]!);
    if (!concept) return undefined;
    return { conceptId: concept.id, label: concept.labels[locale] ?? concept.labels['de-DE'] ?? word, confidence: 0.86, evidence: 'esco' };
  }
  return undefined;
}

/**
 * In a requirement list, a word is a skill's name where the chat would ask back ("Mahnlauf",
 * "Teamplayer", "Lieferstatus"), and a compound is the skill its second part names
 * ("Direktvertrieb", "Kreditrisikomanagement") — but only in a field the ad's exact phrases
 * already name (or a quality any ad asks for): "Multimedia" in a car maker's ad is no retail skill.
 */
export function namedInList(text: string, lexicon: SkillLexicon, locale: Locale, fields: Set<string | undefined>): ResolvedSkill[] {
  if (/\s/.test(text) || text.length < MIN_NAME) return [];
  // ESCO's concepts have no field to compare: their own one-word label counts only whole; a quality only whole too
  // ("Projektorganisation" is no talent for organising).
  const inField = (s: SkillSuggestion, whole: boolean) => {
    const field = lexicon.get(s.conceptId)?.field;
    return field === 'esco' || field === 'transversal' ? whole : whole ? ofTrade(s, /-/.test(text) ? fields : nearFields(fields), lexicon) : fields.has(field);
  };
  // A quality's activity ("Präsentation|skompetenz") names the skill of the whole word, in any ad, as the whole word would.
  const qualities = qualityModifiers(text).map((m) => ({ text: m, offset: 0, quality: true }));
  const readings = [{ text, offset: 0 }, ...qualities, ...compoundHeads(text), ...kindModifiers(text).map((m) => ({ text: m, offset: -1 }))];
  for (const reading of readings) {
    // An inflection of a name counts for the whole word only: a compound's second part is already a guess ("Video|produktionen").
    const name = soleName(reading.text, lexicon, locale, reading.offset === 0 && !('quality' in reading));
    if (name && inField(name, reading.offset === 0)) {
      // A kind's modifier ("Statistik|software") names the skill of the whole word.
      const span: [number, number] = [Math.max(0, reading.offset), text.length];
      return [{ ...name, span, tier: 'sure', evidence: name.evidence ?? 'synonym', text: text.slice(...span), broader: lexicon.broaderOf(name.conceptId) }];
    }
  }
  const object = escoObjectSkill(text, lexicon, locale);
  if (object) return [{ ...object, span: [0, text.length], tier: 'sure', evidence: 'esco', text, broader: [] }];
  return [];
}

/**
 * An action word and the object it governs, written apart: "Bedienen von CNC-Maschinen", "Bedienen und Rüsten
 * der Anlagen", "im Bedienen von Baumaschinen". The object is the last capitalised word after "von", "der",
 * "des" or "vom" (an adjective may stand before it); other action nouns may be coordinated before that.
 */
const GOVERNED_OBJECT =
  /^(?:(?:\s*,\s*|\s+(?:und|oder|sowie|bzw\.?)\s+)\p{Lu}\p{Ll}+)*\s+(?:von\s+(?:den|der|dem)\s+|von\s+|vom\s+|der\s+|des\s+)(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}-]*\p{L})/u;

/** The object an action word of one word governs ("Bedienen" in "Bedienen von CNC-Maschinen": "CNC-Maschinen"), if any. */
export function governedObject(text: string, span: [number, number]): string | undefined {
  const word = text.slice(...span);
  if (!/^\p{Lu}\p{Ll}+(?:en|ung)$/u.test(word)) return undefined;
  return GOVERNED_OBJECT.exec(text.slice(span[1]))?.[1];
}

/** The truncated parts of a coordination and the word they share a second part with: "Lohn- und Finanzbuchhaltung", "Kreditoren-, Debitoren- und Anlagenbuchhaltung". */
const COORDINATION = /((?:\p{L}[\p{L}\p{N}]*-\s*(?:,|und|oder|bzw\.?|sowie|&|\/)\s*)+)(\p{L}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)*)/gu;
const TRUNCATED = /(\p{L}[\p{L}\p{N}]*)-/gu;
/** Shortest shared second part ("Lohn- und Finanz|buchhaltung"), and shortest first part left of it in the full word. */
const MIN_SHARED = 4;
const MIN_FIRST = 2;

/**
 * Each truncated first part of a coordination, completed with the second parts of the word it is
 * coordinated with, longest first ("Lohn-" in "Lohn- und Finanzbuchhaltung": "Lohnnanzbuchhaltung",
 * …, "Lohnbuchhaltung", …): the caller keeps the reading that is a skill's whole name. A hyphenated
 * word shares its last part ("Datenbank- und BI-Technologien": "Datenbanktechnologien").
 */
export function coordinatedParts(text: string): { completions: string[]; span: [number, number] }[] {
  const out: { completions: string[]; span: [number, number] }[] = [];
  for (const m of text.matchAll(COORDINATION)) {
    const full = m[2]!;
    const hyphen = full.lastIndexOf('-');
    const seconds: string[] = [];
    if (hyphen > 0) seconds.push(full.slice(hyphen + 1));
    else for (let cut = MIN_FIRST; full.length - cut >= MIN_SHARED; cut++) seconds.push(full.slice(cut));
    for (const part of m[1]!.matchAll(TRUNCATED)) {
      const first = part[1]!;
      const at = m.index! + part.index!;
      const head = first.charAt(0).toUpperCase() + first.slice(1);
      out.push({ completions: seconds.map((s) => head + s.toLowerCase()), span: [at, at + first.length + 1] });
    }
  }
  return out;
}

/**
 * The skills a coordination's truncated parts name when completed ("Lohn- und Finanzbuchhaltung":
 * "Lohn-" is Lohnbuchhaltung): only a completion that is one skill's whole one-word name counts,
 * as the exact reading would have found the compound written out.
 */
export function coordinatedSkills(text: string, lexicon: SkillLexicon, locale: Locale): ResolvedSkill[] {
  const out: ResolvedSkill[] = [];
  for (const { completions, span } of coordinatedParts(text)) {
    for (const completion of completions) {
      // "Strukturierungs- und Präsentationsfähigkeit": a completed quality names its activity too.
      const name = soleName(completion, lexicon, locale) ?? qualityModifiers(completion).map((m) => soleName(m, lexicon, locale)).find((n) => n !== undefined);
      if (!name) continue;
      out.push({ ...name, span, tier: 'sure', evidence: name.evidence ?? 'synonym', text: text.slice(...span), broader: lexicon.broaderOf(name.conceptId) });
      break;
    }
  }
  return out;
}
