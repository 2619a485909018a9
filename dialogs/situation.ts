/**
 * "Wo stehst du gerade?" — the person's situation, which tailors the rest (Lehrstelle for pupils,
 * recognition of diplomas for international skilled workers, …). Skipped when already known.
 */
import { choiceButtons, matchChoice } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import { next, retry, StepDialog, type Step } from '../src/bot/steps';
import { setProfile } from '../src/bot/turn';
import { SITUATIONS, type Situation } from '../src/profile/types';

/** Dialog id. */
export const SITUATION = 'situation';

function situation({ profiles }: Pick<BotServices, 'profiles'>): Step<{ edit?: boolean }> {
  return {
    id: 'situation',
    fills: ['situation'],
    skip: (turn, memory) => !memory.edit && Boolean(turn.profile?.situation),
    ask: (turn) => ({ text: turn.texts.t('situation.ask'), buttons: choiceButtons(turn.texts, 'situation.options', 'sit', SITUATIONS) }),
    answer: async (turn, reply) => {
      const chosen = (matchChoice(turn.texts, reply, 'situation.options', 'sit', SITUATIONS) ?? turn.understanding().entities.situation) as
        | Situation
        | undefined;
      if (!chosen) return retry('situation.retry');
      setProfile(turn, await profiles.update(turn.profile!.id, { situation: chosen }));
      await turn.context.sendActivity(turn.texts.t(`situation.ack.${chosen}`));
      return next();
    },
  };
}

/** The situation dialog; begin with memory {edit: true} to ask even when known. */
export function situationDialog(ports: Pick<BotServices, 'profiles'>): StepDialog {
  return new StepDialog(SITUATION, [situation(ports) as Step]);
}
