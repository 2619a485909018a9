/** Small builders for digest tests. */
import type { CandidateProfile, DigestJob } from '../../src/digest';

export function candidate(id: string, patch: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    id,
    postalCode: '4500',
    placeName: 'Solothurn',
    country: 'CH',
    pensum: { min: 80, max: 100 },
    startDate: 'asap',
    positionKinds: [],
    skills: [
      { conceptId: 'weld', label: 'Schweissen', level: 'good' },
      { conceptId: 'cnc', label: 'CNC-Fräsen', level: 'basic' },
    ],
    languages: [{ language: 'de', level: 'native' }],
    ...patch,
  };
}

/** When the fixture jobs were published and the digest runs. */
export const NOW = new Date('2026-11-23T07:30:00Z');

export function job(id: string, patch: Partial<DigestJob> = {}): DigestJob {
  return {
    id,
    source: 'test',
    externalId: id,
    companyId: 'co-a',
    employerName: 'Muster AG',
    title: 'Polymechaniker/in',
    description: '',
    kind: 'permanent',
    postalCode: '4500',
    country: 'CH',
    pensum: { min: 80, max: 100 },
    languages: [{ language: 'de', level: 'B2' }],
    skills: [
      { conceptId: 'weld', essential: true, level: 'good' },
      { conceptId: 'cnc', essential: true, level: 'basic' },
    ],
    publishedAt: NOW,
    updatedAt: NOW,
    ...patch,
  };
}
