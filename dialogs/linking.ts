/**
 * Continue on another channel with the same profile: "Auf Telegram weitermachen" hands out a
 * one-time code (and the Telegram deep link); "Code eingeben" (or Telegram's /start <code>) links
 * this channel to the person the code belongs to.
 */
import { end, reset, retry, StepDialog, type Step } from '../src/bot/steps';
import type { BotServices } from '../src/bot/services';
import { forgetConversationSoFar, setProfile, type Turn } from '../src/bot/turn';

import { MENU } from './menu';

/** Dialog id of entering a code. */
export const LINK_CODE = 'linkCode';

const CODE = /^[A-Za-z0-9-]{4,32}$/;
/** What a typed link code looks like: letters and digits, at least one digit (so words are not taken for codes). */
const TYPED_CODE = /^(?=.*\d)[A-Z0-9]{6,12}$/;

/** Whether a message is probably a link code typed out (e.g. on Telegram before anything else). */
export function looksLikeCode(text: string): boolean {
  return TYPED_CODE.test(text.replace(/[\s-]/g, ''));
}
const MAX_TRIES = 3;

/** Offers a code to continue on Telegram. */
export async function offerLink({ linking }: Pick<BotServices, 'linking'>, turn: Turn): Promise<void> {
  if (!linking) {
    await turn.context.sendActivity(turn.texts.t('linking.unavailable'));
    return;
  }
  const offer = await linking.offer(turn.profile!.id);
  const minutes = Math.max(1, Math.round((offer.expiresAt.getTime() - Date.now()) / 60000));
  const key = offer.telegramUrl ? 'linking.offerUrl' : 'linking.offer';
  await turn.context.sendActivity(turn.texts.t(key, { code: offer.code, url: offer.telegramUrl, minutes }));
}

/** Redeems a code for this channel identity; true when linked. */
export async function redeemCode({ linking, profiles, transcripts }: Pick<BotServices, 'linking' | 'profiles' | 'transcripts'>, turn: Turn, code: string): Promise<boolean> {
  if (!linking || !CODE.test(code)) return false;
  const personId = await linking.redeem(code.toUpperCase(), turn.identity);
  if (!personId) return false;
  const profile = await profiles.findById(personId);
  if (!profile) return false;
  await turn.state.rekeyUser(turn.context, personId);
  await forgetConversationSoFar(transcripts, turn);
  setProfile(turn, profile);
  await turn.context.sendActivity(turn.texts.t('linking.done', { name: profile.firstName ?? '' }));
  return true;
}

interface CodeMemory extends Record<string, unknown> {
  tries?: number;
}

/** The "Code eingeben" dialog. */
export function linkCodeDialog(ports: Pick<BotServices, 'linking' | 'profiles' | 'transcripts'>): StepDialog<CodeMemory> {
  const enter: Step<CodeMemory> = {
    id: 'enter',
    ask: (turn) => ({ text: ports.linking ? turn.texts.t('linking.askCode') : turn.texts.t('linking.unavailable') }),
    answer: async (turn, reply, memory) => {
      if (await redeemCode(ports, turn, reply.text.replace(/\s+/g, ''))) return reset(MENU);
      memory.tries = (memory.tries ?? 0) + 1;
      if (memory.tries >= MAX_TRIES) {
        await turn.context.sendActivity(turn.texts.t('linking.giveUp'));
        return end();
      }
      return retry('linking.invalid');
    },
  };

  return new StepDialog<CodeMemory>(LINK_CODE, [enter]);
}
