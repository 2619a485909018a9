/**
 * Unsure people at the consent question: "weiss nicht. muss ich?" and "was passiert mit meinen
 * Daten?" are questions, not a no. They get an answer, and the consent question comes again.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { normalize } from '../src/bot/choices';
import type { Reply } from '../src/bot/render';
import { openStep } from '../src/bot/steps';
import type { Turn } from '../src/bot/turn';

function mentions(turn: Turn, key: string, text: string): boolean {
  const padded = ` ${normalize(text)} `;
  return turn.texts.variants(key).some((w) => padded.includes(` ${w} `) || padded.includes(` ${w}`));
}

/** The answer to a doubt or a question about data at the consent question; undefined for anything else. */
function consentDoubt(turn: Turn, reply: Reply): string | undefined {
  if (reply.action || !reply.text) return undefined;
  if (mentions(turn, 'act.consent.dataWords', reply.text)) return turn.texts.t('onboarding.consent.details');
  if (mentions(turn, 'act.consent.unsureWords', reply.text)) return turn.texts.t('act.consent.unsure');
  return undefined;
}

const DATA_COMMANDS: ReadonlySet<string> = new Set(['export_data', 'delete_profile', 'show_profile']);

/**
 * At the consent question a doubt is answered before any command: «was passiert mit meinen Daten?»
 * reads like a command to the intent model, but there it is a question about the consent. False
 * when the consent question is not open or the text is no doubt.
 */
export async function answerConsentDoubt(dc: DialogContext, turn: Turn): Promise<boolean> {
  if (openStep(dc) !== 'consent') return false;
  // «Daten exportieren» and «Profil löschen» name data too, but they are commands with their own
  // honest answer; asked as a question ("was passiert mit meinen Daten?") they are a doubt.
  const asks = /\?\s*$/.test(turn.reply.text ?? '');
  if (!asks && DATA_COMMANDS.has(turn.understanding().intent.name)) return false;
  const doubt = consentDoubt(turn, turn.reply);
  if (!doubt) return false;
  await turn.context.sendActivity(doubt);
  await dc.repromptDialog();
  return true;
}
