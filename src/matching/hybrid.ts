/**
 * Hybrid ranking: the structured score (skills, level, distance, Pensum, kind, languages,
 * freshness, feedback, interests) fused with
 * - the occupation: a posting of the person's learned or past occupation counts fully, one of a
 *   related occupation (career changers) half;
 * - a lexical score: BM25 of the posting's full text against the person's own words (what they
 *   said about themselves and every phrase that resolved to no concept), scaled to the best hit;
 * - soft skills ("zuverlässig", "Teamarbeit"): for a person with soft skills only they are taken
 *   out of the structured score and only break ties, so the words they hint at ("Ferienjob im
 *   Lager") decide the field.
 * Hard constraints stay hard: postings the words or the occupation bring in must lie within the
 * wished radius and be of a wished kind; when the structured search had to relax, its `relaxed` list says so.
 */
import type { LexicalHit, LexicalIndex } from './lexical';
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
  /** The job's occupation (same), or the person's occupation the job's is related to (related). */
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

const SKILL_FACTORS = new Set(['essential', 'optional', 'level']);

/**
 * The structured score without what soft skills earned: the skill factors' contribution shrinks by
 * the share of the matched skills that are soft. A posting that matches only on "Zuverlässigkeit"
 * keeps its distance, kind and freshness but no skill score.
 */
function softFree(item: ScoredJob, soft: ReadonlySet<string>): number {
  if (soft.size === 0 || item.matched.length === 0) return item.score;
  const softMatched = item.matched.filter((id) => soft.has(id)).length;
  if (softMatched === 0) return item.score;
  const skillPart = item.breakdown.filter((p) => SKILL_FACTORS.has(p.factor)).reduce((sum, p) => sum + p.weight * p.score, 0);
  return item.score - skillPart * (softMatched / item.matched.length);
}

/** The best jobs for a query with own words and/or occupations. */
export function hybridSearch(index: MatchIndex, lexical: () => LexicalIndex, query: MatchQuery, facts: ConceptFacts, options: SearchOptions = {}): SearchResult & { items: HybridScoredJob[] } {
  const { offset, limit } = pageOf(options);
  const soft = new Set(query.skills.filter((s) => facts.isSoft(s.conceptId)).map((s) => s.conceptId));
  // Soft skills stay in the structured query (so its essential-coverage filter is unchanged), but
  // the share of the skill score they earn is taken off again below (softFree).
  const structured = query;
  const pool = index.search(structured, { limit: Math.max(HYBRID_POOL, offset + limit), relax: options.relax });
  /** Candidates by job number: the structured search's, then the words', then the occupation's. */
  const candidates = new Map<number, ScoredJob>();
  for (const item of pool.items) candidates.set(index.numberOf(item.id)!, item);
  const admits = index.admits(query);
  const isNew = (i: number) => admits(i) && !candidates.has(i);
  const words = query.text?.trim() ? lexical().search(query.text, HYBRID_POOL, isNew, candidates.keys()) : new Map<number, LexicalHit>();
  const fromWords = [...words.keys()].filter((i) => !candidates.has(i));
  index.scoreAll(structured, fromWords).forEach((item, k) => candidates.set(fromWords[k]!, item));
  const own = new Set(query.occupations ?? []);
  /** Related occupation → the person's occupation it is related to (the explanation names the person's). */
  const related = new Map<string, string>();
  for (const o of own) for (const r of facts.relatedOccupations(o)) if (!own.has(r) && !related.has(r)) related.set(r, o);
  // Postings of the person's occupations (then related ones) are found among all postings, not only
  // among the structured search's best: the best of them by the structured score join the candidates.
  let fromOccupations = 0;
  for (const occupations of [own, related.keys()]) {
    const lists = [...occupations].map((o) => index.jobsOfOccupation(o));
    for (const item of index.bestOf(structured, lists, HYBRID_POOL, isNew)) {
      candidates.set(index.numberOf(item.id)!, item);
      fromOccupations++;
    }
  }
  const added = fromWords.length + fromOccupations;
  let best = 0;
  for (const i of candidates.keys()) best = Math.max(best, words.get(i)?.score ?? 0);
  const ranked = [...candidates].map(([number, item], i): { item: HybridScoredJob; score: number; i: number } => {
    const occ = item.occupationId;
    const occupation = occ && own.has(occ) ? 1 : occ && related.has(occ) ? 0.5 : 0;
    const hit = words.get(number);
    const lexicalScore = best > 0 && hit ? hit.score / best : 0;
    const softShare = soft.size === 0 ? 0 : item.matched.filter((id) => soft.has(id)).length / soft.size;
    const structuredScore = softFree(item, soft);
    // Missing essential skills is no broken wish here: the occupation and the words are evidence too.
    const strict = (item.relaxed ?? []).every((r) => r === 'essential_skills');
    const score =
      HYBRID_WEIGHTS.structured * structuredScore + HYBRID_WEIGHTS.words * lexicalScore + HYBRID_WEIGHTS.occupation * occupation + HYBRID_WEIGHTS.soft * softShare;
    const reasons: HybridReasons = {
      words: hit?.terms ?? [],
      parts: { structured: structuredScore, words: lexicalScore, occupation },
    };
    if (occupation > 0 && occ) reasons.occupation = occupation < 1 ? { id: related.get(occ)!, related: true } : { id: occ, related: false };
    // Jobs that only fill a short page (they break a wish) stay behind those that keep every wish.
    return { item: { ...item, score, hybrid: reasons }, score: strict ? score : score - 1, i };
  });
  ranked.sort((a, b) => b.score - a.score || a.i - b.i);
  return { items: ranked.slice(offset, offset + limit).map((r) => r.item), total: pool.total + added, relaxed: pool.relaxed };
}
