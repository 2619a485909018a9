/**
 * The live handoff: a person asks for a human, the counsellors on duty get the request with
 * «Übernehmen», the first to tap owns the case (the others' messages are edited to say so), and
 * from then on messages are relayed both ways until either side ends it. Requests nobody takes in
 * time, or that come outside office hours, become callback requests. Channel-neutral: people and
 * counsellors may be on any channel; everything goes out through the channel router.
 */
import type { Activity, ConversationReference } from 'botbuilder-core';
import { textsFor, type Texts } from '../i18n';
import { errorFields, type Logger } from '../log';
import type { Locale } from '../profile/types';
import type { AuditLog } from '../services/ports';
import type { EditableMessenger, HandoffCase, Handoffs, HandoffStore, StaffDirectory, StaffRecord } from '../services/handoff-ports';
import { isOpen, parseOfficeHours, type OpeningPeriod } from './office-hours';

export interface HandoffServiceDeps {
  store: StaffDirectory & HandoffStore & AuditLog;
  messenger: EditableMessenger;
  /** The locale staff are addressed in. */
  locale: Locale;
  /** OFFICE_HOURS as configured. */
  officeHours: string;
  /** How long a request waits for a taker (HANDOFF_WAIT_MINUTES). */
  waitMinutes: number;
  log: Logger;
  /** Clock (tests). */
  now?: () => Date;
}

/** Button values (short: they travel in Telegram's 64-byte callback data). */
export const takeAction = (caseId: string) => `ho:take:${caseId}`;
export const passAction = (caseId: string, staffId: string) => `ho:pass:${caseId}:${staffId}`;
export const calledAction = (caseId: string) => `ho:called:${caseId}`;

/** The actor or subject of an audit event: pseudonymous ids only. */
const staffActor = (id: string) => `staff:${id}`;
const subjectOf = (handoff: HandoffCase) => (handoff.personId ? `person:${handoff.personId}` : `handoff:${handoff.id}`);

export type JoinOutcome = { kind: 'joined' | 'already'; staff: StaffRecord } | { kind: 'invalid' };
export type TakeOutcome = { kind: 'taken'; handoff: HandoffCase; waiting: string[] } | { kind: 'already'; by?: string } | { kind: 'gone' };

function text(value: string, buttons?: { title: string; value: string }[]): Partial<Activity> {
  return { type: 'message', text: value, ...(buttons?.length ? { suggestedActions: { to: [], actions: buttons.map((b) => ({ type: 'postBack', title: b.title, value: b.value })) } } : {}) };
}

export class HandoffService implements Handoffs {
  readonly texts: Texts;
  private readonly periods: OpeningPeriod[];

  constructor(private readonly deps: HandoffServiceDeps) {
    this.texts = textsFor(deps.locale);
    this.periods = parseOfficeHours(deps.officeHours) ?? [];
  }

  now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  officeHours(): string {
    return this.deps.officeHours;
  }

  // ───────────── staff accounts ─────────────

  async join(code: string, account: { channelId: string; channelUserId: string; reference: Partial<ConversationReference> }, now: Date): Promise<JoinOutcome> {
    const known = await this.deps.store.staffByChannel(account.channelId, account.channelUserId);
    if (known) return { kind: 'already', staff: known };
    const staff = await this.deps.store.redeemStaffInvite(code, now, account);
    if (!staff) return { kind: 'invalid' };
    await this.deps.store.audit(staffActor(staff.id), 'staff.joined', staffActor(staff.id), { channel: account.channelId, roles: staff.roles }, now);
    return { kind: 'joined', staff };
  }

  staffByChannel(channelId: string, channelUserId: string): Promise<StaffRecord | undefined> {
    return this.deps.store.staffByChannel(channelId, channelUserId);
  }

  async remember(staff: StaffRecord, channelId: string, channelUserId: string, reference: Partial<ConversationReference>): Promise<void> {
    await this.deps.store.saveStaffReference(staff.id, channelId, channelUserId, reference);
  }

  async setOnDuty(staff: StaffRecord, onDuty: boolean): Promise<void> {
    await this.deps.store.setOnDuty(staff.id, onDuty);
  }

  async staffName(staffId: string): Promise<string | undefined> {
    return (await this.deps.store.staff(staffId))?.name;
  }

  // ───────────── the person's side ─────────────

  async available(now: Date): Promise<boolean> {
    if (!isOpen(this.periods, now)) return false;
    return (await this.deps.store.staffWithRole('counsellor')).some((s) => s.onDuty);
  }

