/**
 * Direct Line tokens: compact HS256 JWTs bound to one conversation and one user, signed with an
 * instance key. JWT because DirectLineJS decodes the token's `user` claim to fix the sender id
 * (a `dl_` user id must come from the token so nobody can post as someone else). The keys derive
 * from the master secret (src/secrets.ts), never from anything in the database.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { sameSecret } from '../../secrets';

/** What a token grants: `conversation` for the REST API, `stream` for one WebSocket connection. */
export type TokenAudience = 'conversation' | 'stream';

/** The verified content of a token. */
export interface TokenClaims {
  conversationId: string;
  userId: string;
  audience: TokenAudience;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
  /** When the first token of this session was issued (kept across refreshes), seconds since the epoch. */
  sessionStart: number;
}

/** Where the signing keys come from: the first signs, every one verifies (key rotation). */
export interface SigningKeySource {
  keys(): Promise<readonly Buffer[]>;
}

/** Fixed keys (derived from LOTSE_SECRET and LOTSE_PREVIOUS_SECRET, see src/secrets.ts). */
export function fixedSigningKeys(keys: readonly Buffer[]): SigningKeySource {
  if (!keys.length) throw new Error('at least one signing key is needed');
  return { keys: async () => keys };
}

/** A key held in memory: tokens do not survive a restart (fine for tests and benchmarks). */
export function memorySigningKey(key: Buffer = randomBytes(32)): SigningKeySource {
  return fixedSigningKeys([key]);
}

/** Revocation of every token of a web user id issued up to a moment (deletion, "Gerät vergessen"). */
export interface TokenRevocations {
  /** The last revocation of this user's tokens, seconds since the epoch; undefined when none. */
  revokedAt(userId: string): Promise<number | undefined>;
  /** Revokes the user's tokens issued up to `at`; the record may be forgotten after `until`. */
  revoke(userId: string, at: number, until: number): Promise<void>;
}

/** Why a token was refused; the HTTP layer maps every reason to 403. */
export class TokenError extends Error {
  constructor(readonly reason: 'missing' | 'malformed' | 'signature' | 'expired' | 'audience' | 'revoked') {
    super(`token ${reason}`);
    this.name = 'TokenError';
  }
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const ISSUER = 'lotse';

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

export interface TokenServiceOptions {
  keys: SigningKeySource;
  /** Lifetime of one token. */
  ttlSeconds: number;
  /** Longest a session (its first token to its last refresh) may last; refreshing beyond is refused. */
  sessionMaxSeconds?: number;
  revocations?: TokenRevocations;
  /** Clock in seconds since the epoch, with fractions (tests). */
  now?: () => number;
}

/** Issues and verifies tokens; `now` is injectable so expiry can be tested. */
export class TokenService {
  readonly ttlSeconds: number;
  readonly sessionMaxSeconds: number;
  private readonly now: () => number;

  constructor(private readonly options: TokenServiceOptions) {
    this.ttlSeconds = options.ttlSeconds;
    this.sessionMaxSeconds = options.sessionMaxSeconds ?? 86400;
    this.now = options.now ?? (() => Date.now() / 1000);
  }

  /**
   * A signed token for a conversation and user, valid for `ttlSeconds` (or the given lifetime) but
   * never beyond the session's maximum; `sessionStart` carries a refreshed session's start along.
   */
  async issue(
    conversationId: string,
    userId: string,
    audience: TokenAudience = 'conversation',
    ttlSeconds = this.ttlSeconds,
    sessionStart?: number,
  ): Promise<{ token: string; expiresIn: number }> {
    // iat keeps milliseconds (JWT allows fractional NumericDates): a revocation refuses exactly the tokens issued before it.
    const iat = this.now();
    const sst = sessionStart ?? iat;
    const exp = Math.min(iat + ttlSeconds, sst + this.sessionMaxSeconds);
    if (exp <= iat) throw new TokenError('expired');
    const payload = { iss: ISSUER, aud: audience, conv: conversationId, user: userId, iat, sst, exp };
    const body = `${HEADER}.${base64url(JSON.stringify(payload))}`;
    const [key] = await this.options.keys.keys();
    return { token: `${body}.${sign(key!, body)}`, expiresIn: Math.round(exp - iat) };
  }

  /** The claims of a valid, unrevoked token of the expected audience; throws a TokenError otherwise. */
  async verify(token: string | undefined, audience: TokenAudience = 'conversation'): Promise<TokenClaims> {
    if (!token) throw new TokenError('missing');
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) throw new TokenError('malformed');
    const keys = await this.options.keys.keys();
    const signed = keys.some((key) => sameSecret(parts[2], sign(key, `${parts[0]}.${parts[1]}`)));
    if (!signed) throw new TokenError('signature');
    const claims = parsePayload(parts[1]!);
    if (claims.aud !== audience) throw new TokenError('audience');
    const now = this.now();
    if (claims.exp <= now || claims.sst + this.sessionMaxSeconds <= now) throw new TokenError('expired');
    const revokedAt = await this.options.revocations?.revokedAt(claims.user);
    if (revokedAt !== undefined && claims.iat <= revokedAt) throw new TokenError('revoked');
    return { conversationId: claims.conv, userId: claims.user, audience, expiresAt: claims.exp, sessionStart: claims.sst };
  }

  /** Refuses every token of this user issued until now (on every instance sharing the database). */
  async revokeUser(userId: string): Promise<void> {
    if (!this.options.revocations) return;
    const now = this.now();
    // No token issued up to now outlives its session, so the record is needed no longer than that.
    await this.options.revocations.revoke(userId, now, now + this.sessionMaxSeconds);
  }
}

function sign(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}

interface Payload {
  aud: string;
  conv: string;
  user: string;
  iat: number;
  sst: number;
  exp: number;
}

function parsePayload(encoded: string): Payload {
  try {
    const value = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<Payload>;
    if (typeof value.conv === 'string' && typeof value.user === 'string' && typeof value.exp === 'number' && typeof value.iat === 'number' && typeof value.sst === 'number' && typeof value.aud === 'string') {
      return value as Payload;
    }
  } catch {
    // fall through: a signed but unreadable payload is still malformed
  }
  throw new TokenError('malformed');
}
