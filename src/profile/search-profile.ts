import { COUNTRIES, VARIANT_OF_COUNTRY, type Country, type Profile } from './types';

/**
 * A profile that exists only for one search (the CLI, the evaluation, tests): nothing more than
 * the given fields, visible to nobody, no job alert.
 */
export function searchProfile(fields: Pick<Profile, 'id' | 'locale'> & Partial<Profile>, now: Date = new Date()): Profile {
  return {
    positionKinds: [],
    skills: [],
    languages: [],
    mobility: {},
    interests: {},
    visibility: 'private',
    jobAlert: false,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

/**
 * The country whose offers and funding a person gets: where they want to work, else the country of
 * their German variant; undefined (any country) for an English speaker without a place.
 */
export function homeCountry(profile: Pick<Profile, 'place' | 'locale'>): Country | undefined {
  if (profile.place?.country) return profile.place.country;
  return COUNTRIES.find((c) => VARIANT_OF_COUNTRY[c] === profile.locale);
}
