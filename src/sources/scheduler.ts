/**
 * The daily source refresh (SOURCES_REFRESH_SCHEDULE, server-local time): every instance checks
 * every few minutes whether today's refresh is still to do; the lease in refreshAllSources lets one
 * of them do it. After a refresh that ran, onRefreshed rebuilds the matcher's in-memory catalog.
 */
import { scheduledRunDue } from '../digest/schedule';
import type { Logger } from '../log';
import { startPeriodic } from '../services/periodic';
import { refreshAllSources, SOURCES_LEASE, type RefreshAllResult, type RefreshDeps } from './refresh';
import type { LeaseStore } from '../store/leases';

export interface SourcesSchedulerOptions extends Omit<RefreshDeps, 'now'> {
  /** "HH:MM". */
  schedule: string;
  lease: LeaseStore;
  owner: string;
  log: Logger;
  clock?: () => Date;
  /** How often to check (default 5 minutes). */
  checkEveryMs?: number;
  onRefreshed?: (result: RefreshAllResult) => Promise<void>;
}

export interface SourcesScheduler {
  /** Runs one check now (also what the timer calls). */
  check(): Promise<RefreshAllResult | undefined>;
  stop(): void;
}

export function startSourcesScheduler(options: SourcesSchedulerOptions): SourcesScheduler {
  const clock = options.clock ?? (() => new Date());
  const run = async (): Promise<RefreshAllResult | undefined> => {
    if (!scheduledRunDue(options.schedule, await options.lease.lastRun(SOURCES_LEASE), clock())) return undefined;
    const result = await refreshAllSources({ ...options, now: clock });
    if (!result.ran) return result;
    await options.onRefreshed?.(result);
    const failed = result.sources.filter((s) => s.status !== 'ok').map((s) => ({ id: s.id, status: s.status }));
    // Ids and counts only: a source's name and URL are the operator's, but logs stay uniform.
    options.log.info({ sources: result.sources.length, removed: result.sources.reduce((n, s) => n + s.removed, 0), failed }, 'sources refreshed');
    return result;
  };
  return startPeriodic({ run, everyMs: options.checkEveryMs ?? 5 * 60_000, runAtStart: true, log: options.log, failure: 'sources refresh failed' });
}
