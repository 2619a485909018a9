/**
 * Base forms of verbs as people type them when telling what they did: German present tense and
 * participles ("programmiere", "gemessen", "ausgeliefert" → "programmieren", "messen", "ausliefern")
 * and English verbs, agent nouns and plurals ("weld", "driver", "computers" → "welding", "driving",
 * "computer"), because the taxonomy names skills by infinitives (de) and gerunds (en).
 */
import { own } from '../own';

/** Separable prefixes that take "ge" after them in the participle ("aus-ge-liefert"). */
const SEPARABLE = /^(zurueck|zusammen|zurück|heraus|herein|weiter|ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|um|vor|weg|zu)ge(.{3,})$/;

/** Strong participles whose infinitive has another vowel; the regular rules cover the rest. */
const STRONG: Record<string, string> = {
  geschnitten: 'schneiden', gestrichen: 'streichen', geschrieben: 'schreiben', geholfen: 'helfen', genommen: 'nehmen',
  gegossen: 'giessen', geschliffen: 'schleifen', gebunden: 'binden', verbunden: 'verbinden', gezogen: 'ziehen',
  gesprochen: 'sprechen', gehoben: 'heben', gefunden: 'finden', gesungen: 'singen', gebracht: 'bringen',
  geritten: 'reiten', gestiegen: 'steigen', geworfen: 'werfen', gegriffen: 'greifen', geschoben: 'schieben',
  betrieben: 'betreiben', unterschrieben: 'unterschreiben', beschrieben: 'beschreiben', gestochen: 'stechen',
  geflogen: 'fliegen', geschlossen: 'schliessen', gelitten: 'leiden', geschweisst: 'schweissen', gewogen: 'wiegen',
  gewaschen: 'waschen', verstanden: 'verstehen', gestanden: 'stehen', gesessen: 'sitzen', gelegen: 'liegen',
};

/** Infinitive guesses for a present-tense form: "programmiere" → "programmieren", "lötet" → "löten". */
function presentTense(word: string): string[] {
  if (word.endsWith('e')) return [`${word}n`];
  if (word.endsWith('est') || word.endsWith('et')) return [`${word.replace(/e?st$|et$/, '')}en`];
  if (word.endsWith('st')) return [`${word.slice(0, -2)}en`];
  if (word.endsWith('t')) return [`${word.slice(0, -1)}en`, `${word.slice(0, -1)}n`];
  return [];
}

/** Infinitive guesses for a participle: "gemessen" → "messen", "gepflegt" → "pflegen", "repariert" → "reparieren". */
function participle(word: string): string[] {
  const strong = own(STRONG, word);
  if (strong) return [strong];
  const separable = SEPARABLE.exec(word);
  if (separable) return participle(`ge${separable[2]!}`).map((base) => separable[1]! + base);
  if (word.endsWith('iert')) return [`${word.slice(0, -1)}en`];
  // Swiss German drops the e of "ge" and the final n: "gflickt", "gschnitte" = "geflickt", "geschnitten".
  if (/^g[^aeiouäöü]/.test(word) && word.length >= 5) {
    const standard = `ge${word.slice(1)}`;
    const found = participle(standard);
    return found.length || !standard.endsWith('e') ? found : participle(`${standard}n`);
  }
  if (!word.startsWith('ge') || word.length < 6) return [];
  const rest = word.slice(2);
  if (rest.endsWith('en')) return [rest];
  if (rest.endsWith('et')) return [`${rest.slice(0, -2)}en`];
  if (rest.endsWith('elt') || rest.endsWith('ert')) return [`${rest.slice(0, -1)}n`];
  if (rest.endsWith('t')) return [`${rest.slice(0, -1)}en`];
  return [];
}

/**
 * Swiss German drops "ge" before b, d, g, k, p and t, and the final n: "bunde", "troffe" are "gebunden",
 * "getroffen". Only a strong participle the list knows is read so, for a bare "bunde" is otherwise no form.
 */
function swissStrongParticiple(word: string): string | undefined {
  return /^[bdgkpt]\p{Ll}{2,}e$/u.test(word) ? own(STRONG, `ge${word}n`) : undefined;
}

/** German infinitive guesses for a lower-case verb form; [] for capitalised words (nouns). */
export function germanInfinitives(word: string): string[] {
  if (word.length < 4 || /^\p{Lu}/u.test(word)) return [];
  const lower = word.toLowerCase();
  const swissStrong = swissStrongParticiple(lower);
  if (swissStrong) return [swissStrong];
  const fromParticiple = participle(lower);
  return [...new Set(fromParticiple.length ? fromParticiple : presentTense(lower))].filter((w) => w !== lower);
}

const VOWEL = /[aeiou]/;

/** The "-ing" form of an English verb stem: "weld" → "welding", "drive" → "driving", "cut" → "cutting". */
function gerund(stem: string): string {
  if (stem.endsWith('ie')) return `${stem.slice(0, -2)}ying`;
  if (stem.endsWith('e') && !stem.endsWith('ee')) return `${stem.slice(0, -1)}ing`;
  // Short consonant-vowel-consonant verbs double the last letter ("cut", "plan", "shop").
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(stem) && stem.length <= 4) return `${stem}${stem.at(-1)!}ing`;
  return `${stem}ing`;
}

