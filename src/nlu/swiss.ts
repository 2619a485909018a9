/**
 * Swiss German as people type it in a chat ("Chind ghüetet", "Velo flicke", "Buechhaltig"): the
 * Standard German forms a word may stand for, so the skill lookup can meet the taxonomy's labels.
 * A short word list for frequent dialect words, then spelling rules (ii → ei, ue → u, scht → st inside a word as in "Pöschtler", oo/ou/üü/uu
 * for aa/au/eu/au, "g" + verb → "ge" + verb, -let/-ret for -elt/-ert, a final -e that drops the -n,
 * a final -ä for -e, -ig(e) for -ungen, ä for e or a, ch for k). Pure.
 */
import { own } from '../own';
import { fold } from './tokens';

const WORDS: Record<string, string> = {
  chind: 'Kinder', chinder: 'Kinder', chindli: 'Kinder', kafi: 'Kaffee', chuchi: 'Küche', lüt: 'Leute', gäst: 'Gäste', lade: 'Laden',
  garte: 'Garten', rase: 'Rasen', wänd: 'Wände', töffli: 'Mofa', töff: 'Motorrad', lastwage: 'Lastwagen', buechhaltig: 'Buchhaltung',
  abwart: 'Hauswart', serviertochter: 'Servicefachangestellte', grosi: 'Grossmutter', grossi: 'Grossmutter', schaffe: 'arbeiten',
  gschaffet: 'gearbeitet', flicke: 'reparieren', gflickt: 'repariert', hüete: 'hüten', ghüetet: 'gehütet', ufpasse: 'aufpassen',
  ufpasst: 'aufgepasst', choche: 'kochen', gchochet: 'gekocht', bache: 'backen', bachet: 'gebacken', gmacht: 'gemacht',
  iirichte: 'einrichten', iigrichtet: 'eingerichtet', iiruume: 'einräumen', iigruumt: 'eingeräumt', schwiisse: 'schweissen',
  gschwiisst: 'geschweisst', gstriche: 'gestrichen', verleggt: 'verlegt', gleit: 'gelegt', poschte: 'einkaufen', büez: 'Arbeit',
  chrampfe: 'arbeiten', zügle: 'umziehen', züglete: 'Umzug', gschirr: 'Geschirr', wösche: 'waschen', gwäsche: 'gewaschen',
  // Everyday Swiss words with another stem than the standard one.
  beiz: 'Restaurant', camion: 'Lastwagen', poschi: 'Postauto', medis: 'Medikamente', wösch: 'Wäsche', sufer: 'sauber',
  gluegt: 'geschaut', luege: 'schauen', gnoh: 'genommen', gno: 'genommen', zoge: 'gezogen', chliine: 'Kleinkinder', betagti: 'Betagte',
  säu: 'Schweine', buur: 'Bauer', buure: 'Bauern',
  // Frequent dialect words of everyday work: children, animals, household, shop, garden.
  goofe: 'Kinder', goof: 'Kind', hünd: 'Hunde', chatze: 'Katzen', chüe: 'Kühe', chüeh: 'Kühe', ross: 'Pferde',
  chranki: 'Kranke', chranke: 'Kranke', poscht: 'Post', poschtauto: 'Postauto', hegg: 'Hecke', hegge: 'Hecken',
  glätte: 'bügeln', glättet: 'gebügelt', gglättet: 'gebügelt', lisme: 'stricken', glismet: 'gestrickt',
  verchaufe: 'verkaufen', verchauft: 'verkauft', gmulche: 'gemolken', mälche: 'melken', gmolche: 'gemolken',
  bastlet: 'gebastelt', gbastlet: 'gebastelt', mäihe: 'mähen', gmäiht: 'gemäht',
  gschnitte: 'geschnitten', schnide: 'schneiden', füettere: 'füttern', usgführt: 'ausgeführt', parat: 'bereit',
  gmües: 'Gemüse', gmüess: 'Gemüse', iigrumt: 'eingeräumt', zämmebaut: 'zusammengebaut', zämmegsetzt: 'zusammengesetzt',
  // "glehrt" is learned, not taught ("ha Köchin glehrt").
  glehrt: 'gelernt', gleert: 'gelernt',
};

/** The standard word of a dialect word the list knows ("Goofe" → "Kinder"), if any. */
export function dialectWord(word: string): string | undefined {
  return own(WORDS, word.toLowerCase());
}

/** Swiss separable prefixes of verbs and the standard ones ("uf-gfüllt", "ii-packt", "zämme-gleit", "ab-gwäsche"). */
const PREFIXES: [string, string][] = [
  ['zämme', 'zusammen'], ['zäme', 'zusammen'], ['uuf', 'auf'], ['uus', 'aus'], ['ume', 'um'], ['wäg', 'weg'], ['uf', 'auf'], ['us', 'aus'],
  ['ii', 'ein'], ['ab', 'ab'], ['aa', 'an'], ['zue', 'zu'], ['mit', 'mit'], ['vor', 'vor'], ['noh', 'nach'],
];

/**
 * A participle with a Swiss separable prefix ("ufgfüllt", "iipackt", "abgwäsche", "zämmegleit"):
 * the standard prefix before the standard participle ("aufgefüllt", "eingepackt", "abgewaschen",
 * "zusammengelegt"). Swiss drops "ge" before p, t and k ("packt" = "gepackt").
 */
