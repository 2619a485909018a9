/**
 * Long polling (no PUBLIC_URL): a getUpdates loop that hands every update to the channel without
 * waiting for it (turns of different chats run in parallel; the channel keeps one chat in order),
 * backs off on network errors and stops at once when asked.
 */
import { TelegramError, type Telegram } from 'telegraf';
import type { Update } from 'telegraf/types';
import { errorFields, type Logger } from '../../log';

export interface PollerOptions {
  /** Seconds Telegram holds a getUpdates request open when there is nothing new. */
  timeoutSeconds?: number;
  /** Pause after an empty answer that came back early (Bot API servers without long polling). */
  idleMs?: number;
  allowedUpdates?: string[];
  /** Updates handled at once before polling waits for some to finish (backpressure). */
  maxInFlight?: number;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });

/** The getUpdates loop. */
export class TelegramPoller {
  private readonly abort = new AbortController();
  private readonly inFlight = new Set<Promise<void>>();
  private loop?: Promise<void>;
  private offset = 0;

  constructor(
    private readonly api: Telegram,
    private readonly handle: (update: Update) => Promise<void>,
    private readonly log: Logger,
    private readonly options: PollerOptions = {},
  ) {}

  /** Starts the loop; it first removes any webhook (getUpdates refuses to work while one is set). */
  start(): void {
    this.loop = this.run();
  }

  /** Stops the loop and waits for the updates already handed out. */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
    await Promise.all([...this.inFlight]);
  }

  private async run(): Promise<void> {
    let failures = 0;
    let webhookRemoved = false;
    while (!this.abort.signal.aborted) {
      const started = Date.now();
      try {
        if (!webhookRemoved) {
          await this.api.deleteWebhook({ drop_pending_updates: false });
          webhookRemoved = true;
        }
        const updates = await this.fetch();
        failures = 0;
        for (const update of updates) this.dispatch(update);
        if (!updates.length) await this.idle(started);
        await this.backpressure();
      } catch (err) {
        if (this.abort.signal.aborted) break;
        failures++;
        await sleep(this.retryDelay(err, failures), this.abort.signal);
      }
    }
  }

  private fetch(): Promise<Update[]> {
    const payload = {
      timeout: this.options.timeoutSeconds ?? 25,
      offset: this.offset,
      allowed_updates: this.options.allowedUpdates as never,
    };
    return this.api.callApi('getUpdates', payload, { signal: this.abort.signal as never });
  }

  private dispatch(update: Update): void {
    this.offset = Math.max(this.offset, update.update_id + 1);
    const task = this.handle(update).finally(() => this.inFlight.delete(task));
    this.inFlight.add(task);
  }

  private async idle(started: number): Promise<void> {
    const wait = (this.options.idleMs ?? 1000) - (Date.now() - started);
    if (wait > 0) await sleep(wait, this.abort.signal);
  }

  private async backpressure(): Promise<void> {
    while (this.inFlight.size >= (this.options.maxInFlight ?? 100)) await Promise.race(this.inFlight);
  }

  /** 429 → retry_after; 401/409 (wrong token, another poller) → long pause with an error log; else exponential backoff. */
  private retryDelay(err: unknown, failures: number): number {
    if (err instanceof TelegramError && err.code === 429) return (err.parameters?.retry_after ?? 5) * 1000;
    if (err instanceof TelegramError && (err.code === 401 || err.code === 409)) {
      this.log.error(errorFields(err), 'telegram polling refused (wrong token or a second instance polling); retrying in 60 s');
      return 60_000;
    }
    this.log.warn({ ...errorFields(err), failures }, 'telegram polling failed; retrying');
    return Math.min(30_000, 500 * 2 ** Math.min(failures, 6));
  }
}
