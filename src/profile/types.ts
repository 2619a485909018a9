/**
 * The profile a person builds with Lotse, as the pure core sees it.
 * Shared by dialogs, the matcher, the store and the HR digest; holds no I/O.
 */

/** Locales Lotse speaks. de-CH and de-DE differ in vocabulary (Lehrstelle/Ausbildung, ss/ß). */
export type Locale = 'de-CH' | 'de-DE' | 'en';
export const LOCALES: readonly Locale[] = ['de-CH', 'de-DE', 'en'];

/** Countries Lotse knows offers and funding of. */
export type Country = 'CH' | 'DE';
export const COUNTRIES: readonly Country[] = ['CH', 'DE'];

/** The German variant spoken in a country. */
export const VARIANT_OF_COUNTRY: Readonly<Record<Country, Locale>> = { CH: 'de-CH', DE: 'de-DE' };

export type SkillLevel = 'basic' | 'good' | 'expert';
export const SKILL_LEVELS: readonly SkillLevel[] = ['basic', 'good', 'expert'];

/** Where a skill was learned; hobbies and informal work count as much as school. */
export type SkillSource = 'school' | 'apprenticeship' | 'work' | 'hobby' | 'course';
export const SKILL_SOURCES: readonly SkillSource[] = ['school', 'apprenticeship', 'work', 'hobby', 'course'];

/** Kinds of position, shared by job postings and a person's wishes. */
export type PositionKind = 'apprenticeship' | 'internship' | 'permanent' | 'temporary';
export const POSITION_KINDS: readonly PositionKind[] = ['apprenticeship', 'internship', 'permanent', 'temporary'];

/** The kinds of position on the way into a trade: the Lehrstelle and the Schnupperlehre or Praktikum before it. */
export const LEARNING_KINDS: readonly PositionKind[] = ['apprenticeship', 'internship'];

/** Whether a kind of position is one of learning a trade (LEARNING_KINDS). */
export function isLearningKind(kind: PositionKind): boolean {
  return LEARNING_KINDS.includes(kind);
}

/** The person's situation, which tailors the conversation. */
export type Situation =
  | 'pupil'
  | 'school_leaver'
  | 'returner'
  | 'career_changer'
  | 'international'
  | 'supported'
  | 'employed';
/** Whether a situation is a pupil's or a school leaver's: no occupation yet, Lehrstellen and school first. */
export function isYoung(situation: Situation | undefined): boolean {
  return situation === 'pupil' || situation === 'school_leaver';
}

export const SITUATIONS: readonly Situation[] = [
  'pupil',
  'school_leaver',
  'returner',
  'career_changer',
  'international',
  'supported',
  'employed',
];

/** Whether HR of member companies may see a pseudonymous version of the profile. */
export type Visibility = 'private' | 'anonymous';

/** CEFR levels, plus the mother tongue as its own level. */
export type LanguageLevel = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'native';
export const LANGUAGE_LEVELS: readonly LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];

export interface ProfileSkill {
  /** Taxonomy concept id (an ESCO URI where one exists). */
  conceptId: string;
  /** The label the person confirmed, in their locale. */
  label: string;
  level: SkillLevel;
  source?: SkillSource;
}

export interface ProfileLanguage {
  /** ISO 639-1 code, e.g. "de", "fr", "en". */
  language: string;
  level: LanguageLevel;
}

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface ProfilePlace {
  postalCode?: string;
  name?: string;
  country?: Country;
  point?: GeoPoint;
}

export interface Mobility {
  drivingLicence?: boolean;
  publicTransport?: boolean;
}

/** RIASEC interest scores (0..1 per dimension) from the interest check. */
export type RiasecDimension = 'R' | 'I' | 'A' | 'S' | 'E' | 'C';
export type InterestScores = Partial<Record<RiasecDimension, number>>;

export interface Profile {
  id: string;
  locale: Locale;
  firstName?: string;
  situation?: Situation;
  schoolLevel?: string;
  vocationalTraining?: string;
  experienceYears?: number;
  currentStatus?: string;
  place?: ProfilePlace;
  radiusKm?: number;
  pensum?: { min: number; max: number };
  /** ISO date (yyyy-mm-dd) or "asap". */
  startDate?: string;
  positionKinds: PositionKind[];
  skills: ProfileSkill[];
  /** Taxonomy occupation ids the person named as learned, past or wished occupation. */
  occupations?: string[];
  /** What the person said about themselves in their own words (newest last, bounded), for the lexical score. */
  ownWords?: string;
  /** What the person listed as their skills, as written (`lotse match --skills`), for the lexical score. */
  listedSkills?: string[];
  languages: ProfileLanguage[];
  mobility: Mobility;
  interests: InterestScores;
  visibility: Visibility;
  jobAlert: boolean;
  createdAt: Date;
  updatedAt: Date;
}
