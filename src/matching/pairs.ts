/**
 * "Job für Zwei": pairs of jobs for a couple who move together. A pair fits when some place to live
 * keeps both commutes within each partner's radius; the towns that fit both are returned with it.
 * Pure: the caller hands in each partner's best candidate jobs (already ranked by the match index,
 * so the work here is bounded by the candidate counts, never by the catalog size) and the places.
 */
import type { GeoPoint } from '../profile/types';
import { cellCol, cellKey, cellRow, cellsAround, distanceKmFast } from './geo';
import type { JobPosting } from './types';

/** A town someone could live in. */
export interface LivingPlace {
  postalCode: string;
  name: string;
  country: 'CH' | 'DE';
  point: GeoPoint;
}

/** One partner's side of the search: their ranked candidate jobs and how far they will commute. */
export interface PairSide<T extends { job: JobPosting; score: number }> {
  candidates: readonly T[];
  radiusKm: number;
}

/** A place to live for a pair, with both commutes. */
export interface PairPlace extends LivingPlace {
  distanceKm: number;
  partnerDistanceKm: number;
}

export interface JobPair<T> {
  first: T;
  second: T;
  /** Both scores combined (geometric mean: a pair is only as good as its weaker side allows). */
  score: number;
  /** The towns that fit both, shortest total commute first. */
  livingPlaces: PairPlace[];
  /** How many towns fit both (livingPlaces holds at most maxPlaces of them). */
  placeCount: number;
}

export interface PairOptions {
  /** Pairs to return (default 5). */
  limit?: number;
  /** Towns named per pair (default 5). */
  maxPlaces?: number;
  /** How often one job may appear among the returned pairs (default 2), so the list stays varied. */
  maxPerJob?: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * One place per town (several postal codes of a town share its point) within radiusKm of a centre,
 * for the caller to pass as the living places of a region.
 */
export function placesAround(places: readonly LivingPlace[], centre: GeoPoint, radiusKm: number): LivingPlace[] {
  const seen = new Set<string>();
  const out: LivingPlace[] = [];
  for (const place of places) {
    const key = `${place.country}|${place.name}`;
    if (seen.has(key)) continue;
    if (distanceKmFast(centre.latitude, centre.longitude, place.point.latitude, place.point.longitude) > radiusKm) continue;
    seen.add(key);
    out.push(place);
  }
  return out;
}

/** The places on a coarse grid, so each job only looks at the places near it. */
function placeGrid(places: readonly LivingPlace[]): Map<number, number[]> {
  const grid = new Map<number, number[]>();
  places.forEach((p, i) => {
    const key = cellKey(cellRow(p.point.latitude), cellCol(p.point.longitude));
    const cell = grid.get(key);
    if (cell) cell.push(i);
    else grid.set(key, [i]);
  });
  return grid;
}

/** Distance from a job to every place within radiusKm of it (place index → km). */
function reachable(job: JobPosting, radiusKm: number, places: readonly LivingPlace[], grid: Map<number, number[]>): Map<number, number> {
  const out = new Map<number, number>();
  const point = job.point;
  if (!point) return out;
  for (const key of cellsAround(point.latitude, point.longitude, radiusKm)) {
    for (const i of grid.get(key) ?? []) {
      const p = places[i]!.point;
      const d = distanceKmFast(point.latitude, point.longitude, p.latitude, p.longitude);
      if (d <= radiusKm) out.set(i, d);
    }
  }
  return out;
}

/**
 * Pairs of jobs (one per partner, never the same posting twice) for which at least one place lies
 * within both commuting radii, best combined score first. Cost: |first| × |second| set
 * intersections over the places near each job.
 */
export function proposePairs<T extends { job: JobPosting; score: number }>(
  first: PairSide<T>,
  second: PairSide<T>,
  places: readonly LivingPlace[],
  options: PairOptions = {},
): JobPair<T>[] {
  const limit = options.limit ?? 5;
  const maxPlaces = options.maxPlaces ?? 5;
  const maxPerJob = options.maxPerJob ?? 2;
  const grid = placeGrid(places);
  const reachA = first.candidates.map((c) => reachable(c.job, first.radiusKm, places, grid));
  const reachB = second.candidates.map((c) => reachable(c.job, second.radiusKm, places, grid));

  const all: { a: number; b: number; score: number; shared: [number, number, number][] }[] = [];
  first.candidates.forEach((a, i) => {
    const ra = reachA[i]!;
    if (ra.size === 0) return;
    second.candidates.forEach((b, j) => {
      if (a.job.id === b.job.id) return;
      const rb = reachB[j]!;
      const [small, large, swap] = ra.size <= rb.size ? [ra, rb, false] : [rb, ra, true];
      const shared: [number, number, number][] = [];
      for (const [place, d] of small) {
        const other = large.get(place);
        if (other !== undefined) shared.push(swap ? [place, other, d] : [place, d, other]);
      }
      if (shared.length === 0) return;
      all.push({ a: i, b: j, score: Math.sqrt(Math.max(0, a.score) * Math.max(0, b.score)), shared });
    });
  });
  all.sort((x, y) => y.score - x.score || y.shared.length - x.shared.length);

  const usedA = new Map<number, number>();
  const usedB = new Map<number, number>();
  const pairs: JobPair<T>[] = [];
  for (const pair of all) {
    if (pairs.length >= limit) break;
    if ((usedA.get(pair.a) ?? 0) >= maxPerJob || (usedB.get(pair.b) ?? 0) >= maxPerJob) continue;
    usedA.set(pair.a, (usedA.get(pair.a) ?? 0) + 1);
    usedB.set(pair.b, (usedB.get(pair.b) ?? 0) + 1);
    const livingPlaces = pair.shared
      .sort((x, y) => Math.max(x[1], x[2]) - Math.max(y[1], y[2]) || x[1] + x[2] - (y[1] + y[2]))
      .slice(0, maxPlaces)
      .map(([i, da, db]) => ({ ...places[i]!, distanceKm: round1(da), partnerDistanceKm: round1(db) }));
    pairs.push({
      first: first.candidates[pair.a]!,
      second: second.candidates[pair.b]!,
      score: Math.round(pair.score * 1000) / 1000,
      livingPlaces,
      placeCount: pair.shared.length,
    });
  }
  return pairs;
}
