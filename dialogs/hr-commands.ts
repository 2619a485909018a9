/**
 * The HR conversation, the same on Teams and Telegram: join with an invite code ("/hr <code>",
 * "HR-Code <code>"), choose the digest frequency, show the digest now, ask for contact with a
 * candidate ("Kontakt anfragen" button or "Kontakt anfragen K-…"). Everything else from an HR
 * person gets a short help with their company's subscription state.
 */
import { TurnContext } from 'botbuilder-core';
import { parseHrText, parseHrValue, type HrCommand } from '../src/hr/commands';
import type { HrService } from '../src/hr/service';
import type { HrUserRecord } from '../src/services/ports';

/** Handles the turn when it is an HR matter; false lets the candidate conversation handle it. */
export async function handleHrTurn(context: TurnContext, hr: HrService, now: Date = new Date()): Promise<boolean> {
  const { activity } = context;
  if (activity.type !== 'message' || !activity.from?.id) return false;
  const command = parseHrValue(activity.value) ?? parseHrText(activity.text ?? '');
  const hrUser = await hr.hrUserFor(activity.channelId, activity.from.id);
  if (!hrUser) {
    if (command?.kind !== 'join') return false;
    await join(context, hr, command.code, now);
    return true;
  }
  await hr.remember(hrUser, TurnContext.getConversationReference(activity));
  await runCommand(context, hr, hrUser, command, now);
  return true;
}

async function join(context: TurnContext, hr: HrService, code: string | undefined, now: Date): Promise<void> {
  const t = hr.texts;
  if (!code) {
    await context.sendActivity(t.t('hr.join.ask'));
    return;
  }
  const result = await hr.join(code, TurnContext.getConversationReference(context.activity), now, context.activity.from.name);
  if (result.kind === 'invalid') await context.sendActivity(t.t('hr.join.invalid'));
  else if (result.kind === 'already') await context.sendActivity(t.t('hr.join.already', { company: result.hrUser.company.name }));
  else await context.sendActivity(frequencyQuestion(hr, hr.joinedText(result.hrUser, now)));
}

function frequencyQuestion(hr: HrService, text: string) {
  const t = hr.texts;
  return {
    type: 'message',
    text,
    suggestedActions: {
      to: [],
      actions: (['daily', 'weekly'] as const).map((f) => ({ type: 'postBack', title: t.t(`hr.frequency.${f}`), value: `hrf:${f}` })),
    },
  };
}

async function runCommand(context: TurnContext, hr: HrService, hrUser: HrUserRecord, command: HrCommand | undefined, now: Date): Promise<void> {
  const t = hr.texts;
  const company = hrUser.company.name;
  switch (command?.kind) {
    case 'join':
      await context.sendActivity(t.t('hr.join.already', { company }));
      return;
    case 'frequency':
      if (!command.frequency) {
        await context.sendActivity(frequencyQuestion(hr, t.t('hr.frequency.ask')));
        return;
      }
      await hr.setFrequency(hrUser, command.frequency, now);
      await context.sendActivity(t.t('hr.frequency.set', { frequency: t.t(`hr.frequency.${command.frequency}`) }));
      return;
    case 'digest':
      await showDigest(context, hr, hrUser, now);
      return;
    case 'contact':
      await requestContact(context, hr, hrUser, command.pseudonym, now, command.jobId);
      return;
    default: {
      const help = t.t('hr.help', { company, frequency: t.t(`hr.frequency.${hrUser.digestFrequency}`) });
      const notice = hr.subscriptionText(hrUser.company, now);
      await context.sendActivity(notice ? `${notice}\n\n${help}` : help);
    }
  }
}

async function showDigest(context: TurnContext, hr: HrService, hrUser: HrUserRecord, now: Date): Promise<void> {
  const result = await hr.sendDigest(hrUser, now, { channelId: context.activity.channelId, send: (a) => context.sendActivity(a) });
  if (result.status === 'empty') await context.sendActivity(hr.texts.t('hr.digest.empty'));
  if (result.status === 'inactive') await context.sendActivity(hr.subscriptionText(hrUser.company, now)!);
}

async function requestContact(context: TurnContext, hr: HrService, hrUser: HrUserRecord, pseudonym: string, now: Date, jobId?: string): Promise<void> {
  const t = hr.texts;
  const { result, jobTitle, channel } = await hr.requestContact(hrUser, pseudonym, now, jobId);
  const vars = { pseudonym, company: hrUser.company.name, job: jobTitle ?? '' };
  // HR learns which way the question reaches the person: by Telegram, or at their next web visit.
  const key = result === 'asked' && channel === 'telegram' ? 'askedTelegram' : result;
  if (result === 'inactive') await context.sendActivity(hr.subscriptionText(hrUser.company, now)!);
  else await context.sendActivity(t.t(`hr.contact.${key}`, vars));
}
