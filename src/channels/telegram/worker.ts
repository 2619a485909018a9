/**
 * The turn worker of one instance: claims queued updates (oldest first per chat, one turn per chat
 * at a time across instances, chats with the shortest backlog first), runs their turns a few at a
 * time, and marks each done only after its turn, so a crash leads to a rerun instead of a lost
 * message. A claim is a lease, renewed while the turn runs; a dead instance's lease simply expires.
 */
import { randomUUID } from 'node:crypto';
import type { Update } from 'telegraf/types';
import { errorFields, type Logger } from '../../log';

import type { QueuedUpdate } from '../../store/telegram-updates';

export type { QueuedUpdate };

/** The durable queue (src/store/telegram-updates.ts). */
export interface UpdateQueue {
  enqueue(updateId: string, chatId: string, payload: string): Promise<boolean>;
  claim(owner: string, leaseMs: number): Promise<QueuedUpdate | undefined>;
  renew(updateId: string, owner: string, leaseMs: number): Promise<boolean>;
  complete(updateId: string): Promise<void>;
  journal(updateId: string, replies: string | null): Promise<void>;
  prune(): Promise<number>;
}

export interface WorkerSettings {
  /** Turns of different chats run at once by this instance. */
  concurrency: number;
  /** How long a claim is reserved without renewal (the delay before a crashed turn runs again). */
  leaseMs: number;
  /** How often the queue is looked at without a wake-up (updates stored by other instances, expired leases). */
  pollMs: number;
}

export const WORKER_SETTINGS: WorkerSettings = { concurrency: 8, leaseMs: 30_000, pollMs: 1000 };

/** Claims after which an update is given up: its turn took the process down every time. */
const MAX_ATTEMPTS = 5;
const PRUNE_INTERVAL_MS = 10 * 60 * 1000;

export class UpdateWorker {
  readonly owner = randomUUID();
  private readonly running = new Set<Promise<void>>();
  private loop?: Promise<void>;
  private stopped = true;
  private wakeUp?: () => void;
  private lastPrune = 0;

  constructor(
    private readonly queue: UpdateQueue,
    private readonly turn: (update: Update, job: QueuedUpdate) => Promise<void>,
    private readonly log: Logger,
    private readonly settings: WorkerSettings = WORKER_SETTINGS,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop = this.run();
  }

  /** Stops claiming and waits for the running turns. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loop;
    await Promise.all([...this.running]);
  }

  /** Something was queued or a slot freed: look at the queue now. */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const rested = this.rest();
      try {
        await this.housekeeping();
        await this.fill();
      } catch (err) {
        this.log.error(errorFields(err), 'telegram queue unavailable');
      }
      await rested;
    }
  }

  /** Resolves at the next wake-up or after pollMs. */
  private rest(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.wakeUp === done) this.wakeUp = undefined;
        resolve();
      };
      // Unref'd: an idle worker never keeps the process alive on its own.
      const timer = setTimeout(done, this.settings.pollMs).unref();
      this.wakeUp = done;
    });
  }

  private async fill(): Promise<void> {
    while (!this.stopped && this.running.size < this.settings.concurrency) {
      const job = await this.queue.claim(this.owner, this.settings.leaseMs);
      if (!job) return;
      const task = this.execute(job).finally(() => {
        this.running.delete(task);
        this.wake();
      });
      this.running.add(task);
    }
  }

  private async execute(job: QueuedUpdate): Promise<void> {
    const renewal = setInterval(() => {
      this.queue.renew(job.updateId, this.owner, this.settings.leaseMs).catch((err) => this.log.warn(errorFields(err), 'telegram lease renewal failed'));
    }, this.settings.leaseMs / 3);
    try {
      if (job.attempts > MAX_ATTEMPTS) {
        this.log.error({ updateId: job.updateId, attempts: job.attempts }, 'telegram update given up after repeated crashes');
      } else {
        await this.turn(JSON.parse(job.payload) as Update, job).catch((err) => this.log.error({ ...errorFields(err), updateId: job.updateId }, 'telegram update failed'));
      }
      await this.queue.complete(job.updateId);
    } catch (err) {
      // The row stays; once its lease expires the update runs again and the bot drops it if its state was saved.
      this.log.error({ ...errorFields(err), updateId: job.updateId }, 'telegram update could not be marked done');
    } finally {
      clearInterval(renewal);
    }
  }

  private async housekeeping(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_INTERVAL_MS) return;
    this.lastPrune = Date.now();
    const removed = await this.queue.prune();
    if (removed) this.log.info({ removed }, 'telegram queue pruned');
  }
}
