/**
 * The operators' dashboard numbers: counts and per-skill totals only. No query here returns a
 * person's name, id or any other field of a single person.
 */
import type { PrismaClient } from './database';
import { UsageStore } from './usage-store';

export interface SkillCount {
  conceptId: string;
  count: number;
}

/** Supply and demand in one region (the first two digits of the postal code, per country). */
export interface RegionNumbers {
  /** "CH-45", "DE-70". */
  region: string;
  country: string;
  /** The first two digits of the postal codes. */
  prefix: string;
  /** Consenting profiles looking for work here; null when fewer than MIN_GROUP (never single out a person). */
  profiles: number | null;
  openPostings: number;
  /** Profiles here that wish a Lehrstelle/Ausbildung (null as profiles). */
  wishApprenticeship: number | null;
  openApprenticeships: number;
  /** The skill open postings here ask most beyond what the profiles here offer (null as profiles, or none). */
  topGap: (SkillCount & { offered: number }) | null;
}

export interface DashboardNumbers {
  webConversations30d: number;
  /** Job proposals (cards) shown in the chat in the last 30 days. */
  jobProposalsShown30d: number;
  /** Training proposals (cards) shown in the chat in the last 30 days. */
  trainingProposalsShown30d: number;
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
  /** Supply and demand per region, the busiest first. */
  regions: RegionNumbers[];
}

/** The port the dashboard page uses. */
export interface DashboardSource {
  numbers(now: Date): Promise<DashboardNumbers>;
}

const TOP = 10;
/** A region's profile numbers are shown only from this many profiles on. */
export const MIN_GROUP = 3;
const REGIONS = 12;
const DAY_MS = 86_400_000;

/** Gaps: asked more often than offered, the largest difference first. */
function gapsOf(demand: SkillCount[], offeredBy: Map<string, number>): (SkillCount & { offered: number })[] {
  return demand
    .map((d) => ({ ...d, offered: offeredBy.get(d.conceptId) ?? 0 }))
    .filter((g) => g.count > g.offered)
    .sort((a, b) => b.count - b.offered - (a.count - a.offered) || a.conceptId.localeCompare(b.conceptId));
}

interface Located {
  postalCode: string | null;
  country: string | null;
  skills: { conceptId: string }[];
}

function regionOf(item: Located): string | undefined {
  return item.postalCode && /^\d{4,5}$/.test(item.postalCode) ? `${item.country ?? 'CH'}-${item.postalCode.slice(0, 2)}` : undefined;
}

function tally(into: Map<string, number>, ids: string[]): void {
  for (const id of ids) into.set(id, (into.get(id) ?? 0) + 1);
}

/** Profiles (where they look for work, what they wish and offer) against open postings, per region. */
function regionNumbers(people: (Located & { positionKinds: string })[], jobs: (Located & { kind: string })[]): RegionNumbers[] {
  const regions = new Map<string, { profiles: number; wish: number; postings: number; apprenticeships: number; offered: Map<string, number>; asked: Map<string, number> }>();
  const entry = (key: string) => {
    let r = regions.get(key);
    if (!r) regions.set(key, (r = { profiles: 0, wish: 0, postings: 0, apprenticeships: 0, offered: new Map(), asked: new Map() }));
    return r;
  };
  for (const p of people) {
    const key = regionOf(p);
    if (!key) continue;
    const r = entry(key);
    r.profiles += 1;
    if (p.positionKinds.includes('"apprenticeship"')) r.wish += 1;
    tally(r.offered, p.skills.map((s) => s.conceptId));
  }
  for (const j of jobs) {
    const key = regionOf(j);
    if (!key) continue;
    const r = entry(key);
    r.postings += 1;
    if (j.kind === 'apprenticeship') r.apprenticeships += 1;
    tally(r.asked, j.skills.map((s) => s.conceptId));
  }
  return [...regions.entries()]
    .map(([region, r]): RegionNumbers => {
      const shown = r.profiles >= MIN_GROUP;
      const demand = [...r.asked.entries()].map(([conceptId, count]) => ({ conceptId, count }));
      const [country = '', prefix = ''] = region.split('-');
      return {
        region,
        country,
        prefix,
        profiles: shown ? r.profiles : null,
        openPostings: r.postings,
        wishApprenticeship: shown ? r.wish : null,
        openApprenticeships: r.apprenticeships,
        topGap: shown ? (gapsOf(demand, r.offered)[0] ?? null) : null,
      };
    })
    .sort((a, b) => b.openPostings + (b.profiles ?? 0) - (a.openPostings + (a.profiles ?? 0)) || a.region.localeCompare(b.region))
    .slice(0, REGIONS);
}

function counts(rows: { conceptId: string; _count: { _all: number } }[]): SkillCount[] {
  return rows.map((r) => ({ conceptId: r.conceptId, count: r._count._all })).sort((a, b) => b.count - a.count || a.conceptId.localeCompare(b.conceptId));
}

export class DashboardStore {
  constructor(private readonly prisma: PrismaClient) {}

  async numbers(now: Date): Promise<DashboardNumbers> {
    const db = this.prisma;
    const consenting = { consents: { some: { kind: 'profile', granted: true } } };
    const open = { OR: [{ validUntil: null }, { validUntil: { gte: now } }] };
    const monthAgo = new Date(now.getTime() - 30 * DAY_MS);
    const located = { postalCode: true, country: true, skills: { select: { conceptId: true } } } as const;
    const [webConversations30d, consentsGiven, profiles, profilesReady, feedback, contactRequests, disclosures, digestsSent, offered, asked, companies, usage, people, jobs] = await Promise.all([
      db.directLineConversation.count({ where: { createdAt: { gte: monthAgo } } }),
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
      new UsageStore(db).totals(monthAgo),
      // Rows of single profiles are read here only to be added up below; none leaves this method.
      db.person.findMany({ where: consenting, select: { ...located, positionKinds: true } }),
      db.jobPosting.findMany({ where: open, select: { ...located, kind: true } }),
    ]);
    const supply = counts(offered);
    const demand = counts(asked);
    const offeredBy = new Map(supply.map((s) => [s.conceptId, s.count]));
    const gaps = gapsOf(demand, offeredBy);
    const verdict = (v: string) => feedback.find((f) => f.verdict === v)?._count._all ?? 0;
    return {
      webConversations30d,
      jobProposalsShown30d: usage['proposals.jobs'] ?? 0,
      trainingProposalsShown30d: usage['proposals.trainings'] ?? 0,
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
      regions: regionNumbers(people, jobs),
    };
  }
}
