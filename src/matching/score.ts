/**
 * Factor scores of a job for a query, and their weighted sum. The index and the naive scan both
 * fill a `Features` record and call `combine`, so they rank identically by construction.
 */
import type { ScorePart } from '../services/ports';
import type { LanguageLevel, ProfileLanguage, SkillLevel } from '../profile/types';
import type { LanguageRequirement } from './types';
import { FRESHNESS_HALF_LIFE_DAYS, JOB_FACTORS, JOB_WEIGHTS, MIN_ESSENTIAL_COVERAGE, NEUTRAL } from './weights';

/** Skill levels as numbers (0 = not present). */
export const LEVEL_RANK: Readonly<Record<SkillLevel, number>> = { basic: 1, good: 2, expert: 3 };

/** Language levels as numbers (0 = unknown). */
export const LANGUAGE_RANK: Readonly<Record<LanguageLevel, number>> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, native: 7 };

/** The raw facts about one job for one query, before weighting. */
export interface Features {
  essentialMatched: number;
  essentialTotal: number;
  optionalMatched: number;
  optionalTotal: number;
  /** Sum of per-skill level fits over matched skills. */
  levelSum: number;
  matched: number;
  /** NaN when the job or the person has no coordinates. */
  distanceKm: number;
  /** The person's wished radius (not the relaxed one), so relaxing never reorders. */
  radiusKm: number;
  pensum: number;
  kind: number;
  languages: number;
  freshness: number;
  saved: boolean;
  interests: number;
}

/** An empty features record, reused in hot loops. */
export function emptyFeatures(): Features {
  return {
    essentialMatched: 0,
    essentialTotal: 0,
    optionalMatched: 0,
    optionalTotal: 0,
    levelSum: 0,
    matched: 0,
    distanceKm: NaN,
    radiusKm: 1,
    pensum: 1,
    kind: 1,
    languages: 1,
    freshness: 1,
    saved: false,
    interests: NEUTRAL,
  };
}

/** How well a person's level meets a required one: 1 when at least equal, 0.5 one step below, else 0. */
export function levelFit(personRank: number, requiredRank: number): number {
  const gap = requiredRank - personRank;
  return gap <= 0 ? 1 : gap === 1 ? 0.5 : 0;
}

/** 1 at the place, 0.5 at the wished radius, 0 at twice the radius; neutral when unknown. */
export function distanceFit(distanceKm: number, radiusKm: number): number {
  if (Number.isNaN(distanceKm)) return NEUTRAL;
  return Math.max(0, 1 - distanceKm / (2 * radiusKm));
}

/** 1 when the Pensum ranges overlap, then 0.02 less per percentage point of gap. */
export function pensumFit(jobMin: number, jobMax: number, wish: { min: number; max: number } | undefined): number {
  if (!wish) return 1;
  const gap = Math.max(wish.min - jobMax, jobMin - wish.max, 0);
  return Math.max(0, 1 - gap / 50);
}

/** Whether the Pensum ranges overlap (the hard constraint). */
export function pensumOverlaps(jobMin: number, jobMax: number, wish: { min: number; max: number } | undefined): boolean {
  return !wish || (jobMax >= wish.min && jobMin <= wish.max);
}

/** The person's languages as code → rank (best level when listed twice). */
export function languageRanks(languages: readonly ProfileLanguage[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const l of languages) {
    const code = l.language.toLowerCase();
    ranks.set(code, Math.max(ranks.get(code) ?? 0, LANGUAGE_RANK[l.level] ?? 0));
  }
  return ranks;
}

/** Share of a job's language requirements the person meets; neutral when the person gave no languages. */
export function languageFit(requirements: readonly LanguageRequirement[], ranks: Map<string, number>): number {
  if (requirements.length === 0) return 1;
  if (ranks.size === 0) return NEUTRAL;
  let met = 0;
  for (const r of requirements) if ((ranks.get(r.language.toLowerCase()) ?? 0) >= (LANGUAGE_RANK[r.level] ?? 0)) met++;
  return met / requirements.length;
}

