/**
 * Typed requests that act on the proposals at any step (issue 18), checked by the router before
 * the intent model: "wie kann ich mich da bewerben?", and a search in own words ("lehrstelle
 * polymechanikerin", "nur Teilzeit"), and removing a wrong skill ("lösch Sozialversicherung"). After the answer the open question is asked
 * again, except the menu (its buttons would hide the result on a phone).
 */
import type { DialogContext } from 'botbuilder-dialogs';
import type { BotServices } from '../src/bot/services';
import type { Turn } from '../src/bot/turn';
import { askForCountries } from './countries';
import { answerApply } from './job-details';
import { MENU } from './menu';
import { searchInOwnWords } from './own-words';
import { removeNamedEntries } from './remove-entry';
import { showJobs, showTrainings, type ShowPorts } from './proposals';

async function afterAnswer(dc: DialogContext): Promise<void> {
  if (dc.activeDialog && dc.activeDialog.id !== MENU) await dc.repromptDialog();
}

/** Handles a typed request about the proposals; false when the text is none. */
export async function actOnTyped(ports: ShowPorts & Pick<BotServices, 'profiles' | 'vocabulary'>, dc: DialogContext, turn: Turn): Promise<boolean> {
  // "I am a nurse. Where do I apply for recognition?" asks for the welcome desk: no search, no ads.
  if (!turn.reply.action && turn.reply.text && turn.understanding().intent.name === 'welcome') return false;
  if (await answerApply(turn)) {
    await afterAnswer(dc);
    return true;
  }
  if (await removeNamedEntries(ports, turn)) {
    await afterAnswer(dc);
    return true;
  }
  const questionOpen = Boolean(dc.activeDialog && dc.activeDialog.id !== MENU);
  if (await askForCountries(turn, { jobs: (t) => showJobs(ports, t), trainings: (t) => showTrainings(ports, t), questionOpen })) {
    await afterAnswer(dc);
    return true;
  }
  if (await searchInOwnWords(ports, dc, turn, (t) => showJobs(ports, t))) {
    await afterAnswer(dc);
    return true;
  }
  return false;
}
