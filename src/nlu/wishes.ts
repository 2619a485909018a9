/**
 * The direction a person wishes for in their own words ("ich möchte mich Richtung Rettungsdienst
 * entwickeln", "am liebsten in der Spitex", "I would like to move into logistics"), apart from what
 * they did before: the words after a wish in its clause ("ich will ins Büro", "würde gern …"; what one
 * "könnte sich vorstellen" before it or in the next clause). A clause that also names a negation or
 * getting away ("nicht mehr im Büro", "weg von der Baustelle") is an aversion, not a wish.
 */
import { clauses as clausesOf, clauseWords, fold, NEGATIONS, TOWARDS } from './tokens';

/** Words that make a clause a wish (folded). */
// "gern" is left out: "ich arbeite gern mit den Händen" says what they like doing, not where to.
const CUES = new Set(['moechte', 'moechten', 'moecht', 'moechti', 'liebsten', 'lieber', 'richtung', 'wuensche', 'traum', 'like', 'prefer', 'want', 'towards']);
/** A negation or getting away ("will weg von der Baustelle", "raus aus der Schicht"): an aversion, not a wish. */
const AVERSION_WORDS: ReadonlySet<string> = new Set([...NEGATIONS, 'weg', 'raus']);
/** Words that join a wish to an aversion before it ("raus aus der Schicht und ins Büro"). */
const JOINS = new Set(['und', 'sondern', 'and', 'but']);
/** TOWARDS and the Swiss "is", "i" ("und is Büro", "und i d Pflege"). */
const HEADING: ReadonlySet<string> = new Set([...TOWARDS, 'is', 'i']);
/**
 * "gern" after "würde" is a wish ("ich würde gern was mit Heizungen machen"), unlike "ich arbeite gern …";
 * so after the Swiss and spoken "würd", "hätt(e)", "wett" ("i wett gärn i d Pflege").
 */
const GLADLY = new Set(['gern', 'gerne', 'gaern', 'gaerne']);
const WOULD = new Set(['wuerde', 'wuerd', 'wuerdi', 'haette', 'haett', 'haetti', 'wett', 'wetti']);

/**
 * Where in a clause's folded words a wish is said (the wish is the words after it), or -1. Besides
 * the CUES: "will" next to "ich" ("ich will ins Büro", "jetzt will ich in die Pflege"; the English
 * "I will" is no wish) and "würde gern".
 */
function wishCue(folded: readonly string[]): number {
  return folded.findIndex((w, i) => CUES.has(w) || (w === 'will' && (folded[i - 1] === 'ich' || folded[i + 1] === 'ich')) || (WOULD.has(w) && folded.slice(i + 1, i + 4).some((v) => GLADLY.has(v))));
}

/** The words of the person's wishes, joined (empty when they state none). */
export function wishedDirection(text: string): string {
  const out: string[] = [];
  const clauses = clausesOf(text);
  clauses.forEach((clause, c) => {
    const words = clauseWords(clause);
    const folded = words.map(fold);
    if (folded.some((w) => AVERSION_WORDS.has(w))) {
      // "raus aus dem Abendverkauf und ins Büro wechseln": after the aversion, a part joined by "und" that
      // heads somewhere ("ins", "in die", "zum") or changes field is the wish.
      const last = folded.reduce((at, w, i) => (AVERSION_WORDS.has(w) ? i : at), -1);
      const heads = (j: number) => HEADING.has(folded[j + 1] ?? '') || folded.slice(j + 1).some((w) => CHANGE_VERBS.has(w));
      const join = folded.findLastIndex((w, i) => i > last && JOINS.has(w) && heads(i) && !JOINS.has(folded[i + 1] ?? ''));
      if (join >= 0) out.push(words.slice(join + 1).join(' '));
      return;
    }
    // "könnte ich mir vorstellen" names the wish before it ("im Verkauf könnte ich mir gut
    // vorstellen") or, at the clause's end, in the next clause ("…vorstellen, in der Pflege zu arbeiten").
    const imagine = folded.indexOf('vorstellen');
    if (imagine >= 0) {
      out.push(words.filter((_, i) => i !== imagine).join(' '));
      const next = clauses[c + 1];
      if (imagine === words.length - 1 && next && !clauseWords(next).map(fold).some((w) => AVERSION_WORDS.has(w))) out.push(next.trim());
      return;
    }
    const cue = wishCue(folded);
    // What they did before the wish ("arbeite auf der Notfallstation und möchte …") is no wish.
    if (cue >= 0) out.push(words.slice(cue + 1).join(' '));
  });
  return out.join(' ').replace(/\s+/gu, ' ').trim();
}

/** Verbs (folded) by which a wish moves into another field ("ich möchte in die Pflege wechseln", "zum Linienbus umsteigen"). */
const CHANGE_VERBS: ReadonlySet<string> = new Set(['wechseln', 'wechsle', 'wechsel', 'umsteigen', 'umsatteln', 'switch']);

/**
 * What a person wishes to move into ("ins Labor wechseln, Lebensmittel oder Qualitätskontrolle"):
 * the wished direction when it says they change field, else ''. Whether the trade they come from is
 * the one they leave is the matcher's to judge (a nurse who moves into the Psychiatrie stays a nurse).
 */
export function changedField(text: string): string {
  const wish = wishedDirection(text);
  return clauseWords(wish).some((w) => CHANGE_VERBS.has(fold(w))) ? wish : '';
}
