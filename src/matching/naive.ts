/**
 * The naive full scan: scores every job with the same features and constraints as the index and
 * sorts them all. It is the benchmark baseline and the reference the index is tested against.
 */
import { pointDistanceKm } from './geo';
import type { MatchQuery } from './query';
import { brokenConstraints, neighbourhood, relaxedSearch, type Constraints } from './relax';
import { pageOf, querySkillRanks, scoredJob, type SearchOptions, type SearchResult } from './result';
import { interestFit, interestVector, riasecOf } from './riasec';
import { combine, emptyFeatures, freshness, languageFit, languageRanks, LEVEL_RANK, levelFit, pensumFit, pensumOverlaps, skillsSuffice, type Features } from './score';
import type { JobPosting } from './types';

/** A job with its RIASEC field worked out once (not part of a query's cost). */
export interface NaiveJob {
  job: JobPosting;
  field: Float64Array | undefined;
}

/** Prepares jobs for naive scans. */
export function prepareNaive(jobs: readonly JobPosting[]): NaiveJob[] {
  return jobs.map((job) => ({ job, field: riasecOf(`${job.title} ${job.occupationId ?? ''}`) }));
}

const rank = (level: string) => LEVEL_RANK[level as keyof typeof LEVEL_RANK] ?? 1;

/** Full scan with the index's semantics: same constraints, relaxation, scores and tie order. */
export function naiveSearch(jobs: readonly NaiveJob[], query: MatchQuery, options: SearchOptions = {}): SearchResult {
  const { offset, limit } = pageOf(options);
  const ranks = querySkillRanks(query, rank);
  const langRanks = languageRanks(query.languages);
  const interests = interestVector(query.interests);
  const hitsUnder = (step: Constraints) => {
    const hits: { i: number; score: number; f: Features }[] = [];
    jobs.forEach((entry, i) => {
      const f = featuresOf(entry, query, step, ranks, langRanks, interests);
      if (f) hits.push({ i, score: combine(f), f });
    });
    return hits.sort((a, b) => b.score - a.score || a.i - b.i);
  };
  const { result, constraints } = relaxedSearch(query, options.relax !== false, (step) => {
    const hits = hitsUnder(step);
    return { hits, total: hits.length };
  });
  const scored = (h: { i: number; f: Features }) => {
    const { job } = jobs[h.i]!;
    return scoredJob(job.id, job.occupationId, job.skills, h.f, ranks, query.saved.has(job.id));
  };
  const found = result.hits.slice(0, offset + limit).map(scored);
  const around = options.relax !== false && found.length < offset + limit ? neighbourhood(query, constraints) : undefined;
  const admitted = new Set(result.hits.map((h) => h.i));
  const extra = around ? hitsUnder(around).filter((h) => !admitted.has(h.i) && (ranks.size === 0 || h.f.matched > 0)) : [];
  const filled = extra.map((h) => {
    const { job } = jobs[h.i]!;
    return { ...scored(h), relaxed: brokenConstraints(constraints, h.f, pensumOverlaps(job.pensum.min, job.pensum.max, query.pensum), langRanks.size > 0) };
  });
  return { items: [...found, ...filled].slice(offset, offset + limit), total: result.total + extra.length, relaxed: constraints.relaxed };
}

/** One job's features for a query under a search step's constraints (undefined when ruled out); the HR digest scores with it too. */
export function featuresOf(
  { job, field }: NaiveJob,
  q: MatchQuery,
  step: Constraints,
  ranks: Map<string, number>,
  langRanks: Map<string, number>,
  interests: Float64Array | undefined,
): Features | undefined {
  const nowMs = q.now.getTime();
  if (q.rejected.has(job.id)) return undefined;
  if ((job.validUntil && job.validUntil.getTime() < nowMs) || (q.publishedAfter && job.publishedAt <= q.publishedAfter)) return undefined;
  if (q.countries && !q.countries.includes(job.country)) return undefined;
  const f = emptyFeatures();
  f.distanceKm = q.point && job.point ? pointDistanceKm(q.point, job.point) : NaN;
  if (Number.isFinite(step.radiusKm) && !(f.distanceKm <= step.radiusKm)) return undefined;
  const kindOk = q.kinds.length === 0 || q.kinds.includes(job.kind);
  if (step.kind && !kindOk) return undefined;
  if (step.pensum && !pensumOverlaps(job.pensum.min, job.pensum.max, q.pensum)) return undefined;
  for (const s of job.skills) {
    if (s.essential) f.essentialTotal++;
    else f.optionalTotal++;
    const have = ranks.get(s.conceptId);
    if (!have) continue;
    f.matched++;
    if (s.essential) f.essentialMatched++;
    else f.optionalMatched++;
    f.levelSum += levelFit(have, rank(s.level));
  }
  if (step.skills && !skillsSuffice(f)) return undefined;
  f.languages = languageFit(job.languages, langRanks);
  if (step.languages && langRanks.size > 0 && f.languages < 1) return undefined;
  f.kind = kindOk ? 1 : 0;
  f.radiusKm = q.radiusKm;
  f.pensum = pensumFit(job.pensum.min, job.pensum.max, q.pensum);
  f.freshness = freshness(job.publishedAt.getTime(), nowMs);
  f.saved = q.saved.has(job.id);
  f.interests = interestFit(interests, field);
  return f;
}
