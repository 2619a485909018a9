/**
 * Inbound limit per chat: a person may send a burst of messages, then a steady pace; beyond it
 * their updates are dropped, and they are told once per flood to slow down. Kept in memory per
 * instance: it protects the turn workers, and several instances each allow the pace.
 */
import { TokenBucket } from './rate-limit';

export interface InboundLimits {
  /** Messages one chat may send at once. */
  burst: number;
  /** Messages per minute one chat may keep sending after the burst. */
  perMinute: number;
}

/** Safe defaults: a fast typist never notices, a script or a stuck key does. */
export const INBOUND_LIMITS: InboundLimits = { burst: 10, perMinute: 30 };

/** What to do with an update: run it, drop it and tell the person once, or drop it quietly. */
export type Admission = 'admit' | 'tell' | 'drop';

/** Chats tracked before idle ones are forgotten. */
const MAX_CHATS = 10_000;

export class FloodGuard {
  private readonly chats = new Map<string, { bucket: TokenBucket; told: boolean }>();

  constructor(
    private readonly limits: InboundLimits = INBOUND_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  admit(chatId: string): Admission {
    const chat = this.chat(chatId);
    // A full bucket means the last flood is over: the next one is worth a new notice.
    if (chat.bucket.idle()) chat.told = false;
    if (chat.bucket.take() === 0) return 'admit';
    if (chat.told) return 'drop';
    chat.told = true;
    return 'tell';
  }

  private chat(chatId: string): { bucket: TokenBucket; told: boolean } {
    let chat = this.chats.get(chatId);
    if (!chat) {
      if (this.chats.size >= MAX_CHATS) for (const [id, c] of this.chats) if (c.bucket.idle()) this.chats.delete(id);
      chat = { bucket: new TokenBucket(this.limits.burst, this.limits.perMinute / 60, this.now), told: false };
      this.chats.set(chatId, chat);
    }
    return chat;
  }
}
