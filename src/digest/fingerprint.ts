/**
 * Match fingerprints: a short hash over the parts of a job and a profile that decide a match.
 * A candidate is reported again for a job only when this changes.
 */
import { createHash } from 'node:crypto';
import { regionOf } from './pseudonym';
import type { CandidateProfile, DigestJob } from './types';

const sorted = (values: string[]): string[] => [...values].sort();

/** The relevant parts of a profile, in a canonical order. */
export function profileSignature(p: CandidateProfile): string {
  return JSON.stringify([
    sorted(p.skills.map((s) => `${s.conceptId}:${s.level}`)),
    sorted(p.languages.map((l) => `${l.language}:${l.level}`)),
    p.pensum ? [p.pensum.min, p.pensum.max] : null,
    p.startDate ?? null,
    regionOf(p) ?? null,
    sorted(p.positionKinds),
  ]);
}

/** The relevant parts of a job, in a canonical order. */
export function jobSignature(j: DigestJob): string {
  return JSON.stringify([
    j.id,
    j.title,
    j.kind,
    [j.pensum.min, j.pensum.max],
    sorted(j.skills.map((s) => `${s.conceptId}:${s.level}:${s.essential ? 1 : 0}`)),
    sorted(j.languages.map((l) => `${l.language}:${l.level}`)),
    j.postalCode ?? null,
  ]);
}

/** 16 hex characters identifying this (job, profile) state. */
export function matchFingerprint(jobSig: string, profileSig: string): string {
  return createHash('sha256').update(jobSig).update('\u0000').update(profileSig).digest('hex').slice(0, 16);
}
