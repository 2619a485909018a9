/**
 * Vague answers ("egal", "weiss nöd", "vielleicht", "geht so"): a counsellor takes a sensible
 * default and says so, instead of insisting on a button. Each question decides its default.
 */
import { normalize } from '../src/bot/choices';
import type { Reply } from '../src/bot/render';
import type { Turn } from '../src/bot/turn';

/** Whether a typed reply is only a vague answer (no button tapped). */
export function saysVague(turn: Turn, reply: Reply): boolean {
  if (reply.action || !reply.text) return false;
  const said = ` ${normalize(reply.text)} `;
  return turn.texts.variants('valuefirst.vague').some((w) => said.includes(` ${normalize(w)} `));
}
