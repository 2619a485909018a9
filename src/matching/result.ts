/** What a search returns, and the per-job details shared by the index and the naive scan. */
import type { Relaxation, ScorePart } from '../services/ports';
import type { MatchQuery } from './query';
import { breakdown, combine, type Features } from './score';
import type { RequiredSkill } from './types';

/**
 * One ranked job with its score breakdown and skill match. The posting itself is not part of it:
 * the index holds columns only, and whoever shows the page reads its postings from the catalog.
 */
export interface ScoredJob {
  id: string;
  /** The posting's occupation (taxonomy concept id), when known. */
  occupationId?: string;
  score: number;
  breakdown: ScorePart[];
  distanceKm?: number;
  /** Concept ids of the job's skills the person has. */
  matched: string[];
  /** Essential skills of the job the person lacks. */
  missing: string[];
  /** Optional skills of the job the person lacks. */
  missingOptional: string[];
  /** The person saved this job ("merken"). */
  saved: boolean;
  /** Set on jobs that fill up a short page: the wishes this job does not meet. */
  relaxed?: Relaxation[];
}

export interface SearchResult {
  items: ScoredJob[];
  /** How many jobs the pages hold: those passing the (possibly relaxed) constraints, then the neighbourhood. */
  total: number;
  relaxed: Relaxation[];
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** false: no relaxation (job alerts want strict matches only). */
  relax?: boolean;
}

/** The person's skills as concept id → level rank (best level when listed twice). */
export function querySkillRanks(query: MatchQuery, rank: (level: string) => number): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const s of query.skills) ranks.set(s.conceptId, Math.max(ranks.get(s.conceptId) ?? 0, rank(s.level)));
  return ranks;
}

/** A ranked job with breakdown and the matched/missing skills, built only for the returned page. */
export function scoredJob(
  id: string,
  occupationId: string | undefined,
  skills: readonly Pick<RequiredSkill, 'conceptId' | 'essential'>[],
  features: Features,
  ranks: Map<string, number>,
  saved: boolean,
): ScoredJob {
  const matched: string[] = [];
  const missing: string[] = [];
  const missingOptional: string[] = [];
  for (const s of skills) addOnce(ranks.has(s.conceptId) ? matched : s.essential ? missing : missingOptional, s.conceptId);
  return scoredJobOf(id, occupationId, { matched, missing, missingOptional }, features, saved);
}

/** The same from the skills already sorted into matched and missing ones (each listed once). */
export function scoredJobOf(
  id: string,
  occupationId: string | undefined,
  skills: { matched: string[]; missing: string[]; missingOptional: string[] },
  features: Features,
  saved: boolean,
): ScoredJob {
  const score = Math.round(combine(features) * 1000) / 1000;
  const parts = breakdown(features);
  const distanceKm = Number.isNaN(features.distanceKm) ? undefined : Math.round(features.distanceKm * 10) / 10;
  const { matched, missing, missingOptional } = skills;
  // Two literals rather than spreads (a search builds hundreds of these): the same keys in the same order.
  return occupationId === undefined
    ? { id, score, breakdown: parts, distanceKm, matched, missing, missingOptional, saved }
    : { id, occupationId, score, breakdown: parts, distanceKm, matched, missing, missingOptional, saved };
}

/** Appends an id unless listed (a job's few skills: a scan is cheaper than a set). */
export function addOnce(ids: string[], id: string): void {
  if (!ids.includes(id)) ids.push(id);
}

/** The page [offset, offset+limit) of a search, with defaults. */
export function pageOf(options: SearchOptions): { offset: number; limit: number } {
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const limit = Math.max(0, Math.floor(options.limit ?? 10));
  return { offset, limit };
}
