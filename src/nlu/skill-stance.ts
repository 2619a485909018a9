/**
 * Whether the writer claims a skill they name: a skill named in a question ("Arbeitet ihr mit SAP?"),
 * denied ("Schweissen kann ich leider nicht", "keine Erfahrung mit SAP") or wished for ("suche was mit
 * Cloud", "interessiere mich für Informatik", "would like to learn React") is not one the person has,
 * and storing it would put a wrong skill in the profile. Pure.
 */
import { fold } from './tokens';

/** The clause around a span and the mark that ends it (",", ".", "?", "" at the end of the text). */
function clauseOf(text: string, span: readonly [number, number]): { before: string; after: string; end: string } {
  const start = Math.max(...[',', ';', '\n', '.', '!', '?', ':'].map((c) => text.lastIndexOf(c, span[0] - 1))) + 1;
  const rest = text.slice(span[1]);
  // A dot between letters or digits is part of a name ("Vue.js", "ASP.NET"), not the end of a sentence.
  const at = rest.search(/[,;\n!?:]|\.(?!\w)/);
  const stop = at < 0 ? rest.length : at;
  // "und", "aber" start a new claim ("suche eine Stelle und kann schweissen", "keine Erfahrung, aber ich kann kochen").
  const before = text.slice(start, span[0]).split(/\b(?:und|aber|sondern|and|but)\b/iu).pop() ?? '';
  return { before, after: rest.slice(0, stop), end: at < 0 ? '' : rest.charAt(at) };
}

/**
 * A negation right before the skill, with at most a few words between ("kein SAP", "keine Erfahrung im
 * Verkauf", "nie programmiert", "no experience with Python"); "nicht mehr" and "nicht nur" keep it
 * ("arbeite nicht mehr als Koch" still knows cooking), and so does a weak level ("nicht so gut").
 */
const NEGATED_BEFORE =
  /(?:^|\s)(?:kein|keine|keinen|keiner|keinerlei|nie|niemals|nicht|no|never|not|can't|cannot|cant|don't|haven't|hasn't|didn't)\s+(?!mehr\b|nur\b|so\b|gut\b|sehr\b|viel\b|lange?\b|schlecht\b|only\b|just\b|much\b|very\b|long\b)(?:[\p{L}']+\s+){0,3}$/u;
/** The skill first, the denial after it in its clause: "Schweissen kann ich leider nicht", "Excel hatte ich nie". */
const NEGATED_AFTER = /^\s+(?:kann|konnte|kenne|beherrsche|hab|habe|hatte|mache|mach)\s+ich\s+(?:\p{L}+\s+){0,2}?(?:nicht|nie|kaum)(?!\s+(?:so\s+)?(?:gut|viel|oft|mehr|nur))\b/u;

/** Words of a wish, a need or an interest, before the skill in its clause ("ich suche was mit", "ich brauche Beratung"). */
const WISH_BEFORE = /\b(?:suche|suchen|sucht|such|möchte|möchten|möcht|würde gerne?|würd gern|wünsche|interessiere|interessiert|interesse|looking|interested|want|wanna|would like|hoping|hope|brauche|brauch|benötige|need)\b/iu;
/** Learning still to come, anywhere in the clause ("Java lernen", "learn React"); "gelernt" is done. */
const TO_LEARN = /\b(?:lernen|erlernen|lerne\s+gern|learn|learning)\b/iu;

export function isQuestioned(text: string, span: readonly [number, number]): boolean {
  return clauseOf(text, span).end === '?';
}

export function isDenied(text: string, span: readonly [number, number]): boolean {
  const { before, after } = clauseOf(text, span);
  return NEGATED_BEFORE.test(fold(before).replace(/’/g, "'")) || NEGATED_AFTER.test(after);
}

export function isWished(text: string, span: readonly [number, number]): boolean {
  const { before, after } = clauseOf(text, span);
  return WISH_BEFORE.test(before) || TO_LEARN.test(`${before} ${after}`);
}

/** A skill the writer does not claim: asked about, denied or wished for (see the module comment). */
export function notClaimed(text: string, span: readonly [number, number]): boolean {
  return isQuestioned(text, span) || isDenied(text, span) || isWished(text, span);
}
