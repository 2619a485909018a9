/** Rows of the HR tables read with plain SQL or Prisma, and their mapping to the digest's pure types. */
import type { CandidateProfile } from '../../digest/types';
import type { InterestScores, LanguageLevel, PositionKind, SkillLevel } from '../../profile/types';
import type { CompanyRecord, ContactRequestRecord, HrUserRecord, QueuedItem, ScorePart } from '../../services/ports';
import { parseJson } from '../profile-mapping';

export const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

export function toCompany(row: { id: string; name: string; subscriptionFrom: Date | null; subscriptionUntil: Date | null }): CompanyRecord {
  return { id: row.id, name: row.name, subscriptionFrom: opt(row.subscriptionFrom), subscriptionUntil: opt(row.subscriptionUntil) };
}

export type HrRow = {
  id: string;
  companyId: string;
  displayName: string | null;
  digestFrequency: string;
  lastDigestAt: Date | null;
  company: { id: string; name: string; subscriptionFrom: Date | null; subscriptionUntil: Date | null };
};

export function toHrUser(row: HrRow): HrUserRecord {
  return {
    id: row.id,
    companyId: row.companyId,
    displayName: opt(row.displayName),
    digestFrequency: row.digestFrequency === 'weekly' ? 'weekly' : 'daily',
    lastDigestAt: opt(row.lastDigestAt),
    company: toCompany(row.company),
  };
}

export type PersonRow = {
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
  schoolLevel: string | null;
  vocationalTraining: string | null;
  /** JSON; read only where the digest scores. */
  interests?: string;
  /** JSON arrays [[conceptId, label, level], …] and [[language, level], …] (see personLists). */
  skillList: string;
  languageList: string;
};

/** The Person columns a candidate is built from (read with plain SQL, as `p`). */
export const PERSON_COLUMNS = ['id', 'postalCode', 'placeName', 'latitude', 'longitude', 'radiusKm', 'pensumMin', 'pensumMax', 'startDate', 'positionKinds', 'schoolLevel', 'vocationalTraining']
  .map((c) => `p."${c}"`)
  .join(',');

export function toCandidate(row: PersonRow): CandidateProfile {
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
    ...(row.schoolLevel ? { schoolLevel: row.schoolLevel } : {}),
    ...(row.vocationalTraining ? { vocationalTraining: row.vocationalTraining } : {}),
    skills: parseJson<[string, string, string][]>(row.skillList, []).map(([conceptId, label, level]) => ({ conceptId, label, level: level as SkillLevel })),
    languages: parseJson<[string, string][]>(row.languageList, []).map(([language, level]) => ({ language, level: level as LanguageLevel })),
    ...(row.interests ? { interests: parseJson<InterestScores>(row.interests, {}) } : {}),
  };
}

/** Rows are read in pages of this size so 100,000 profiles never sit in one query result twice. */
export const PAGE = 5000;


export type ItemRow = PersonRow & {
  jobId: string;
  jobTitle: string;
  personId: string;
  pseudonym: string;
  score: number;
  breakdown: string;
};

export function toQueuedItem(r: ItemRow, candidate: CandidateProfile): QueuedItem {
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

export function toRequest(r: { id: string; jobId: string; personId: string; hrUserId: string; status: string }): ContactRequestRecord {
  const status = r.status === 'accepted' || r.status === 'declined' ? r.status : 'pending';
  return { id: r.id, jobId: r.jobId, personId: r.personId, hrUserId: r.hrUserId, status };
}

