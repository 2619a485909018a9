/**
 * Redelivery guard for channel updates: Telegram resends an update it considers unanswered
 * (webhook timeout, crash between processing and acknowledging), and polling restarts can fetch
 * one twice. The database row makes "process once" hold across restarts and instances.
 */
import type { PrismaClient } from './database';

/** How long processed update ids are remembered; Telegram keeps unconfirmed updates for 24 hours. */
export const PROCESSED_UPDATE_RETENTION_MS = 24 * 60 * 60 * 1000;

/** How often firstTime() also prunes old rows (at most once per interval per process). */
const PRUNE_INTERVAL_MS = 10 * 60 * 1000;

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';
}

/** The ProcessedUpdate table. */
export class ProcessedUpdateStore {
  private lastPrune = 0;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly retentionMs = PROCESSED_UPDATE_RETENTION_MS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** True exactly once per (channel, update id): the insert is atomic, a second caller gets false. */
  async firstTime(channelId: string, updateId: string | number): Promise<boolean> {
    await this.pruneNow();
    try {
      await this.prisma.processedUpdate.create({ data: { channelId, updateId: String(updateId), at: this.now() } });
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  /** Removes ids older than the retention; returns how many were removed. */
  async prune(): Promise<number> {
    const cutoff = new Date(this.now().getTime() - this.retentionMs);
    const { count } = await this.prisma.processedUpdate.deleteMany({ where: { at: { lt: cutoff } } });
    return count;
  }

  private async pruneNow(): Promise<void> {
    const now = this.now().getTime();
    if (now - this.lastPrune < PRUNE_INTERVAL_MS) return;
    this.lastPrune = now;
    await this.prune();
  }
}
