/** What the matcher searches with: a profile reduced to numbers, plus the person's feedback. */
import type { Country, GeoPoint, InterestScores, PositionKind, Profile, ProfileLanguage, Situation, SkillLevel } from '../profile/types';
import { DEFAULT_RADIUS_KM } from './weights';

export interface QuerySkill {
  conceptId: string;
  level: SkillLevel;
}

export interface MatchQuery {
  skills: QuerySkill[];
  point?: GeoPoint;
  radiusKm: number;
  /** Wished kinds of position; empty = any. */
  kinds: PositionKind[];
  pensum?: { min: number; max: number };
  /** Languages the person speaks; empty = unknown (language requirements are then not checked). */
  languages: ProfileLanguage[];
  interests?: InterestScores;
  /** Job ids the person saved ("merken") and rejected ("passt nicht"). */
  saved: ReadonlySet<string>;
  rejected: ReadonlySet<string>;
  /** Only jobs published after this instant (job alerts). */
  publishedAfter?: Date;
  now: Date;
  /** The person's own words (what they said about themselves, phrases that resolved to no concept): the lexical score reads them. */
  text?: string;
  /** What the person lists as their skills, as written (resolved or not): searched on its own by the lexical score. */
  listed?: readonly string[];
  /** Taxonomy occupation ids the person learned or worked in. */
  occupations?: string[];
  /** Only postings in these countries (the person's own, or more when they asked); undefined = any. */
  countries?: readonly Country[];
  /** The person's situation (a pupil is not shown postings for adults only). */
  situation?: Situation;
}

export interface Feedback {
  itemType: string;
  itemId: string;
  verdict: string;
}

/** The feedback entries split into saved and rejected job ids (the latest verdict of an item wins). */
export function jobFeedback(entries: readonly Feedback[]): { saved: Set<string>; rejected: Set<string> } {
  const latest = new Map<string, string>();
  for (const e of entries) if (e.itemType === 'job') latest.set(e.itemId, e.verdict);
  const saved = new Set<string>();
  const rejected = new Set<string>();
  for (const [id, verdict] of latest) (verdict === 'rejected' ? rejected : saved).add(id);
  return { saved, rejected };
}

/** The match query of a profile. */
export function queryFromProfile(profile: Profile, feedback: readonly Feedback[] = [], now = new Date()): MatchQuery {
  const { saved, rejected } = jobFeedback(feedback);
  return {
    skills: profile.skills.map((s) => ({ conceptId: s.conceptId, level: s.level })),
    point: profile.place?.point,
    radiusKm: profile.radiusKm && profile.radiusKm > 0 ? profile.radiusKm : DEFAULT_RADIUS_KM,
    kinds: [...profile.positionKinds],
    pensum: profile.pensum,
    languages: [...profile.languages],
    interests: profile.interests,
    saved,
    rejected,
    now,
    text: profile.ownWords,
    listed: profile.listedSkills,
    occupations: profile.occupations,
    situation: profile.situation,
  };
}

/** A query with defaults, for the CLI, benchmarks and tests. */
export function makeQuery(partial: Partial<MatchQuery> & { skills: QuerySkill[] }): MatchQuery {
  return {
    radiusKm: DEFAULT_RADIUS_KM,
    kinds: [],
    languages: [],
    saved: new Set(),
    rejected: new Set(),
    now: new Date(),
    ...partial,
  };
}
