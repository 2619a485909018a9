/**
 * Jobs, trainings and companies in the database. Imports and the demo seed write through
 * upsertJobs/upsertTrainings: matched on (source, externalId), unchanged content (by hash) is left
 * alone, changed content is replaced with its skills, and everything is written in batched
 * transactions so that tens of thousands of postings take seconds.
 */
import { randomUUID } from 'node:crypto';
import type { Company, JobPosting, Training } from '../matching/types';
import type { GeoBox, JobFilter, JobSearch } from '../services/boards';
import type { PrismaClient, PrismaTx } from './database';
import {
  companyFields,
  jobContentHash,
  jobSkillRows,
  jobToRow,
  rowToCompany,
  rowToJob,
  rowToTraining,
  trainingContentHash,
  trainingSkillRows,
  trainingToRow,
} from './catalog-mapping';

/** What an upsert did, counted per posting or training. */
export interface UpsertResult {
  created: number;
  updated: number;
  unchanged: number;
}

export interface UpsertOptions {
  /** Called after each batch with the number of items processed so far. */
  onProgress?(done: number, total: number): void;
}

/** Rows per transaction: large enough to be fast, small enough for SQLite's parameter limit. */
const BATCH = 250;
const TX_OPTIONS = { timeout: 120_000, maxWait: 30_000 };

interface Keyed {
  source: string;
  externalId: string;
}

/** How one kind of catalog item is matched, hashed and written. */
interface ItemWriter<T extends Keyed> {
  existing(source: string, externalIds: string[]): Promise<{ id: string; externalId: string; contentHash: string }[]>;
  hash(item: T): string;
  /** Writes new and changed items; `replace` lists the ids of changed rows to delete first. */
  write(tx: PrismaTx, items: { item: T; id: string; hash: string }[], replace: string[]): Promise<void>;
}

/** The last occurrence of each (source, externalId): a feed that repeats an item means its latest version. */
function dedupe<T extends Keyed>(items: T[]): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) byKey.set(`${item.source}\u0000${item.externalId}`, item);
  return [...byKey.values()];
}

async function upsertAll<T extends Keyed>(prisma: PrismaClient, input: T[], writer: ItemWriter<T>, options: UpsertOptions): Promise<UpsertResult> {
  const items = dedupe(input);
  const result: UpsertResult = { created: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = items.slice(start, start + BATCH);
    const known = new Map<string, { id: string; contentHash: string }>();
    for (const source of new Set(batch.map((i) => i.source))) {
      const ids = batch.filter((i) => i.source === source).map((i) => i.externalId);
      for (const row of await writer.existing(source, ids)) known.set(`${source}\u0000${row.externalId}`, row);
    }
    const toWrite: { item: T; id: string; hash: string }[] = [];
    const replace: string[] = [];
    for (const item of batch) {
      const hash = writer.hash(item);
      const row = known.get(`${item.source}\u0000${item.externalId}`);
      if (row && row.contentHash === hash) {
        result.unchanged++;
        continue;
      }
      if (row) {
        replace.push(row.id);
        result.updated++;
      } else {
        result.created++;
      }
      toWrite.push({ item, id: row?.id ?? randomUUID(), hash });
    }
    if (toWrite.length > 0) await prisma.$transaction((tx) => writer.write(tx, toWrite, replace), TX_OPTIONS);
    options.onProgress?.(Math.min(start + BATCH, items.length), items.length);
  }
  return result;
}

/** The query for what an import already stored from a source: id and content hash per external id. */
function storedVersions(source: string, externalIds: string[]) {
  return { where: { source, externalId: { in: externalIds } }, select: { id: true, externalId: true, contentHash: true } } as const;
}

