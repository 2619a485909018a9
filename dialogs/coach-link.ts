/**
 * The person's side of job coaching: "Coach-Code ABCD-2345" (the code their coach gave them) asks
 * whether the coach may see the profile and the proposals and suggest jobs; only a "Ja" links them.
 * "Coach beenden" ends every link at once. Part of the router's handoff hook (handoff-relay.ts).
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { normalizeInviteCode } from '../src/hr/codes';
import { choosesButton } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import type { Turn } from '../src/bot/turn';

const CODE = /^(?:\/coach(?:@\w+)?|coach[- ]?code:?)\s+(\S.*)$/i;
const ANSWER = /^co:(yes:([A-Z2-9]{4}-[A-Z2-9]{4})|no)$/;

/** Handles a coach code, the answer to the consent question, or "Coach beenden"; true when it did. */
export async function handleCoachLink({ coaching }: Pick<BotServices, 'coaching'>, dc: DialogContext, turn: Turn): Promise<boolean> {
  if (!coaching) return false;
  const { activity } = turn.context;
  const raw = typeof activity.value === 'string' ? activity.value : (activity.text ?? '').trim();
  const answer = ANSWER.exec(raw);
  const typed = answer ? undefined : CODE.exec(raw);
  const ending = !answer && !typed && (choosesButton(turn.reply, [{ title: '', synonyms: turn.texts.variants('coach.endWords') }]) || /^\/coachende$/i.test(raw));
  if (!answer && !typed && !ending) return false;
  const say = async (key: string, vars?: Record<string, string>): Promise<true> => {
    await dc.context.sendActivity(turn.texts.t(key, vars));
    if (dc.activeDialog) await dc.repromptDialog();
    return true;
  };
  if (!turn.profile) return say('coach.needsProfile');
  if (ending) return say((await coaching.unlink(turn.profile.id)) ? 'coach.ended' : 'coach.noLink');
  if (typed) {
    const code = normalizeInviteCode(typed[1]!);
    const coach = code ? await coaching.coachFor(code) : undefined;
    if (!code || !coach) return say('coach.invalid');
    await dc.context.sendActivity({
      type: 'message',
      text: turn.texts.t('coach.consent', { coach }),
      suggestedActions: { to: [], actions: [{ type: 'postBack', title: turn.texts.t('coach.yes'), value: `co:yes:${code}` }, { type: 'postBack', title: turn.texts.t('coach.no'), value: 'co:no' }] },
    });
    return true;
  }
  if (!answer![2]) return say('coach.declined');
  const coach = await coaching.link(answer![2], turn.profile.id);
  return say(coach ? 'coach.linked' : 'coach.invalid', { coach: coach ?? '' });
}
