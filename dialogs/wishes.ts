/**
 * "Was wünschst du dir?" — place (PLZ/Ort or shared location), radius, Pensum, start, kind of
 * position, languages and mobility. Every step is skipped when the person already said it
 * (slot filling from free text anywhere in the conversation); editing asks again.
 */
import { choiceButtons, choosesButton, matchChoice, matchYesNo, normalize } from '../src/bot/choices';
import type { Button } from '../src/bot/render';
import type { BotServices } from '../src/bot/services';
import { next, retry, StepDialog, type Outcome, type Step } from '../src/bot/steps';
import { setProfile, type Turn } from '../src/bot/turn';
import { lookupPlace, nearestPlace } from '../src/nlu/places';
import { POSITION_KINDS, type PositionKind, type ProfilePlace } from '../src/profile/types';
import type { ProfilePatch } from '../src/services/ports';
import { followPlace } from './variant';
import { saveSkillsNamedInPassing } from './skills';

/** Dialog id of all wishes. */
export const WISHES = 'wishes';
/** Dialog id of place and radius alone ("Ort ändern"). */
export const PLACE = 'place';

interface WishesMemory extends Record<string, unknown> {
  edit?: boolean;
  /** Ask only this step ("Sprachen ändern" asks the languages, not the place again). */
  only?: string;
  startAsked?: boolean;
  languagesAsked?: boolean;
  mobilityAsked?: boolean;
}

const MAX_RADIUS_KM = 300;
const RADIUS_CHOICES = ['10', '25', '50', 'any'] as const;
const ANY_RADIUS_KM = 150;
const PENSUM_CHOICES = ['full', 'high', 'part', 'low'] as const;
const PENSUM_RANGES: Record<(typeof PENSUM_CHOICES)[number], { min: number; max: number }> = {
  full: { min: 100, max: 100 },
  high: { min: 80, max: 100 },
  part: { min: 50, max: 80 },
  low: { min: 20, max: 50 },
};
const START_CHOICES = ['asap', 'soon', 'later'] as const;
const KIND_CHOICES = [...POSITION_KINDS, 'all'] as const;
const MOBILITY_CHOICES = ['car', 'transit', 'both'] as const;
const LANGUAGE_CHOICES = ['germanNative', 'skip'] as const;

/** The profile the wishes are kept in. */
type WishPorts = Pick<BotServices, 'profiles'>;

async function save({ profiles }: WishPorts, turn: Turn, patch: ProfilePatch): Promise<Outcome> {
  setProfile(turn, await profiles.update(turn.profile!.id, patch));
  return next();
}

function placeFrom(turn: Turn): ProfilePlace | undefined {
  const { location, text } = turn.reply;
  // A shared location names no country; the nearest known town tells it (its offers, its German).
  if (location) return { point: location, country: nearestPlace(location)?.country };
  const found = text ? lookupPlace(text) : undefined;
  if (found) {
    return { postalCode: found.postalCode, name: found.name, country: found.country, point: { latitude: found.latitude, longitude: found.longitude } };
  }
  const { postalCode, placeName, country, point } = turn.understanding().entities;
  return postalCode || placeName || point ? { postalCode, name: placeName, country, point } : undefined;
}

/**
 * Skills typed where the place is asked («Behandlungspflege, Wundversorgung, Medikamente richten»
 * right after «Was kannst du gut?») are kept and said so, and the place is asked again: what one
 * can is never lost to «Diesen Ort kenne ich nicht». Whether any were kept.
 */
async function skillsInstead(ports: WishPorts, turn: Turn): Promise<boolean> {
  const added = turn.reply.action ? [] : await saveSkillsNamedInPassing(ports, turn);
  if (added.length) await turn.context.sendActivity(turn.texts.t('skills.notedInPassing', { skills: added.join(', ') }));
  return added.length > 0;
}

function place(ports: WishPorts): Step<WishesMemory> {
  return {
    id: 'place',
    fills: ['place'],
    skip: (turn, memory) => !memory.edit && Boolean(turn.profile?.place),
    ask: (turn) => ({ text: turn.texts.t('wishes.place.ask'), requestLocation: true }),
    answer: async (turn) => {
      const found = placeFrom(turn);
      if (!found) return (await skillsInstead(ports, turn)) ? { repeat: true } : retry('wishes.place.retry');
      setProfile(turn, await ports.profiles.update(turn.profile!.id, { place: found }));
      await followPlace(ports, turn);
      await turn.context.sendActivity(turn.texts.t('wishes.place.ok', { place: found.name ?? found.postalCode ?? turn.texts.t('wishes.place.here') }));
      return next();
    },
  };
}

