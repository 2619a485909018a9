/**
 * Pseudonyms and the pseudonymous view of a candidate. A pseudonym is stable per company and
 * person (HMAC with an instance secret), so two companies cannot join their digests on it.
 */
import { createHmac } from 'node:crypto';
import type { CandidateProfile, PseudonymousCandidate } from './types';

/** "K-7F3A9C": stable for (company, person), unguessable without the pseudonym key (src/secrets.ts). */
export function pseudonymFor(key: Buffer, companyId: string, personId: string): string {
  const mac = createHmac('sha256', key).update(`${companyId}\u0000${personId}`).digest('hex');
  return `K-${mac.slice(0, 6).toUpperCase()}`;
}

/** A coarse region: the first two digits of the postal code ("45xx" / "45xxx"), else the town. */
export function regionOf(profile: Pick<CandidateProfile, 'postalCode' | 'placeName' | 'country'>): string | undefined {
  const plz = profile.postalCode?.trim();
  if (plz && /^\d{4,5}$/.test(plz)) return `${plz.slice(0, 2)}${'x'.repeat(plz.length - 2)}`;
  return profile.placeName?.trim() || undefined;
}

/** Everything HR may learn about a candidate, and nothing more. */
export function pseudonymousView(profile: CandidateProfile, pseudonym: string): PseudonymousCandidate {
  return {
    pseudonym,
    region: regionOf(profile),
    skills: profile.skills.map((s) => ({ label: s.label, level: s.level })),
    pensum: profile.pensum,
    startDate: profile.startDate,
    languages: profile.languages.map((l) => ({ language: l.language, level: l.level })),
    looksFor: [...profile.positionKinds],
    ...(profile.schoolLevel ? { schoolLevel: profile.schoolLevel } : {}),
    ...(profile.vocationalTraining ? { vocationalTraining: profile.vocationalTraining } : {}),
  };
}
