/**
 * The rendering plan of one digest: which jobs, which candidates (best first), with score
 * breakdown and reason. Channels turn the plan into a text message or an Adaptive Card.
 */
import type { ScorePart } from '../services/ports';
import type { PseudonymousCandidate } from './types';

/** Candidates shown per job; the rest is counted ("… und 3 weitere"). */
export const CANDIDATES_PER_JOB = 5;
/** Jobs shown per digest, so a message stays readable and within channel size limits. */
export const JOBS_PER_DIGEST = 10;

/** A queued item ready to be shown (joined with the job title and the candidate's current view). */
export interface PendingItem {
  jobId: string;
  jobTitle: string;
  score: number;
  breakdown: ScorePart[];
  matched: string[];
  candidate: PseudonymousCandidate;
}

export interface PlannedCandidate {
  pseudonym: string;
  /** 0..100 */
  percent: number;
  breakdown: ScorePart[];
  matched: string[];
  view: PseudonymousCandidate;
}

export interface PlannedJob {
  jobId: string;
  title: string;
  candidates: PlannedCandidate[];
  /** Matching candidates not shown in this digest. */
  more: number;
}

export interface DigestPlan {
  companyName: string;
  jobs: PlannedJob[];
  /** Jobs with matches beyond JOBS_PER_DIGEST. */
  moreJobs: number;
  /** Candidates shown. */
  shown: number;
}

/** Groups pending items by job, best candidates first; undefined for an empty period (nothing is sent). */
export function planDigest(companyName: string, items: readonly PendingItem[]): DigestPlan | undefined {
  if (items.length === 0) return undefined;
  const byJob = new Map<string, PendingItem[]>();
  for (const item of items) {
    const list = byJob.get(item.jobId);
    if (list) list.push(item);
    else byJob.set(item.jobId, [item]);
  }
  const groups = [...byJob.values()]
    .map((list) => [...list].sort((a, b) => b.score - a.score))
    .sort((a, b) => b[0]!.score - a[0]!.score || a[0]!.jobTitle.localeCompare(b[0]!.jobTitle));
  const jobs = groups.slice(0, JOBS_PER_DIGEST).map((list) => ({
    jobId: list[0]!.jobId,
    title: list[0]!.jobTitle,
    candidates: list.slice(0, CANDIDATES_PER_JOB).map(toCandidate),
    more: Math.max(0, list.length - CANDIDATES_PER_JOB),
  }));
  return {
    companyName,
    jobs,
    moreJobs: Math.max(0, groups.length - JOBS_PER_DIGEST),
    shown: jobs.reduce((n, j) => n + j.candidates.length, 0),
  };
}

function toCandidate(item: PendingItem): PlannedCandidate {
  return {
    pseudonym: item.candidate.pseudonym,
    percent: Math.round(item.score * 100),
    breakdown: item.breakdown,
    matched: item.matched,
    view: item.candidate,
  };
}
