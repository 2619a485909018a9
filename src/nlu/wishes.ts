/**
 * The direction a person wishes for in their own words ("ich möchte mich Richtung Rettungsdienst
 * entwickeln", "am liebsten in der Spitex", "I would like to move into logistics"), apart from what
 * they did before: the words after a wish in its clause. A clause that also names a negation ("nicht mehr im
 * Büro") is an aversion, not a wish.
 */
import { fold } from './tokens';

/** Words that make a clause a wish (folded). */
// "gern" is left out: "ich arbeite gern mit den Händen" says what they like doing, not where to.
const CUES = new Set(['moechte', 'moechten', 'liebsten', 'lieber', 'richtung', 'wuensche', 'traum', 'like', 'prefer', 'want', 'towards']);
const NEGATIONS = new Set(['ohne', 'kein', 'keine', 'keinen', 'nicht', 'nie', 'without', 'no', 'not', 'never']);

/** The words of the person's wishes, joined (empty when they state none). */
export function wishedDirection(text: string): string {
  const out: string[] = [];
  for (const clause of text.split(/[.!?;:,\n]+|\s(?:aber|sondern|but)\s/iu)) {
    const words = clause.split(/[\s/()"„“-]+/u).filter(Boolean);
    const folded = words.map(fold);
    const cue = folded.findIndex((w) => CUES.has(w));
    // What they did before the wish ("arbeite auf der Notfallstation und möchte …") is no wish.
    if (cue >= 0 && !folded.some((w) => NEGATIONS.has(w))) out.push(words.slice(cue + 1).join(' '));
  }
  return out.join(' ');
}
