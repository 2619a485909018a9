/**
 * Job für Zwei: the port through which dialogs invite a partner, accept an invitation, see the link
 * and end it (src/store/partner-links.ts implements it over the PartnerLink table).
 */
import { telegramDeepLink } from './account-linking';

/** How long an invitation code stays valid: long enough to forward it to the partner. */
export const PARTNER_INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type AcceptOutcome =
  | { status: 'linked'; inviterId: string }
  /** Unknown, expired or already used. */
  | { status: 'invalid' }
  /** One's own invitation. */
  | { status: 'self' }
  /** One of the two is linked with someone else already. */
  | { status: 'taken' };

export interface PartnerLinks {
  /** A fresh invitation code of this person (earlier unused ones are withdrawn); undefined when already linked. */
  invite(personId: string, now: Date, ttlMs?: number): Promise<{ code: string; expiresAt: Date } | undefined>;
  /** Who invited with this code, while it is open (unused, unexpired). */
  inviterOf(code: string, now: Date): Promise<string | undefined>;
  /** Links the partner to the code's inviter (once). */
  accept(code: string, partnerId: string, now: Date): Promise<AcceptOutcome>;
  /** The partner a person is linked with. */
  partnerOf(personId: string): Promise<{ partnerId: string; since: Date } | undefined>;
  /** Ends the person's link (either side) and withdraws open invitations; true when something ended. */
  end(personId: string): Promise<boolean>;
}

/** What the conversation uses: the links, with a Telegram deep link for each invitation where a bot runs. */
export interface PartnerDesk extends Omit<PartnerLinks, 'invite'> {
  invite(personId: string, now: Date): Promise<{ code: string; expiresAt: Date; telegramUrl?: string } | undefined>;
}

/** The prefix of a partner invitation in a Telegram deep link, so /start tells it from a link code. */
export const PARTNER_START_PREFIX = 'duo-';

/** PartnerDesk over the link store; `telegramBotUsername` is absent where no Telegram bot runs. */
export function partnerDesk(links: PartnerLinks, telegramBotUsername?: () => Promise<string | undefined>): PartnerDesk {
  return {
    inviterOf: (code, now) => links.inviterOf(code, now),
    accept: (code, partnerId, now) => links.accept(code, partnerId, now),
    partnerOf: (personId) => links.partnerOf(personId),
    end: (personId) => links.end(personId),
    async invite(personId, now) {
      const invitation = await links.invite(personId, now);
      if (!invitation) return undefined;
      const username = await telegramBotUsername?.().catch(() => undefined);
      return username ? { ...invitation, telegramUrl: telegramDeepLink(username, `${PARTNER_START_PREFIX}${invitation.code}`) } : invitation;
    },
  };
}
