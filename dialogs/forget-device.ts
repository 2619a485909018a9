/**
 * "Gerät vergessen" / "Abmelden": this device (web) or chat (Telegram) stops opening the profile.
 * Asks once, hands out a one-time code to continue elsewhere, unlinks this channel identity (the
 * profile and other linked channels stay) and sends the forget event: the web channel revokes the
 * tokens of this browser's user id and the widget drops the id, so the next message starts afresh.
 */
import type { Activity } from 'botbuilder-core';
import { confirmStep, stop, StepDialog } from '../src/bot/steps';
import type { BotServices } from '../src/bot/services';
import { setProfile, type Turn } from '../src/bot/turn';
import { FORGET_DEVICE_EVENT } from '../src/services/ports';

/** Dialog id of the forget confirmation. */
export const FORGET_DEVICE = 'forgetDevice';

/**
 * How long the code to continue elsewhere is valid: long enough to get home to another device,
 * short enough that a code left on a shared screen soon stops being worth anything.
 */
export const FORGET_CODE_TTL_MS = 24 * 3600_000;

/** Tells the client to forget this device (the web widget drops its stored user id; other channels send nothing). */
export const forgetEvent: Partial<Activity> = { type: 'event', name: FORGET_DEVICE_EVENT };

/** Without a profile nothing is linked; the device still forgets its id (the web widget drops it). */
export async function forgetWithoutProfile(turn: Turn): Promise<void> {
  await turn.context.sendActivity(turn.texts.t('forget.nothingStored'));
  await turn.context.sendActivity(forgetEvent);
}

async function forget({ linking, profiles }: Pick<BotServices, 'linking' | 'profiles'>, turn: Turn): Promise<void> {
  const offer = linking ? await linking.offer(turn.profile!.id, FORGET_CODE_TTL_MS) : undefined;
  await profiles.unlinkIdentity(turn.identity);
  setProfile(turn, undefined);
  await turn.context.sendActivity(turn.texts.t('forget.done'));
  if (offer) await turn.context.sendActivity(turn.texts.t('forget.code', { code: offer.code, hours: Math.round(FORGET_CODE_TTL_MS / 3600_000) }));
  await turn.context.sendActivity(forgetEvent);
}

/** The "Gerät vergessen" confirmation dialog. */
export function forgetDeviceDialog(ports: Pick<BotServices, 'linking' | 'profiles'>): StepDialog {
  const confirm = confirmStep({ ask: 'forget.ask', retry: 'forget.retry', kept: 'forget.kept' }, async (turn) => {
    await forget(ports, turn);
    return stop();
  });
  return new StepDialog(FORGET_DEVICE, [confirm]);
}
