/**
 * The HR side in the database: companies and subscriptions, invite codes, HR users and where to
 * reach them, the digest queue (DigestItem), contact requests and the audit log.
 * Mapping to the digest's pure types happens here, so nothing above sees Prisma rows.
 */
import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder-core';
import type { CandidateProfile, DigestJob, DigestMatch } from '../digest/types';
import type { InterestScores, LanguageLevel, PositionKind, SkillLevel } from '../profile/types';
import type {
  CompanyRecord,
  ContactRequestRecord,
  DigestFrequency,
  HrPorts,
  HrUserRecord,
  QueuedItem,
  ScorePart,
} from '../services/ports';
import { rowToJob } from './catalog-mapping';
import { PrismaConversationRefStore } from './conversation-refs';
import type { Database, PrismaClient } from './database';
import { hotSql } from './hot-sql';
import { LeaseStore } from './leases';
import { parseJson } from './profile-mapping';
import { SettingsStore } from './settings';

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

function toCompany(row: { id: string; name: string; subscriptionFrom: Date | null; subscriptionUntil: Date | null }): CompanyRecord {
  return { id: row.id, name: row.name, subscriptionFrom: opt(row.subscriptionFrom), subscriptionUntil: opt(row.subscriptionUntil) };
}

type HrRow = {
  id: string;
  companyId: string;
  displayName: string | null;
  digestFrequency: string;
  lastDigestAt: Date | null;
  company: { id: string; name: string; subscriptionFrom: Date | null; subscriptionUntil: Date | null };
};

function toHrUser(row: HrRow): HrUserRecord {
  return {
    id: row.id,
    companyId: row.companyId,
    displayName: opt(row.displayName),
    digestFrequency: row.digestFrequency === 'weekly' ? 'weekly' : 'daily',
    lastDigestAt: opt(row.lastDigestAt),
    company: toCompany(row.company),
  };
}

type PersonRow = {
  id: string;
  postalCode: string | null;
  placeName: string | null;
  latitude: number | null;
  longitude: number | null;
  radiusKm: number | null;
  pensumMin: number | null;
  pensumMax: number | null;
  startDate: string | null;
  positionKinds: string;
  /** JSON; read only where the digest scores. */
  interests?: string;
  /** JSON arrays [[conceptId, label, level], …] and [[language, level], …] (see personLists). */
  skillList: string;
  languageList: string;
};

/** The Person columns a candidate is built from (read with plain SQL, as `p`). */
const PERSON_COLUMNS = ['id', 'postalCode', 'placeName', 'latitude', 'longitude', 'radiusKm', 'pensumMin', 'pensumMax', 'startDate', 'positionKinds']
  .map((c) => `p."${c}"`)
  .join(',');

function toCandidate(row: PersonRow): CandidateProfile {
  const country = row.postalCode && row.postalCode.trim().length === 5 ? 'DE' : 'CH';
  return {
    id: row.id,
    postalCode: opt(row.postalCode),
    placeName: opt(row.placeName),
    country,
    point: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : undefined,
    radiusKm: opt(row.radiusKm),
    pensum: row.pensumMin !== null && row.pensumMax !== null ? { min: row.pensumMin, max: row.pensumMax } : undefined,
    startDate: opt(row.startDate),
    positionKinds: parseJson<PositionKind[]>(row.positionKinds, []),
    skills: parseJson<[string, string, string][]>(row.skillList, []).map(([conceptId, label, level]) => ({ conceptId, label, level: level as SkillLevel })),
    languages: parseJson<[string, string][]>(row.languageList, []).map(([language, level]) => ({ language, level: level as LanguageLevel })),
    ...(row.interests ? { interests: parseJson<InterestScores>(row.interests, {}) } : {}),
  };
}

/** Rows are read in pages of this size so 100,000 profiles never sit in one query result twice. */
const PAGE = 5000;

/** Database access for companies, HR users, digests and contact requests. */
export class HrStore implements HrPorts {
  private readonly prisma: PrismaClient;
  private readonly kind: Database['kind'];
  private readonly conversations: PrismaConversationRefStore;
  private readonly leases: LeaseStore;
  private readonly settings: SettingsStore;

