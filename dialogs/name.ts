/**
 * "Wie darf ich dich nennen?" — the first name, asked after the first proposals (it changes no
 * proposal, so it waits). Skipped when known; "Lieber nicht" is fine.
 */
import { choiceButtons, matchChoice } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import { next, retry, StepDialog, type Step } from '../src/bot/steps';
import { setProfile } from '../src/bot/turn';

/** Dialog id. */
export const NAME = 'name';

const NAME_PATTERN = /^[\p{L}][\p{L}' -]{0,29}$/u;

function name({ profiles }: Pick<BotServices, 'profiles'>): Step {
  return {
    id: 'name',
    fills: ['firstName'],
    skip: (turn) => Boolean(turn.profile?.firstName) || turn.user().nameAsked === true,
    ask: (turn) => ({ text: turn.texts.t('onboarding.name.ask'), buttons: choiceButtons(turn.texts, 'onboarding.name', 'name', ['skip']) }),
    answer: async (turn, reply) => {
      turn.user().nameAsked = true;
      if (matchChoice(turn.texts, reply, 'onboarding.name', 'name', ['skip'])) return next();
      const said = turn.understanding().entities.firstName ?? (reply.text.split(/\s+/).length <= 2 ? reply.text : undefined);
      if (!said || !NAME_PATTERN.test(said.trim())) return retry('onboarding.name.retry');
      const firstName = said.trim().replace(/^\p{L}/u, (c) => c.toUpperCase());
      setProfile(turn, await profiles.update(turn.profile!.id, { firstName }));
      await turn.context.sendActivity(turn.texts.t('onboarding.name.thanks', { name: firstName }));
      return next();
    },
  };
}

/** The name dialog. */
export function nameDialog(ports: Pick<BotServices, 'profiles'>): StepDialog {
  return new StepDialog(NAME, [name(ports)]);
}
