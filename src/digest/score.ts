/**
 * Scores a job for a candidate with the conversation's matcher: the candidate's strict search
 * (no relaxation, as for a job alert) and the same features, weights and breakdown. HR therefore
 * sees the score and the reasons the candidate would see for that job in their own search; only
 * the "merken" feedback is left out, because the digest does not read the candidate's feedback.
 */
import { featuresOf, prepareNaive, type NaiveJob } from '../matching/naive';
import type { MatchQuery } from '../matching/query';
import { relaxationPlan, type Constraints } from '../matching/relax';
import { querySkillRanks } from '../matching/result';
import { interestVector } from '../matching/riasec';
import { breakdown, combine, languageRanks, LEVEL_RANK, round, type Features } from '../matching/score';
import { DEFAULT_RADIUS_KM } from '../matching/weights';
import type { ScorePart } from '../services/ports';
import type { CandidateProfile, DigestJob } from './types';

/** A job with what scoring derives from it once (its occupation field). */
export type ScoringJob = NaiveJob & { job: DigestJob };

/** A candidate turned once into the query of their own strict search. */
export interface ScoringCandidate {
  profile: CandidateProfile;
  query: MatchQuery;
  strict: Constraints;
  ranks: Map<string, number>;
  languageRanks: Map<string, number>;
  interests: Float64Array | undefined;
}

export interface JobScore {
  score: number;
  breakdown: ScorePart[];
  /** Labels of the candidate's skills that the job asks for (the reason HR reads). */
  matched: string[];
}

const NONE: ReadonlySet<string> = new Set();
const rank = (level: string) => LEVEL_RANK[level as keyof typeof LEVEL_RANK] ?? 1;

/** Prepares jobs for scoring. */
export function prepareJobs(jobs: readonly DigestJob[]): ScoringJob[] {
  // prepareNaive keeps each job object as it is, so the entries still hold DigestJobs.
  return prepareNaive(jobs) as ScoringJob[];
}

/** The search a candidate would run at `now`, with its strict constraints and lookup tables. */
export function prepareCandidate(profile: CandidateProfile, now: Date): ScoringCandidate {
  const query: MatchQuery = {
    skills: profile.skills.map((s) => ({ conceptId: s.conceptId, level: s.level })),
    point: profile.point,
    radiusKm: profile.radiusKm && profile.radiusKm > 0 ? profile.radiusKm : DEFAULT_RADIUS_KM,
    kinds: profile.positionKinds,
    pensum: profile.pensum,
    languages: profile.languages,
    interests: profile.interests,
    saved: NONE,
    rejected: NONE,
    now,
    // Like the person's own search: offers of their own country (known from their place) only.
    ...(profile.postalCode ? { countries: [profile.country] } : {}),
  };
  return {
    profile,
    query,
    strict: relaxationPlan(query, false)[0]!,
    ranks: querySkillRanks(query, rank),
    languageRanks: languageRanks(query.languages),
    interests: interestVector(query.interests),
  };
}

/** The features of a job for a candidate; undefined when the candidate's strict search would not show the job. */
export function featuresFor(job: ScoringJob, candidate: ScoringCandidate): Features | undefined {
  if (candidate.query.countries && !candidate.query.countries.includes(job.job.country)) return undefined;
  return featuresOf(job, candidate.query, candidate.strict, candidate.ranks, candidate.languageRanks, candidate.interests);
}

/** The score (0..1, 3 decimals) of a job with these features, as the conversation shows it. */
export function scoreOf(f: Features): number {
  return round(combine(f));
}

/** Score, breakdown and reason of a pair whose features are known (built only for pairs that are reported). */
export function explainScore(job: ScoringJob, candidate: ScoringCandidate, f: Features): JobScore {
  return { score: scoreOf(f), breakdown: breakdown(f), matched: matchedLabels(job.job, candidate.profile) };
}

/** The score of a job for a candidate; undefined when the candidate's strict search would not show the job. */
export function scorePrepared(job: ScoringJob, candidate: ScoringCandidate): JobScore | undefined {
  const f = featuresFor(job, candidate);
  return f && explainScore(job, candidate, f);
}

/** Scores one pair (for tests and one-off checks; bulk scoring prepares jobs and candidates once). */
export function scoreCandidate(job: DigestJob, profile: CandidateProfile, now: Date): JobScore | undefined {
  return scorePrepared(prepareJobs([job])[0]!, prepareCandidate(profile, now));
}

/** The candidate's labels of the skills the job asks for, in the job's order. */
function matchedLabels(job: DigestJob, profile: CandidateProfile): string[] {
  const labels = new Map(profile.skills.map((s) => [s.conceptId, s.label]));
  const matched = new Set<string>();
  for (const s of job.skills) {
    const label = labels.get(s.conceptId);
    if (label) matched.add(label);
  }
  return [...matched];
}
