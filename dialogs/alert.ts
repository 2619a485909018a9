/**
 * "Soll ich dir Bescheid geben, wenn neue passende Jobs kommen?" — the job alert, recorded as the
 * job_alert consent. Switchable at any time ("Job-Alarm aus").
 */
import { matchYesNo, yesNoButtons } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import { next, retry, StepDialog, type Step } from '../src/bot/steps';
import { setProfile } from '../src/bot/turn';
import { saysVague } from './vague';

/** Dialog id. */
export const ALERT = 'alert';

/** Version of the alert text; recorded with the consent. */
export const ALERT_TEXT_VERSION = 'job-alert-2026-11';

interface AlertMemory extends Record<string, unknown> {
  edit?: boolean;
}

function alert({ profiles }: Pick<BotServices, 'profiles'>): Step<AlertMemory> {
  return {
    id: 'alert',
    skip: (turn, memory) => !memory.edit && turn.user().alertAsked === true,
    ask: (turn) => ({ text: turn.texts.t('alert.ask'), buttons: yesNoButtons(turn.texts) }),
    answer: async (turn, reply) => {
      const said = matchYesNo(turn.texts, reply, turn.understanding().intent.name);
      // "vielleicht": off for now, said so (an alert nobody asked for is worse than none).
      const vague = !said && saysVague(turn, reply);
      if (!said && !vague) return retry('alert.retry');
      const on = said === 'yes';
      await profiles.recordConsent(turn.profile!.id, 'job_alert', on, ALERT_TEXT_VERSION);
      setProfile(turn, await profiles.update(turn.profile!.id, { jobAlert: on }));
      turn.user().alertAsked = true;
      await turn.context.sendActivity(turn.texts.t(vague ? 'valuefirst.alertDefault' : on ? 'alert.on' : 'alert.off'));
      return next();
    },
  };
}

/** The job alert dialog. */
export function alertDialog(ports: Pick<BotServices, 'profiles'>): StepDialog<AlertMemory> {
  return new StepDialog<AlertMemory>(ALERT, [alert(ports)]);
}
