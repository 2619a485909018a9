/**
 * Outgoing pace for Telegram: about one message per second per chat (short bursts allowed) and
 * about 30 per second for the whole bot. A 429 pauses everything for retry_after seconds, because
 * Telegram then rejects every call of the bot, not only the one that hit the limit.
 */

/** A token bucket: `capacity` tokens, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Milliseconds until a token is available (0 = now). Takes the token when available. */
  take(): number {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
  }

  /** Whether the bucket is full (and can be forgotten). */
  idle(): boolean {
    this.refill();
    return this.tokens >= this.capacity;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }
}

export interface RateLimits {
  /** Messages per second for the whole bot. */
  globalPerSecond: number;
  /** Messages per second in one chat. */
  chatPerSecond: number;
  /** Messages one chat may get at once before the per-chat pace applies. */
  chatBurst: number;
}

/** Telegram's published guidance (Bots FAQ). */
export const TELEGRAM_LIMITS: RateLimits = { globalPerSecond: 30, chatPerSecond: 1, chatBurst: 3 };

/** The time the sending pace keeps: the system's, or in tests one that records waits instead of sleeping them. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};

/** Waits for a sending slot: the chat's bucket, the global bucket and any 429 pause. */
export class SendScheduler {
  private readonly global: TokenBucket;
  private readonly chats = new Map<string, TokenBucket>();
  private pausedUntil = 0;

  constructor(
    private readonly limits: RateLimits = TELEGRAM_LIMITS,
    readonly clock: Clock = systemClock,
  ) {
    this.global = new TokenBucket(limits.globalPerSecond, limits.globalPerSecond, clock.now);
  }

  /** Resolves when a message to this chat may be sent. */
  async slot(chatId: string): Promise<void> {
    await this.waitPause();
    await this.waitFor(this.chatBucket(chatId));
    await this.waitFor(this.global);
    await this.waitPause();
  }

  /** Pauses all sending (Telegram's 429 retry_after). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
  }

  private async waitPause(): Promise<void> {
    for (let wait = this.pausedUntil - this.clock.now(); wait > 0; wait = this.pausedUntil - this.clock.now()) await this.clock.sleep(wait);
  }

  private async waitFor(bucket: TokenBucket): Promise<void> {
    for (let wait = bucket.take(); wait > 0; wait = bucket.take()) await this.clock.sleep(wait);
  }

  private chatBucket(chatId: string): TokenBucket {
    let bucket = this.chats.get(chatId);
    if (!bucket) {
      if (this.chats.size > 10_000) this.forgetIdle();
      bucket = new TokenBucket(this.limits.chatBurst, this.limits.chatPerSecond, this.clock.now);
      this.chats.set(chatId, bucket);
    }
    return bucket;
  }

  private forgetIdle(): void {
    for (const [id, bucket] of this.chats) if (bucket.idle()) this.chats.delete(id);
  }
}
