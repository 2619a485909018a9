/**
 * Swiss German as people type it in a chat ("Chind ghüetet", "Velo flicke", "Buechhaltig"): the
 * Standard German forms a word may stand for, so the skill lookup can meet the taxonomy's labels.
 * A short word list for frequent dialect words, then spelling rules (ii → ei, ue → u, scht → st inside a word as in "Pöschtler", "g" + verb
 * → "ge" + verb, a final -e that drops the -n of the infinitive, -ig(e) for -ung(en), ä for e, ch for k,
 * uu for au). Pure.
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
};

/** Standard German forms a Swiss German word may stand for (none for ordinary German words). */
export function swissForms(word: string): string[] {
  const key = word.toLowerCase();
  const known = own(WORDS, key);
  if (known) return [known];
  const out = new Set<string>();
  const capital = /^\p{Lu}/u.test(word);
  let form = key.replace(/ii/g, 'ei').replace(/ue/g, 'u').replace(/üe/g, 'ü').replace(/(?<=\p{L})scht/gu, 'st');
  if (!capital && /^g[bcdfghjklmnpqrstvwz]/.test(form) && form.length > 5) form = `ge${form.slice(1)}`;
  if (capital && /ig$/.test(form)) form = `${form.slice(0, -2)}ung`;
  if (capital && /ige$/.test(form)) form = `${form.slice(0, -3)}ungen`;
  if (form !== key) out.add(form);
  // Sound alternations of the dialects: ä for e ("Rächnig", "gmässe"), ch for k ("Chüeh", "mälche"), uu for au ("gmuuret");
  // not in short words, whose changed form is often one typo away from another word ("gässe" → "gessen" → "giessen").
  const sounds = form.length < 6 ? form : form.replace(/ä/g, 'e').replace(/^ch(?=[aeiouäöülr])/, 'k').replace(/(?<=[lnr])ch(?=e)/g, 'k').replace(/uu/g, 'au');
  if (sounds !== form) out.add(sounds);
  for (const f of [...out, form]) if (!capital && /[^e]e$/.test(f) && f.length >= 4) out.add(`${f}n`);
  return [...out].filter((f) => fold(f) !== fold(word)).map((f) => (capital ? f.charAt(0).toUpperCase() + f.slice(1) : f));
}
