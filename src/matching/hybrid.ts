/**
 * Hybrid ranking: the structured score (skills, level, distance, Pensum, kind, languages,
 * freshness, feedback, interests) fused with
 * - the occupation: a posting of the person's learned or past occupation counts fully, one of a
 *   related occupation (career changers) half;
 * - a lexical score: BM25 of the posting's full text against the person's own words (what they
 *   said about themselves and every phrase that resolved to no concept), scaled to the best hit;
 * - soft skills ("zuverlässig", "Teamarbeit"): a small tie-breaker on top; for a person with soft
 *   skills only, the words they hint at ("Ferienjob im Lager") decide the field.
 * Hard constraints stay hard: postings the words bring in must lie within the wished radius and be
 * of a wished kind; when the structured search had to relax, its `relaxed` list says so.
 */
import type { LexicalIndex } from './lexical';
import type { MatchIndex } from './match-index';
import type { MatchQuery } from './query';
import { pageOf, type ScoredJob, type SearchOptions, type SearchResult } from './result';
import { HYBRID_WEIGHTS, HYBRID_POOL } from './weights';

/** What the hybrid ranking needs to know about concepts (the taxonomy). */
export interface ConceptFacts {
  /** Soft (transversal) skills are tie-breakers only. */
  isSoft(conceptId: string): boolean;
  /** Occupations related to an occupation (career changers). */
  relatedOccupations(occupationId: string): readonly string[];
  /** The occupation's label, for the explanation. */
  label(conceptId: string): string | undefined;
}

/** Why the hybrid ranking placed a job: the occupation it shares and the person's words in the posting. */
export interface HybridReasons {
  occupation?: { id: string; related: boolean };
  /** The person's words found in the posting (as indexed, folded). */
  words: string[];
  /** Structured score, lexical score (0..1), occupation (0, 0.5, 1). */
  parts: { structured: number; words: number; occupation: number };
}

export type HybridScoredJob = ScoredJob & { hybrid?: HybridReasons };

/** Whether the query asks for the hybrid ranking (own words or occupations). */
export function wantsHybrid(query: MatchQuery): boolean {
  return Boolean(query.text?.trim()) || (query.occupations?.length ?? 0) > 0;
}

function withinHardConstraints(item: ScoredJob, query: MatchQuery): boolean {
  if (query.rejected.has(item.job.id)) return false;
  if (query.kinds.length > 0 && !query.kinds.includes(item.job.kind)) return false;
  if (query.publishedAfter && item.job.publishedAt <= query.publishedAfter) return false;
  return item.distanceKm === undefined || item.distanceKm <= query.radiusKm;
}

/** The best jobs for a query with own words and/or occupations. */
export function hybridSearch(index: MatchIndex, lexical: () => LexicalIndex, query: MatchQuery, facts: ConceptFacts, options: SearchOptions = {}): SearchResult & { items: HybridScoredJob[] } {
  const { offset, limit } = pageOf(options);
  const soft = new Set(query.skills.filter((s) => facts.isSoft(s.conceptId)).map((s) => s.conceptId));
  // Soft skills stay in the structured query (taking them out broke the essential-coverage filter on
  // the tuning sets); the lexical and occupation parts carry the field a person hints at.
  const structured = query;
  const pool = index.search(structured, { limit: Math.max(HYBRID_POOL, offset + limit), relax: options.relax });
  const candidates = new Map<string, ScoredJob>(pool.items.map((item) => [item.job.id, item]));
  const words = query.text?.trim() ? lexical().scores(query.text) : new Map<string, { score: number; terms: string[] }>();
  let added = 0;
  for (const [id] of [...words.entries()].sort((a, b) => b[1].score - a[1].score)) {
    if (added >= HYBRID_POOL) break;
    if (candidates.has(id)) continue;
    const item = index.scoreOne(structured, id);
    if (!item || !withinHardConstraints(item, query)) continue;
    candidates.set(id, item);
    added++;
  }
  const own = new Set(query.occupations ?? []);
  const related = new Set([...own].flatMap((o) => facts.relatedOccupations(o)).filter((o) => !own.has(o)));
  let best = 0;
  for (const id of candidates.keys()) best = Math.max(best, words.get(id)?.score ?? 0);
  const ranked = [...candidates.values()].map((item, i): { item: HybridScoredJob; score: number; i: number } => {
    const occ = item.job.occupationId;
    const occupation = occ && own.has(occ) ? 1 : occ && related.has(occ) ? 0.5 : 0;
    const hit = words.get(item.job.id);
    const lexicalScore = best > 0 && hit ? hit.score / best : 0;
    const softShare = soft.size === 0 ? 0 : item.job.skills.filter((s) => soft.has(s.conceptId)).length / soft.size;
    const strict = item.relaxed === undefined || item.relaxed.length === 0;
    const score =
      HYBRID_WEIGHTS.structured * item.score + HYBRID_WEIGHTS.words * lexicalScore + HYBRID_WEIGHTS.occupation * occupation + HYBRID_WEIGHTS.soft * softShare;
    const reasons: HybridReasons = {
      words: hit?.terms ?? [],
      parts: { structured: item.score, words: lexicalScore, occupation },
    };
    if (occupation > 0 && occ) reasons.occupation = { id: occ, related: occupation < 1 };
    // Jobs that only fill a short page (they break a wish) stay behind those that keep every wish.
    return { item: { ...item, score, hybrid: reasons }, score: strict ? score : score - 1, i };
  });
  ranked.sort((a, b) => b.score - a.score || a.i - b.i);
  return { items: ranked.slice(offset, offset + limit).map((r) => r.item), total: pool.total + added, relaxed: pool.relaxed };
}
