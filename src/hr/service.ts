/**
 * The HR services: joining with an invite code, digest frequency, subscription notices, sending
 * a digest, and the contact request between HR and a candidate. Channel-neutral: HR may be on
 * Teams or Telegram, candidates anywhere; messages go out through the ProactiveMessenger.
 */
import type { Activity, ConversationReference } from 'botbuilder-core';
import { digestDue, planDigest, pseudonymFor, pseudonymousView, type PendingItem } from '../digest';
import { markDualCareers } from './dual-career';
import { nearestLocale, textsFor, type Texts } from '../i18n';
import { errorFields, type Logger } from '../log';
import type { Locale } from '../profile/types';
import type {
  AuditLog,
  CompanyRecord,
  ContactRequestStore,
  DigestFrequency,
  DigestQueue,
  HrDirectory,
  HrUserRecord,
  ProactiveMessenger,
} from '../services/ports';
import { contactQuestion, digestActivity, textActivity } from './messages';
import { subscriptionActive } from './subscription';

export interface HrServiceDeps {
  store: HrDirectory & DigestQueue & ContactRequestStore & AuditLog;
  /** Delivers proactive messages on the reference's channel. */
  messenger: ProactiveMessenger;
  /** The locale HR people are addressed in (HR users have no profile). */
  locale: Locale;
  log: Logger;
}

export type JoinResult = { kind: 'joined' | 'already'; hrUser: HrUserRecord } | { kind: 'invalid' };
export type ContactAskResult = 'asked' | 'waiting' | 'already' | 'unknown' | 'unreachable' | 'inactive';

/**
 * The web chat's channel: a message sent into a web conversation reaches nobody once the page is
 * closed (the next visit opens a new conversation), so requests wait for that visit instead.
 */
const WEB_CHAT_CHANNEL = 'directline';
export type ContactAnswerResult = 'shared' | 'declined' | 'closed';
export type DigestSendResult = { status: 'sent'; candidates: number } | { status: 'empty' | 'inactive' | 'unreachable' };

/** Answers within the current turn (its channel decides card or text). */
export interface InTurnReply {
  channelId: string;
  send(activity: Partial<Activity>): Promise<unknown>;
}

/** Audit subjects and actors: pseudonymous ids only. */
const hrId = (id: string) => `hr:${id}`;
const personRef = (id: string) => `person:${id}`;

