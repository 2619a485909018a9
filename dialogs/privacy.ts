/**
 * "Daten exportieren" and "Profil löschen", reachable at any step. The export is everything stored
 * about the person (ProfileStore.exportAll plus the dialog state) as a JSON file; deleting asks
 * once, then removes everything of the person. The conversation the person is in stays open (its
 * words are gone), so the confirmation arrives; then the client is told to forget this device.
 */
import { renderJson } from '../src/bot/render';
import { confirmStep, stop, StepDialog } from '../src/bot/steps';
import type { BotServices } from '../src/bot/services';
import { setProfile, type Turn } from '../src/bot/turn';
import { forgetEvent } from './forget-device';

/** Dialog id of the delete confirmation. */
export const DELETE = 'delete';

/** Sends everything stored about the person as a JSON attachment. */
export async function sendExport({ profiles }: Pick<BotServices, 'profiles'>, turn: Turn): Promise<void> {
  const exported = await profiles.exportAll(turn.profile!.id);
  const { dialogs: _stack, ...conversation } = turn.state.conversation(turn.context);
  const data = { ...exported, dialogState: { ...exported.dialogState, conversation, user: turn.user() } };
  await turn.context.sendActivity(renderJson('lotse-data.json', data, turn.texts.t('privacy.export')));
}

/** The delete confirmation dialog. */
export function deleteDialog({ profiles }: Pick<BotServices, 'profiles'>): StepDialog {
  const confirm = confirmStep({ ask: 'privacy.deleteAsk', retry: 'privacy.deleteRetry', kept: 'privacy.kept' }, async (turn) => {
    const { channelId, conversation } = turn.context.activity;
    await profiles.deleteAll(turn.profile!.id, { channelId, conversationId: conversation.id });
    turn.state.clear(turn.context);
    setProfile(turn, undefined);
    await turn.context.sendActivities([{ type: 'message', text: turn.texts.t('privacy.deleted') }, { ...forgetEvent }]);
    return stop();
  });

  return new StepDialog(DELETE, [confirm]);
}
