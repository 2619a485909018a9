/**
 * One digest run: queue new or changed matches (only jobs and profiles changed since the last
 * run are rescored), then send every due HR user their digest. Coordinated through a database
 * lease, so with several instances on one database a run happens once.
 */
import { randomUUID } from 'node:crypto';
import {
  CandidateIndex,
  incrementalMatches,
  matchJobs,
  newOrChanged,
  pairKey,
  pseudonymFor,
  type DigestMatch,
} from '../digest';
import type { Logger } from '../log';
import type { Locale } from '../profile/types';
import type { DigestQueue, HrPorts, ProactiveMessenger, RunCoordination } from '../services/ports';
import { HrService } from './service';
import { subscriptionActive } from './subscription';

/** The lease that makes a run happen once across instances. */
export const DIGEST_LEASE = 'digest';
/** Longer than any run; an instance that dies mid-run blocks others at most this long. */
const LEASE_TTL_MS = 15 * 60_000;
/** Where the run remembers up to when it has looked at changes. */
const WATERMARK = 'digest.watermark';

export interface DigestRunOptions {
  /** The HR side of the database (src/store/hr-store.ts), made with the pseudonym key. */
  store: HrPorts;
  /** The moment the run acts at (subscriptions, due digests); defaults to the clock. */
  now?: Date;
  /** Sends proactive messages (the ChannelRouter, or a test double). */
  send: ProactiveMessenger;
  log: Logger;
  locale?: Locale;
  /** Minimum score (0..1) of a reported match. */
  threshold?: number;
  /** Identifies this instance in the lease (default: a random id). */
  owner?: string;
  /** Only queue matches, send nothing (for benchmarks and dry runs). */
  queueOnly?: boolean;
}

export interface DigestRunSummary {
  /** False when another instance was running the digest. */
  ran: boolean;
  companies: number;
  hrUsers: number;
  jobs: number;
  candidates: number;
  queued: number;
  digestsSent: number;
  candidatesReported: number;
  skippedExpired: number;
  /** HR people whose daily or weekly digest was not due at this run. */
  notDue?: number;
  /** HR people whose digest was due but had no new candidates. */
  nothingNew?: number;
  /** HR people Lotse could not reach (no stored conversation). */
  unreachable?: number;
  /** Milliseconds spent queueing matches and sending digests. */
  timings: { queueMs: number; sendMs: number };
}

const EMPTY: Omit<DigestRunSummary, 'ran' | 'timings'> = {
  companies: 0,
  hrUsers: 0,
  jobs: 0,
  candidates: 0,
  queued: 0,
  digestsSent: 0,
  candidatesReported: 0,
  skippedExpired: 0,
};

/** Runs one digest (queue + send) unless another instance holds the lease. */
export async function runDigest(options: DigestRunOptions): Promise<DigestRunSummary> {
  const { store } = options;
  const owner = options.owner ?? randomUUID();
  const now = options.now ?? new Date();
  if (!(await store.tryLease(DIGEST_LEASE, owner, LEASE_TTL_MS))) {
    options.log.info('digest run skipped: another instance is running it');
    return { ran: false, ...EMPTY, timings: { queueMs: 0, sendMs: 0 } };
  }
  try {
    const started = performance.now();
    const queued = await queueMatches(store, now, options.threshold);
    const queueMs = Math.round(performance.now() - started);
    const sent = options.queueOnly ? { ...EMPTY } : await sendDue(store, options, now);
    const timings = { queueMs, sendMs: Math.round(performance.now() - started) - queueMs };
    const summary = { ran: true, ...sent, jobs: queued.jobs, candidates: queued.candidates, queued: queued.queued, timings };
    options.log.info({ ...summary }, 'digest run finished');
    return summary;
  } finally {
    await store.releaseLease(DIGEST_LEASE, owner, now);
  }
}

/** Queues new or changed matches; returns what it looked at. */
export async function queueMatches(store: DigestQueue & RunCoordination, now: Date, threshold?: number): Promise<{ jobs: number; candidates: number; queued: number }> {
  // Changes are tracked against the wall clock (row timestamps), not the run's `now`.
  const startedAt = new Date();
  const watermark = await store.setting(WATERMARK);
  const since = watermark ? new Date(watermark) : undefined;
  const [jobs, candidates] = await Promise.all([store.activeJobs(now), store.consentingCandidates()]);
  let matches: DigestMatch[];
  let changed: { jobs: string[]; people: string[] } | undefined;
  if (since) {
    const [changedJobIds, changedCandidateIds] = await Promise.all([store.changedJobIds(since), store.changedCandidateIds(since)]);
    matches = incrementalMatches({ allJobs: jobs, changedJobIds, allCandidates: candidates, changedCandidateIds, now }, { threshold });
    changed = { jobs: [...changedJobIds], people: [...changedCandidateIds] };
  } else {
    matches = matchJobs(jobs, new CandidateIndex(candidates, now), { threshold });
  }
  const known = await store.knownFingerprints([...new Set(matches.map((m) => m.jobId))]);
  const key = store.pseudonymKey();
  const fresh = newOrChanged(matches, known).map((m) => ({ ...m, pseudonym: pseudonymFor(key, m.companyId, m.personId) }));
  await store.queue(fresh, now, known);
  if (changed) {
    const keep = new Set(matches.map((m) => pairKey(m.jobId, m.personId)));
    await store.dropStale('personId', changed.people, keep);
    await store.dropStale('jobId', changed.jobs, keep);
  }
  await store.setSetting(WATERMARK, startedAt.toISOString());
  return { jobs: jobs.length, candidates: candidates.length, queued: fresh.length };
}

async function sendDue(store: HrPorts, options: DigestRunOptions, now: Date): Promise<Omit<DigestRunSummary, 'ran' | 'timings'>> {
  const service = new HrService({ store, messenger: options.send, locale: options.locale ?? 'de-CH', log: options.log });
  const hrUsers = await store.allHrUsers();
  const summary: Omit<DigestRunSummary, 'ran' | 'timings'> = { ...EMPTY, hrUsers: hrUsers.length, companies: new Set(hrUsers.map((h) => h.companyId)).size };
  for (const hrUser of hrUsers) {
    if (!subscriptionActive(hrUser.company, now)) {
      summary.skippedExpired += 1;
      await service.noticeExpired(hrUser, now);
      continue;
    }
    if (!service.isDue(hrUser, now)) {
      summary.notDue = (summary.notDue ?? 0) + 1;
      continue;
    }
    const result = await service.sendDigest(hrUser, now);
    if (result.status === 'sent') {
      summary.digestsSent += 1;
      summary.candidatesReported += result.candidates;
    } else if (result.status === 'empty') summary.nothingNew = (summary.nothingNew ?? 0) + 1;
    else if (result.status === 'unreachable') summary.unreachable = (summary.unreachable ?? 0) + 1;
  }
  return summary;
}
