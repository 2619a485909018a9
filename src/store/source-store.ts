/**
 * The feeds an operator registered (`lotse sources add`) and the removal of their postings. A
 * source's postings carry source = "src:<id>", so one source's refresh can only ever remove its own.
 */
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from './database';

export type SourceKind = 'jobs' | 'trainings';

export interface SourceRecord {
  id: string;
  name: string;
  url: string;
  format: string;
  kind: SourceKind;
  createdAt: Date;
  lastRefreshAt?: Date;
  lastStatus?: string;
  lastError?: string;
  /** The last refresh's summary (counts), as stored. */
  lastSummary?: Record<string, unknown>;
  /** Postings or trainings of this source in the database after the last refresh. */
  itemCount: number;
}

export interface SourceOutcome {
  status: string;
  error?: string;
  summary: Record<string, unknown>;
  at: Date;
}

/** The `source` column value of a registered source's postings. */
export function sourceTag(id: string): string {
  return `src:${id}`;
}

type Row = Awaited<ReturnType<PrismaClient['source']['findFirstOrThrow']>>;

function toRecord(row: Row): SourceRecord {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    format: row.format,
    kind: row.kind as SourceKind,
    createdAt: row.createdAt,
    lastRefreshAt: row.lastRefreshAt ?? undefined,
    lastStatus: row.lastStatus ?? undefined,
    lastError: row.lastError ?? undefined,
    lastSummary: row.lastSummary ? (JSON.parse(row.lastSummary) as Record<string, unknown>) : undefined,
    itemCount: row.itemCount,
  };
}

export class SourceStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Registers a source; the same URL twice is refused (its postings would be imported twice). */
  async add(input: { name: string; url: string; format: string; kind: SourceKind }): Promise<SourceRecord> {
    const existing = await this.prisma.source.findUnique({ where: { url: input.url } });
    if (existing) throw new Error(`A source with this URL exists already: ${existing.id} (${existing.name})`);
    return toRecord(await this.prisma.source.create({ data: { id: randomUUID(), ...input } }));
  }

  async list(): Promise<SourceRecord[]> {
    return (await this.prisma.source.findMany({ orderBy: { createdAt: 'asc' } })).map(toRecord);
  }

  async get(id: string): Promise<SourceRecord | undefined> {
    const row = await this.prisma.source.findUnique({ where: { id } });
    return row ? toRecord(row) : undefined;
  }

  /** Records how a refresh went, with the number of items the source now has. */
  async recordOutcome(id: string, outcome: SourceOutcome): Promise<void> {
    const source = await this.get(id);
    if (!source) return;
    const itemCount = await this.itemCount(source);
    await this.prisma.source.update({
      where: { id },
      data: {
        lastRefreshAt: outcome.at,
        lastStatus: outcome.status,
        // A parser's message may quote the feed; the list shows a line, not a page.
        lastError: outcome.error?.slice(0, 500) ?? null,
        lastSummary: JSON.stringify(outcome.summary),
        itemCount,
      },
    });
  }

  private itemCount(source: SourceRecord): Promise<number> {
    const where = { source: sourceTag(source.id) };
    return source.kind === 'jobs' ? this.prisma.jobPosting.count({ where }) : this.prisma.training.count({ where });
  }

  /**
   * Removes the source's items whose externalId is not in `keep`: they disappeared from the feed or
   * the refresh left them out as past their end date. Skills go with them by cascade.
   */
  async removeAllBut(source: SourceRecord, keep: Set<string>): Promise<number> {
    const where = { source: sourceTag(source.id) };
    const select = { id: true, externalId: true };
    const rows = source.kind === 'jobs' ? await this.prisma.jobPosting.findMany({ where, select }) : await this.prisma.training.findMany({ where, select });
    const gone = rows.filter((r) => !keep.has(r.externalId)).map((r) => r.id);
    let removed = 0;
    // Batched: SQLite limits the number of bound parameters per statement.
    for (let i = 0; i < gone.length; i += 500) {
      const ids = { id: { in: gone.slice(i, i + 500) } };
      const result = source.kind === 'jobs' ? await this.prisma.jobPosting.deleteMany({ where: ids }) : await this.prisma.training.deleteMany({ where: ids });
      removed += result.count;
    }
    return removed;
  }

  /** Removes the source's items past their end date (a partial refresh still does this much). */
  async removeExpired(source: SourceRecord, now: Date): Promise<number> {
    const tag = sourceTag(source.id);
    const result =
      source.kind === 'jobs'
        ? await this.prisma.jobPosting.deleteMany({ where: { source: tag, validUntil: { lt: now } } })
        : await this.prisma.training.deleteMany({ where: { source: tag, endDate: { lt: now } } });
    return result.count;
  }

  /** Removes the source and every posting or training it brought; false when there is no such source. */
  async remove(id: string): Promise<{ removed: boolean; items: number }> {
    const source = await this.get(id);
    if (!source) return { removed: false, items: 0 };
    const items = await this.removeAllBut(source, new Set());
    await this.prisma.source.delete({ where: { id } });
    return { removed: true, items };
  }

  /** When each of the source's postings was first published, by externalId (jobs only). */
  async publishedAt(source: SourceRecord): Promise<Map<string, Date>> {
    if (source.kind !== 'jobs') return new Map();
    const rows = await this.prisma.jobPosting.findMany({ where: { source: sourceTag(source.id) }, select: { externalId: true, publishedAt: true } });
    return new Map(rows.map((r) => [r.externalId, r.publishedAt]));
  }

  /** Whether any source was refreshed after `since` (its removals change the catalog without touching updatedAt). */
  async refreshedSince(since: Date): Promise<boolean> {
    return (await this.prisma.source.count({ where: { lastRefreshAt: { gt: since } } })) > 0;
  }
}
