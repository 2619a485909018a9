/**
 * Job für Zwei in HR digests: a candidate whose partner also looks for work (and let member
 * companies see their own profile) is marked "Doppelkarriere", with the partner's field and the
 * company's own open jobs that would fit the partner. Pure.
 */
import { LEVEL_RANK } from '../matching/score';
import { scoreCandidate } from './score';
import { DEFAULT_THRESHOLD } from './select';
import type { CandidateProfile, DigestJob, PseudonymousCandidate } from './types';

/** Skills named as the partner's field, and jobs of the company named as fitting. */
const AREA_SKILLS = 2;
const FITTING_JOBS = 3;

/** The partner's field (best skills) and the company's open jobs that fit the partner, best first. */
export function dualCareer(partner: CandidateProfile, companyJobs: readonly DigestJob[], now: Date, threshold = DEFAULT_THRESHOLD): NonNullable<PseudonymousCandidate['partner']> {
  const area = [...partner.skills]
    .sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level])
    .slice(0, AREA_SKILLS)
    .map((s) => s.label);
  const jobs = companyJobs
    .map((job) => ({ job, score: scoreCandidate(job, partner, now)?.score ?? 0 }))
    .filter((j) => j.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, FITTING_JOBS)
    .map((j) => j.job.title);
  return { area, jobs };
}
