/**
 * One periodic check, as the schedulers run it (digest, sources, hand-over expiry, retention): every
 * `everyMs` on a timer that does not keep the process alive, one run at a time — a tick while a run
 * is going is skipped, and check() joins the run that is going on.
 */
import { errorFields, type Logger } from '../log';

export interface PeriodicOptions<T> {
  run: () => Promise<T>;
  everyMs: number;
  /** Run once right away as well (on the next turn of the event loop). */
  runAtStart?: boolean;
  log: Logger;
  /** The log message when a timer's run fails (a failed check() rejects for its caller instead). */
  failure: string;
}

export interface Periodic<T> {
  /** One run now, or the one going on. */
  check(): Promise<T>;
  stop(): void;
}

export function startPeriodic<T>(options: PeriodicOptions<T>): Periodic<T> {
  let running: Promise<T> | undefined;
  let stopped = false;
  const check = (): Promise<T> =>
    (running ??= options.run().finally(() => {
      running = undefined;
    }));
  const tick = () => {
    if (stopped || running) return;
    check().catch((err) => options.log.error(errorFields(err), options.failure));
  };
  const timer = setInterval(tick, options.everyMs);
  timer.unref();
  if (options.runAtStart) setImmediate(tick);
  return {
    check,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