function prefixedParticiple(key: string): string[] {
  for (const [swiss, standard] of PREFIXES) {
    if (!key.startsWith(swiss)) continue;
    const rest = key.slice(swiss.length);
    // A short participle the list knows ("abgno" = "abgenommen", "usgno") is as sure as a long one.
    const known = /^g/.test(rest) ? own(WORDS, rest) : undefined;
    if (known && /^ge/.test(known)) return [standard + known];
    if (/^g[bcdfghjklmnpqrstvwzäöü]/.test(rest) && rest.length >= 5) return participleForms(rest).map((f) => standard + f);
    if (/^[ptk][^aeiouäöü]?\p{L}{2,}t$/u.test(rest) && swiss !== 'mit' && swiss !== 'vor') return [`${standard}ge${rest}`];
    return [];
  }
  return [];
}

/** The standard participle of a Swiss one with a separable prefix ("zämmegleit" → "zusammengelegt"), if the word is one. */
export function swissPrefixedParticiple(word: string): string | undefined {
  return /^\p{Lu}/u.test(word) ? undefined : prefixedParticiple(word.toLowerCase())[0];
}

/** The standard forms of a Swiss participle in "g-" ("gfüllt" → "gefüllt", "gwäsche" → "gewaschen"). */
function participleForms(participle: string): string[] {
  const known = own(WORDS, participle);
  if (known) return [known];
  return swissForms(participle).filter((f) => f.startsWith('ge'));
}

/**
 * A compound or plural of a dialect word ("Buurehof", "Chinderhort", "Töffs"): the standard word
 * in its place ("Bauernhof", "Kinderhort", "Motorrad"). The dialect word must be at least 4 letters.
 */
function dialectCompound(word: string, key: string): string | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  if (key.endsWith('s')) {
    const singular = own(WORDS, key.slice(0, -1));
    if (singular) return singular;
  }
  for (let cut = key.length - 3; cut >= 4; cut--) {
    const head = own(WORDS, key.slice(0, cut));
    if (!head || !/^\p{Lu}/u.test(head)) continue;
    // Swiss drops the joining -n ("Buure-hof" = "Bauern-hof", "Garte-schlauch" = "Garten-schlauch").
    return head + key.slice(cut);
  }
  return undefined;
}

/** Standard German forms a Swiss German word may stand for (none for ordinary German words). */
export function swissForms(word: string): string[] {
  const key = word.toLowerCase();
  const known = own(WORDS, key);
  if (known) return [known];
  const compound = dialectCompound(word, key);
  if (!/^\p{Lu}/u.test(word)) {
    const prefixed = prefixedParticiple(key);
    if (prefixed.length) return prefixed;
  }
  const out = new Set<string>();
  const capital = /^\p{Lu}/u.test(word);
  // Long vowels and diphthongs of the dialects: "Hoor" (Haar), "Outo" (Auto), "Lüüt" (Leute), "Huus" (Haus).
  let form = key.replace(/ii/g, 'ei').replace(/ue/g, 'u').replace(/üe/g, 'ü').replace(/(?<=\p{L})scht/gu, 'st');
  form = form.replace(/oo/g, 'aa').replace(/ou/g, 'au').replace(/üü/g, 'eu').replace(/uu/g, 'au');
  if (!capital && /^g[bcdfghjklmnpqrstvwz]/.test(form) && form.length > 5) form = `ge${form.slice(1)}`;
  // Participles in -let and -ret ("gwächslet", "gfüetteret") are -elt and -ert.
  // A stem in -er/-el keeps its e: "gsicheret", "gfüetteret" are "gesichert", "gefüttert".
  if (!capital && /^ge/.test(form)) form = form.replace(/([^e])(l|r)et$/, '$1e$2t').replace(/(?<=\p{L}{3})e(l|r)et$/u, 'e$1t');
  if (capital && /ig$/.test(form)) form = `${form.slice(0, -2)}ung`;
  if (capital && /ige$/.test(form)) form = `${form.slice(0, -3)}ungen`;
  // A final -ä of a noun is the standard -e ("Gartä", "Paletä").
  if (capital) form = form.replace(/(?<=\p{L}{3})ä$/u, 'e');
  if (form !== key) out.add(form);
  // Sound alternations of the dialects: ä for e ("Rächnig", "gmässe"), ch for k ("Chüeh", "mälche", "Chunde");
  // not in short words, whose changed form is often one typo away from another word ("gässe" → "gessen" → "giessen").
  const sounds = form.length < 6 ? form : form.replace(/ä/g, 'e').replace(/^ch(?=[aeiouäöülr])/, 'k').replace(/(?<=[lnr])ch(?=e)/g, 'k');
  if (sounds !== form) out.add(sounds);
  // A verb keeps the umlaut of its present stem where the standard infinitive has none ("abwäsche" → "abwaschen").
  if (!capital && form.length >= 6 && /ä/.test(form) && /[^e]e$/.test(form)) out.add(form.replace(/ä/g, 'a'));
  // Swiss drops "ge" before p, t and k: "plättlet", "putzt" are "geplättelt", "geputzt".
  if (!capital && /^[ptk]\p{Ll}{3,}t$/u.test(key) && !/iert$/.test(key)) out.add(`ge${key.replace(/([^e])(l|r)et$/, '$1e$2t')}`);
  // A final -e drops the -n of an infinitive, a plural or a noun in -en ("flicke", "Chunde", "Bode").
  for (const f of [...out, form]) if (/[^e]e$/.test(f) && f.length >= 4) out.add(`${f}n`);
  const forms = [...out].filter((f) => fold(f) !== fold(word)).map((f) => (capital ? f.charAt(0).toUpperCase() + f.slice(1) : f));
  return compound ? [compound, ...forms.filter((f) => f !== compound)] : forms;
}
