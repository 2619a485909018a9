/**
 * Token revocation records keyed by an HMAC of the web user id: the table tells nobody which
 * `dl_` ids exist (the raw id opens a profile), and with LOTSE_PREVIOUS_SECRET set a record
 * written before a rotation is still found.
 */
import { keyedId } from '../../secrets';
import type { TokenRevocations } from './tokens';

/** The storage of revocation records (src/store/token-revocations.ts implements it). */
export interface RevocationRecords {
  /** The latest revocation among these record ids that has not expired at `now`. */
  latest(ids: readonly string[], now: Date): Promise<Date | undefined>;
  /** Records (or moves forward) a revocation; expired records may be removed. */
  record(id: string, at: Date, expiresAt: Date): Promise<void>;
}

/** Most users whose revocation state is cached; beyond it the cache starts afresh. */
const CACHE_ENTRIES = 10_000;

/**
 * TokenRevocations over records keyed by HMAC(key, user id); the first key writes, all are looked
 * up. With `cacheMs`, a user's state is remembered that long: a revocation made on this instance
 * counts at once, one made on another instance after at most `cacheMs` (on PostgreSQL every
 * lookup is a network round trip, on SQLite it costs microseconds and needs no cache).
 */
export function keyedRevocations(records: RevocationRecords, keys: readonly Buffer[], cacheMs = 0): TokenRevocations {
  if (!keys.length) throw new Error('at least one revocation key is needed');
  const cache = new Map<string, { revokedAt?: number; until: number }>();
  const remember = (userId: string, revokedAt: number | undefined) => {
    if (!cacheMs) return;
    if (cache.size >= CACHE_ENTRIES) cache.clear();
    cache.set(userId, { revokedAt, until: Date.now() + cacheMs });
  };
  return {
    revokedAt: async (userId) => {
      const cached = cache.get(userId);
      if (cached && cached.until > Date.now()) return cached.revokedAt;
      const at = await records.latest(keys.map((key) => keyedId(key, userId)), new Date());
      const revokedAt = at ? at.getTime() / 1000 : undefined;
      remember(userId, revokedAt);
      return revokedAt;
    },
    revoke: async (userId, at, until) => {
      await records.record(keyedId(keys[0]!, userId), new Date(at * 1000), new Date(until * 1000));
      remember(userId, at);
    },
  };
}
