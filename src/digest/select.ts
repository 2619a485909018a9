/**
 * Finds the matches worth reporting: every (job, candidate) pair above the threshold, found
 * through an inverted skill index so that only candidates sharing a skill with a job are scored.
 * Incremental runs pass only the changed jobs and the changed candidates.
 */
import { jobSignature, matchFingerprint, profileSignature } from './fingerprint';
import { DEFAULT_RADIUS_KM, distanceKm, scoreCandidate } from './score';
import type { CandidateProfile, DigestJob, DigestMatch } from './types';

/** Matches below this score are not worth an HR person's time. */
export const DEFAULT_THRESHOLD = 0.7;
/** A candidate must have at least this share of a job's essential skills. */
export const MIN_ESSENTIAL_COVERAGE = 0.5;

/** The best candidates kept per job and run; an HR person cannot look at more anyway. */
export const MAX_PER_JOB = 10;

export interface SelectOptions {
  threshold?: number;
  maxPerJob?: number;
}

/** Candidates by skill concept, for scoring only the candidates that share enough skills with a job. */
export class CandidateIndex {
  private readonly bySkill = new Map<string, number[]>();
  private readonly signatures: string[];
  /** Hit counters per candidate, reused across jobs (reset through `touched`). */
  private readonly hits: Uint16Array;

  constructor(readonly profiles: readonly CandidateProfile[]) {
    this.signatures = profiles.map(profileSignature);
    this.hits = new Uint16Array(profiles.length);
    profiles.forEach((p, i) => {
      for (const s of p.skills) {
        const list = this.bySkill.get(s.conceptId);
        if (list) list.push(i);
        else this.bySkill.set(s.conceptId, [i]);
      }
    });
  }

  /**
   * Indices of candidates having at least MIN_ESSENTIAL_COVERAGE of the job's essential skills
   * (at least one of its skills when it lists no essential ones).
   */
  candidatesFor(job: DigestJob): number[] {
    const essentials = job.skills.filter((s) => s.essential);
    const keys = (essentials.length > 0 ? essentials : job.skills).map((s) => s.conceptId);
    const needed = essentials.length > 0 ? Math.max(1, Math.ceil(MIN_ESSENTIAL_COVERAGE * essentials.length)) : 1;
    const touched: number[] = [];
    for (const key of new Set(keys)) {
      for (const i of this.bySkill.get(key) ?? []) {
        if (this.hits[i] === 0) touched.push(i);
        this.hits[i] += 1;
      }
    }
    const found = touched.filter((i) => this.hits[i]! >= needed);
    for (const i of touched) this.hits[i] = 0;
    return found;
  }

  signature(i: number): string {
    return this.signatures[i]!;
  }
}

/** Candidates farther away than twice their radius are never worth reporting. */
function tooFar(job: DigestJob, profile: CandidateProfile): boolean {
  if (!job.point || !profile.point) return false;
  return distanceKm(job.point, profile.point) > 2 * (profile.radiusKm ?? DEFAULT_RADIUS_KM);
}

/** Matches of the given jobs against the indexed candidates, best first per job. */
export function matchJobs(jobs: readonly DigestJob[], index: CandidateIndex, options: SelectOptions = {}): DigestMatch[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const maxPerJob = options.maxPerJob ?? MAX_PER_JOB;
  const out: DigestMatch[] = [];
  for (const job of jobs) {
    const jobSig = jobSignature(job);
    const found: DigestMatch[] = [];
    for (const i of index.candidatesFor(job)) {
      const profile = index.profiles[i]!;
      if (tooFar(job, profile)) continue;
      const result = scoreCandidate(job, profile);
      if (result.score < threshold || result.essentialCoverage < MIN_ESSENTIAL_COVERAGE) continue;
      found.push({
        jobId: job.id,
        personId: profile.id,
        companyId: job.companyId,
        score: result.score,
        breakdown: result.breakdown,
        matched: result.matched,
        fingerprint: matchFingerprint(jobSig, index.signature(i)),
      });
    }
    out.push(...found.sort((a, b) => b.score - a.score).slice(0, maxPerJob));
  }
  return out;
}

/**
 * The matches an incremental run has to look at: changed jobs against all candidates, plus all
 * jobs against changed candidates, each pair once.
 */
export function incrementalMatches(
  input: {
    allJobs: readonly DigestJob[];
    changedJobIds: ReadonlySet<string>;
    allCandidates: readonly CandidateProfile[];
    changedCandidateIds: ReadonlySet<string>;
  },
  options: SelectOptions = {},
): DigestMatch[] {
  const changedJobs = input.allJobs.filter((j) => input.changedJobIds.has(j.id));
  const changedCandidates = input.allCandidates.filter((p) => input.changedCandidateIds.has(p.id));
  const fromJobs = changedJobs.length > 0 ? matchJobs(changedJobs, new CandidateIndex(input.allCandidates), options) : [];
  const otherJobs = input.allJobs.filter((j) => !input.changedJobIds.has(j.id));
  const fromCandidates =
    changedCandidates.length > 0 && otherJobs.length > 0 ? matchJobs(otherJobs, new CandidateIndex(changedCandidates), options) : [];
  return [...fromJobs, ...fromCandidates];
}

/** What is already queued or reported for a pair. */
export interface KnownItem {
  fingerprint: string;
}

/** Drops matches already known with the same fingerprint: a candidate is reported again only when something changed. */
export function newOrChanged(matches: readonly DigestMatch[], known: ReadonlyMap<string, KnownItem>): DigestMatch[] {
  return matches.filter((m) => known.get(pairKey(m.jobId, m.personId))?.fingerprint !== m.fingerprint);
}

/** The key of a (job, person) pair. */
export function pairKey(jobId: string, personId: string): string {
  return `${jobId}\u0000${personId}`;
}
