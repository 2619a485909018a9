/** Operator invites, password setting, login with lockout, and sessions for /admin. */
import { createHash, randomBytes } from 'node:crypto';
import type { OperatorStore } from '../store/operator-store';
import { hashPassword, verifyPassword } from './passwords';

export const INVITE_HOURS = 48;
export const SESSION_HOURS = 8;
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
export const MIN_PASSWORD_LENGTH = 12;

type Store = Pick<OperatorStore, 'ensure' | 'byEmail' | 'addInvite' | 'redeemInvite' | 'inviteValid' | 'failLogin' | 'succeedLogin' | 'addSession' | 'session' | 'endSession'>;

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newToken = (): string => randomBytes(32).toString('base64url');

export type LoginResult = { ok: true; sessionId: string; expiresAt: Date } | { ok: false; reason: 'wrong' | 'locked' };

export class OperatorAuth {
  // Compared against when the email is unknown, so both cases take the same time.
  private dummy?: Promise<string>;

  constructor(private readonly store: Store, private readonly now: () => Date = () => new Date()) {}

  /** A one-time token (only its hash is stored) with which the operator sets a password. */
  async invite(email: string): Promise<{ token: string; expiresAt: Date }> {
    const operator = await this.store.ensure(email.trim().toLowerCase());
    const token = newToken();
    const expiresAt = new Date(this.now().getTime() + INVITE_HOURS * 3600_000);
    await this.store.addInvite(operator.id, tokenHash(token), expiresAt);
    return { token, expiresAt };
  }

  inviteValid(token: string): Promise<boolean> {
    return this.store.inviteValid(tokenHash(token), this.now());
  }

  async setPassword(token: string, password: string): Promise<boolean> {
    return this.store.redeemInvite(tokenHash(token), await hashPassword(password), this.now());
  }

  async login(email: string, password: string): Promise<LoginResult> {
    const now = this.now();
    const operator = await this.store.byEmail(email.trim().toLowerCase());
    if (!operator?.passwordHash) {
      await verifyPassword(password, await (this.dummy ??= hashPassword(newToken())));
      return { ok: false, reason: 'wrong' };
    }
    if (operator.lockedUntil && operator.lockedUntil > now) return { ok: false, reason: 'locked' };
    if (!(await verifyPassword(password, operator.passwordHash))) {
      await this.store.failLogin(operator.id, MAX_FAILED_LOGINS, new Date(now.getTime() + LOCK_MINUTES * 60_000));
      return { ok: false, reason: 'wrong' };
    }
    await this.store.succeedLogin(operator.id);
    const sessionId = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
    await this.store.addSession(tokenHash(sessionId), operator.id, newToken(), expiresAt);
    return { ok: true, sessionId, expiresAt };
  }

  session(sessionId: string) {
    return this.store.session(tokenHash(sessionId), this.now());
  }

  logout(sessionId: string): Promise<void> {
    return this.store.endSession(tokenHash(sessionId));
  }
}