function radius(ports: WishPorts): Step<WishesMemory> {
  return {
    id: 'radius',
    fills: ['radiusKm'],
    skip: (turn, memory) => !memory.edit && turn.profile?.radiusKm !== undefined,
    ask: (turn) => ({ text: turn.texts.t('wishes.radius.ask'), buttons: choiceButtons(turn.texts, 'wishes.radius', 'rad', RADIUS_CHOICES) }),
    answer: async (turn, reply) => {
      const chosen = matchChoice(turn.texts, reply, 'wishes.radius', 'rad', RADIUS_CHOICES);
      const { radiusKm, number } = turn.understanding().entities;
      const km = chosen === 'any' ? ANY_RADIUS_KM : chosen ? Number(chosen) : (radiusKm ?? number);
      if (km === undefined || !Number.isFinite(km) || km < 1 || km > MAX_RADIUS_KM) return retry('wishes.radius.retry');
      // Typed ("nicht so weit"): say what it was taken as.
      if (!reply.action) await turn.context.sendActivity(turn.texts.t('valuefirst.radiusNoted', { km: Math.round(km) }));
      return save(ports, turn, { radiusKm: Math.round(km) });
    },
  };
}

function pensum(ports: WishPorts): Step<WishesMemory> {
  return {
    id: 'pensum',
    fills: ['pensum'],
    // A pupil looks for a Schnupperlehre or Lehrstelle, which are full time: the question changes nothing.
    skip: (turn, memory) => !memory.edit && (Boolean(turn.profile?.pensum) || turn.profile?.situation === 'pupil'),
    ask: (turn) => ({ text: turn.texts.t('wishes.pensum.ask'), buttons: choiceButtons(turn.texts, 'wishes.pensum', 'pen', PENSUM_CHOICES) }),
    answer: async (turn, reply) => {
      const chosen = matchChoice(turn.texts, reply, 'wishes.pensum', 'pen', PENSUM_CHOICES) as keyof typeof PENSUM_RANGES | undefined;
      const { pensum: said, percent: typed } = turn.understanding().entities;
      const percent = typed ?? percentOfNumber(turn);
      const range = chosen ? PENSUM_RANGES[chosen] : (said ?? (percent !== undefined ? { min: percent, max: percent } : undefined));
      if (!range || range.min < 1 || range.max > 100 || range.min > range.max) return retry('wishes.pensum.retry');
      return save(ports, turn, { pensum: range });
    },
  };
}

/** Longest working week read as hours when a bare number answers the workload question. */
const MAX_WEEK_HOURS = 48;

/**
 * A number answering the workload question: "30 Stunden" is hours per week; a bare "50" is
 * percent, or hours where the question counts in hours (de-DE asks "Wie viel möchtest du arbeiten?").
 */
function percentOfNumber(turn: Turn): number | undefined {
  const { number } = turn.understanding().entities;
  if (number === undefined || number <= 0) return undefined;
  const words = normalize(turn.reply.text).split(' ');
  const saysHours = turn.texts.variants('wishes.pensum.hours').some((w) => words.includes(w));
  const hours = saysHours || (turn.texts.t('wishes.pensum.unit') === 'hours' && number <= MAX_WEEK_HOURS);
  if (!hours) return number >= 10 ? number : undefined;
  return Math.min(100, Math.round((number / Number(turn.texts.t('wishes.pensum.fullTimeHours'))) * 100));
}

function monthsAhead(months: number): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + months, 1);
  return date.toISOString().slice(0, 10);
}

function start(ports: WishPorts): Step<WishesMemory> {
  return {
    id: 'start',
    fills: ['startDate'],
    skip: (turn, memory) => !memory.edit && (Boolean(turn.profile?.startDate) || memory.startAsked === true),
    ask: (turn) => ({ text: turn.texts.t('wishes.start.ask'), buttons: choiceButtons(turn.texts, 'wishes.start', 'start', START_CHOICES) }),
    answer: async (turn, reply, memory) => {
      const chosen = matchChoice(turn.texts, reply, 'wishes.start', 'start', START_CHOICES);
      memory.startAsked = true;
      if (chosen === 'later') return save(ports, turn, { startDate: undefined });
      const date = chosen === 'asap' ? 'asap' : chosen === 'soon' ? monthsAhead(2) : turn.understanding().entities.date;
      if (!date) return retry('wishes.start.retry');
      return save(ports, turn, { startDate: date });
    },
  };
}

function kind(ports: WishPorts): Step<WishesMemory> {
  return {
    id: 'kind',
    fills: ['positionKinds'],
    skip: (turn, memory) => !memory.edit && Boolean(turn.profile?.positionKinds.length),
    ask: (turn) => ({ text: turn.texts.t('wishes.kind.ask'), buttons: choiceButtons(turn.texts, 'wishes.kind', 'kind', KIND_CHOICES) }),
    answer: async (turn, reply) => {
      const chosen = matchChoice(turn.texts, reply, 'wishes.kind', 'kind', KIND_CHOICES);
      const kinds: PositionKind[] | undefined =
        chosen === 'all' ? [...POSITION_KINDS] : chosen ? [chosen as PositionKind] : turn.understanding().entities.positionKinds;
      if (!kinds?.length) return retry('wishes.kind.retry');
      return save(ports, turn, { positionKinds: kinds });
    },
  };
}

