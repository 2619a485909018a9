/**
 * A returning person is greeted by name with what is new since the last visit (how many matching
 * jobs there are now), then lands in the menu.
 */
import type { BotServices } from '../src/bot/services';
import { begin, next, StepDialog, type Step } from '../src/bot/steps';
import { MENU } from './menu';
import { PROFILE } from './profile';
import { profileDone } from './progress';

/** Dialog id. */
export const RETURNING = 'returning';

/** The returning-person dialog. */
export function returningDialog({ proposals }: Pick<BotServices, 'proposals'>): StepDialog {
  const hello: Step = {
    id: 'hello',
    run: async (turn) => {
      const { texts } = turn;
      const profile = turn.profile!;
      const { total } = await proposals.jobs(profile, { limit: 1 });
      const before = typeof turn.user().jobTotal === 'number' ? (turn.user().jobTotal as number) : undefined;
      turn.user().jobTotal = total;
      const name = profile.firstName ? texts.t('returning.name', { name: profile.firstName }) : '';
      const news =
        before !== undefined && total > before ? texts.t('returning.newJobs', { count: total - before }) : texts.t('returning.jobs', { count: total });
      await turn.context.sendActivity(`${texts.t('returning.hello', { name })}\n${news}`);
      return next();
    },
  };

  const unfinished: Step = {
    id: 'unfinished',
    skip: (turn) => profileDone(turn),
    // In a new conversation the open question is gone: every part skips what is known, so this continues where the person stopped.
    run: async (turn) => {
      await turn.context.sendActivity(turn.texts.t('returning.continue'));
      return begin(PROFILE);
    },
  };

  const menu: Step = { id: 'menu', run: () => begin(MENU) };

  return new StepDialog(RETURNING, [hello, unfinished, menu]);
}
