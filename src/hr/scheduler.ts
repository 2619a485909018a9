/**
 * The in-process digest scheduler: checks every few minutes whether today's run (DIGEST_SCHEDULE,
 * server-local time) is still to do and then runs it. Every instance checks; the lease in
 * runDigest makes sure only one of them does the work.
 */
import { scheduledRunDue } from '../digest';
import { startPeriodic } from '../services/periodic';
import { DIGEST_LEASE, runDigest, type DigestRunOptions, type DigestRunSummary } from './digest-run';

export interface DigestSchedulerOptions extends Omit<DigestRunOptions, 'now'> {
  /** "HH:MM" (config DIGEST_SCHEDULE). */
  schedule: string;
  /** How often to check (default 5 minutes). */
  checkEveryMs?: number;
  /** Clock (tests). */
  clock?: () => Date;
  /** Called after each run that did the work. */
  onRun?: (summary: DigestRunSummary) => void;
}

export interface DigestScheduler {
  /** Runs one check now (also what the timer calls). */
  check(): Promise<DigestRunSummary | undefined>;
  stop(): void;
}

/** Starts checking; call stop() on shutdown. */
export function startDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const clock = options.clock ?? (() => new Date());
  const { store } = options;
  const run = async (): Promise<DigestRunSummary | undefined> => {
    const now = clock();
    if (!scheduledRunDue(options.schedule, await store.leaseLastRun(DIGEST_LEASE), now)) return undefined;
    const summary = await runDigest({ ...options, now });
    if (summary.ran) options.onRun?.(summary);
    return summary;
  };
  return startPeriodic({ run, everyMs: options.checkEveryMs ?? 5 * 60_000, runAtStart: true, log: options.log, failure: 'digest run failed' });
}
