/**
 * Job coaching: a coach hands a person a code (`/coach` in the coach's chat); the person types it
 * in their own chat with Lotse and agrees; from then on the coach sees the person's profile, the
 * jobs Lotse proposes to them, and can suggest one into the person's chat. The person ends the
 * link at any time ("Coach beenden"). Every look at the profile and every suggestion is audited.
 */
import type { Activity, ConversationReference } from 'botbuilder-core';
import { newInviteCode } from '../hr/codes';
import { textsFor, type Texts } from '../i18n';
import { errorFields, type Logger } from '../log';
import type { Locale, Profile } from '../profile/types';
import type { AuditLog, JobProposal, ProposalService } from '../services/ports';
import type { CoachLinkRecord, CoachLinkStore, Coaching, EditableMessenger, StaffDirectory, StaffRecord } from '../services/handoff-ports';

export interface CoachingDeps {
  store: CoachLinkStore & Pick<StaffDirectory, 'staff' | 'staffReferences'> & AuditLog;
  messenger: EditableMessenger;
  people: { findById(personId: string): Promise<Profile | undefined>; forPerson(personId: string): Promise<ConversationReference[]> };
  proposals: Pick<ProposalService, 'jobs' | 'job'>;
  /** The profile as the person reads it in "Profil zeigen" (dialogs/summary.ts). */
  describe: (texts: Texts, profile: Profile) => string;
  /** The locale coaches are addressed in. */
  locale: Locale;
  log: Logger;
  now: () => Date;
}

/** How long a coach's code can be used. */
const CODE_DAYS = 14;

export const profileAction = (linkId: string) => `co:profile:${linkId}`;
export const jobsAction = (linkId: string) => `co:jobs:${linkId}`;
export const suggestAction = (linkId: string, jobId: string) => `co:sug:${linkId}:${jobId}`;

const coachActor = (id: string) => `staff:${id}`;

export class CoachingService implements Coaching {
  readonly texts: Texts;

  constructor(private readonly deps: CoachingDeps) {
    this.texts = textsFor(deps.locale);
  }

  /** `/coach`: a fresh single-use code for the coach to hand to a person. */
  async newCode(coach: StaffRecord): Promise<string> {
    const code = newInviteCode();
    await this.deps.store.createCoachLink(coach.id, code, new Date(this.deps.now().getTime() + CODE_DAYS * 24 * 3600_000));
    return code;
  }

  async coachFor(code: string): Promise<string | undefined> {
    const coachId = await this.deps.store.offeredCoach(code, this.deps.now());
    return coachId ? (await this.deps.store.staff(coachId))?.name : undefined;
  }

  async link(code: string, personId: string): Promise<string | undefined> {
    const now = this.deps.now();
    const coachId = await this.deps.store.offeredCoach(code, now);
    const coach = coachId ? await this.deps.store.staff(coachId) : undefined;
    if (!coach || !(await this.deps.store.activateCoachLink(code, personId, now))) return undefined;
    await this.deps.store.audit(`person:${personId}`, 'coach.linked', `person:${personId}`, { coach: coachActor(coach.id), consent: ['profile', 'proposals', 'suggestions'] }, now);
    const person = await this.deps.people.findById(personId);
    await this.deps.messenger.send(...(await this.coachChat(coach.id)), [{ type: 'message', text: this.texts.t('coach.staff.linked', { name: person?.firstName ?? this.texts.t('coach.staff.someone') }) }]);
    return coach.name;
  }

  async unlink(personId: string): Promise<number> {
    const now = this.deps.now();
    const ended = await this.deps.store.endCoachLinks(personId, now);
    for (const link of ended) {
      await this.deps.store.audit(`person:${personId}`, 'coach.unlinked', `person:${personId}`, { coach: coachActor(link.coachId) }, now);
      const person = await this.deps.people.findById(personId);
      await this.deps.messenger.send(...(await this.coachChat(link.coachId)), [{ type: 'message', text: this.texts.t('coach.staff.unlinked', { name: person?.firstName ?? this.texts.t('coach.staff.someone') }) }]);
    }
    return ended.length;
  }

  async coachOf(personId: string): Promise<string | undefined> {
    const [link] = await this.deps.store.activeLinksOfPerson(personId);
    return link ? (await this.deps.store.staff(link.coachId))?.name : undefined;
  }

