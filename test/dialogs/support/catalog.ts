/** A small job and training catalog around Olten for transcript tests, using the curated taxonomy's concept ids. */
import type { JobPosting, Training } from '../../../src/matching/types';
import { builtinTaxonomy } from '../../../src/matching/taxonomy/taxonomy';
import type { ProposalCatalog } from '../../../src/services/proposals';

/** The curated taxonomy's concept id for a skill name (so the catalog follows taxonomy updates). */
export function conceptOf(name: string): string {
  const found = builtinTaxonomy().find(name, 'de-CH', 1)[0];
  if (!found) throw new Error(`No concept for "${name}"`);
  return found.conceptId;
}

const OLTEN = { latitude: 47.35, longitude: 7.903 };

export function job(n: number, title: string, skills: string[], kind: JobPosting['kind'] = 'permanent'): JobPosting {
  return {
    id: `job-${n}`,
    source: 'test',
    externalId: `${n}`,
    employerName: `Betrieb ${n} AG`,
    title,
    description: '',
    kind,
    postalCode: '4600',
    placeName: 'Olten',
    country: 'CH',
    point: { latitude: OLTEN.latitude + n / 1000, longitude: OLTEN.longitude },
    pensum: { min: 80, max: 100 },
    languages: [],
    skills: skills.map((name, i) => ({ conceptId: conceptOf(name), essential: i === 0, level: 'basic' as const })),
    publishedAt: new Date('2026-11-01T00:00:00Z'),
    updatedAt: new Date('2026-11-01T00:00:00Z'),
  };
}

/** Seven jobs; six need soldering first of all, one Python. */
export const testJobs = (): JobPosting[] => [
  job(1, 'Elektroniker/in EFZ', ['Löten', 'Elektronik'], 'apprenticeship'),
  job(2, 'Elektronikmonteur/in', ['Löten', 'SPS-Programmierung']),
  job(3, 'Prüftechniker/in', ['Löten', 'Elektronik']),
  job(4, 'Software-Tester/in', ['Python', 'Programmieren']),
  job(5, 'Automatiker/in', ['Löten', 'SPS-Programmierung']),
  job(6, 'Elektroinstallateur/in', ['Löten', 'Elektronik']),
  job(7, 'Servicetechniker/in', ['Löten', 'Programmieren']),
];

/** One course teaching PLC programming. */
export const testTrainings = (): Training[] => [
  {
    id: 'training-1',
    source: 'test',
    externalId: '1',
    provider: 'Bildungszentrum Olten',
    title: 'SPS-Grundkurs',
    description: '',
    postalCode: '4600',
    placeName: 'Olten',
    country: 'CH',
    point: OLTEN,
    online: false,
    funding: [],
    skills: [conceptOf('SPS-Programmierung')],
    updatedAt: new Date('2026-11-01T00:00:00Z'),
  },
];

/** The catalog port over fixed lists. */
export function testCatalog(jobs: JobPosting[] = testJobs(), trainings: Training[] = testTrainings()): ProposalCatalog {
  return { activeJobs: async () => jobs, allTrainings: async () => trainings };
}
