/**
 * Checks every half minute for requests nobody took within HANDOFF_WAIT_MINUTES and tells those
 * people honestly (with a callback offer). Every instance checks; a lease makes one of them do it.
 */
import type { Logger } from '../log';
import { startPeriodic } from '../services/periodic';

export const HANDOFF_LEASE = 'handoff-expiry';

export interface HandoffSchedulerOptions {
  expire: (now: Date) => Promise<number>;
  lease: { tryAcquire(name: string, owner: string, ttlMs: number): Promise<boolean>; release(name: string, owner: string): Promise<void> };
  owner: string;
  log: Logger;
  now: () => Date;
  checkEveryMs?: number;
}

export interface HandoffScheduler {
  /** One check now (what the timer runs); the number of requests that expired, undefined when another instance holds the lease. */
  check(): Promise<number | undefined>;
  stop(): void;
}

export function startHandoffScheduler(options: HandoffSchedulerOptions): HandoffScheduler {
  const every = options.checkEveryMs ?? 30_000;
  const run = async (): Promise<number | undefined> => {
    if (!(await options.lease.tryAcquire(HANDOFF_LEASE, options.owner, every * 2))) return undefined;
    try {
      return await options.expire(options.now());
    } finally {
      await options.lease.release(HANDOFF_LEASE, options.owner);
    }
  };
  return startPeriodic({ run, everyMs: every, log: options.log, failure: 'handoff expiry check failed' });
}
