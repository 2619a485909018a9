import type { Clock } from '../../../src/channels/telegram/rate-limit';

/**
 * A clock for the sending pace that never sleeps: a wait moves the time forward at once and is
 * recorded, so a test checks how long Lotse would have waited instead of waiting it out.
 */
export class VirtualClock implements Clock {
  private time = 0;
  /** Every wait asked for, in order. */
  readonly waits: number[] = [];

  now = (): number => this.time;

  sleep = async (ms: number): Promise<void> => {
    this.waits.push(ms);
    this.time += ms;
  };
}
