import { placesAround, proposePairs, type LivingPlace } from '../../src/matching/pairs';
import { pointDistanceKm } from '../../src/matching/geo';
import { job, OLTEN, SOLOTHURN, BRAUNSCHWEIG } from './helpers';

const town = (name: string, latitude: number, longitude: number, postalCode = '0000'): LivingPlace => ({ name, postalCode, country: 'CH', point: { latitude, longitude } });

// Real coordinates (rounded) of towns between Solothurn and Olten, and one far away.
const PLACES: LivingPlace[] = [
  town('Solothurn', 47.208, 7.537, '4500'),
  town('Oensingen', 47.287, 7.721, '4702'),
  town('Olten', 47.350, 7.908, '4600'),
  town('Grenchen', 47.192, 7.395, '2540'),
  town('Bern', 46.948, 7.447, '3011'),
];

const side = (candidates: { job: ReturnType<typeof job>; score: number }[], radiusKm: number) => ({ candidates, radiusKm });

describe('Job für Zwei: pairs of jobs with a place to live for both', () => {
  it('pairs a job in Solothurn with one in Olten and names only the towns within both radii', () => {
    const nurse = { job: job({ title: 'Pflegefachfrau', point: SOLOTHURN }), score: 0.8 };
    const tech = { job: job({ title: 'Elektroniker', point: OLTEN }), score: 0.7 };
    const [pair, ...rest] = proposePairs(side([nurse], 20), side([tech], 20), PLACES);
    expect(rest).toEqual([]);
    expect(pair!.first.job.title).toBe('Pflegefachfrau');
    expect(pair!.second.job.title).toBe('Elektroniker');
    // Oensingen lies about 15 km from each; Solothurn and Olten are ~31 km apart, so neither fits both.
    expect(pair!.livingPlaces.map((p) => p.name)).toEqual(['Oensingen']);
    const oensingen = pair!.livingPlaces[0]!;
    expect(oensingen.distanceKm).toBeCloseTo(pointDistanceKm(SOLOTHURN, oensingen.point), 0);
    expect(oensingen.partnerDistanceKm).toBeCloseTo(pointDistanceKm(OLTEN, oensingen.point), 0);
    expect(pair!.score).toBeCloseTo(Math.sqrt(0.8 * 0.7), 3);
  });

  it('uses each partner\'s own radius', () => {
    const nurse = { job: job({ point: SOLOTHURN }), score: 0.8 };
    const tech = { job: job({ point: OLTEN }), score: 0.8 };
    // Living in Solothurn works when the partner commutes up to 35 km to Olten.
    const pairs = proposePairs(side([nurse], 5), side([tech], 35), PLACES);
    expect(pairs[0]!.livingPlaces.map((p) => p.name)).toEqual(['Solothurn']);
    expect(proposePairs(side([nurse], 5), side([tech], 10), PLACES)).toEqual([]);
  });

  it('proposes no pair when no town is within reach of both jobs', () => {
    const near = { job: job({ point: SOLOTHURN }), score: 0.9 };
    const far = { job: job({ point: BRAUNSCHWEIG }), score: 0.9 };
    expect(proposePairs(side([near], 30), side([far], 30), PLACES)).toEqual([]);
    const noPoint = { job: job({ point: undefined }), score: 0.9 };
    expect(proposePairs(side([noPoint], 30), side([near], 30), PLACES)).toEqual([]);
  });

  it('ranks by both scores, so a balanced pair beats one with a weak side', () => {
    const a1 = { job: job({ title: 'A strong', point: SOLOTHURN }), score: 0.95 };
    const a2 = { job: job({ title: 'A good', point: SOLOTHURN }), score: 0.75 };
    const b1 = { job: job({ title: 'B weak', point: SOLOTHURN }), score: 0.3 };
    const b2 = { job: job({ title: 'B good', point: SOLOTHURN }), score: 0.75 };
    const pairs = proposePairs(side([a1, a2], 10), side([b1, b2], 10), PLACES, { limit: 4, maxPerJob: 4 });
    expect(pairs.map((p) => `${p.first.job.title} + ${p.second.job.title}`)).toEqual([
      'A strong + B good',
      'A good + B good',
      'A strong + B weak',
      'A good + B weak',
    ]);
  });

  it('never pairs a posting with itself and keeps one job from filling the whole list', () => {
    const shared = job({ point: SOLOTHURN });
    const top = { job: shared, score: 0.9 };
    const others = [0.5, 0.45, 0.4, 0.35].map((score) => ({ job: job({ point: SOLOTHURN }), score }));
    const pairs = proposePairs(side([top, ...others], 10), side([top, ...others], 10), PLACES, { limit: 10, maxPerJob: 2 });
    for (const p of pairs) expect(p.first.job.id).not.toBe(p.second.job.id);
    expect(pairs.filter((p) => p.first.job.id === shared.id)).toHaveLength(2);
    expect(pairs.filter((p) => p.second.job.id === shared.id)).toHaveLength(2);
  });

  it('lists each town once among the living places of a region', () => {
    const places = [town('Solothurn', 47.208, 7.537, '4500'), town('Solothurn', 47.208, 7.537, '4502'), ...PLACES.slice(1)];
    expect(placesAround(places, SOLOTHURN, 20).map((p) => p.name)).toEqual(['Solothurn', 'Oensingen', 'Grenchen']);
  });
});
