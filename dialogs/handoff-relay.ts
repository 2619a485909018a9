/**
 * While a person's request to talk to a human is open, Lotse stays out of the way: every message
 * goes to the counsellor (or waits for whoever takes the request), until the person writes
 * "zurück zu Lotse" or the counsellor ends it. Also handles the «Rückruf anfragen» button of a
 * request nobody took in time, and the answer to "Worum geht es?" (any text, even one that reads
 * like a command: "Ich suche eine Lehrstelle" is the topic there, not "zeig mir Jobs"), and a
 * job coach's code ("Coach-Code ABCD-2345", see coach-link.ts). Called by the router (dialogs/main.ts) before anything else.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { choosesButton } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import type { Turn } from '../src/bot/turn';
import { handleCoachLink } from './coach-link';
import { answersTopic, HANDOFF } from './handoff';

const CALLBACK = /^ho:cb:([A-Za-z0-9_-]{1,40}|no)$/;

/** The «Rückruf anfragen» / «Nein, danke» answer to a request nobody took (it arrives untagged). */
function callbackAnswer(turn: Turn): string | undefined {
  const { activity } = turn.context;
  const raw = typeof activity.value === 'string' ? activity.value : (activity.text ?? '').trim();
  return CALLBACK.exec(raw)?.[1];
}

/** Handles the turn when a handoff is open in this conversation (or answers one); true when it did. */
export async function relayDuringHandoff(ports: Pick<BotServices, 'handoffs' | 'coaching'>, dc: DialogContext, turn: Turn): Promise<boolean> {
  const { handoffs } = ports;
  if (!handoffs || dc.context.activity.type !== 'message') return false;
  const callback = callbackAnswer(turn);
  if (callback === 'no') {
    await dc.context.sendActivity(turn.texts.t('handoff.callbackDeclined'));
    return true;
  }
  if (callback) {
    await dc.beginDialog(HANDOFF, { memory: { caseId: callback, closed: true } });
    return true;
  }
  if (answersTopic(dc, turn)) {
    await dc.continueDialog();
    return true;
  }
  const open = await handoffs.openCaseIn(turn.identity.channelId, dc.context.activity.conversation.id);
  if (!open) return handleCoachLink(ports, dc, turn);
  const now = handoffs.now();
  if (choosesButton(turn.reply, [{ title: '', synonyms: turn.texts.variants('handoff.backToLotse') }])) {
    await handoffs.endByPerson(open, now);
    await dc.context.sendActivity(turn.texts.t('handoff.endedByPerson'));
    return true;
  }
  if (!turn.reply.text) {
    await dc.context.sendActivity(turn.texts.t('handoff.textOnly'));
    return true;
  }
  await handoffs.fromPerson(open, turn.reply.text, now);
  if (open.status === 'waiting') await dc.context.sendActivity(turn.texts.t('handoff.stillWaiting'));
  return true;
}
