/**
 * The activities the HR side sends: the digest (an Adaptive Card on Teams, text with buttons
 * elsewhere), and the questions and answers of a contact request.
 */
import type { Activity, Attachment, CardAction } from 'botbuilder-core';
import { candidateLines, jobHeading, renderDigestText, type DigestPlan } from '../digest';
import { decodeOwnVerbs } from '../bot/actions';
import type { LotseChannelData } from '../bot/render';
import type { Texts } from '../i18n';
import { contactAction } from './commands';

/** Channels that render Adaptive Cards with Action.Submit. */
const CARD_CHANNELS = new Set(['msteams', 'emulator']);
/** Buttons under a text digest; more would not fit a phone screen (the text names the rest). */
const TEXT_DIGEST_BUTTONS = 8;

/** A plain text message. */
export function textActivity(text: string): Partial<Activity> {
  return { type: 'message', text };
}

/** The digest for a channel: an Adaptive Card where supported, else text with contact buttons. */
export function digestActivity(plan: DigestPlan, texts: Texts, channelId: string): Partial<Activity> {
  if (CARD_CHANNELS.has(channelId)) {
    return { type: 'message', summary: texts.t('hr.digest.cardTitle', { company: plan.companyName }), attachments: [digestCard(plan, texts)] };
  }
  const actions: CardAction[] = plan.jobs
    .flatMap((job) => job.candidates.map((c) => ({ job, c })))
    .slice(0, TEXT_DIGEST_BUTTONS)
    .map(({ job, c }) => ({
      type: 'postBack',
      title: `${texts.t('hr.contact.button')} ${c.pseudonym}`,
      value: contactAction(job.jobId, c.pseudonym),
    }));
  // Each button asks about another candidate: a tap on one keeps the others.
  const channelData: LotseChannelData = { lotse: { keepButtons: true } };
  return { type: 'message', text: renderDigestText(plan, texts), suggestedActions: { to: [], actions }, channelData };
}

type CardElement = Record<string, unknown>;

function candidateContainer(jobId: string, c: DigestPlan['jobs'][number]['candidates'][number], texts: Texts): CardElement {
  const lines = candidateLines(c, texts);
  return {
    type: 'Container',
    separator: true,
    items: [
      { type: 'TextBlock', text: lines.headline, weight: 'Bolder', wrap: true },
      ...lines.facts.map((f) => ({ type: 'TextBlock', text: f, wrap: true, spacing: 'None' })),
      { type: 'TextBlock', text: lines.reason, wrap: true, spacing: 'Small' },
      { type: 'TextBlock', text: lines.breakdown, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' },
      {
        type: 'ActionSet',
        actions: [{ type: 'Action.Submit', title: texts.t('hr.contact.button'), data: { action: contactAction(jobId, c.pseudonym) } }],
      },
    ],
  };
}

/** The digest as one Adaptive Card (1.4, what Teams renders) with a "Kontakt anfragen" per candidate. */
export function digestCard(plan: DigestPlan, texts: Texts): Attachment {
  const body: CardElement[] = [{ type: 'TextBlock', text: texts.t('hr.digest.title', { company: plan.companyName }), size: 'Large', weight: 'Bolder', wrap: true }];
  for (const job of plan.jobs) {
    body.push({ type: 'TextBlock', text: jobHeading(job, texts), size: 'Medium', weight: 'Bolder', wrap: true, separator: true, spacing: 'Large' });
    body.push(...job.candidates.map((c) => candidateContainer(job.jobId, c, texts)));
    if (job.more > 0) body.push({ type: 'TextBlock', text: texts.t('hr.digest.more', { count: job.more }), isSubtle: true, wrap: true });
  }
  if (plan.moreJobs > 0) body.push({ type: 'TextBlock', text: texts.t('hr.digest.moreJobs', { count: plan.moreJobs }), wrap: true });
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.4', body },
  };
}

/** The question to the candidate, with yes/no buttons carrying the request id. */
export function contactQuestion(texts: Texts, requestId: string, vars: { company: string; job: string }): Partial<Activity> {
  return {
    type: 'message',
    text: texts.t('hr.candidate.ask', vars),
    inputHint: 'expectingInput',
    suggestedActions: {
      to: [],
      actions: [
        { type: 'postBack', title: texts.t('hr.candidate.yes'), value: contactAnswerAction(requestId, true) },
        { type: 'postBack', title: texts.t('hr.candidate.no'), value: contactAnswerAction(requestId, false) },
      ],
    },
  };
}

/** Button value of the candidate's answer ("contact:yes:<id>"). */
export function contactAnswerAction(requestId: string, yes: boolean): string {
  return `contact:${yes ? 'yes' : 'no'}:${requestId}`;
}

/** Reads a candidate's answer button; undefined for anything else. */
export function parseContactAnswer(value: unknown): { requestId: string; yes: boolean } | undefined {
  const [answer, requestId, ...rest] = decodeOwnVerbs(value, ['contact'])?.args ?? [];
  return (answer === 'yes' || answer === 'no') && requestId && rest.length === 0 ? { requestId, yes: answer === 'yes' } : undefined;
}
