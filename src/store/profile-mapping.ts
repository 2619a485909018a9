/** Maps Person rows (with skills and languages) to the pure Profile type and profile patches to row updates. */
import type { ProfilePatch } from '../services/ports';
import type {
  InterestScores,
  LanguageLevel,
  Locale,
  Mobility,
  PositionKind,
  Profile,
  ProfilePlace,
  Situation,
  SkillLevel,
  SkillSource,
  Visibility,
} from '../profile/types';
import type { Person, PersonLanguage, PersonSkill } from './generated/sqlite/client';

export type PersonWithDetails = Person & { skills: PersonSkill[]; languages: PersonLanguage[] };

/** The relations to load for toProfile. */
export const PROFILE_INCLUDE = {
  skills: { orderBy: { createdAt: 'asc' } },
  languages: { orderBy: { language: 'asc' } },
} as const;

/** Parses a JSON column, falling back when it holds something unexpected (never crash on old rows). */
export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    const value = JSON.parse(text) as unknown;
    return value === null || value === undefined ? fallback : (value as T);
  } catch {
    return fallback;
  }
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;

function placeOf(row: Person): ProfilePlace | undefined {
  const place = defined<ProfilePlace>({
    postalCode: row.postalCode ?? undefined,
    name: row.placeName ?? undefined,
    country: (row.country as ProfilePlace['country']) ?? undefined,
    point: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : undefined,
  });
  return Object.keys(place).length > 0 ? place : undefined;
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/** A Person row with its skills and languages as a Profile. */
export function toProfile(row: PersonWithDetails): Profile {
  const profile: Profile = {
    id: row.id,
    locale: row.locale as Locale,
    firstName: row.firstName ?? undefined,
    situation: (row.situation as Situation | null) ?? undefined,
    schoolLevel: row.schoolLevel ?? undefined,
    vocationalTraining: row.vocationalTraining ?? undefined,
    experienceYears: row.experienceYears ?? undefined,
    currentStatus: row.currentStatus ?? undefined,
    place: placeOf(row),
    radiusKm: row.radiusKm ?? undefined,
    pensum: row.pensumMin !== null && row.pensumMax !== null ? { min: row.pensumMin, max: row.pensumMax } : undefined,
    startDate: row.startDate ?? undefined,
    positionKinds: parseJson<PositionKind[]>(row.positionKinds, []),
    occupations: nonEmpty(parseJson<string[]>(row.occupations, [])),
    ownWords: row.ownWords ?? undefined,
    skills: row.skills.map((s) =>
      defined({ conceptId: s.conceptId, label: s.label, level: s.level as SkillLevel, source: (s.source as SkillSource | null) ?? undefined }),
    ),
    languages: row.languages.map((l) => ({ language: l.language, level: l.level as LanguageLevel })),
    mobility: parseJson<Mobility>(row.mobility, {}),
    interests: parseJson<InterestScores>(row.interests, {}),
    visibility: row.visibility as Visibility,
    jobAlert: row.jobAlert,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  return defined(profile);
}

type PersonUpdate = Partial<Omit<Person, 'id' | 'createdAt' | 'updatedAt' | 'profileVersion'>>;

/** Column updates for the fields present in a patch; a field present with undefined clears it. */
export function patchToRow(patch: ProfilePatch): PersonUpdate {
  const has = (key: keyof ProfilePatch) => Object.prototype.hasOwnProperty.call(patch, key);
  const row: PersonUpdate = {};
  const simple = ['locale', 'firstName', 'situation', 'schoolLevel', 'vocationalTraining', 'experienceYears', 'currentStatus', 'radiusKm', 'startDate'] as const;
  for (const key of simple) if (has(key)) (row as Record<string, unknown>)[key] = patch[key] ?? null;
  if (has('place')) {
    row.postalCode = patch.place?.postalCode ?? null;
    row.placeName = patch.place?.name ?? null;
    row.country = patch.place?.country ?? null;
    row.latitude = patch.place?.point?.latitude ?? null;
    row.longitude = patch.place?.point?.longitude ?? null;
  }
  if (has('pensum')) {
    row.pensumMin = patch.pensum?.min ?? null;
    row.pensumMax = patch.pensum?.max ?? null;
  }
  if (has('positionKinds')) row.positionKinds = JSON.stringify(patch.positionKinds ?? []);
  if (has('occupations')) row.occupations = JSON.stringify(patch.occupations ?? []);
  if (has('ownWords')) row.ownWords = patch.ownWords ?? null;
  if (has('mobility')) row.mobility = JSON.stringify(patch.mobility ?? {});
  if (has('interests')) row.interests = JSON.stringify(patch.interests ?? {});
  if (has('visibility')) row.visibility = patch.visibility ?? 'private';
  if (has('jobAlert')) row.jobAlert = patch.jobAlert ?? false;
  return row;
}