/** Jobs, trainings and companies on Prisma. */
export class CatalogStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Creates or updates companies by name; returns name → id. */
  async upsertCompanies(companies: Company[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    await this.prisma.$transaction(async (tx) => {
      for (const company of companies) {
        const fields = companyFields(company);
        const row = await tx.company.upsert({
          where: { name: company.name },
          create: { id: company.id || randomUUID(), ...fields },
          update: fields,
          select: { id: true },
        });
        ids.set(company.name, row.id);
      }
    }, TX_OPTIONS);
    return ids;
  }

  /** Creates, updates or leaves unchanged each posting; a posting keeps its id across re-imports. */
  async upsertJobs(jobs: JobPosting[], options: UpsertOptions = {}): Promise<UpsertResult> {
    const companies = await this.prisma.company.findMany({ select: { id: true, name: true } });
    const byId = new Set(companies.map((c) => c.id));
    const byName = new Map(companies.map((c) => [c.name.toLowerCase(), c.id]));
    // Postings of member companies are linked to them (HR digests need that); others stay unlinked.
    const companyOf = (job: JobPosting): string | null =>
      job.companyId && byId.has(job.companyId) ? job.companyId : (byName.get(job.employerName.toLowerCase()) ?? null);
    return upsertAll(
      this.prisma,
      jobs,
      {
        existing: (source, externalIds) => this.prisma.jobPosting.findMany(storedVersions(source, externalIds)),
        hash: (job) => jobContentHash(job, companyOf(job)),
        write: async (tx, items, replace) => {
          if (replace.length > 0) await tx.jobPosting.deleteMany({ where: { id: { in: replace } } });
          await tx.jobPosting.createMany({ data: items.map(({ item, id, hash }) => jobToRow(item, id, companyOf(item), hash)) });
          const skills = items.flatMap(({ item, id }) => jobSkillRows(id, item.skills));
          if (skills.length > 0) await tx.jobSkill.createMany({ data: skills });
        },
      },
      options,
    );
  }

  /** Creates, updates or leaves unchanged each training; a training keeps its id across re-imports. */
  async upsertTrainings(trainings: Training[], options: UpsertOptions = {}): Promise<UpsertResult> {
    return upsertAll(
      this.prisma,
      trainings,
      {
        existing: (source, externalIds) => this.prisma.training.findMany(storedVersions(source, externalIds)),
        hash: trainingContentHash,
        write: async (tx, items, replace) => {
          if (replace.length > 0) await tx.training.deleteMany({ where: { id: { in: replace } } });
          await tx.training.createMany({ data: items.map(({ item, id, hash }) => trainingToRow(item, id, hash)) });
          const skills = items.flatMap(({ item, id }) => trainingSkillRows(id, item.skills));
          if (skills.length > 0) await tx.trainingSkill.createMany({ data: skills });
        },
      },
      options,
    );
  }

  /** Postings still open at `now` (no end date, or an end date not yet passed), newest first. */
  async activeJobs(now: Date = new Date()): Promise<JobPosting[]> {
    const rows = await this.prisma.jobPosting.findMany({ where: activeAt(now), include: { skills: true }, orderBy: newestFirst() });
    return rows.map(rowToJob);
  }

  /**
   * The same postings in the same order as activeJobs, read in batches (keyset pagination on
   * (publishedAt, id)), so that an index can be built from a million postings without holding them all.
   */
  async *activeJobBatches(now: Date = new Date(), size = 2000): AsyncGenerator<JobPosting[]> {
    let after: { publishedAt: Date; id: string } | undefined;
    for (;;) {
      const page = after ? { OR: [{ publishedAt: { lt: after.publishedAt } }, { publishedAt: after.publishedAt, id: { gt: after.id } }] } : {};
      const rows = await this.prisma.jobPosting.findMany({ where: { AND: [activeAt(now), page] }, include: { skills: true }, orderBy: newestFirst(), take: size });
      if (rows.length === 0) return;
      yield rows.map(rowToJob);
      if (rows.length < size) return;
      const last = rows[rows.length - 1]!;
      after = { publishedAt: last.publishedAt, id: last.id };
    }
  }

  async activeJobCount(now: Date = new Date()): Promise<number> {
    return this.prisma.jobPosting.count({ where: activeAt(now) });
  }

  /** The postings with these ids that are open at `now` (the page a search found; any order). */
  async jobsByIds(ids: readonly string[], now: Date = new Date()): Promise<JobPosting[]> {
    if (ids.length === 0) return [];
    const rows = await this.prisma.jobPosting.findMany({ where: { AND: [activeAt(now), { id: { in: [...ids] } }] }, include: { skills: true } });
    return rows.map(rowToJob);
  }

  /** Open postings created or changed after `since` (for job alerts). */
  async jobsChangedSince(since: Date, now: Date = new Date()): Promise<JobPosting[]> {
    const rows = await this.prisma.jobPosting.findMany({
      where: { AND: [activeAt(now), { updatedAt: { gt: since } }] },
      include: { skills: true },
      orderBy: { updatedAt: 'asc' },
    });
    return rows.map(rowToJob);
  }

  /** The job board's search in this store, open postings judged at `now()` on each call. */
  boardSearch(now: () => Date): JobSearch {
    return {
      count: (filter) => this.boardCount(filter, now()),
      page: (filter, skip, take) => this.boardPage(filter, skip, take, now()),
      pointsIn: (filter, box) => this.boardPointsIn(filter, box, now()),
      byIds: (ids) => this.jobsByIds(ids, now()),
      occupationIds: () => this.occupationIds(),
    };
  }

  /** The occupations named by postings (open or not; read from the occupation index). */
  async occupationIds(): Promise<string[]> {
    const rows = await this.prisma.jobPosting.findMany({ where: { occupationId: { not: null } }, select: { occupationId: true }, distinct: ['occupationId'] });
    return rows.flatMap((row) => (row.occupationId ? [row.occupationId] : []));
  }

  /** The board's open postings that pass `filter`: how many there are. */
  async boardCount(filter: JobFilter, now: Date = new Date()): Promise<number> {
    return this.prisma.jobPosting.count({ where: boardWhere(filter, now) });
  }

  /** One page of the board's postings, newest first (the order of activeJobs). */
  async boardPage(filter: JobFilter, skip: number, take?: number, now: Date = new Date()): Promise<JobPosting[]> {
    const rows = await this.prisma.jobPosting.findMany({ where: boardWhere(filter, now), include: { skills: true }, orderBy: newestFirst(), skip, take });
    return rows.map(rowToJob);
  }

  /** Ids and points of the board's postings inside a box, newest first (three columns, no text). */
  async boardPointsIn(filter: JobFilter, box: GeoBox, now: Date = new Date()): Promise<{ id: string; latitude: number; longitude: number }[]> {
    const rows = await this.prisma.jobPosting.findMany({
      where: boardWhere({ ...filter, box }, now),
      select: { id: true, latitude: true, longitude: true },
      orderBy: newestFirst(),
    });
    return rows.flatMap((row) => (row.latitude !== null && row.longitude !== null ? [{ id: row.id, latitude: row.latitude, longitude: row.longitude }] : []));
  }

  async job(id: string): Promise<JobPosting | undefined> {
    const row = await this.prisma.jobPosting.findUnique({ where: { id }, include: { skills: true } });
    return row ? rowToJob(row) : undefined;
  }

  async allTrainings(): Promise<Training[]> {
    const rows = await this.prisma.training.findMany({ include: { skills: true }, orderBy: { title: 'asc' } });
    return rows.map(rowToTraining);
  }

  async training(id: string): Promise<Training | undefined> {
    const row = await this.prisma.training.findUnique({ where: { id }, include: { skills: true } });
    return row ? rowToTraining(row) : undefined;
  }

  async companies(): Promise<Company[]> {
    return (await this.prisma.company.findMany({ orderBy: { name: 'asc' } })).map(rowToCompany);
  }

  async company(id: string): Promise<Company | undefined> {
    const row = await this.prisma.company.findUnique({ where: { id } });
    return row ? rowToCompany(row) : undefined;
  }

  /** Row counts, for the CLI, health output and the "seed when empty" check. */
  async counts(now: Date = new Date()): Promise<{ jobs: number; activeJobs: number; trainings: number; companies: number }> {
    const [jobs, activeJobs, trainings, companies] = await Promise.all([
      this.prisma.jobPosting.count(),
      this.prisma.jobPosting.count({ where: activeAt(now) }),
      this.prisma.training.count(),
      this.prisma.company.count(),
    ]);
    return { jobs, activeJobs, trainings, companies };
  }

  /** True when there are no jobs, trainings or companies yet (a fresh database). */
  async isEmpty(): Promise<boolean> {
    const { jobs, trainings, companies } = await this.counts();
    return jobs + trainings + companies === 0;
  }
}

