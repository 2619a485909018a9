/** Small builders for matcher tests. */
import type { JobPosting, Training } from '../../src/matching/types';
import type { Profile } from '../../src/profile/types';
import { searchProfile } from '../../src/profile/search-profile';

export const NOW = new Date('2026-11-01T00:00:00Z');
export const SOLOTHURN = { latitude: 47.2088, longitude: 7.5323 };
export const OLTEN = { latitude: 47.3497, longitude: 7.9077 };
export const BRAUNSCHWEIG = { latitude: 52.2689, longitude: 10.5268 };

let counter = 0;

/** A posting with sensible defaults. */
export function job(partial: Partial<JobPosting> = {}): JobPosting {
  counter++;
  return {
    id: `j${counter}`,
    source: 'test',
    externalId: String(counter),
    employerName: 'Muster AG',
    title: 'Elektroniker/in EFZ',
    description: '',
    kind: 'apprenticeship',
    country: 'CH',
    placeName: 'Solothurn',
    point: SOLOTHURN,
    pensum: { min: 100, max: 100 },
    languages: [],
    skills: [],
    publishedAt: NOW,
    updatedAt: NOW,
    ...partial,
  };
}

/** Essential skill requirement. */
export const ess = (conceptId: string, level: 'basic' | 'good' | 'expert' = 'basic') => ({ conceptId, essential: true, level });
/** Optional skill requirement. */
export const opt = (conceptId: string, level: 'basic' | 'good' | 'expert' = 'basic') => ({ conceptId, essential: false, level });

/** A training with sensible defaults. */
export function training(partial: Partial<Training> = {}): Training {
  counter++;
  return {
    id: `t${counter}`,
    source: 'test',
    externalId: String(counter),
    provider: 'Bildungszentrum Aare',
    title: 'Kurs',
    description: '',
    country: 'CH',
    placeName: 'Olten',
    point: OLTEN,
    online: false,
    funding: [],
    skills: [],
    updatedAt: NOW,
    ...partial,
  };
}

/** A profile with sensible defaults. */
export function profile(partial: Partial<Profile> = {}): Profile {
  return searchProfile({
    id: 'p1',
    locale: 'de-CH',
    place: { postalCode: '4500', name: 'Solothurn', country: 'CH', point: SOLOTHURN },
    radiusKm: 20,
    ...partial,
  }, NOW);
}
