/**
 * "Was möchtest du tun?" — where the conversation rests once the profile is done. The buttons are
 * global commands (handled by the router at any step), so this dialog only explains when a typed
 * answer was not understood.
 */
import type { Button } from '../src/bot/render';
import { retry, StepDialog, type Step } from '../src/bot/steps';
import type { BotServices } from '../src/bot/services';
import type { Turn } from '../src/bot/turn';
import { profileDone } from './progress';
import { afterJobsButtons } from './after-jobs';

/** Dialog id. */
export const MENU = 'menu';

const ENTRIES = ['finish_profile', 'show_jobs', 'show_trainings', 'show_profile', 'edit', 'interest_check', 'link_telegram', 'help'] as const;

/** The menu buttons (commands); "Auf Telegram weitermachen" only where linking is configured. */
export function menuButtons({ linking }: Pick<BotServices, 'linking'>, turn: Turn): Button[] {
  const hidden = new Set([...(linking ? [] : ['link_telegram']), ...(profileDone(turn) ? ['finish_profile'] : [])]);
  return ENTRIES.filter((e) => !hidden.has(e)).map((e) => ({ title: turn.texts.t(`menu.${e}`), action: `cmd:${e}` }));
}

/** The menu dialog. */
export function menuDialog(ports: Pick<BotServices, 'linking'>): StepDialog {
  const choose: Step = {
    id: 'choose',
    required: true,
    buttonsLeadOn: true,
    ask: (turn) => ({ text: turn.texts.t('menu.ask'), buttons: afterJobsButtons(turn) ?? menuButtons(ports, turn) }),
    answer: () => retry('menu.retry'),
  };
  return new StepDialog(MENU, [choose]);
}
