/**
 * Slot filling: what the person says in passing ("Ich suche eine Lehrstelle in Olten, 80 %") fills
 * the profile at once, so those questions are skipped later instead of asked again. Only empty
 * fields are filled (an explicit change goes through "Ort ändern" etc.), never the field the open
 * question asks for (its step handles that answer), and only after consent. Lotse confirms in one
 * short line what it noted (src/bot/noted.ts: the open question's answer may add to that line). Languages are left to their own question: "Englisch" in passing may be
 * a wish or a skill, not a level; only a level stated as a form would ask it ("mein Deutsch ist B1",
 * "Türkisch Muttersprache") is noted, while the profile has no languages yet.
 */
import type { BotServices } from '../src/bot/services';
import type { Turn } from '../src/bot/turn';
import { noteInPassing } from '../src/bot/noted';
import { setProfile } from '../src/bot/turn';
import type { Profile } from '../src/profile/types';
import type { Entities, ProfilePatch } from '../src/services/ports';
import { firmlyLeveledLanguages } from '../src/nlu/languages';
import { placeText } from './summary';
import { followPlace } from './variant';

/** Longer spans are read as something else (an age, a year), not as work experience. */
const MAX_EXPERIENCE_YEARS = 50;

interface Slot {
  field: string;
  /** The patch for this slot when the entity is there and the field still empty. */
  take(entities: Entities, profile: Profile): ProfilePatch | undefined;
}

const SLOTS: Slot[] = [
  {
    field: 'place',
    take: (e, p) =>
      !p.place && (e.postalCode || e.placeName) ? { place: { postalCode: e.postalCode, name: e.placeName, country: e.country, point: e.point } } : undefined,
  },
  { field: 'radiusKm', take: (e, p) => (p.radiusKm === undefined && e.radiusKm ? { radiusKm: Math.round(e.radiusKm) } : undefined) },
  { field: 'pensum', take: (e, p) => (!p.pensum && e.pensum ? { pensum: e.pensum } : undefined) },
  { field: 'startDate', take: (e, p) => (!p.startDate && e.date ? { startDate: e.date } : undefined) },
  { field: 'positionKinds', take: (e, p) => (!p.positionKinds.length && e.positionKinds?.length ? { positionKinds: e.positionKinds } : undefined) },
  { field: 'situation', take: (e, p) => (!p.situation && e.situation ? { situation: e.situation } : undefined) },
  {
    field: 'experienceYears',
    take: (e, p) => (p.experienceYears === undefined && e.years !== undefined && e.years <= MAX_EXPERIENCE_YEARS ? { experienceYears: e.years } : undefined),
  },
  { field: 'firstName', take: (e, p) => (!p.firstName && e.firstName ? { firstName: e.firstName } : undefined) },
  {
    field: 'mobility',
    take: (e, p) =>
      p.mobility.drivingLicence === undefined && e.drivingLicence !== undefined ? { mobility: { ...p.mobility, drivingLicence: e.drivingLicence } } : undefined,
  },
];

/** A filled field as the «Notiert: …» line names it; the place with its name, as it is the part most often misread. */
function slotLabel(turn: Turn, field: string): string {
  const where = field === 'place' ? placeText(turn.profile?.place) : undefined;
  return where ? turn.texts.t('slots.placeNamed', { place: where }) : turn.texts.t(`slots.${field}`);
}

/** Fills empty profile fields from the entities of the reply; returns the fields filled. */
export async function fillSlots(ports: Pick<BotServices, 'profiles'>, turn: Turn, asked: readonly string[]): Promise<string[]> {
  const profile = turn.profile;
  if (!profile || !turn.reply.text || turn.reply.action) return [];
  const entities = turn.understanding().entities;
  const filled: string[] = [];
  const patch: ProfilePatch = {};
  for (const slot of SLOTS) {
    if (asked.includes(slot.field)) continue;
    const part = slot.take(entities, profile);
    if (part) {
      Object.assign(patch, part);
      filled.push(slot.field);
    }
  }
  const languages = profile.languages.length || asked.includes('languages') ? [] : firmlyLeveledLanguages(turn.reply.text);
  if (languages.length) filled.push('languages');
  if (!filled.length) return filled;
  turn.noted = filled;
  for (const language of languages) await ports.profiles.upsertLanguage(profile.id, language);
  setProfile(turn, Object.keys(patch).length ? await ports.profiles.update(profile.id, patch) : ((await ports.profiles.findById(profile.id)) ?? profile));
  if (patch.place) await followPlace(ports, turn);
  noteInPassing(turn, filled.map((field) => slotLabel(turn, field)));
  return filled;
}
