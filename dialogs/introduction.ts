/**
 * A message that does several things ("Hallo, ich bin Marco und würde mich gern bewerben"): before
 * the command it carries runs, what the person said about themselves is taken in. With a profile
 * (after consent) name, place, Pensum and the rest are noted through slot filling; before consent
 * the person is greeted by name and nothing is stored (the name is asked again after consent).
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { fieldsAsked } from '../src/bot/steps';
import { sayNoted } from '../src/bot/noted';
import type { BotServices } from '../src/bot/services';
import type { Turn } from '../src/bot/turn';
import type { IntentName } from '../src/services/ports';
import { fillSlots } from './slots';

/** Commands whose message may carry an introduction or wishes worth noting. */
const CARRIES_INTRODUCTION: ReadonlySet<IntentName> = new Set<IntentName>(['greeting', 'show_jobs', 'show_trainings', 'help', 'human', 'thanks']);

/** Takes in the introduction in a typed command's message; returns whether anything was said. */
export async function takeInIntroduction(ports: Pick<BotServices, 'profiles'>, dc: DialogContext, turn: Turn, command: string): Promise<boolean> {
  if (turn.reply.action || !turn.reply.text || !CARRIES_INTRODUCTION.has(command as IntentName)) return false;
  if (turn.profile) {
    const filled = await fillSlots(ports, turn, fieldsAsked(dc));
    await sayNoted(turn);
    return filled.length > 0;
  }
  const { firstName } = turn.understanding().entities;
  if (!firstName) return false;
  await turn.context.sendActivity(turn.texts.t('introduction.hello', { name: firstName }));
  return true;
}