  async request(data: Parameters<Handoffs['request']>[0], now: Date): Promise<{ status: 'sent' | 'none'; caseId: string }> {
    const { store } = this.deps;
    const handoff = await store.openCase({ ...this.place(data.reference), ...data, status: 'waiting' }, now);
    await store.audit(data.personId ? `person:${data.personId}` : 'person', 'handoff.requested', subjectOf(handoff), { handoff: handoff.id, profileShared: Boolean(data.summary) }, now);
    let sent = 0;
    const t = this.texts;
    const body = t.t('handoff.staff.request', { topic: data.topic }) + (data.summary ? `\n\n${t.t('handoff.staff.profile', { summary: data.summary })}` : '');
    for (const staff of (await store.staffWithRole('counsellor')).filter((s) => s.onDuty)) {
      for (const reference of await store.staffReferences(staff.id)) {
        const messageId = await this.post(reference, text(body, [{ title: t.t('handoff.staff.take'), value: takeAction(handoff.id) }]));
        if (messageId === undefined) continue;
        await store.addOffer(handoff.id, { staffId: staff.id, reference, messageId });
        sent += 1;
        break;
      }
    }
    if (!sent) await store.finish(handoff.id, 'missed', now);
    return { status: sent ? 'sent' : 'none', caseId: handoff.id };
  }

  async callback(data: Parameters<Handoffs['callback']>[0], now: Date): Promise<void> {
    const { store } = this.deps;
    const existing = data.caseId ? await store.handoff(data.caseId) : undefined;
    if (existing && existing.conversationId === this.place(data.reference).conversationId && (await store.requestCallback(existing.id, data.contact, now))) {
      await store.audit(data.personId ? `person:${data.personId}` : 'person', 'handoff.callback_requested', subjectOf(existing), { handoff: existing.id }, now);
      return;
    }
    const handoff = await store.openCase({ ...this.place(data.reference), ...data, callbackContact: data.contact, status: 'callback' }, now);
    await store.audit(data.personId ? `person:${data.personId}` : 'person', 'handoff.callback_requested', subjectOf(handoff), { handoff: handoff.id }, now);
  }

  openCaseIn(channelId: string, conversationId: string): Promise<HandoffCase | undefined> {
    return this.deps.store.openCaseIn(channelId, conversationId);
  }

  async fromPerson(handoff: HandoffCase, message: string, now: Date): Promise<void> {
    await this.deps.store.addMessage(handoff.id, 'person', message, now);
    if (handoff.status === 'active' && handoff.staffId) await this.toStaff(handoff.staffId, [text(this.texts.t('handoff.staff.fromPerson', { text: message }))]);
  }

  async endByPerson(handoff: HandoffCase, now: Date): Promise<void> {
    if (!(await this.deps.store.finish(handoff.id, 'closed', now))) return;
    await this.deps.store.audit('person', 'handoff.ended_by_person', subjectOf(handoff), { handoff: handoff.id }, now);
    if (handoff.status === 'active' && handoff.staffId) await this.toStaff(handoff.staffId, [text(this.texts.t('handoff.staff.personEnded'))]);
    else await this.editOffers(handoff, this.texts.t('handoff.staff.withdrawn', { topic: handoff.topic }));
  }

  // ───────────── the counsellor's side ─────────────

  /** «Übernehmen»: the first counsellor owns the case; the others' request messages say who took it. */
  async take(staff: StaffRecord, caseId: string, now: Date): Promise<TakeOutcome> {
    const { store } = this.deps;
    const handoff = await store.handoff(caseId);
    if (!handoff) return { kind: 'gone' };
    if (!(await store.take(caseId, staff.id, now))) {
      const latest = await store.handoff(caseId);
      return latest?.status === 'active' && latest.staffId ? { kind: 'already', by: await this.staffName(latest.staffId) } : { kind: 'gone' };
    }
    await store.audit(staffActor(staff.id), 'handoff.taken', subjectOf(handoff), { handoff: caseId, disclosed: handoff.summary ? ['topic', 'profile'] : ['topic'] }, now);
    await this.editOffers(handoff, this.texts.t('handoff.staff.takenBy', { name: staff.name, topic: handoff.topic }));
    const p = textsFor(handoff.locale);
    await this.toPerson(handoff, p.t('handoff.taken', { name: staff.name }));
    const waiting = (await store.messages(caseId)).filter((m) => m.sender === 'person').map((m) => m.text);
    return { kind: 'taken', handoff: { ...handoff, status: 'active', staffId: staff.id, takenAt: now }, waiting };
  }

  activeCaseOf(staff: StaffRecord): Promise<HandoffCase | undefined> {
    return this.deps.store.activeCaseOf(staff.id);
  }

  /** A counsellor's message in their active case, to the person, marked as from a person of the network. */
  async fromStaff(staff: StaffRecord, handoff: HandoffCase, message: string, now: Date): Promise<boolean> {
    await this.deps.store.addMessage(handoff.id, 'staff', message, now);
    return this.toPerson(handoff, textsFor(handoff.locale).t('handoff.fromStaff', { name: staff.name, text: message }));
  }

  /** `/ende`: the counsellor ends the case; the person is back with Lotse. */
  async endByStaff(staff: StaffRecord, handoff: HandoffCase, now: Date): Promise<boolean> {
    if (!(await this.deps.store.finish(handoff.id, 'closed', now))) return false;
    await this.deps.store.audit(staffActor(staff.id), 'handoff.ended', subjectOf(handoff), { handoff: handoff.id }, now);
    await this.toPerson(handoff, textsFor(handoff.locale).t('handoff.endedByStaff', { name: staff.name }));
    return true;
  }

