/** What the HR digest matches (open jobs, consenting candidates) and its queue (DigestItem). */
import type { CandidateProfile, DigestJob, DigestMatch } from '../../digest/types';
import type { DigestQueue, QueuedItem } from '../../services/ports';
import { rowToJob } from '../catalog-mapping';
import type { Database, PrismaClient } from '../database';
import { PAGE, PERSON_COLUMNS, toCandidate, toQueuedItem, type ItemRow, type PersonRow } from './rows';

export class DigestQueueStore implements DigestQueue {
  private readonly prisma: PrismaClient;
  private readonly kind: Database['kind'];

  /** `keys.pseudonym` is needed only to make pseudonyms (digest runs, contact answers). */
  constructor(
    db: Pick<Database, 'prisma' | 'kind'>,
    private readonly keys?: { pseudonym: Buffer },
  ) {
    this.prisma = db.prisma;
    this.kind = db.kind;
  }

  /** Positional placeholders for raw SQL: `?` on SQLite, `$n` on PostgreSQL. */
  private placeholders(rows: number, columns: number): string {
    let n = 0;
    const one = () => `(${Array.from({ length: columns }, () => (this.kind === 'postgres' ? `$${++n}` : '?')).join(',')})`;
    return Array.from({ length: rows }, one).join(',');
  }

  /** A DateTime parameter for raw SQL, in the form Prisma itself stores (text on SQLite). */
  private rawDate(date: Date): string {
    return this.kind === 'postgres' ? date.toISOString() : date.toISOString().replace('Z', '+00:00');
  }

  // ───────────── what the digest matches ─────────────