/** Irregular English past forms people use for work they did. */
const ENGLISH_PAST: Record<string, string> = {
  drove: 'driving', built: 'building', made: 'making', sold: 'selling', taught: 'teaching', wrote: 'writing',
  ran: 'running', fed: 'feeding', kept: 'keeping', led: 'leading', sewed: 'sewing', sewn: 'sewing', cut: 'cutting',
  dug: 'digging', fixed: 'repairing', fix: 'repairing', looked: 'caring', took: 'taking', gave: 'giving', bought: 'buying',
};

/** English forms that name the same skill: gerunds of verbs and agent nouns, singulars of plurals. */
export function englishForms(word: string): string[] {
  const w = word.toLowerCase();
  if (!/^[a-z]{3,}$/.test(w) || w.endsWith('ing')) return [];
  const irregular = own(ENGLISH_PAST, w);
  if (irregular) return [irregular];
  const out: string[] = [];
  // "cooked", "baked", "driver", "baker": the stem plus "-ing" ("cooking", "baking", "driving").
  if ((w.endsWith('ed') || w.endsWith('er')) && w.length > 4) {
    out.push(`${w.slice(0, -2)}ing`);
  } else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) {
    out.push(w.slice(0, -1));
  } else if (VOWEL.test(w)) {
    out.push(gerund(w));
  }
  return [...new Set(out)].filter((f) => f !== w);
}

/** Everyday verbs for the verb a skill is named by ("Velos flicken" = reparieren, "Zimmer putzen" = reinigen). */
const EVERYDAY_VERBS: Record<string, string> = {
  flicken: 'reparieren', fixen: 'reparieren', schrauben: 'reparieren', putzen: 'reinigen', saubermachen: 'reinigen',
  machen: 'erstellen', bauen: 'erstellen', basteln: 'bauen', mixen: 'zubereiten', servieren: 'bedienen', hüten: 'betreuen',
  aufpassen: 'betreuen', versorgen: 'pflegen', checken: 'prüfen', kontrollieren: 'prüfen',
};

/** German infinitives of a verb form, each followed by its everyday-verb equivalent if it has one. */
export function germanVerbForms(word: string): string[] {
  const infinitives = germanInfinitives(word);
  const lower = word.toLowerCase();
  const bases = /^\p{Ll}/u.test(word) && /(?:en|ern|eln)$/.test(lower) ? [lower, ...infinitives] : infinitives;
  const synonyms = bases.map((b) => own(EVERYDAY_VERBS, b)).filter((s): s is string => s !== undefined);
  return [...new Set([...infinitives, ...synonyms])];
}

/**
 * Singular guesses for a German noun plural ("Handys", "Kassen", "Tische", "Maschinen"), because
 * the taxonomy names objects in the singular more often than the vocabulary's stemming can bridge.
 */
export function germanSingulars(word: string): string[] {
  if (!/^\p{Lu}/u.test(word) || word.length < 5) return [];
  const out: string[] = [];
  // Most likely first: "-n" after "e" ("Kassen"), then "-en" ("Frauen"); "-ern" drops both ("Kindern" → "Kinder", "Kind").
  // A plural with umlaut in its last syllable has the plain vowel in the singular ("Schaltschränke" → "Schaltschrank", "Wände" → "Wand").
  const umlaut = /([äöü])(u?[^aeiouäöü\s]+)e$/u.exec(word);
  if (umlaut) out.push(word.slice(0, umlaut.index) + PLAIN_VOWEL[umlaut[1]!]! + umlaut[2]!);
  if (/[^s]s$/.test(word)) out.push(word.slice(0, -1));
  else if (/ern$/.test(word)) out.push(word.slice(0, -1), word.slice(0, -3));
  else if (/en$/.test(word)) out.push(word.slice(0, -1), word.slice(0, -2));
  else if (/[^aeiou]e$/.test(word)) out.push(word.slice(0, -1));
  return out.filter((f) => f.length >= 3);
}

const PLAIN_VOWEL: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

/**
 * Nouns for a person doing the work, as the activity: "Malerin" → "Maler", "Schweisser" →
 * "Schweissen", "Staplerfahrerin" → "Staplerfahren" (the taxonomy names skills, not people).
 */
export function agentNounForms(word: string): string[] {
  if (!/^\p{Lu}/u.test(word) || word.length < 5) return [];
  const out: string[] = [];
  const masculine = /erin(?:nen)?$/.test(word) ? word.replace(/in(?:nen)?$/, '') : word;
  if (masculine !== word) out.push(masculine);
  if (/[^e]er$/.test(masculine) && masculine.length >= 6) out.push(`${masculine.slice(0, -2)}en`);
  // The field a practitioner's title is derived from: "Physiotherapeutin" → "Physiotherapie",
  // "Informatiker" → "Informatik", "Kardiologin" → "Kardiologie", "Installateur" → "Installation", "Masseur" → "Massage".
  const field = FIELD_OF_AGENT.find(([ending]) => ending.test(word));
  if (field) out.push(word.replace(field[0], field[1]));
  return out;
}

/** Endings of a practitioner's title and of the field it names (both genders, singular). */
const FIELD_OF_AGENT: [RegExp, string][] = [
  [/therapeut(?:in)?$/, 'therapie'],
  [/(?<=\p{L}{3})iker(?:in)?$/u, 'ik'],
  [/(?<=\p{L}{3})log(?:e|in)$/u, 'logie'],
  [/(?<=\p{L}{3})ateur(?:in)?$/u, 'ation'],
  [/(?<=\p{L}{3})eur(?:in)?$/u, 'age'],
];
