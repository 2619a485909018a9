/**
 * Finds the matches worth reporting: every (job, candidate) pair above the threshold that the
 * candidate's own strict search would show, found through an inverted skill index so that only
 * candidates with enough of a job's skills are scored. Incremental runs pass only the changed jobs
 * and the changed candidates.
 */
import { pointDistanceKm } from '../matching/geo';
import { MIN_ESSENTIAL_COVERAGE } from '../matching/weights';
import { jobSignature, matchFingerprint, profileSignature } from './fingerprint';
import type { Features } from '../matching/score';
import { explainScore, featuresFor, prepareCandidate, prepareJobs, scoreOf, type ScoringCandidate } from './score';
import type { CandidateProfile, DigestJob, DigestMatch } from './types';

/**
 * Matches below this score are not worth an HR person's time. On the matcher's scale a candidate
 * with every essential skill at the required level, inside their radius and with fitting Pensum,
 * kind and languages scores 0.7 to 0.9; half the essential skills bring it to about 0.6.
 */
export const DEFAULT_THRESHOLD = 0.6;

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
  private readonly prepared: ScoringCandidate[];
  /** Hit counters per candidate, reused across jobs (reset through `touched`). */
  private readonly hits: Uint16Array;

  /** `now` is the moment the candidates' searches are run at (job freshness). */
  constructor(
    readonly profiles: readonly CandidateProfile[],
    now: Date,
  ) {
    this.signatures = profiles.map(profileSignature);
    this.prepared = profiles.map((p) => prepareCandidate(p, now));
    this.hits = new Uint16Array(profiles.length);
    profiles.forEach((p, i) => {
      for (const conceptId of new Set(p.skills.map((s) => s.conceptId))) {
        const list = this.bySkill.get(conceptId);
        if (list) list.push(i);
        else this.bySkill.set(conceptId, [i]);
      }
    });
  }

  /**
   * Indices of candidates who can pass the matcher's skill constraint: at least
   * MIN_ESSENTIAL_COVERAGE of the job's essential skills (one of its skills when none is essential).
   */
  candidatesFor(job: DigestJob): number[] {
    const essentials = job.skills.filter((s) => s.essential);
    // Hits count matched skill entries exactly as the skill constraint does, so no candidate the scorer keeps is missed.
    const counted = essentials.length > 0 ? essentials : job.skills;
    const needed = essentials.length > 0 ? MIN_ESSENTIAL_COVERAGE * essentials.length : 1;
    const touched: number[] = [];
    for (const skill of counted) {
      for (const i of this.bySkill.get(skill.conceptId) ?? []) {
        if (this.hits[i] === 0) touched.push(i);
        this.hits[i] += 1;
      }
    }
    const found = touched.filter((i) => this.hits[i]! >= needed);
    for (const i of touched) this.hits[i] = 0;
    return found;
  }

  candidate(i: number): ScoringCandidate {
    return this.prepared[i]!;
  }

  signature(i: number): string {
    return this.signatures[i]!;
  }
}

/**
 * A cheap early exit for the most common reason a pair fails (most candidates with the right skills
 * live elsewhere); the scorer checks the same radius again, so this never changes a result.
 */
function outsideRadius(job: DigestJob, candidate: ScoringCandidate): boolean {
  const point = candidate.query.point;
  return point !== undefined && job.point !== undefined && pointDistanceKm(point, job.point) > candidate.strict.radiusKm;
}

/** Matches of the given jobs against the indexed candidates, best first per job. */
export function matchJobs(jobs: readonly DigestJob[], index: CandidateIndex, options: SelectOptions = {}): DigestMatch[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const maxPerJob = options.maxPerJob ?? MAX_PER_JOB;
  const out: DigestMatch[] = [];
  for (const entry of prepareJobs(jobs)) {
    const job = entry.job;
    const hits: { i: number; score: number; f: Features }[] = [];
    for (const i of index.candidatesFor(job)) {
      if (index.profiles[i]!.notInterestedIn?.includes(job.companyId)) continue;
      const candidate = index.candidate(i);
      if (outsideRadius(job, candidate)) continue;
      const f = featuresFor(entry, candidate);
      if (!f) continue;
      const score = scoreOf(f);
      if (score >= threshold) hits.push({ i, score, f });
    }
    // Breakdown, reason and fingerprint only for the candidates that are kept.
    const jobSig = jobSignature(job);
    for (const { i, f } of hits.sort((a, b) => b.score - a.score || a.i - b.i).slice(0, maxPerJob)) {
      const result = explainScore(entry, index.candidate(i), f);
      out.push({
        jobId: job.id,
        personId: index.profiles[i]!.id,
        companyId: job.companyId,
        score: result.score,
        breakdown: result.breakdown,
        matched: result.matched,
        fingerprint: matchFingerprint(jobSig, index.signature(i)),
      });
    }
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
    now: Date;
  },
  options: SelectOptions = {},
): DigestMatch[] {
  const changedJobs = input.allJobs.filter((j) => input.changedJobIds.has(j.id));
  const changedCandidates = input.allCandidates.filter((p) => input.changedCandidateIds.has(p.id));
  const fromJobs = changedJobs.length > 0 ? matchJobs(changedJobs, new CandidateIndex(input.allCandidates, input.now), options) : [];
  const otherJobs = input.allJobs.filter((j) => !input.changedJobIds.has(j.id));
  const fromCandidates =
    changedCandidates.length > 0 && otherJobs.length > 0 ? matchJobs(otherJobs, new CandidateIndex(changedCandidates, input.now), options) : [];
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