/** A date for a message: 31.12.2026 in German, 2026-12-31 in English. */
export function formatDate(date: Date, locale: Locale): string {
  const iso = date.toISOString().slice(0, 10);
  if (locale === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** The HR side of Lotse. */
export class HrService {
  readonly store: HrServiceDeps['store'];

  constructor(private readonly deps: HrServiceDeps) {
    this.store = deps.store;
  }

  /** Texts for HR people. */
  get texts(): Texts {
    return textsFor(this.deps.locale);
  }

  /** The HR user writing from this channel account, if any. */
  hrUserFor(channelId: string, channelUserId: string): Promise<HrUserRecord | undefined> {
    return this.store.hrUserByChannel(channelId, channelUserId);
  }

  /** Joins the sender as HR of the code's company and remembers where to reach them. */
  async join(code: string, reference: Partial<ConversationReference>, now: Date, displayName?: string): Promise<JoinResult> {
    const existing = reference.channelId && reference.user?.id ? await this.hrUserFor(reference.channelId, reference.user.id) : undefined;
    if (existing) return { kind: 'already', hrUser: existing };
    const hrUser = await this.store.redeemInvite(code, now, displayName);
    if (!hrUser) {
      await this.store.audit('anonymous', 'hr.invite_rejected', 'invite', { channelId: reference.channelId }, now);
      return { kind: 'invalid' };
    }
    await this.store.saveHrReference(hrUser.id, reference);
    await this.store.audit(hrId(hrUser.id), 'hr.joined', `company:${hrUser.companyId}`, { channelId: reference.channelId }, now);
    return { kind: 'joined', hrUser };
  }

  /** Keeps the HR user's conversation reference current (Teams service URLs change). */
  async remember(hrUser: HrUserRecord, reference: Partial<ConversationReference>): Promise<void> {
    await this.store.saveHrReference(hrUser.id, reference);
  }

  async setFrequency(hrUser: HrUserRecord, frequency: DigestFrequency, now: Date): Promise<void> {
    await this.store.setFrequency(hrUser.id, frequency);
    await this.store.audit(hrId(hrUser.id), 'hr.frequency', hrId(hrUser.id), { frequency }, now);
  }

  /** The welcome after joining, in the HR person's words. */
  joinedText(hrUser: HrUserRecord, now: Date): string {
    const t = this.texts;
    const lines = [t.t('hr.join.ok', { company: hrUser.company.name, frequency: t.t(`hr.frequency.${hrUser.digestFrequency}`) })];
    lines.push(this.subscriptionText(hrUser.company, now) ?? t.t('hr.subscription.active', { company: hrUser.company.name, date: formatDate(hrUser.company.subscriptionUntil!, t.locale) }));
    lines.push(t.t('hr.frequency.ask'));
    return lines.join('\n\n');
  }

  /** A clear message when the company's subscription is not active; undefined while it is. */
  subscriptionText(company: CompanyRecord, now: Date): string | undefined {
    if (subscriptionActive(company, now)) return undefined;
    const t = this.texts;
    if (company.subscriptionUntil && company.subscriptionUntil.getTime() < now.getTime()) {
      return t.t('hr.subscription.expired', { company: company.name, date: formatDate(company.subscriptionUntil, t.locale) });
    }
    return t.t('hr.subscription.inactive', { company: company.name });
  }

  /** Whether a digest is due for this HR user now. */
  isDue(hrUser: HrUserRecord, now: Date): boolean {
    return digestDue(hrUser.digestFrequency, hrUser.lastDigestAt, now);
  }

  /**
   * Sends the HR user the candidates queued since their last digest; nothing for an empty period.
   * `reply` answers inside a running turn (the "/digest" command) instead of proactively.
   */
  async sendDigest(hrUser: HrUserRecord, now: Date, reply?: InTurnReply): Promise<DigestSendResult> {
    if (!subscriptionActive(hrUser.company, now)) return { status: 'inactive' };
    const items = await this.store.pendingFor(hrUser.companyId, hrUser.lastDigestAt, now);
    const pending: PendingItem[] = items.map((i) => ({
      jobId: i.jobId,
      jobTitle: i.jobTitle,
      score: i.score,
      breakdown: i.breakdown,
      matched: i.matched,
      candidate: pseudonymousView(i.candidate, i.pseudonym),
    }));
    await markDualCareers(this.store, hrUser.companyId, items, pending, now);
    const plan = planDigest(hrUser.company.name, pending);
    if (!plan) return { status: 'empty' };
    const delivered = reply
      ? (await reply.send(digestActivity(plan, this.texts, reply.channelId)), true)
      : await this.deliverToHr(hrUser, (channelId) => digestActivity(plan, this.texts, channelId));
    if (!delivered) return { status: 'unreachable' };
    const shownKeys = new Set(plan.jobs.flatMap((j) => j.candidates.map((c) => `${j.jobId}\u0000${c.pseudonym}`)));
    const shown = items.filter((i) => shownKeys.has(`${i.jobId}\u0000${i.pseudonym}`));
    const rest = items.filter((i) => !shownKeys.has(`${i.jobId}\u0000${i.pseudonym}`));
    await this.store.markReported(hrUser.companyId, hrUser.lastDigestAt, now, now);
    await this.store.markDigestSent(hrUser.id, now);
    if (rest.length > 0) await this.store.carryOver(rest, new Date(now.getTime() + 1));
    await this.store.audit('system', 'hr.digest_sent', hrId(hrUser.id), { candidates: shown.map((i) => i.pseudonym), jobs: plan.jobs.map((j) => j.jobId) }, now);
    return { status: 'sent', candidates: shown.length };
  }

  /** Tells an HR user once per subscription end that digests stopped. */
  async noticeExpired(hrUser: HrUserRecord, now: Date): Promise<boolean> {
    const text = this.subscriptionText(hrUser.company, now);
    if (!text || !hrUser.company.subscriptionUntil) return false;
    const subject = `${hrId(hrUser.id)}:${hrUser.company.subscriptionUntil.toISOString()}`;
    if (await this.store.hasAudit('system', 'hr.subscription_expired_notice', subject)) return false;
    if (!(await this.deliverToHr(hrUser, () => textActivity(text)))) return false;
    await this.store.audit('system', 'hr.subscription_expired_notice', subject, {}, now);
    return true;
  }

  /**
   * HR asks to contact a candidate of their digest: the candidate is asked in their own channel.
   * Only items of the HR user's own company resolve, so nobody can probe other companies' candidates.
   */
  async requestContact(hrUser: HrUserRecord, pseudonym: string, now: Date, jobId?: string): Promise<{ result: ContactAskResult; jobTitle?: string; channel?: string }> {
    if (!subscriptionActive(hrUser.company, now)) return { result: 'inactive' };
    const item = await this.store.itemByPseudonym(hrUser.companyId, pseudonym, jobId);
    if (!item) return { result: 'unknown' };
    const { request, created } = await this.store.openContactRequest(item.jobId, item.personId, hrUser.id, now);
    if (!created) return { result: 'already', jobTitle: item.jobTitle };
    await this.store.audit(hrId(hrUser.id), 'contact.requested', personRef(item.personId), { requestId: request.id, jobId: item.jobId, pseudonym }, now);
    const person = await this.store.contactDetails(item.personId);
    const texts = textsFor(nearestLocale(person?.locale, this.deps.locale));
    const question = contactQuestion(texts, request.id, { company: hrUser.company.name, job: item.jobTitle });
    const references = await this.store.personReferences(item.personId);
    const pushed = references.filter((r) => r.channelId !== WEB_CHAT_CHANNEL);
    const channel = await this.deliver(pushed, () => question);
    if (channel) return { result: 'asked', jobTitle: item.jobTitle, channel };
    if (references.length > pushed.length) {
      // Only the web chat knows the person: the question goes into their newest web conversation
      // (seen at once if the page is open) and waits for their next visit as well.
      await this.deliver(references.filter((r) => r.channelId === WEB_CHAT_CHANNEL).slice(0, 1), () => question);
      await this.store.audit('system', 'contact.waiting', personRef(item.personId), { requestId: request.id }, now);
      return { result: 'waiting', jobTitle: item.jobTitle };
    }
    await this.store.deleteContactRequest(request.id);
    await this.store.audit('system', 'contact.undeliverable', personRef(item.personId), { requestId: request.id }, now);
    return { result: 'unreachable', jobTitle: item.jobTitle };
  }

  /** The questions of the requests still waiting for this person, in their language. */
  async waitingQuestions(personId: string): Promise<Partial<Activity>[]> {
    const pending = await this.store.pendingRequestsFor(personId);
    if (pending.length === 0) return [];
    const person = await this.store.contactDetails(personId);
    const texts = textsFor(nearestLocale(person?.locale, this.deps.locale));
    const questions: Partial<Activity>[] = [];
    for (const request of pending) {
      const open = await this.openRequestFor(request.id, personId);
      if (open) questions.push(contactQuestion(texts, request.id, { company: open.company, job: open.job }));
    }
    return questions;
  }

  /** The open request a candidate is answering, if it is theirs and still pending. */
  async openRequestFor(requestId: string, personId: string): Promise<{ company: string; job: string; contactShare?: string } | undefined> {
    const request = await this.store.contactRequest(requestId);
    if (!request || request.personId !== personId || request.status !== 'pending') return undefined;
    const hrUser = await this.store.hrUser(request.hrUserId);
    const job = await this.store.jobTitle(request.jobId);
    const person = await this.store.contactDetails(personId);
    return hrUser && job ? { company: hrUser.company.name, job, contactShare: person?.contactShare } : undefined;
  }

  /**
   * The candidate decides. Yes: HR gets the first name and the contact the candidate shares.
   * No: HR gets a polite answer that names only the pseudonym.
   */
  async answerContact(requestId: string, personId: string, yes: boolean, now: Date, contact?: string): Promise<ContactAnswerResult> {
    const request = await this.store.contactRequest(requestId);
    if (!request || request.personId !== personId || request.status !== 'pending') return 'closed';
    const hrUser = await this.store.hrUser(request.hrUserId);
    if (!hrUser) return 'closed';
    if (!(await this.store.decideContactRequest(requestId, yes ? 'accepted' : 'declined', now))) return 'closed';
    // The pseudonym HR saw in its digest, even if the master secret was rotated since.
    const pseudonym = (await this.store.shownPseudonym(request.jobId, personId)) ?? pseudonymFor(this.store.pseudonymKey(), hrUser.companyId, personId);
    const job = (await this.store.jobTitle(request.jobId)) ?? '';
    const t = this.texts;
    if (yes) {
      if (contact) await this.store.setContactShare(personId, contact);
      const details = await this.store.contactDetails(personId);
      const name = details?.firstName ?? t.t('hr.contact.noName');
      await this.store.audit(personRef(personId), 'contact.accepted', personRef(personId), { requestId }, now);
      await this.deliverToHr(hrUser, () => textActivity(t.t('hr.contact.accepted', { pseudonym, company: hrUser.company.name, job, name, contact: details?.contactShare ?? '–' })));
      await this.store.audit('system', 'contact.disclosed', personRef(personId), { requestId, to: hrId(hrUser.id), fields: ['firstName', 'contact'] }, now);
      return 'shared';
    }
    await this.store.audit(personRef(personId), 'contact.declined', personRef(personId), { requestId }, now);
    await this.deliverToHr(hrUser, () => textActivity(t.t('hr.contact.declined', { pseudonym, job })));
    return 'declined';
  }

  /** The candidate withdrew visibility (or deleted the profile): out of every queue at once. */
  async visibilityChanged(personId: string, visibility: 'private' | 'anonymous', now: Date): Promise<void> {
    if (visibility === 'anonymous') return;
    const removed = await this.store.removePersonFromDigests(personId);
    await this.store.audit(personRef(personId), 'hr_visibility.revoked', personRef(personId), { removedItems: removed }, now);
  }

  /** Sends to the HR user's newest reachable conversation; false when none is reachable. */
  private async deliverToHr(hrUser: HrUserRecord, build: (channelId: string) => Partial<Activity>): Promise<boolean> {
    return Boolean(await this.deliver(await this.store.hrReferences(hrUser.id), build));
  }

  /** Sends to the first reachable reference; its channel id, or undefined when none was reached. */
  private async deliver(references: Partial<ConversationReference>[], build: (channelId: string) => Partial<Activity>): Promise<string | undefined> {
    for (const reference of references) {
      const channelId = reference.channelId ?? '';
      try {
        const outcome = await this.deps.messenger.send(reference as ConversationReference, [build(channelId)]);
        if (outcome === 'sent') return channelId;
        await this.store.markUnreachable(channelId, reference.conversation?.id ?? '');
      } catch (err) {
        this.deps.log.warn({ ...errorFields(err), channelId }, 'proactive HR message failed');
      }
    }
    return undefined;
  }
}
