/**
 * A German compound read as the work it names: "Bodenreinigung" is "Boden reinigen", "Staplerbedienung"
 * "Stapler bedienen", "Gabelstaplerführerin" "Gabelstapler führen". The head is an action noun or a
 * person's noun made from a verb; the verb comes back by the regular word formation (-ung → -en,
 * -elung/-erung/-lung → -eln/-ern, -ation/-age/-atur → -ieren, -ikation → -izieren, -yse → -ysieren,
 * a plural as its singular, -er(in) → -en, -eur(in) → -ieren) or from a short list of stems that
 * change their vowel ("Versand" → versenden). The first part is the verb's object, with and without a
 * linking -s ("Rechnungsversand" → "Rechnung versenden"). Pure: it only writes the readings; which of them
 * names a skill decides the vocabulary (src/nlu/skill-resolver.ts).
 */
import { own } from '../own';

/** Shortest first part and head of a compound that is split. */
const MIN_MODIFIER = 3;
const MIN_HEAD = 4;

/** Action and person nouns whose verb is not their stem plus -en. */
const IRREGULAR_HEADS: Record<string, string[]> = {
  versand: ['versenden'], ausschank: ['ausschenken'], schnitt: ['schneiden'], zuschnitt: ['zuschneiden'],
  transport: ['transportieren'], kontrolle: ['kontrollieren', 'prüfen'], wechsel: ['wechseln'], umzug: ['umziehen'],
  führer: ['führen', 'fahren', 'bedienen'], führerin: ['führen', 'fahren', 'bedienen'], chauffeur: ['fahren'], chauffeurin: ['fahren'],
  verkäufer: ['verkaufen'], verkäuferin: ['verkaufen'], supporter: ['Support'], supporterin: ['Support'],
};

/** The verbs a head noun is made from, by regular word formation; [] for a head that is no action or person noun. */
export function headVerbs(head: string): string[] {
  const h = head.toLowerCase();
  const irregular = own(IRREGULAR_HEADS, h);
  if (irregular) return irregular;
  if (h.length < MIN_HEAD) return [];
  // A plural action noun names the same work ("Aufwandsschätzungen", "Prüfungen").
  if (/\p{L}ungen$/u.test(h)) return headVerbs(h.slice(0, -2));
  // -elung/-erung are -eln/-ern verbs ("Regelung", "Steuerung"); -lung after a consonant is either ("Entwicklung", "Herstellung").
  if (/\p{L}(?:el|er)ung$/u.test(h)) return [`${h.slice(0, -3)}n`];
  if (/[^aeiouäöüy]lung$/.test(h)) return [`${h.slice(0, -3)}en`, `${h.slice(0, -4)}eln`];
  if (/\p{L}ung$/u.test(h)) return [`${h.slice(0, -3)}en`];
  // -ikation is -izieren ("Spezifikation", "Verifikation"), -yse -ysieren ("Analyse").
  if (/ikation(?:en)?$/.test(h)) return [h.replace(/ikation(?:en)?$/, 'izieren')];
  if (/ation(?:en)?$/.test(h)) return [h.replace(/ation(?:en)?$/, 'ieren')];
  if (/[^e]yse[n]?$/.test(h)) return [h.replace(/yse[n]?$/, 'ysieren')];
  if (/(?:age|atur)$/.test(h)) return [h.replace(/(?:age|atur)$/, 'ieren')];
  if (/[^e]eur(?:in)?$/.test(h)) return [h.replace(/eur(?:in)?$/, 'ieren')];
  if (/[^e](?:er|erin)$/.test(h) && h.length >= 6) return [h.replace(/(?:er|erin)$/, 'en')];
  return [];
}

/** One reading of a compound: its first part and the verb of its head. */
export interface CompoundReading {
  modifier: string;
  verb: string;
}

/**
 * The readings of one capitalised word as "object + verb", longest head first (the most specific verb).
 * A hyphen splits it where the writer did ("ICT-Supporterin", "Kita-Betreuerin").
 */
export function compoundReadings(word: string): CompoundReading[] {
  if (!/^\p{Lu}[\p{L}-]+$/u.test(word)) return [];
  const out: CompoundReading[] = [];
  const add = (modifier: string, head: string) => {
    for (const verb of headVerbs(head)) {
      const forms = /[^s]s$/.test(modifier) && modifier.length > MIN_MODIFIER + 1 ? [modifier, modifier.slice(0, -1)] : [modifier];
      for (const m of forms) out.push({ modifier: m, verb });
    }
  };
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0) {
    const modifier = word.slice(0, hyphen);
    const head = word.slice(hyphen + 1);
    if (modifier.length >= 2 && head.length >= MIN_HEAD) add(modifier, head);
    return out;
  }
  for (let at = MIN_MODIFIER; at <= word.length - MIN_HEAD; at++) add(word.slice(0, at), word.slice(at));
  return out;
}