  /** The person asks their coach to talk about a job: the coach gets the job and the person's profile a tap away; audited. */
  async askAbout(personId: string, jobId: string): Promise<{ outcome: 'sent' | 'none' | 'unreachable'; coach?: string; title?: string }> {
    const [link] = await this.deps.store.activeLinksOfPerson(personId);
    const [coach, job] = link ? await Promise.all([this.deps.store.staff(link.coachId), this.deps.proposals.job(jobId)]) : [];
    if (!link || !coach || !job) return { outcome: 'none' };
    const named = { coach: coach.name, title: job.title };
    const person = await this.deps.people.findById(personId);
    const activity: Partial<Activity> = {
      type: 'message',
      text: this.texts.t('coach.staff.asked', { name: person?.firstName ?? this.texts.t('coach.staff.someone'), title: job.title, company: job.employerName }),
      suggestedActions: { to: [], actions: [{ type: 'postBack', title: this.texts.t('coach.staff.profileButton'), value: profileAction(link.id) }] },
    };
    const sent = await this.deps.messenger.send(...(await this.coachChat(link.coachId)), [activity]).catch((err) => {
      this.deps.log.warn(errorFields(err), 'question to the coach could not be sent');
      return 'unreachable' as const;
    });
    if (sent !== 'sent') return { outcome: 'unreachable', ...named };
    await this.deps.store.audit(`person:${personId}`, 'coach.asked', `person:${personId}`, { coach: coachActor(link.coachId), job: job.id }, this.deps.now());
    return { outcome: 'sent', ...named };
  }

  /** The people a coach accompanies, by first name (or "Person 1", …). */
  async people(coach: StaffRecord): Promise<{ link: CoachLinkRecord; name: string }[]> {
    const links = await this.deps.store.activeLinksOfCoach(coach.id);
    const out: { link: CoachLinkRecord; name: string }[] = [];
    for (const [i, link] of links.entries()) {
      const profile = await this.deps.people.findById(link.personId);
      if (profile) out.push({ link, name: profile.firstName ?? this.texts.t('coach.staff.numbered', { n: i + 1 }) });
    }
    return out;
  }

  /** The person's profile for their coach (only over an active link); audited as a disclosure. */
  async profileFor(coach: StaffRecord, linkId: string): Promise<string | undefined> {
    const found = await this.ownLink(coach, linkId);
    if (!found) return undefined;
    await this.deps.store.audit(coachActor(coach.id), 'coach.profile_viewed', `person:${found.profile.id}`, { disclosed: ['profile'] }, this.deps.now());
    return this.deps.describe(this.texts, found.profile);
  }

  /** The jobs Lotse proposes to the person now (best first). */
  async jobsFor(coach: StaffRecord, linkId: string, limit = 3): Promise<JobProposal[] | undefined> {
    const found = await this.ownLink(coach, linkId);
    return found ? (await this.deps.proposals.jobs(found.profile, { limit })).items : undefined;
  }

  /** Puts a job into the person's chat as the coach's suggestion, with "Warum passt das?". */
  async suggest(coach: StaffRecord, linkId: string, jobId: string): Promise<'sent' | 'gone' | 'unreachable'> {
    const found = await this.ownLink(coach, linkId);
    const job = found ? await this.deps.proposals.job(jobId) : undefined;
    if (!found || !job) return 'gone';
    const p = textsFor(found.profile.locale);
    const activity: Partial<Activity> = {
      type: 'message',
      text: p.t('coach.suggested', { coach: coach.name, title: job.title, company: job.employerName }),
      suggestedActions: { to: [], actions: [{ type: 'postBack', title: p.t('coach.why'), value: `job:why:${job.id}` }] },
    };
    for (const reference of await this.deps.people.forPerson(found.profile.id)) {
      const sent = await this.deps.messenger.send(reference, [activity]).catch((err) => {
        this.deps.log.warn({ ...errorFields(err), channelId: reference.channelId }, 'coach suggestion could not be sent');
        return 'unreachable' as const;
      });
      if (sent !== 'sent') continue;
      await this.deps.store.audit(coachActor(coach.id), 'coach.suggested', `person:${found.profile.id}`, { job: job.id }, this.deps.now());
      return 'sent';
    }
    return 'unreachable';
  }

  private async ownLink(coach: StaffRecord, linkId: string): Promise<{ link: CoachLinkRecord; profile: Profile } | undefined> {
    const link = await this.deps.store.activeLink(linkId);
    if (!link || link.coachId !== coach.id) return undefined;
    const profile = await this.deps.people.findById(link.personId);
    return profile ? { link, profile } : undefined;
  }

  private async coachChat(coachId: string): Promise<[ConversationReference]> {
    const [reference] = await this.deps.store.staffReferences(coachId);
    return [(reference ?? {}) as ConversationReference];
  }
}