/** 1 when just published, halving every FRESHNESS_HALF_LIFE_DAYS. */
export function freshness(publishedMs: number, nowMs: number): number {
  const days = Math.max(0, (nowMs - publishedMs) / 86_400_000);
  return Math.pow(0.5, days / FRESHNESS_HALF_LIFE_DAYS);
}

/** Writes the ten factor scores in JOB_FACTORS order into `out`. */
function fillFactorScores(f: Features, out: Float64Array): Float64Array {
  out[0] = f.essentialTotal > 0 ? f.essentialMatched / f.essentialTotal : NEUTRAL;
  out[1] = f.optionalTotal > 0 ? f.optionalMatched / f.optionalTotal : 0;
  out[2] = f.matched > 0 ? f.levelSum / f.matched : 0;
  out[3] = distanceFit(f.distanceKm, f.radiusKm);
  out[4] = f.pensum;
  out[5] = f.kind;
  out[6] = f.languages;
  out[7] = f.freshness;
  out[8] = f.saved ? 1 : 0;
  out[9] = f.interests;
  return out;
}

/** The ten factor scores in JOB_FACTORS order (a plain array: Array.from of a typed array is slow, and every scored job asks). */
export function factorScores(f: Features): number[] {
  const scores = fillFactorScores(f, scratchScores);
  const out: number[] = [];
  for (let i = 0; i < scores.length; i++) out.push(scores[i]!);
  return out;
}
const scratchScores = new Float64Array(JOB_FACTORS.length);

const WEIGHTS_IN_ORDER = JOB_FACTORS.map((factor) => JOB_WEIGHTS[factor]);
/** combine() runs for every candidate of a search: one scratch array instead of an allocation per call. */
const scratch = new Float64Array(JOB_FACTORS.length);

/** The weighted sum of the factor scores (0..1), summed in JOB_FACTORS order. */
export function combine(f: Features): number {
  const scores = fillFactorScores(f, scratch);
  let total = 0;
  for (let i = 0; i < WEIGHTS_IN_ORDER.length; i++) total += WEIGHTS_IN_ORDER[i]! * scores[i]!;
  return total;
}

/** The score broken down by factor, for "warum?". */
export function breakdown(f: Features): ScorePart[] {
  const scores = fillFactorScores(f, scratchScores);
  const parts: ScorePart[] = [];
  for (let i = 0; i < JOB_FACTORS.length; i++) parts.push(scorePart(i, scores[i]!));
  return parts;
}

/** Rounded factor scores per factor: a score in 0..1 has 1001 of them (its thousandths). */
const PARTS: (ScorePart | undefined)[][] = JOB_FACTORS.map(() => []);

/**
 * Factor i's part with the score rounded, one frozen object per factor and thousandth shared by
 * every breakdown: a search builds the breakdowns of hundreds of candidates, ten parts each.
 */
function scorePart(i: number, score: number): ScorePart {
  const thousandths = Math.round(score * 1000);
  // Only scores from +0 to 1 are shared (a -0 would round to a different number than +0).
  if (!(thousandths <= 1000 && (score > 0 || Object.is(score, 0)))) return { factor: JOB_FACTORS[i]!, score: round(score), weight: WEIGHTS_IN_ORDER[i]! };
  const parts = PARTS[i]!;
  return (parts[thousandths] ??= Object.freeze({ factor: JOB_FACTORS[i]!, score: round(score), weight: WEIGHTS_IN_ORDER[i]! }));
}

/** Rounds a score for display (3 decimals). */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The strict skill constraint: enough essential skills, or some optional one when none is essential. */
export function skillsSuffice(f: Features): boolean {
  return f.essentialTotal > 0 ? f.essentialMatched >= MIN_ESSENTIAL_COVERAGE * f.essentialTotal : f.optionalMatched > 0;
}