function languages(ports: WishPorts): Step<WishesMemory> {
  return {
    id: 'languages',
    fills: ['languages'],
    skip: (turn, memory) => !memory.edit && (Boolean(turn.profile?.languages.length) || memory.languagesAsked === true),
    ask: (turn) => ({ text: turn.texts.t('wishes.languages.ask'), buttons: choiceButtons(turn.texts, 'wishes.languages', 'lng', LANGUAGE_CHOICES) }),
    answer: async (turn, reply, memory) => {
      const typed = reply.action ? undefined : turn.understanding().entities.languages;
      // "Ukrainisch Muttersprache, Deutsch A2" contains the button's "Muttersprache Deutsch", but says more.
      const more = typed?.some((l) => l.language !== 'de');
      const chosen = more ? undefined : matchChoice(turn.texts, reply, 'wishes.languages', 'lng', LANGUAGE_CHOICES);
      memory.languagesAsked = true;
      if (chosen === 'skip') return next();
      const said = chosen === 'germanNative' ? [{ language: 'de', level: 'native' as const }] : typed;
      if (!said?.length) return retry('wishes.languages.retry');
      for (const language of said) await ports.profiles.upsertLanguage(turn.profile!.id, language);
      setProfile(turn, await ports.profiles.findById(turn.profile!.id));
      return next();
    },
  };
}

function mobility(ports: WishPorts): Step<WishesMemory> {
  return {
    id: 'mobility',
    fills: ['mobility'],
    // Pupils and school leavers are mostly too young to drive: the question would not fit them.
    skip: (turn, memory) =>
      !memory.edit &&
      (turn.profile?.mobility.drivingLicence !== undefined ||
        memory.mobilityAsked === true ||
        turn.profile?.situation === 'pupil' ||
        turn.profile?.situation === 'school_leaver'),
    ask: (turn) => ({ text: turn.texts.t('wishes.mobility.ask'), buttons: choiceButtons(turn.texts, 'wishes.mobility', 'mob', MOBILITY_CHOICES) }),
    answer: async (turn, reply, memory) => {
      const chosen = matchChoice(turn.texts, reply, 'wishes.mobility', 'mob', MOBILITY_CHOICES);
      const licence = turn.understanding().entities.drivingLicence ?? (chosen ? undefined : yesNoLicence(turn));
      memory.mobilityAsked = true;
      if (!chosen && licence === undefined) return retry('wishes.mobility.retry');
      const drivingLicence = chosen ? chosen !== 'transit' : licence;
      const publicTransport = chosen ? chosen !== 'car' : true;
      return save(ports, turn, { mobility: { drivingLicence, publicTransport } });
    },
  };
}

function yesNoLicence(turn: Turn): boolean | undefined {
  const said = matchYesNo(turn.texts, turn.reply, turn.understanding().intent.name);
  return said === undefined ? undefined : said === 'yes';
}

function keepButton(turn: Turn): Button {
  return choiceButtons(turn.texts, 'wishes', 'wish', ['keep'])[0]!;
}

/**
 * A wish step as the dialog runs it: left out when the dialog was begun for another wish alone,
 * and, when changing wishes, with «Bleibt so» so nobody must answer again what stays the same.
 */
function editable(step: Step<WishesMemory>): Step<WishesMemory> {
  return {
    ...step,
    skip: async (turn, memory) => (memory.only !== undefined && memory.only !== step.id) || ((await step.skip?.(turn, memory)) ?? false),
    ask: async (turn, memory) => {
      const question = await step.ask!(turn, memory);
      return memory.edit ? { ...question, buttons: [...(question.buttons ?? []), keepButton(turn)] } : question;
    },
    answer: (turn, reply, memory) =>
      memory.edit && (reply.verb === 'wish' || choosesButton(reply, [keepButton(turn)])) ? next() : step.answer!(turn, reply, memory),
  };
}

/** All wishes, in the order of the conversation; begin with memory {only: <step id>} for one of them. */
export function wishesDialog(ports: WishPorts): StepDialog<WishesMemory> {
  return new StepDialog<WishesMemory>(WISHES, [place, radius, pensum, start, kind, languages, mobility].map((step) => editable(step(ports))));
}

/** Place and radius alone ("Ort ändern"); always asks. */
export function placeDialog(ports: WishPorts): StepDialog<WishesMemory> {
  return new StepDialog<WishesMemory>(PLACE, [place, radius].map((step) => editable(step(ports))));
}

