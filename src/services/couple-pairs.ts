/**
 * Job für Zwei over the proposal service: each partner's best jobs around the region the couple
 * moves to (with the reason of each), paired by src/matching/pairs.ts over the gazetteer's towns.
 */
import { proposePairs, placesAround, type JobPair, type LivingPlace } from '../matching/pairs';
import { DEFAULT_RADIUS_KM } from '../matching/weights';
import { allPlaces } from '../nlu/places';
import type { Profile, ProfilePlace } from '../profile/types';
import type { JobProposal, ProposalService } from './ports';

/** Candidate jobs per partner: bounds the pairing work (candidates² small set intersections). */
const CANDIDATES_PER_SIDE = 40;

let gazetteerPlaces: LivingPlace[] | undefined;
function livingPlaces(): LivingPlace[] {
  gazetteerPlaces ??= allPlaces().map((p) => ({ postalCode: p.postalCode, name: p.name, country: p.country, point: { latitude: p.latitude, longitude: p.longitude } }));
  return gazetteerPlaces;
}

export type CouplePair = JobPair<JobProposal>;

export interface CouplePairsResult {
  /** The region searched around (the first partner's place unless given). */
  region?: ProfilePlace;
  pairs: CouplePair[];
}

/** Distance is checked by the pairing itself; other loosened wishes only count when nothing meets them. */
function withinWishes(items: JobProposal[]): JobProposal[] {
  const strict = items.filter((p) => (p.relaxed ?? []).every((r) => r === 'radius' || r === 'place'));
  return strict.length > 0 ? strict : items;
}

const radiusOf = (profile: Profile) => (profile.radiusKm && profile.radiusKm > 0 ? profile.radiusKm : DEFAULT_RADIUS_KM);

/**
 * Pairs of jobs for two partners moving to a region: living places lie within the larger of both
 * radii around the region, and each job within its partner's radius of such a place.
 */
export async function couplePairs(
  proposals: Pick<ProposalService, 'jobs'>,
  first: Profile,
  second: Profile,
  options: { region?: ProfilePlace; limit?: number } = {},
): Promise<CouplePairsResult> {
  const region = options.region ?? first.place ?? second.place;
  if (!region?.point) return { region, pairs: [] };
  const radiusA = radiusOf(first);
  const radiusB = radiusOf(second);
  const regionRadius = Math.max(radiusA, radiusB);
  const search = (profile: Profile, radius: number) =>
    proposals.jobs({ ...profile, place: region, radiusKm: regionRadius + radius }, { limit: CANDIDATES_PER_SIDE });
  const [jobsA, jobsB] = await Promise.all([search(first, radiusA), search(second, radiusB)]);
  const places = placesAround(livingPlaces(), region.point, regionRadius);
  const pairs = proposePairs({ candidates: withinWishes(jobsA.items), radiusKm: radiusA }, { candidates: withinWishes(jobsB.items), radiusKm: radiusB }, places, {
    limit: options.limit ?? 5,
  });
  return { region, pairs };
}
