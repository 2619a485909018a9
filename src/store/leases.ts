/**
 * Cross-instance leases: work that must run once across all instances (a digest run, an import)
 * takes a named lease in the database first. Acquiring is a single atomic INSERT or conditional
 * UPDATE statement, so two instances can never both hold a live lease.
 */
import type { PrismaClient } from './database';

/** Named leases in the Lease table. */
export class LeaseStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** True when `owner` now holds the lease for ttlMs (new, expired, or already its own). */
  async tryAcquire(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    const expiresAt = new Date(now.getTime() + ttlMs);
    // One statement (SQLite ≥ 3.24 and PostgreSQL share this upsert syntax): insert, or take over an
    // expired or own lease; 0 affected rows means someone else holds it. No transaction spans awaits.
    const changed = await this.prisma.$executeRaw`
      INSERT INTO "Lease" ("name", "owner", "expiresAt") VALUES (${name}, ${owner}, ${expiresAt})
      ON CONFLICT ("name") DO UPDATE SET "owner" = excluded."owner", "expiresAt" = excluded."expiresAt"
      WHERE "Lease"."expiresAt" < ${now} OR "Lease"."owner" = excluded."owner"`;
    return changed === 1;
  }

  /** Gives the lease up early (only the owner can); other instances may take it at once. */
  async release(name: string, owner: string): Promise<void> {
    await this.prisma.lease.updateMany({ where: { name, owner }, data: { expiresAt: new Date(0) } });
  }

  /** Records that the leased work completed (for "once a day" schedules). */
  async markRun(name: string, at: Date = this.now()): Promise<void> {
    await this.prisma.lease.updateMany({ where: { name }, data: { lastRunAt: at } });
  }

  /** When the leased work last completed, if ever. */
  async lastRun(name: string): Promise<Date | undefined> {
    const row = await this.prisma.lease.findUnique({ where: { name }, select: { lastRunAt: true } });
    return row?.lastRunAt ?? undefined;
  }

  /** Holder and expiry of a lease, if it exists. */
  async holder(name: string): Promise<{ owner: string; expiresAt: Date } | undefined> {
    const row = await this.prisma.lease.findUnique({ where: { name }, select: { owner: true, expiresAt: true } });
    return row ?? undefined;
  }
}
