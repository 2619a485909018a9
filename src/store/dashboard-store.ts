/**
 * The operators' dashboard numbers: counts and per-skill totals only. No query here returns a
 * person's name, id or any other field of a single person.
 */
import type { PrismaClient } from './database';

export interface SkillCount {
  conceptId: string;
  count: number;
}

export interface DashboardNumbers {
  webConversations30d: number;
  consentsGiven: number;
  profiles: number;
  /** Profiles with at least one skill and a place: enough for proposals near them. */
  profilesReady: number;
  saved: number;
  rejected: number;
  contactRequests: number;
  disclosures: number;
  digestsSent: number;
  /** What consenting profiles offer, most common first. */
  supply: SkillCount[];
  /** What open job postings ask, most common first. */
  demand: SkillCount[];
  /** Asked by open postings, offered by fewer profiles than postings ask it. */
  gaps: (SkillCount & { offered: number })[];
  companies: { name: string; subscriptionUntil: Date | null }[];
}

/** The port the dashboard page uses. */
export interface DashboardSource {
  numbers(now: Date): Promise<DashboardNumbers>;
}

const TOP = 10;
const DAY_MS = 86_400_000;

function counts(rows: { conceptId: string; _count: { _all: number } }[]): SkillCount[] {
  return rows.map((r) => ({ conceptId: r.conceptId, count: r._count._all })).sort((a, b) => b.count - a.count || a.conceptId.localeCompare(b.conceptId));
}

export class DashboardStore {
  constructor(private readonly prisma: PrismaClient) {}

  async numbers(now: Date): Promise<DashboardNumbers> {
    const db = this.prisma;
    const consenting = { consents: { some: { kind: 'profile', granted: true } } };
    const open = { OR: [{ validUntil: null }, { validUntil: { gte: now } }] };
    const [webConversations30d, consentsGiven, profiles, profilesReady, feedback, contactRequests, disclosures, digestsSent, offered, asked, companies] = await Promise.all([
      db.directLineConversation.count({ where: { createdAt: { gte: new Date(now.getTime() - 30 * DAY_MS) } } }),
      db.consent.count({ where: { granted: true } }),
      db.person.count({ where: consenting }),
      db.person.count({ where: { ...consenting, skills: { some: {} }, postalCode: { not: null } } }),
      db.feedback.groupBy({ by: ['verdict'], _count: { _all: true } }),
      db.contactRequest.count(),
      db.auditEvent.count({ where: { action: 'contact.disclosed' } }),
      db.auditEvent.count({ where: { action: 'hr.digest_sent' } }),
      db.personSkill.groupBy({ by: ['conceptId'], where: { person: consenting }, _count: { _all: true } }),
      db.jobSkill.groupBy({ by: ['conceptId'], where: { job: open }, _count: { _all: true } }),
      db.company.findMany({ where: { subscriptionUntil: { not: null } }, select: { name: true, subscriptionUntil: true }, orderBy: { subscriptionUntil: 'desc' } }),
    ]);
    const supply = counts(offered);
    const demand = counts(asked);
    const offeredBy = new Map(supply.map((s) => [s.conceptId, s.count]));
    const gaps = demand
      .map((d) => ({ ...d, offered: offeredBy.get(d.conceptId) ?? 0 }))
      .filter((g) => g.count > g.offered)
      .sort((a, b) => b.count - b.offered - (a.count - a.offered) || a.conceptId.localeCompare(b.conceptId));
    const verdict = (v: string) => feedback.find((f) => f.verdict === v)?._count._all ?? 0;
    return {
      webConversations30d,
      consentsGiven,
      profiles,
      profilesReady,
      saved: verdict('saved'),
      rejected: verdict('rejected'),
      contactRequests,
      disclosures,
      digestsSent,
      supply: supply.slice(0, TOP),
      demand: demand.slice(0, TOP),
      gaps: gaps.slice(0, TOP),
      companies,
    };
  }
}
