import type { Profile } from './types';

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
