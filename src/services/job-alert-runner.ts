/**
 * The job alert: every few minutes, people who switched it on hear about new jobs that fit them,
 * proactively, on the channel they last used. Each job is announced to a person once; with several
 * instances, a lease makes one of them do the round.
 */
import type { Activity } from 'botbuilder-core';
import { errorFields, type Logger } from '../log';
import type { Profile } from '../profile/types';
import type { ConversationRefStore, JobProposal, ProactiveMessenger, ProfileStore } from './ports';
import type { ProposalEngine } from './proposals';

/** How far back a first round looks for "new" jobs. */
const LOOKBACK_MS = 3 * 24 * 60 * 60 * 1000;
const LEASE = 'job-alerts';
const MAX_JOBS_PER_ALERT = 3;

export interface AlertDeliveries {
  subscribers(): Promise<string[]>;
  alreadySent(personId: string, jobIds: string[]): Promise<Set<string>>;
  recordSent(personId: string, jobIds: string[]): Promise<void>;
}

export interface AlertLease {
  tryAcquire(name: string, owner: string, ttlMs: number): Promise<boolean>;
}

export interface JobAlertOptions {
  deliveries: AlertDeliveries;
  profiles: Pick<ProfileStore, 'findById'>;
  conversations: Pick<ConversationRefStore, 'forPerson' | 'markUnreachable'>;
  proposals: Pick<ProposalEngine, 'newJobs' | 'refresh'>;
  send: ProactiveMessenger;
  /** The message for a person and their new jobs (cards with buttons, in their locale). */
  render: (profile: Profile, jobs: JobProposal[]) => Partial<Activity>;
  lease: AlertLease;
  owner: string;
  log: Logger;
  now?: () => Date;
  everyMs?: number;
}

export interface AlertRoundSummary {
  ran: boolean;
  people: number;
  alerted: number;
  jobs: number;
}

async function alertOne(options: JobAlertOptions, personId: string, since: Date): Promise<number> {
  const profile = await options.profiles.findById(personId);
  if (!profile?.jobAlert || profile.skills.length === 0) return 0;
  const found = await options.proposals.newJobs(profile, since, MAX_JOBS_PER_ALERT * 2);
  const sent = await options.deliveries.alreadySent(personId, found.map((p) => p.job.id));
  const fresh = found.filter((p) => !sent.has(p.job.id)).slice(0, MAX_JOBS_PER_ALERT);
  if (fresh.length === 0) return 0;
  for (const reference of await options.conversations.forPerson(personId)) {
    const outcome = await options.send.send(reference, [options.render(profile, fresh)]);
    if (outcome === 'sent') {
      await options.deliveries.recordSent(personId, fresh.map((p) => p.job.id));
      return fresh.length;
    }
    await options.conversations.markUnreachable(reference.channelId, reference.conversation.id);
  }
  return 0;
}

/** One round over everybody with the alert on; returns what it did. */
export async function runJobAlerts(options: JobAlertOptions): Promise<AlertRoundSummary> {
  const now = (options.now ?? (() => new Date()))();
  const every = options.everyMs ?? 15 * 60_000;
  if (!(await options.lease.tryAcquire(LEASE, options.owner, every))) return { ran: false, people: 0, alerted: 0, jobs: 0 };
  await options.proposals.refresh();
  const since = new Date(now.getTime() - LOOKBACK_MS);
  const people = await options.deliveries.subscribers();
  let alerted = 0;
  let jobs = 0;
  for (const personId of people) {
    try {
      const count = await alertOne(options, personId, since);
      if (count > 0) alerted += 1;
      jobs += count;
    } catch (err) {
      options.log.warn({ ...errorFields(err) }, 'job alert failed for one person');
    }
  }
  return { ran: true, people: people.length, alerted, jobs };
}

/** Runs a round every `everyMs` (default 15 minutes) until stopped. */
export function startJobAlertScheduler(options: JobAlertOptions): { stop(): void; runNow(): Promise<AlertRoundSummary> } {
  const runNow = () => runJobAlerts(options);
  const timer = setInterval(() => {
    runNow()
      .then((summary) => {
        if (summary.jobs > 0) options.log.info({ people: summary.alerted, jobs: summary.jobs }, 'job alerts sent');
      })
      .catch((err) => options.log.error(errorFields(err), 'job alert round failed'));
  }, options.everyMs ?? 15 * 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer), runNow };
}
