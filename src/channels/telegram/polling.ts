/**
 * Long polling (no PUBLIC_URL): a getUpdates loop that hands every update of a batch to the
 * channel (which only stores it for the turn worker) before it asks for the next batch, because
 * that next request confirms the batch to Telegram. Backs off on network errors and stops at once
 * when asked.
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
  private loop?: Promise<void>;
  private offset = 0;

  constructor(
    private readonly api: Telegram,
    private readonly handle: (update: Update) => Promise<unknown>,
    private readonly log: Logger,
    private readonly options: PollerOptions = {},
  ) {}

  /** Starts the loop; it first removes any webhook (getUpdates refuses to work while one is set). */
  start(): void {
    this.loop = this.run();
  }

  /** Stops the loop (after the batch being stored). */
  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
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
        await this.store(updates);
        if (!updates.length) await this.idle(started);
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

  /** Hands the batch over; the offset moves past an update only once it was stored (or refused). */
  private async store(updates: Update[]): Promise<void> {
    for (const update of updates) {
      await this.handle(update);
      if (Number.isSafeInteger(update.update_id)) this.offset = Math.max(this.offset, update.update_id + 1);
    }
  }

  private async idle(started: number): Promise<void> {
    const wait = (this.options.idleMs ?? 1000) - (Date.now() - started);
    if (wait > 0) await sleep(wait, this.abort.signal);
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