  /** Open jobs of companies with an active subscription at `now`. */
  async activeJobs(now: Date): Promise<DigestJob[]> {
    const where = {
      companyId: { not: null },
      company: { subscriptionUntil: { gte: now }, OR: [{ subscriptionFrom: null }, { subscriptionFrom: { lte: now } }] },
      OR: [{ validUntil: null }, { validUntil: { gt: now } }],
    };
    const jobs = new Map<string, DigestJob>();
    for (let cursor: string | undefined; ; ) {
      const rows = await this.prisma.jobPosting.findMany({
        where,
        include: { skills: true },
        orderBy: { id: 'asc' },
        take: PAGE,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      for (const r of rows) jobs.set(r.id, { ...rowToJob(r), companyId: r.companyId! });
      if (rows.length < PAGE) break;
      cursor = rows[rows.length - 1]!.id;
    }
    return [...jobs.values()];
  }

  /** Jobs changed after `since`, and jobs of companies whose subscription (re)started after it. */
  async changedJobIds(since: Date): Promise<Set<string>> {
    const rows = await this.prisma.jobPosting.findMany({
      where: { OR: [{ updatedAt: { gt: since } }, { company: { subscriptionFrom: { gt: since } } }] },
      select: { id: true },
    });
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Every person who chose to be visible, pseudonymously, to matching companies. Read with plain
   * SQL: this is the largest read of a digest run (10^5 people, 10^6 skills).
   */
  async consentingCandidates(): Promise<CandidateProfile[]> {
    const people = await this.prisma.$queryRawUnsafe<PersonRow[]>(
      `SELECT ${PERSON_COLUMNS},p."interests",${this.personLists()} FROM "Person" p WHERE p."visibility" = 'anonymous'`,
    );
    // «Nicht interessant» on a company's job: that company is not offered this person.
    const refusals = await this.prisma.$queryRawUnsafe<{ personId: string; companyId: string }[]>(
      `SELECT DISTINCT f."personId", j."companyId" FROM "Feedback" f JOIN "JobPosting" j ON j."id" = f."itemId" JOIN "Person" p ON p."id" = f."personId"
       WHERE f."itemType" = 'job' AND f."verdict" = 'rejected' AND j."companyId" IS NOT NULL AND p."visibility" = 'anonymous'`,
    );
    const refused = new Map<string, string[]>();
    for (const r of refusals) refused.set(r.personId, [...(refused.get(r.personId) ?? []), r.companyId]);
    return people.map((row) => {
      const candidate = toCandidate(row);
      const companies = refused.get(candidate.id);
      return companies ? { ...candidate, notInterestedIn: companies } : candidate;
    });
  }

  /** Job für Zwei: each person's linked partner, when the partner too chose to be visible to companies. */
  async visiblePartners(personIds: readonly string[]): Promise<Map<string, CandidateProfile>> {
    if (personIds.length === 0) return new Map();
    const links = await this.prisma.partnerLink.findMany({
      where: { acceptedAt: { not: null }, OR: [{ inviterId: { in: [...personIds] } }, { partnerId: { in: [...personIds] } }] },
      select: { inviterId: true, partnerId: true },
    });
    const wanted = new Set(personIds);
    const partnerOf = new Map<string, string>();
    for (const l of links) {
      if (!l.partnerId) continue;
      if (wanted.has(l.inviterId)) partnerOf.set(l.inviterId, l.partnerId);
      if (wanted.has(l.partnerId)) partnerOf.set(l.partnerId, l.inviterId);
    }
    if (partnerOf.size === 0) return new Map();
    const q = this.parameters();
    const ids = [...new Set(partnerOf.values())].map((id) => q.add(id)).join(', ');
    const people = await this.prisma.$queryRawUnsafe<PersonRow[]>(
      `SELECT ${PERSON_COLUMNS},p."interests",${this.personLists()} FROM "Person" p WHERE p."visibility" = 'anonymous' AND p."id" IN (${ids})`,
      ...q.values,
    );
    const byId = new Map(people.map((row) => [row.id, toCandidate(row)]));
    const out = new Map<string, CandidateProfile>();
    for (const [person, partner] of partnerOf) {
      const candidate = byId.get(partner);
      if (candidate) out.set(person, candidate);
    }
    return out;
  }

  /**
   * Each person's skills and languages as one JSON column each, built by the database: a tenth of
   * the rows the driver would otherwise hand over one by one (10^6 skills in a digest run).
   */
  private personLists(): string {
    const list = (table: string, columns: string[]) => {
      const values = columns.map((c) => `x."${c}"`).join(', ');
      const aggregate = this.kind === 'postgres' ? `coalesce(json_agg(json_build_array(${values})), '[]'::json)::text` : `json_group_array(json_array(${values}))`;
      return `(SELECT ${aggregate} FROM "${table}" x WHERE x."personId" = p."id")`;
    };
    return `${list('PersonSkill', ['conceptId', 'label', 'level'])} AS "skillList", ${list('PersonLanguage', ['language', 'level'])} AS "languageList"`;
  }

  /** Collects raw SQL parameters and hands out their placeholders (`?` on SQLite, `$n` on PostgreSQL). */
  private parameters(): { values: unknown[]; add(value: unknown): string } {
    const values: unknown[] = [];
    return {
      values,
      add: (value) => (values.push(value), this.kind === 'postgres' ? `$${values.length}` : '?'),
    };
  }

  /** People whose profile, skills or visibility changed after `since`. */
  async changedCandidateIds(since: Date): Promise<Set<string>> {
    const [people, skills, consents] = await Promise.all([
      this.prisma.person.findMany({ where: { updatedAt: { gt: since } }, select: { id: true } }),
      this.prisma.personSkill.findMany({ where: { createdAt: { gt: since } }, select: { personId: true }, distinct: ['personId'] }),
      this.prisma.consent.findMany({ where: { createdAt: { gt: since } }, select: { personId: true }, distinct: ['personId'] }),
    ]);
    return new Set([...people.map((p) => p.id), ...skills.map((s) => s.personId), ...consents.map((c) => c.personId)]);
  }

  // ───────────── the queue ─────────────

  /** Fingerprints of every queued or reported pair for these jobs. */
  async knownFingerprints(jobIds: readonly string[]): Promise<Map<string, { fingerprint: string }>> {
    const known = new Map<string, { fingerprint: string }>();
    for (let i = 0; i < jobIds.length; i += 500) {
      const rows = await this.prisma.digestItem.findMany({
        where: { jobId: { in: jobIds.slice(i, i + 500) as string[] } },
        select: { jobId: true, personId: true, fingerprint: true },
      });
      for (const r of rows) known.set(`${r.jobId}\u0000${r.personId}`, { fingerprint: r.fingerprint });
    }
    return known;
  }

  /**
   * Queues matches (reset to unreported): pairs not in `known` are inserted in bulk, known pairs
   * whose fingerprint changed are updated.
   */
  async queue(matches: readonly (DigestMatch & { pseudonym: string })[], now: Date, known: ReadonlyMap<string, unknown>): Promise<void> {
    const row = (m: DigestMatch & { pseudonym: string }) => ({
      jobId: m.jobId,
      personId: m.personId,
      companyId: m.companyId,
      score: m.score,
      breakdown: JSON.stringify({ parts: m.breakdown, matched: m.matched }),
      fingerprint: m.fingerprint,
      queuedAt: now,
      reportedAt: null,
      pseudonym: m.pseudonym,
    });
    const fresh = matches.filter((m) => !known.has(`${m.jobId}\u0000${m.personId}`));
    const changed = matches.filter((m) => known.has(`${m.jobId}\u0000${m.personId}`));
    await this.insertItems(fresh.map(row));
    for (let i = 0; i < changed.length; i += 500) {
      await this.prisma.$transaction(
        changed.slice(i, i + 500).map((m) => {
          const { jobId, personId, ...data } = row(m);
          return this.prisma.digestItem.update({ where: { jobId_personId: { jobId, personId } }, data });
        }),
      );
    }
  }

  /** Bulk insert through plain SQL (Prisma's createMany costs about a millisecond per row here). */
  private async insertItems(rows: { jobId: string; personId: string; companyId: string; score: number; breakdown: string; fingerprint: string; queuedAt: Date; pseudonym: string }[]): Promise<void> {
    const columns = '"jobId","personId","companyId","score","breakdown","fingerprint","queuedAt","pseudonym"';
    const CHUNK = 500;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const values = chunk.flatMap((r) => [r.jobId, r.personId, r.companyId, r.score, r.breakdown, r.fingerprint, this.rawDate(r.queuedAt), r.pseudonym]);
      await this.prisma.$executeRawUnsafe(`INSERT INTO "DigestItem" (${columns}) VALUES ${this.placeholders(chunk.length, 8)}`, ...values);
    }
  }

  /**
   * Drops unreported items of these people (or jobs) that were rescored and are no longer in
   * `keep`: a profile or job changed and the match fell below the threshold.
   */
  async dropStale(field: 'personId' | 'jobId', ids: readonly string[], keep: ReadonlySet<string>): Promise<number> {
    let dropped = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.prisma.digestItem.findMany({
        where: { [field]: { in: ids.slice(i, i + 500) as string[] }, reportedAt: null },
        select: { jobId: true, personId: true },
      });
      const stale = rows.filter((r) => !keep.has(`${r.jobId}\u0000${r.personId}`));
      for (const r of stale) await this.prisma.digestItem.deleteMany({ where: { jobId: r.jobId, personId: r.personId, reportedAt: null } });
      dropped += stale.length;
    }
    return dropped;
  }

  /**
   * Items an HR user has not seen yet: queued after their last digest, for open jobs of their
   * company, of people who are still visible. Newest state of the profile is read now.
   */
  async pendingFor(companyId: string, since: Date | undefined, now: Date): Promise<QueuedItem[]> {
    // Plain SQL: every HR person's digest reads this, hundreds of times per run.
    const q = this.parameters();
    const openJob = `JOIN "JobPosting" j ON j."id" = d."jobId" AND j."companyId" = d."companyId" AND (j."validUntil" IS NULL OR j."validUntil" > ${q.add(this.rawDate(now))})`;
    const rows = await this.prisma.$queryRawUnsafe<ItemRow[]>(
      `SELECT d."jobId", d."personId", d."pseudonym", d."score", d."breakdown", j."title" AS "jobTitle", ${PERSON_COLUMNS}, ${this.personLists()}
       FROM "DigestItem" d JOIN "Person" p ON p."id" = d."personId" ${openJob}
       WHERE d."companyId" = ${q.add(companyId)}${since ? ` AND d."queuedAt" > ${q.add(this.rawDate(since))}` : ''} AND p."visibility" = 'anonymous'`,
      ...q.values,
    );
    return rows.map((r) => toQueuedItem(r, toCandidate(r)));
  }

  /** Marks everything of a company queued in (since, until] as reported, in one statement. */
  async markReported(companyId: string, since: Date | undefined, until: Date, at: Date): Promise<void> {
    await this.prisma.digestItem.updateMany({
      where: { companyId, queuedAt: since ? { gt: since, lte: until } : { lte: until } },
      data: { reportedAt: at },
    });
  }

  /** Removes a person from every digest queue (visibility revoked). */
  async removePersonFromDigests(personId: string): Promise<number> {
    const result = await this.prisma.digestItem.deleteMany({ where: { personId } });
    return result.count;
  }

  /** The queued item behind a pseudonym for a company (a given job, or the most recently queued one). */
  async itemByPseudonym(companyId: string, pseudonym: string, jobId?: string): Promise<{ jobId: string; personId: string; jobTitle: string } | undefined> {
    const row = await this.prisma.digestItem.findFirst({
      where: { companyId, pseudonym, ...(jobId ? { jobId } : {}), person: { visibility: 'anonymous' } },
      orderBy: { queuedAt: 'desc' },
    });
    if (!row) return undefined;
    const job = await this.prisma.jobPosting.findFirst({ where: { id: row.jobId, companyId }, select: { title: true } });
    return job ? { jobId: row.jobId, personId: row.personId, jobTitle: job.title } : undefined;
  }

  /** Moves items that did not fit into a digest to just after it (unreported), so the next digest shows them. */
  async carryOver(pairs: readonly { jobId: string; personId: string }[], to: Date): Promise<void> {
    const CHUNK = 400;
    for (let i = 0; i < pairs.length; i += CHUNK) {
      const chunk = pairs.slice(i, i + CHUNK);
      const list = this.placeholders(chunk.length, 2);
      const first = this.kind === 'postgres' ? '$1' : '?';
      // Placeholders are numbered in order, so the date comes first and the pairs follow.
      const shifted = this.kind === 'postgres' ? list.replace(/\$(\d+)/g, (_m, n: string) => `$${Number(n) + 1}`) : list;
      await this.prisma.$executeRawUnsafe(
        `UPDATE "DigestItem" SET "queuedAt" = ${first}, "reportedAt" = NULL WHERE ("jobId", "personId") IN (VALUES ${shifted})`,
        this.rawDate(to),
        ...chunk.flatMap((p) => [p.jobId, p.personId]),
      );
    }
  }

  /** The key pseudonyms are made with; it derives from LOTSE_SECRET and is never stored here. */
  pseudonymKey(): Buffer {
    if (!this.keys?.pseudonym) throw new Error('HrStore needs the pseudonym key (src/secrets.ts deriveKeys) to make pseudonyms');
    return this.keys.pseudonym;
  }

  /** The pseudonym a company was shown for a person with a job, as stored with the digest item. */
  async shownPseudonym(jobId: string, personId: string): Promise<string | undefined> {
    const row = await this.prisma.digestItem.findUnique({ where: { jobId_personId: { jobId, personId } }, select: { pseudonym: true } });
    return row?.pseudonym;
  }
}