/** Newest first; equal dates by id, so that batches and full reads agree on one order. */
function newestFirst(): { publishedAt?: 'desc'; id?: 'asc' }[] {
  return [{ publishedAt: 'desc' }, { id: 'asc' }];
}

/** The board's filters as the in-memory tests read them: an empty start date counts as "nach Vereinbarung". */
function boardWhere(filter: JobFilter, now: Date) {
  return {
    AND: [
      activeAt(now),
      filter.skill === undefined ? {} : { skills: { some: { conceptId: filter.skill } } },
      filter.kind ? { kind: filter.kind } : {},
      filter.pensum === undefined ? {} : { pensumMin: { lte: filter.pensum }, pensumMax: { gte: filter.pensum } },
      filter.startFrom ? { OR: [{ startDate: null }, { startDate: '' }, { startDate: { gte: filter.startFrom } }] } : {},
      // The stored text and the words are both folded (the board passes no word with % or _).
      ...(filter.words ?? []).map((word) => ({ searchText: { contains: word } })),
      ...(filter.occupationWords ?? []).map(({ word, occupationIds }) => ({ OR: [{ searchTitle: { contains: word } }, { occupationId: { in: occupationIds } }] })),
      filter.box
        ? { latitude: { gte: filter.box.minLatitude, lte: filter.box.maxLatitude }, longitude: { gte: filter.box.minLongitude, lte: filter.box.maxLongitude } }
        : {},
    ],
  };
}

function activeAt(now: Date) {
  return { OR: [{ validUntil: null }, { validUntil: { gte: now } }] };
}
