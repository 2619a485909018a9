/**
 * Right after a job list the menu asks with three buttons instead of all of them: «Mehr» (when
 * there are more jobs), «Weiterbildungen» and «Alle Optionen». On a phone the full menu would
 * cover the cards and replace «Mehr». Only within the turn that showed the jobs.
 */
import type { Button } from '../src/bot/render';
import type { Turn } from '../src/bot/turn';

const SHOWN = Symbol('lotse.jobsShown');

/** Notes that this turn showed a job page, and whether more jobs follow. */
export function noteJobsShown(turn: Turn, more: boolean): void {
  turn.context.turnState.set(SHOWN, { more });
}

/** The short menu for the turn that showed jobs; undefined otherwise. */
export function afterJobsButtons(turn: Turn): Button[] | undefined {
  const shown = turn.context.turnState.get(SHOWN) as { more: boolean } | undefined;
  if (!shown) return undefined;
  const { texts } = turn;
  return [
    ...(shown.more ? [{ title: texts.t('proposals.buttons.more'), action: 'more' }] : []),
    { title: texts.t('menu.show_trainings'), action: 'cmd:show_trainings' },
    { title: texts.t('act.menu.all'), action: 'cmd:resume' },
  ];
}
