/**
 * Scores one job against one candidate for the HR digest. The factors and their weights are the
 * ScorePart factors the conversation's matcher uses, so HR and candidates read the same reasons.
 */
import type { ScorePart } from '../services/ports';
import type { LanguageLevel, SkillLevel } from '../profile/types';
import type { CandidateProfile, DigestJob } from './types';

/** How much each factor counts; sums to 1. */
export const DIGEST_WEIGHTS = {
  essential: 0.45,
  optional: 0.1,
  level: 0.15,
  pensum: 0.1,
  kind: 0.05,
  languages: 0.1,
  distance: 0.05,
} as const;

const LEVEL_RANK: Record<SkillLevel, number> = { basic: 1, good: 2, expert: 3 };
const LANGUAGE_RANK: Record<LanguageLevel, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, native: 7 };

export interface JobScore {
  score: number;
  breakdown: ScorePart[];
  /** Labels of the candidate's skills that the job asks for. */
  matched: string[];
  /** Share of the job's essential skills the candidate has (0..1). */
  essentialCoverage: number;
}

function skillFactors(job: DigestJob, profile: CandidateProfile) {
  const have = new Map(profile.skills.map((s) => [s.conceptId, s]));
  const essentials = job.skills.filter((s) => s.essential);
  const optionals = job.skills.filter((s) => !s.essential);
  const matched = job.skills.filter((s) => have.has(s.conceptId));
  const share = (list: typeof job.skills) =>
    list.length === 0 ? 1 : list.filter((s) => have.has(s.conceptId)).length / list.length;
  const level =
    matched.length === 0
      ? 0
      : matched.reduce((sum, s) => sum + Math.min(1, LEVEL_RANK[have.get(s.conceptId)!.level] / LEVEL_RANK[s.level]), 0) /
        matched.length;
  // A job listing only optional skills is covered by having any of them.
  const essential = essentials.length === 0 ? (matched.length > 0 ? 1 : 0) : share(essentials);
  return { essential, optional: optionals.length === 0 ? 1 : share(optionals), level, matched: matched.map((s) => have.get(s.conceptId)!.label) };
}

function pensumFit(job: DigestJob, profile: CandidateProfile): number {
  if (!profile.pensum) return 1;
  const gap = Math.max(job.pensum.min - profile.pensum.max, profile.pensum.min - job.pensum.max, 0);
  return Math.max(0, 1 - gap / 40);
}

function languageFit(job: DigestJob, profile: CandidateProfile): number {
  if (job.languages.length === 0) return 1;
  const have = new Map(profile.languages.map((l) => [l.language, LANGUAGE_RANK[l.level]]));
  const met = job.languages.filter((req) => (have.get(req.language) ?? 0) >= LANGUAGE_RANK[req.level]).length;
  return met / job.languages.length;
}

/** Great-circle distance in km. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The radius assumed when a person named none. */
export const DEFAULT_RADIUS_KM = 30;

/** 1 inside the candidate's radius, falling to 0 at twice the radius; 1 when either place is unknown. */
function distanceFit(job: DigestJob, profile: CandidateProfile): number {
  if (!job.point || !profile.point) return 1;
  const radius = profile.radiusKm ?? DEFAULT_RADIUS_KM;
  const d = distanceKm(job.point, profile.point);
  return d <= radius ? 1 : Math.max(0, 1 - (d - radius) / radius);
}

/** The weighted score of a candidate for a job, with its breakdown. */
export function scoreCandidate(job: DigestJob, profile: CandidateProfile): JobScore {
  const skills = skillFactors(job, profile);
  const raw: Record<keyof typeof DIGEST_WEIGHTS, number> = {
    essential: skills.essential,
    optional: skills.optional,
    level: skills.level,
    pensum: pensumFit(job, profile),
    kind: profile.positionKinds.length === 0 || profile.positionKinds.includes(job.kind) ? 1 : 0,
    languages: languageFit(job, profile),
    distance: distanceFit(job, profile),
  };
  const breakdown = (Object.keys(DIGEST_WEIGHTS) as (keyof typeof DIGEST_WEIGHTS)[]).map((factor) => ({
    factor,
    score: Math.round(raw[factor] * 100) / 100,
    weight: DIGEST_WEIGHTS[factor],
  }));
  const score = breakdown.reduce((sum, part) => sum + part.score * part.weight, 0);
  return { score: Math.round(score * 1000) / 1000, breakdown, matched: skills.matched, essentialCoverage: skills.essential };
}
