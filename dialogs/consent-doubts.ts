/**
 * Unsure people at the consent question: "weiss nicht. muss ich?" and "was passiert mit meinen
 * Daten?" are questions, not a no. They get an answer, and the consent question comes again.
 */
import { normalize } from '../src/bot/choices';
import type { Reply } from '../src/bot/render';
import type { Turn } from '../src/bot/turn';

function mentions(turn: Turn, key: string, text: string): boolean {
  const padded = ` ${normalize(text)} `;
  return turn.texts.variants(key).some((w) => padded.includes(` ${w} `) || padded.includes(` ${w}`));
}

/** The answer to a doubt or a question about data at the consent question; undefined for anything else. */
export function consentDoubt(turn: Turn, reply: Reply): string | undefined {
  if (reply.action || !reply.text) return undefined;
  if (mentions(turn, 'act.consent.dataWords', reply.text)) return turn.texts.t('onboarding.consent.details');
  if (mentions(turn, 'act.consent.unsureWords', reply.text)) return turn.texts.t('act.consent.unsure');
  return undefined;
}
