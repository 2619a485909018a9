/** Fast distances and the geographic grid of the match index (pure, no I/O). */
import type { GeoPoint } from '../profile/types';
import { GRID_CELL_KM } from './weights';

export const KM_PER_DEG_LAT = 110.574;
export const KM_PER_DEG_LON_EQUATOR = 111.32;
const RAD = Math.PI / 180;

/**
 * Distance in km with the equirectangular approximation: within 0.5 % of the great-circle distance
 * up to a few hundred km at these latitudes, and several times cheaper than haversine, which matters
 * in the hot loop of the index.
 */
export function distanceKmFast(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dx = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * RAD) * KM_PER_DEG_LON_EQUATOR;
  const dy = (lat2 - lat1) * KM_PER_DEG_LAT;
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * distanceKmFast, or, when the latitudes alone lie farther apart than `limitKm`, that lower bound
 * (also above limitKm): the same answer to "within r?" for every r up to limitKm, without the cosine.
 * The margin covers the rounding of the full formula, which never comes out below the latitude part.
 */
export function distanceKmUpTo(lat1: number, lon1: number, lat2: number, lon2: number, limitKm: number): number {
  const dy = Math.abs(lat2 - lat1) * KM_PER_DEG_LAT;
  return dy > limitKm * (1 + 1e-9) ? dy : distanceKmFast(lat1, lon1, lat2, lon2);
}

/** Distance between two points in km. */
export function pointDistanceKm(a: GeoPoint, b: GeoPoint): number {
  return distanceKmFast(a.latitude, a.longitude, b.latitude, b.longitude);
}

/** Grid row of a latitude. */
export function cellRow(lat: number): number {
  return Math.floor((lat * KM_PER_DEG_LAT) / GRID_CELL_KM);
}

/** Grid column of a longitude; columns are 10 km wide at 45° N, narrower further north (still correct, just more cells). */
export function cellCol(lon: number): number {
  return Math.floor((lon * KM_PER_DEG_LON_EQUATOR * Math.SQRT1_2) / GRID_CELL_KM);
}

/** One number per cell, so cells can key a Map without string building. */
export function cellKey(row: number, col: number): number {
  return (row + 4096) * 8192 + (col + 4096);
}

/** The cell keys a circle around a point touches (conservative: never misses a point inside). */
export function cellsAround(lat: number, lon: number, radiusKm: number): number[] {
  const dLat = radiusKm / KM_PER_DEG_LAT;
  const maxAbsLat = Math.min(89, Math.max(Math.abs(lat - dLat), Math.abs(lat + dLat)));
  const dLon = radiusKm / (KM_PER_DEG_LON_EQUATOR * Math.cos(maxAbsLat * RAD));
  const r0 = cellRow(lat - dLat);
  const r1 = cellRow(lat + dLat);
  const c0 = cellCol(lon - dLon);
  const c1 = cellCol(lon + dLon);
  const keys: number[] = [];
  // The corners of the square around the circle (a fifth of its cells) hold no point within it.
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (cellNearestKm(lat, lon, r, c) <= radiusKm * (1 + MARGIN)) keys.push(cellKey(r, c));
  return keys;
}

/** Relative (distances) and absolute (degrees) margins for rounding, far below anything a place needs. */
const MARGIN = 1e-9;

/**
 * A lower bound of distanceKmFast from a point to any point of a cell: the latitude and longitude
 * gaps to the cell's edges (widened by MARGIN), the longitude gap at the smallest cosine the mean
 * latitude of the two points can have.
 */
function cellNearestKm(lat: number, lon: number, row: number, col: number): number {
  // Plain constants, not destructured pairs: a search asks this of a thousand cells, and each pair is an array.
  const latLo = (row * GRID_CELL_KM) / KM_PER_DEG_LAT - MARGIN;
  const latHi = ((row + 1) * GRID_CELL_KM) / KM_PER_DEG_LAT + MARGIN;
  const lonWidth = GRID_CELL_KM / (KM_PER_DEG_LON_EQUATOR * Math.SQRT1_2);
  const lonLo = col * lonWidth - MARGIN;
  const lonHi = (col + 1) * lonWidth + MARGIN;
  const dy = Math.max(0, latLo - lat, lat - latHi) * KM_PER_DEG_LAT;
  const meanLat = Math.min(90, Math.max(Math.abs(lat + latLo), Math.abs(lat + latHi)) / 2);
  const dx = Math.max(0, lonLo - lon, lon - lonHi) * Math.max(0, Math.cos(meanLat * RAD)) * KM_PER_DEG_LON_EQUATOR;
  return Math.sqrt(dx * dx + dy * dy) * (1 - MARGIN);
}
