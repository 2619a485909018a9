/**
 * Runs retention every few minutes on every instance; the lease inside the run lets only one of
 * them do the work. Short intervals matter for the one-hour rule on conversations before consent.
 */
import type { Logger } from '../log';
import { startPeriodic } from './periodic';

/** What a run reports per rule (src/store/retention.ts). */
export interface RetentionRunResult {
  ran: boolean;
  rules: { name: string; removed: number; failed?: true }[];
}

export interface RetentionSchedulerOptions {
  run: () => Promise<RetentionRunResult>;
  log: Logger;
  /** Default 10 minutes. */
  everyMs?: number;
}

/** Starts the timer (the first run right away); call stop() on shutdown. */
export function startRetentionScheduler(options: RetentionSchedulerOptions): { stop(): void } {
  const run = async () => {
    const summary = await options.run();
    const removed = Object.fromEntries(summary.rules.filter((r) => r.removed > 0).map((r) => [r.name, r.removed]));
    const failed = summary.rules.filter((r) => r.failed).map((r) => r.name);
    if (failed.length) options.log.warn({ failed }, 'retention rules failed');
    if (Object.keys(removed).length) options.log.info({ removed }, 'retention removed old rows');
  };
  const { stop } = startPeriodic({ run, everyMs: options.everyMs ?? 10 * 60_000, runAtStart: true, log: options.log, failure: 'retention run failed' });
  return { stop };
}
