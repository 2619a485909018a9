/**
 * School, Lehre/Ausbildung and work experience. Free text is kept as the person wrote it (school
 * systems differ between CH and DE); years of experience are parsed the German way ("3,5 Jahre").
 */
import { choiceButtons, matchChoice } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import { next, retry, StepDialog, type Outcome, type Step } from '../src/bot/steps';
import { setProfile, type Turn } from '../src/bot/turn';
import type { ProfilePatch } from '../src/services/ports';

/** Dialog id. */
export const EDUCATION = 'education';

interface EducationMemory extends Record<string, unknown> {
  edit?: boolean;
}

const SCHOOL_CHOICES = ['lower', 'middle', 'upper', 'university'] as const;
const TRAINING_CHOICES = ['none', 'ongoing'] as const;
const YEAR_CHOICES = ['0', '1', '3', '6'] as const;
const MAX_YEARS = 60;
const MAX_FREE_TEXT = 60;
/** A school or training name is short ("Sek B", "Logistiker EFZ"); a long sentence is not an answer here. */
const MAX_FREE_WORDS = 4;

type Profiles = BotServices['profiles'];

async function save(profiles: Profiles, turn: Turn, patch: ProfilePatch): Promise<Outcome> {
  setProfile(turn, await profiles.update(turn.profile!.id, patch));
  return next();
}

function freeText(text: string): string | undefined {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  const words = cleaned.split(' ').length;
  if (!/\p{L}{2,}/u.test(cleaned) || cleaned.length > MAX_FREE_TEXT || words > MAX_FREE_WORDS) return undefined;
  // Schools and trainings are nouns: "altenpflegerin" is shown as "Altenpflegerin".
  return cleaned.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/**
 * A step that asks with choice buttons and also keeps a short answer in the person's own words
 * (texts under `education.<key>`, button data prefixed `prefix`).
 */
function choiceOrFreeText(
  profiles: Profiles,
  key: 'school' | 'training',
  prefix: string,
  choices: readonly string[],
  field: 'schoolLevel' | 'vocationalTraining',
  skip: Step<EducationMemory>['skip'],
): Step<EducationMemory> {
  const texts = `education.${key}`;
  return {
    id: key,
    skip,
    ask: (turn) => ({ text: turn.texts.t(`${texts}.ask`), buttons: choiceButtons(turn.texts, texts, prefix, choices) }),
    answer: (turn, reply) => {
      const chosen = matchChoice(turn.texts, reply, texts, prefix, choices);
      const value = chosen ? turn.texts.t(`${texts}.${chosen}`) : freeText(reply.text);
      return value ? save(profiles, turn, { [field]: value }) : retry(`${texts}.retry`);
    },
  };
}

/** The education and experience dialog. */
export function educationDialog({ profiles }: Pick<BotServices, 'profiles'>): StepDialog<EducationMemory> {
  const school = choiceOrFreeText(profiles, 'school', 'sch', SCHOOL_CHOICES, 'schoolLevel', (turn, memory) => !memory.edit && Boolean(turn.profile?.schoolLevel));

  const training = choiceOrFreeText(
    profiles,
    'training',
    'trn',
    TRAINING_CHOICES,
    'vocationalTraining',
    (turn, memory) => (!memory.edit && Boolean(turn.profile?.vocationalTraining)) || turn.profile?.situation === 'pupil',
  );

  const experience: Step<EducationMemory> = {
    id: 'experience',
    fills: ['experienceYears'],
    skip: (turn, memory) => (!memory.edit && turn.profile?.experienceYears !== undefined) || turn.profile?.situation === 'pupil',
    ask: (turn) => ({ text: turn.texts.t('education.years.ask'), buttons: choiceButtons(turn.texts, 'education.years', 'yrs', YEAR_CHOICES) }),
    answer: (turn, reply) => {
      const chosen = matchChoice(turn.texts, reply, 'education.years', 'yrs', YEAR_CHOICES);
      const { years, number } = turn.understanding().entities;
      const value = chosen !== undefined ? Number(chosen) : (years ?? number);
      if (value === undefined || !Number.isFinite(value) || value < 0 || value > MAX_YEARS) return retry('education.years.retry');
      return save(profiles, turn, { experienceYears: value });
    },
  };

  return new StepDialog<EducationMemory>(EDUCATION, [school, training, experience]);
}