  /** Colleagues a case can be handed on to. */
  async colleagues(staff: StaffRecord): Promise<StaffRecord[]> {
    return (await this.deps.store.staffWithRole('counsellor')).filter((s) => s.id !== staff.id);
  }

  /** Hands the case on; the colleague gets the question (and the profile, if shared) and the person is told. */
  async passOn(staff: StaffRecord, caseId: string, toId: string, now: Date): Promise<{ kind: 'passed'; to: string } | { kind: 'gone' }> {
    const { store } = this.deps;
    const handoff = await store.handoff(caseId);
    const to = await store.staff(toId);
    if (!handoff || !to || !to.roles.includes('counsellor') || to.id === staff.id || !(await store.passOn(caseId, staff.id, to.id))) return { kind: 'gone' };
    await store.audit(staffActor(staff.id), 'handoff.passed_on', subjectOf(handoff), { handoff: caseId, to: staffActor(to.id), disclosed: handoff.summary ? ['topic', 'profile', 'messages'] : ['topic', 'messages'] }, now);
    const history = (await store.messages(caseId)).map((m) => (m.sender === 'person' ? this.texts.t('handoff.staff.fromPerson', { text: m.text }) : `${staff.name}: ${m.text}`));
    const body = [this.texts.t('handoff.staff.passedToYou', { from: staff.name, topic: handoff.topic }), handoff.summary ? this.texts.t('handoff.staff.profile', { summary: handoff.summary }) : '', history.slice(-10).join('\n')].filter(Boolean).join('\n\n');
    await this.toStaff(to.id, [text(body)]);
    await this.toPerson(handoff, textsFor(handoff.locale).t('handoff.passedOn', { name: to.name }));
    return { kind: 'passed', to: to.name };
  }

  openCallbacks(): Promise<HandoffCase[]> {
    return this.deps.store.openCallbacks();
  }

  async markCalled(staff: StaffRecord, caseId: string, now: Date): Promise<boolean> {
    const handoff = await this.deps.store.handoff(caseId);
    if (!handoff || !(await this.deps.store.markCalled(caseId, staff.id, now))) return false;
    await this.deps.store.audit(staffActor(staff.id), 'handoff.callback_done', subjectOf(handoff), { handoff: caseId }, now);
    return true;
  }

  // ───────────── the clock ─────────────

  /** Requests nobody took within the wait: the person is told honestly and offered a callback. */
  async expireWaiting(now: Date): Promise<number> {
    const { store } = this.deps;
    let expired = 0;
    for (const handoff of await store.waitingSince(new Date(now.getTime() - this.deps.waitMinutes * 60_000))) {
      if (!(await store.finish(handoff.id, 'missed', now))) continue;
      expired += 1;
      await store.audit('lotse', 'handoff.missed', subjectOf(handoff), { handoff: handoff.id }, now);
      await this.editOffers(handoff, this.texts.t('handoff.staff.missed', { topic: handoff.topic, minutes: this.deps.waitMinutes }));
      const p = textsFor(handoff.locale);
      await this.sendPerson(handoff, text(p.t('handoff.missed'), [
        { title: p.t('handoff.callbackYes'), value: `ho:cb:${handoff.id}` },
        { title: p.t('handoff.callbackNo'), value: 'ho:cb:no' },
      ]));
    }
    return expired;
  }

  // ───────────── delivery ─────────────

  private place(reference: Partial<ConversationReference>): { channelId: string; conversationId: string } {
    return { channelId: reference.channelId ?? '', conversationId: reference.conversation?.id ?? '' };
  }

  private async post(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string | undefined> {
    try {
      return await this.deps.messenger.post(reference, activity);
    } catch (err) {
      this.deps.log.warn({ ...errorFields(err), channelId: reference.channelId }, 'handoff message could not be sent');
      return undefined;
    }
  }

  private toPerson(handoff: HandoffCase, message: string): Promise<boolean> {
    return this.sendPerson(handoff, text(message));
  }

  private async sendPerson(handoff: HandoffCase, activity: Partial<Activity>): Promise<boolean> {
    return (await this.post(handoff.reference, { ...activity, locale: handoff.locale })) !== undefined;
  }

  private async toStaff(staffId: string, activities: Partial<Activity>[]): Promise<void> {
    for (const reference of await this.deps.store.staffReferences(staffId)) {
      if ((await this.deps.messenger.send(reference as ConversationReference, activities).catch(() => 'unreachable')) === 'sent') return;
    }
  }

  /** Rewrites the request messages counsellors got, without the button (taken, withdrawn, missed). */
  private async editOffers(handoff: HandoffCase, message: string): Promise<void> {
    for (const offer of await this.deps.store.offers(handoff.id)) {
      await this.deps.messenger
        .update(offer.reference, { type: 'message', id: offer.messageId, text: message })
        .catch((err) => this.deps.log.warn({ ...errorFields(err), channelId: offer.reference.channelId }, 'handoff request could not be edited'));
    }
  }
}