  /** `keys.pseudonym` is needed only to make pseudonyms (digest runs, contact answers). */
  constructor(
    db: Pick<Database, 'prisma' | 'kind'>,
    private readonly keys?: { pseudonym: Buffer },
  ) {
    this.prisma = db.prisma;
    this.kind = db.kind;
    this.conversations = new PrismaConversationRefStore(db.prisma);
    this.leases = new LeaseStore(db.prisma);
    this.settings = new SettingsStore(db.prisma);
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

  // ───────────── companies and invites ─────────────

  /** Creates the company when missing; returns it either way. */
  async ensureCompany(name: string): Promise<CompanyRecord> {
    const row = await this.prisma.company.upsert({ where: { name }, create: { id: randomUUID(), name }, update: {} });
    return toCompany(row);
  }

  /** The company of exactly this name, if there is one. */
  async companyNamed(name: string): Promise<CompanyRecord | undefined> {
    const row = await this.prisma.company.findUnique({ where: { name } });
    return row ? toCompany(row) : undefined;
  }

  /** The names of all companies (for suggestions when a typed name matches none). */
  async companyNames(): Promise<string[]> {
    return (await this.prisma.company.findMany({ select: { name: true }, orderBy: { name: 'asc' } })).map((c) => c.name);
  }

  /** Sets the subscription period of a company. */
  async setSubscription(companyId: string, from: Date, until: Date): Promise<CompanyRecord> {
    const row = await this.prisma.company.update({ where: { id: companyId }, data: { subscriptionFrom: from, subscriptionUntil: until } });
    return toCompany(row);
  }

  async createInvite(companyId: string, code: string, expiresAt: Date): Promise<void> {
    await this.prisma.inviteCode.create({ data: { code, companyId, expiresAt } });
  }

  /**
   * Uses an invite code once: creates the HR user and marks the code used in one transaction.
   * Undefined for an unknown, used or expired code (a concurrent second use loses).
   */
  async redeemInvite(code: string, now: Date, displayName?: string): Promise<HrUserRecord | undefined> {
    return this.prisma.$transaction(async (tx) => {
      const invite = await tx.inviteCode.findUnique({ where: { code } });
      if (!invite || invite.usedAt || invite.expiresAt.getTime() <= now.getTime()) return undefined;
      const hrUserId = randomUUID();
      const claimed = await tx.inviteCode.updateMany({ where: { code, usedAt: null }, data: { usedAt: now, usedBy: hrUserId } });
      if (claimed.count !== 1) return undefined;
      const row = await tx.hrUser.create({
        data: { id: hrUserId, companyId: invite.companyId, displayName: displayName ?? null },
        include: { company: true },
      });
      return toHrUser(row);
    });
  }

  // ───────────── HR users and their conversations ─────────────

  async hrUser(id: string): Promise<HrUserRecord | undefined> {
    const row = await this.prisma.hrUser.findUnique({ where: { id }, include: { company: true } });
    return row ? toHrUser(row) : undefined;
  }

  /** The HR user who writes from this channel account, if they joined with a code. */
  async hrUserByChannel(channelId: string, channelUserId: string): Promise<HrUserRecord | undefined> {
    // Asked on every turn of every person, almost always with no answer: one plain SQL lookup
    // (hot-sql.ts; the model query with includes made three, each costing more than the lookup).
    const refs = await hotSql(this.prisma).all<{ hrUserId: string }>(
      'SELECT "hrUserId" FROM "ConversationRef" WHERE "channelId" = ? AND "channelUserId" = ? AND "hrUserId" IS NOT NULL ORDER BY "updatedAt" DESC LIMIT 1',
      [channelId, channelUserId],
    );
    return refs[0] ? this.hrUser(refs[0].hrUserId) : undefined;
  }

  /** Remembers where to reach an HR user (one row per channel conversation). */
  async saveHrReference(hrUserId: string, reference: Partial<ConversationReference>): Promise<void> {
    await this.conversations.save(reference as ConversationReference, { hrUserId });
  }

  /** Where an HR user can be reached (reachable references only, newest first). */
  async hrReferences(hrUserId: string): Promise<Partial<ConversationReference>[]> {
    const rows = await this.prisma.conversationRef.findMany({ where: { hrUserId, unreachable: false }, orderBy: { updatedAt: 'desc' } });
    return rows.map((r) => parseJson<Partial<ConversationReference>>(r.reference, {}));
  }

  async setFrequency(hrUserId: string, frequency: DigestFrequency): Promise<void> {
    await this.prisma.hrUser.update({ where: { id: hrUserId }, data: { digestFrequency: frequency } });
  }

  /** Every HR user with their company. */
  async allHrUsers(): Promise<HrUserRecord[]> {
    const rows = await this.prisma.hrUser.findMany({ include: { company: true }, orderBy: { createdAt: 'asc' } });
    return rows.map(toHrUser);
  }

  async markDigestSent(hrUserId: string, at: Date): Promise<void> {
    await this.prisma.hrUser.update({ where: { id: hrUserId }, data: { lastDigestAt: at } });
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

  // ───────────── contact requests ─────────────

  /** Creates a pending request; returns the existing one when HR already asked for this pair. */
  async openContactRequest(jobId: string, personId: string, hrUserId: string, now: Date): Promise<{ request: ContactRequestRecord; created: boolean }> {
    const existing = await this.prisma.contactRequest.findUnique({ where: { jobId_personId_hrUserId: { jobId, personId, hrUserId } } });
    if (existing) return { request: toRequest(existing), created: false };
    const row = await this.prisma.contactRequest.create({ data: { id: randomUUID(), jobId, personId, hrUserId, createdAt: now } });
    return { request: toRequest(row), created: true };
  }

  async contactRequest(id: string): Promise<ContactRequestRecord | undefined> {
    const row = await this.prisma.contactRequest.findUnique({ where: { id } });
    return row ? toRequest(row) : undefined;
  }

  /** Sets the candidate's decision once; false when the request was not pending any more. */
  async decideContactRequest(id: string, status: 'accepted' | 'declined', at: Date): Promise<boolean> {
    const result = await this.prisma.contactRequest.updateMany({ where: { id, status: 'pending' }, data: { status, decidedAt: at } });
    return result.count === 1;
  }

  /** Deletes a request that could not be delivered, so HR may try again later. */
  async deleteContactRequest(id: string): Promise<void> {
    await this.prisma.contactRequest.deleteMany({ where: { id } });
  }

  /** The first name and shared contact of a person (read only for an accepted request). */
  async contactDetails(personId: string): Promise<{ firstName?: string; contactShare?: string; locale: string } | undefined> {
    const row = await this.prisma.person.findUnique({ where: { id: personId }, select: { firstName: true, contactShare: true, locale: true } });
    return row ? { firstName: opt(row.firstName), contactShare: opt(row.contactShare), locale: row.locale } : undefined;
  }

  async setContactShare(personId: string, contact: string): Promise<void> {
    await this.prisma.person.update({ where: { id: personId }, data: { contactShare: contact } });
  }

  /** The job title of a company's job. */
  async jobTitle(jobId: string): Promise<string | undefined> {
    const row = await this.prisma.jobPosting.findUnique({ where: { id: jobId }, select: { title: true } });
    return row?.title;
  }

  /** Where a person can be reached (reachable references only, newest first). */
  async personReferences(personId: string): Promise<Partial<ConversationReference>[]> {
    const rows = await this.prisma.conversationRef.findMany({ where: { personId, unreachable: false }, orderBy: { updatedAt: 'desc' } });
    return rows.map((r) => parseJson<Partial<ConversationReference>>(r.reference, {}));
  }

  /** Marks a conversation as unreachable (blocked bot, conversation gone). */
  async markUnreachable(channelId: string, conversationId: string): Promise<void> {
    await this.conversations.markUnreachable(channelId, conversationId);
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

  // ───────────── once across instances ─────────────

  /** Takes the named lease when it is free or expired; false when another owner holds it. */
  async tryLease(name: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.leases.tryAcquire(name, owner, ttlMs);
  }

  /** Records the run time and gives the lease back (only when still held by this owner). */
  async releaseLease(name: string, owner: string, ranAt: Date): Promise<void> {
    await this.leases.markRun(name, ranAt);
    await this.leases.release(name, owner);
  }

  /** When the named job last ran (any instance). */
  async leaseLastRun(name: string): Promise<Date | undefined> {
    return this.leases.lastRun(name);
  }

  // ───────────── audit and settings ─────────────

  /** Writes an audit event; actor and subject are pseudonymous ids, never names. */
  async audit(actor: string, action: string, subject: string, details: Record<string, unknown> = {}, at = new Date()): Promise<void> {
    await this.prisma.auditEvent.create({ data: { id: randomUUID(), at, actor, action, subject, details: JSON.stringify(details) } });
  }

  /** Audit events about a subject, oldest first. */
  async auditTrail(subject: string): Promise<{ actor: string; action: string; details: Record<string, unknown> }[]> {
    const rows = await this.prisma.auditEvent.findMany({ where: { subject }, orderBy: { at: 'asc' } });
    return rows.map((r) => ({ actor: r.actor, action: r.action, details: parseJson(r.details, {}) }));
  }

  /** Whether an audit event with this actor, action and subject exists. */
  async hasAudit(actor: string, action: string, subject: string): Promise<boolean> {
    return (await this.prisma.auditEvent.count({ where: { actor, action, subject } })) > 0;
  }

  async setting(key: string): Promise<string | undefined> {
    return this.settings.get(key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.settings.set(key, value);
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

type ItemRow = PersonRow & {
  jobId: string;
  jobTitle: string;
  personId: string;
  pseudonym: string;
  score: number;
  breakdown: string;
};

function toQueuedItem(r: ItemRow, candidate: CandidateProfile): QueuedItem {
  const stored = parseJson<{ parts?: ScorePart[]; matched?: string[] }>(r.breakdown, {});
  return {
    jobId: r.jobId,
    jobTitle: r.jobTitle,
    personId: r.personId,
    pseudonym: r.pseudonym,
    score: r.score,
    breakdown: stored.parts ?? [],
    matched: stored.matched ?? [],
    candidate,
  };
}

function toRequest(r: { id: string; jobId: string; personId: string; hrUserId: string; status: string }): ContactRequestRecord {
  const status = r.status === 'accepted' || r.status === 'declined' ? r.status : 'pending';
  return { id: r.id, jobId: r.jobId, personId: r.personId, hrUserId: r.hrUserId, status };
}
