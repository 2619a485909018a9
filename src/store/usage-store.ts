/**
 * Daily counters of what Lotse did (job and training proposals shown), for the operators'
 * dashboard. A counter holds a day, an event name and a number: nobody can be told apart in it.
 */
import type { UsageCounter, UsageEvent } from '../services/ports';
import type { PrismaClient } from './database';

/** The UTC day of a moment, "yyyy-mm-dd". */
export function usageDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export class UsageStore implements UsageCounter {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async count(event: UsageEvent, n: number): Promise<void> {
    if (!(n > 0)) return;
    const day = usageDay(this.now());
    await this.prisma.usageCount.upsert({ where: { day_event: { day, event } }, create: { day, event, count: n }, update: { count: { increment: n } } });
  }

  /** The totals per event from `since` (a day) on. */
  async totals(since: Date): Promise<Partial<Record<UsageEvent, number>>> {
    const rows = await this.prisma.usageCount.groupBy({ by: ['event'], where: { day: { gte: usageDay(since) } }, _sum: { count: true } });
    return Object.fromEntries(rows.map((r) => [r.event, r._sum.count ?? 0]));
  }
}
