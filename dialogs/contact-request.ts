/**
 * The candidate's side of a contact request: "Firma X möchte dich wegen «Job» kontaktieren –
 * einverstanden?" arrives proactively with Ja/Nein buttons. "Nein" ends politely (the company
 * learns nothing about the person); "Ja" asks which phone number or e-mail the company may use
 * (offering the one shared before), and only then hands the first name and that contact to HR.
 *
 * The router starts this dialog when a reply carries a contact answer (see contactAnswerOf).
 */
import type { Activity } from 'botbuilder-core';
import type { DialogContext } from 'botbuilder-dialogs';
import { end, next, retry, StepDialog, type Step } from '../src/bot/steps';
import type { BotServices } from '../src/bot/services';
import type { Turn } from '../src/bot/turn';
import { parseContactDetail } from '../src/hr/contact-details';
import { parseContactAnswer } from '../src/hr/messages';

/** Dialog id. */
export const CONTACT_REQUEST = 'contactRequest';

interface ContactMemory extends Record<string, unknown> {
  requestId: string;
  yes: boolean;
  company?: string;
  known?: string;
}

/** The contact answer a reply carries (button tap), if any. */
export function contactAnswerOf(activity: Partial<Activity>): { requestId: string; yes: boolean } | undefined {
  return parseContactAnswer(activity.value) ?? parseContactAnswer(activity.text?.trim());
}

/** Starts the dialog for a contact answer on top of whatever is open; true when it did. */
export async function beginContactAnswer({ contactRequests }: Pick<BotServices, 'contactRequests'>, dc: DialogContext, turn: Turn): Promise<boolean> {
  const answer = contactAnswerOf(turn.context.activity);
  if (!answer || !turn.profile || !contactRequests) return false;
  await dc.beginDialog(CONTACT_REQUEST, { memory: { requestId: answer.requestId, yes: answer.yes } });
  return true;
}

/** The steps over the HR side's contact requests (absent where no HR side runs). */
function steps(hr: BotServices['contactRequests']): Step<ContactMemory>[] {
  const decide: Step<ContactMemory> = {
    id: 'decide',
    run: async (turn, memory) => {
      const open = hr && turn.profile ? await hr.openRequestFor(memory.requestId, turn.profile.id) : undefined;
      if (!hr || !open) {
        await turn.context.sendActivity(turn.texts.t('hr.candidate.closed'));
        return end();
      }
      if (!memory.yes) {
        await hr.answerContact(memory.requestId, turn.profile!.id, false, new Date());
        await turn.context.sendActivity(turn.texts.t('hr.candidate.declined', { company: open.company }));
        return end();
      }
      memory.company = open.company;
      memory.known = open.contactShare;
      return next();
    },
  };

  const contact: Step<ContactMemory> = {
    id: 'contact',
    ask: (turn, memory) =>
      memory.known
        ? {
            text: turn.texts.t('hr.candidate.useContact', { company: memory.company, contact: memory.known }),
            buttons: [{ title: turn.texts.t('hr.candidate.yes'), action: 'share:known' }],
          }
        : { text: turn.texts.t('hr.candidate.askContact', { company: memory.company }) },
    answer: async (turn, reply, memory) => {
      const chosen = reply.action === 'share:known' || (memory.known && reply.text.toLowerCase() === turn.texts.t('hr.candidate.yes').toLowerCase()) ? memory.known : parseContactDetail(reply.text);
      if (!chosen) return retry('hr.candidate.badContact');
      const result = await hr!.answerContact(memory.requestId, turn.profile!.id, true, new Date(), chosen);
      await turn.context.sendActivity(
        result === 'shared' ? turn.texts.t('hr.candidate.shared', { company: memory.company }) : turn.texts.t('hr.candidate.closed'),
      );
      return end();
    },
  };

  return [decide, contact];
}

/** The contact request dialog. */
export function contactRequestDialog({ contactRequests }: Pick<BotServices, 'contactRequests'>): StepDialog<ContactMemory> {
  return new StepDialog<ContactMemory>(CONTACT_REQUEST, steps(contactRequests));
}
