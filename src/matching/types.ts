/**
 * Jobs and trainings as the pure matching core sees them. The store maps its rows to these,
 * importers and the demo data produce them, the matcher ranks them.
 */
import type { GeoPoint, LanguageLevel, PositionKind, SkillLevel } from '../profile/types';

export interface RequiredSkill {
  conceptId: string;
  /** Essential skills decide coverage; optional ones add to the score. */
  essential: boolean;
  level: SkillLevel;
}

export interface LanguageRequirement {
  language: string;
  level: LanguageLevel;
}

export interface JobPosting {
  id: string;
  /** Where the posting came from ("demo", "ba", "schemaorg", "csv", …) and its id there. */
  source: string;
  externalId: string;
  companyId?: string;
  employerName: string;
  title: string;
  /** Taxonomy occupation concept id, when known. */
  occupationId?: string;
  description: string;
  kind: PositionKind;
  postalCode?: string;
  placeName?: string;
  country: 'CH' | 'DE';
  point?: GeoPoint;
  pensum: { min: number; max: number };
  /** ISO date (yyyy-mm-dd) or undefined for "nach Vereinbarung". */
  startDate?: string;
  validUntil?: Date;
  languages: LanguageRequirement[];
  skills: RequiredSkill[];
  /**
   * Skill phrases the posting names that resolved to no concept ("Abrechnung nach BEMA"): the
   * lexical score searches them with the skills' labels, so a person who names them finds the
   * posting though the taxonomy knows neither side's words. Importers keep the source's named
   * skills that resolve to no concept here; the store keeps them (JobPosting.skillPhrases).
   */
  skillPhrases?: string[];
  link?: string;
  publishedAt: Date;
  updatedAt: Date;
}

export type TrainingFormat = 'classroom' | 'online' | 'blended';

export interface Training {
  id: string;
  source: string;
  externalId: string;
  provider: string;
  title: string;
  description: string;
  postalCode?: string;
  placeName?: string;
  country: 'CH' | 'DE';
  point?: GeoPoint;
  online: boolean;
  startDate?: Date;
  endDate?: Date;
  durationHours?: number;
  cost?: { amount: number; currency: 'CHF' | 'EUR' };
  /** Funding the training qualifies for, e.g. "bildungsgutschein", "aufstiegs-bafoeg", "bundesbeitraege". */
  funding: string[];
  format?: TrainingFormat;
  skills: string[];
  link?: string;
  updatedAt: Date;
}

export interface Company {
  id: string;
  name: string;
  postalCode?: string;
  placeName?: string;
  country: 'CH' | 'DE';
  website?: string;
  subscriptionFrom?: Date;
  subscriptionUntil?: Date;
}
