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

/** TokenRevocations over records keyed by HMAC(key, user id); the first key writes, all are looked up. */
export function keyedRevocations(records: RevocationRecords, keys: readonly Buffer[]): TokenRevocations {
  if (!keys.length) throw new Error('at least one revocation key is needed');
  return {
    revokedAt: async (userId) => {
      const at = await records.latest(keys.map((key) => keyedId(key, userId)), new Date());
      return at ? at.getTime() / 1000 : undefined;
    },
    revoke: (userId, at, until) => records.record(keyedId(keys[0]!, userId), new Date(at * 1000), new Date(until * 1000)),
  };
}
