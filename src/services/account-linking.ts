/**
 * Account linking: a person continues on another channel with the same profile. The web chat
 * offers a Telegram deep link (t.me/<bot>?start=<code>); the code can also be typed in the web chat.
 */
import type { AccountLinking, ChannelIdentity, ProfileStore } from './ports';

/** How long a link code stays valid: long enough to open Telegram, short enough to be harmless. */
export const LINK_CODE_TTL_MS = 30 * 60 * 1000;

/** The code storage the service needs (src/store/link-codes.ts implements it). */
export interface LinkCodes {
  create(personId: string, ttlMs: number): Promise<{ code: string; expiresAt: Date }>;
  redeem(code: string): Promise<string | undefined>;
}

export interface AccountLinkingDeps {
  codes: LinkCodes;
  profiles: Pick<ProfileStore, 'findById' | 'linkIdentity'>;
  /** The Telegram bot's username (from getMe), undefined when no Telegram bot is configured. */
  telegramBotUsername?: () => Promise<string | undefined>;
  ttlMs?: number;
}

/** The Telegram deep link that starts the bot with a payload. */
export function telegramDeepLink(botUsername: string, payload: string): string {
  return `https://t.me/${encodeURIComponent(botUsername)}?start=${encodeURIComponent(payload)}`;
}

/** AccountLinking over single-use, expiring link codes. */
export class CodeAccountLinking implements AccountLinking {
  constructor(private readonly deps: AccountLinkingDeps) {}

  /** A fresh code for the person, with the Telegram deep link when a bot is configured. */
  async offer(personId: string, ttlMs?: number): Promise<{ code: string; telegramUrl?: string; expiresAt: Date }> {
    const { code, expiresAt } = await this.deps.codes.create(personId, ttlMs ?? this.deps.ttlMs ?? LINK_CODE_TTL_MS);
    const username = await this.botUsername();
    return username ? { code, expiresAt, telegramUrl: telegramDeepLink(username, code) } : { code, expiresAt };
  }

  /** Links the identity to the code's person; undefined when the code is unknown, used, expired or the person is gone. */
  async redeem(code: string, identity: ChannelIdentity): Promise<string | undefined> {
    const personId = await this.deps.codes.redeem(code);
    if (!personId) return undefined;
    if (!(await this.deps.profiles.findById(personId))) return undefined;
    await this.deps.profiles.linkIdentity(personId, identity);
    return personId;
  }

  private async botUsername(): Promise<string | undefined> {
    if (!this.deps.telegramBotUsername) return undefined;
    try {
      return await this.deps.telegramBotUsername();
    } catch {
      // Telegram unreachable right now: the code still works when typed, only the link is missing.
      return undefined;
    }
  }
}
