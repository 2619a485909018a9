/**
 * Direct Line tokens: compact HS256 JWTs bound to one conversation and one user, signed with an
 * instance key. JWT because DirectLineJS decodes the token's `user` claim to fix the sender id
 * (a `dl_` user id must come from the token so nobody can post as someone else).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a token grants: `conversation` for the REST API, `stream` for one WebSocket connection. */
export type TokenAudience = 'conversation' | 'stream';

/** The verified content of a token. */
export interface TokenClaims {
  conversationId: string;
  userId: string;
  audience: TokenAudience;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

/** Where the signing key comes from (configuration, the settings table, or memory for tests). */
export interface SigningKeySource {
  /** The key; the same value for every call and, when persisted, across restarts and instances. */
  key(): Promise<Buffer>;
}

/** A key held in memory: tokens do not survive a restart (fine for tests and benchmarks). */
export function memorySigningKey(key: Buffer = randomBytes(32)): SigningKeySource {
  return { key: async () => key };
}

/** A key derived from a configured secret (DIRECTLINE_SECRET): stable across restarts and instances. */
export function derivedSigningKey(secret: string): SigningKeySource {
  const key = createHmac('sha256', secret).update('lotse.directline.token-signing').digest();
  return { key: async () => key };
}

/** The settings the signing key can be kept in (src/store/settings.ts SettingsStore fits). */
export interface KeySettings {
  getOrCreate(key: string, make: () => string): Promise<string>;
}

/**
 * A random key created once and kept in the settings table, so tokens survive restarts and are
 * accepted by every instance without any configuration.
 */
export function settingsSigningKey(settings: KeySettings): SigningKeySource {
  let key: Promise<Buffer> | undefined;
  return {
    key: () => {
      key ??= settings.getOrCreate('directline.signingKey', () => randomBytes(32).toString('base64')).then((value) => Buffer.from(value, 'base64'));
      // A failed read (database down) is retried on the next call instead of being cached.
      key.catch(() => (key = undefined));
      return key;
    },
  };
}

/** Why a token was refused; the HTTP layer maps every reason to 403. */
export class TokenError extends Error {
  constructor(readonly reason: 'missing' | 'malformed' | 'signature' | 'expired' | 'audience') {
    super(`token ${reason}`);
    this.name = 'TokenError';
  }
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const ISSUER = 'lotse';

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/** Issues and verifies tokens with one key; `now` is injectable so expiry can be tested. */
export class TokenService {
  constructor(
    private readonly keys: SigningKeySource,
    readonly ttlSeconds: number,
    private readonly now: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  /** A signed token for a conversation and user, valid for `ttlSeconds` (or the given lifetime). */
  async issue(conversationId: string, userId: string, audience: TokenAudience = 'conversation', ttlSeconds = this.ttlSeconds): Promise<{ token: string; expiresIn: number }> {
    const iat = this.now();
    const payload = { iss: ISSUER, aud: audience, conv: conversationId, user: userId, iat, exp: iat + ttlSeconds };
    const body = `${HEADER}.${base64url(JSON.stringify(payload))}`;
    return { token: `${body}.${await this.sign(body)}`, expiresIn: ttlSeconds };
  }

  /** The claims of a valid token of the expected audience; throws a TokenError otherwise. */
  async verify(token: string | undefined, audience: TokenAudience = 'conversation'): Promise<TokenClaims> {
    if (!token) throw new TokenError('missing');
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) throw new TokenError('malformed');
    const expected = Buffer.from(await this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]!);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new TokenError('signature');
    const claims = parsePayload(parts[1]!);
    if (claims.aud !== audience) throw new TokenError('audience');
    if (claims.exp <= this.now()) throw new TokenError('expired');
    return { conversationId: claims.conv, userId: claims.user, audience, expiresAt: claims.exp };
  }

  private async sign(body: string): Promise<string> {
    return createHmac('sha256', await this.keys.key()).update(body).digest('base64url');
  }
}

interface Payload {
  aud: string;
  conv: string;
  user: string;
  exp: number;
}

function parsePayload(encoded: string): Payload {
  try {
    const value = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<Payload>;
    if (typeof value.conv === 'string' && typeof value.user === 'string' && typeof value.exp === 'number' && typeof value.aud === 'string') {
      return value as Payload;
    }
  } catch {
    // fall through: a signed but unreadable payload is still malformed
  }
  throw new TokenError('malformed');
}
