/** The TokenRevocation table: which web users' tokens are refused, by HMAC of the user id. */
import type { PrismaClient } from './database';
import { hotSql } from './hot-sql';

/** Revocation records on Prisma (SQLite or PostgreSQL). */
export class TokenRevocationStore {
  constructor(private readonly prisma: PrismaClient) {}

  // Every Direct Line request checks its token here: one primary-key lookup in plain SQL.
  async latest(ids: readonly string[], now: Date): Promise<Date | undefined> {
    if (!ids.length) return undefined;
    const marks = ids.map(() => '?').join(', ');
    const rows = await hotSql(this.prisma).all<{ revokedAt: Date }>(
      `SELECT "revokedAt" FROM "TokenRevocation" WHERE "id" IN (${marks}) AND "expiresAt" > ?`,
      [...ids, now],
      { dates: ['revokedAt'] },
    );
    let latest: Date | undefined;
    for (const row of rows) if (!latest || row.revokedAt > latest) latest = row.revokedAt;
    return latest;
  }

  /** Records a revocation and drops the expired ones, so the table holds only what still matters. */
  async record(id: string, at: Date, expiresAt: Date): Promise<void> {
    await this.prisma.tokenRevocation.upsert({ where: { id }, create: { id, revokedAt: at, expiresAt }, update: { revokedAt: at, expiresAt } });
    await this.prune(at);
  }

  /** Removes records no token can need any more; returns how many (also for the retention job). */
  async prune(now: Date = new Date()): Promise<number> {
    const { count } = await this.prisma.tokenRevocation.deleteMany({ where: { expiresAt: { lte: now } } });
    return count;
  }
}
