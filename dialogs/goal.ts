/**
 * "Was suchst du?" — the first question after consent, and one of the three the first proposals
 * need (what, where, what the person can or likes). Free text is read for the kind of position and,
 * in passing (slot filling), for place, Pensum and situation. A vague or unclear answer never gets
 * a "nicht verstanden": Lotse takes a sensible default (all kinds; Lehrstellen and Schnupperlehren
 * for pupils) and says so. Whoever names no direction counts as undecided and is offered the
 * interest check later.
 */
import { choiceButtons, matchChoice } from '../src/bot/choices';
import { next, StepDialog, type Outcome, type Step } from '../src/bot/steps';
import type { BotServices } from '../src/bot/services';
import { setProfile, type Turn } from '../src/bot/turn';
import { isYoung, POSITION_KINDS, type PositionKind } from '../src/profile/types';
import type { SkillMention, Understanding } from '../src/services/ports';
import { noteInPassing } from '../src/bot/noted';
import { keepOwnWords, occupationsAskedFor } from './own-words';
import { noteSkillsSaidBefore } from './skills';

/** Dialog id. */
export const GOAL = 'goal';

const CHOICES = ['apprenticeship', 'internship', 'permanent', 'all'] as const;
const YOUNG: readonly PositionKind[] = ['apprenticeship', 'internship'];
/** Someone who names the occupation they have or learned («gelernter Maurer EFZ») looks for work in it, not for a Lehrstelle. */
const TRAINED: readonly PositionKind[] = ['permanent', 'temporary'];
/**
 * From this age a person who names no occupation is shown jobs first: a Schnupperlehre would not fit a 44-year-old.
 * Later than the matcher's school age (src/matching/audience.ts): at 20–24 many still start a Lehre.
 */
const JOBS_FIRST_AGE = 25;
/** An occupation found this surely is named by its title («Elektriker», «Koch»), not just near a skill word («kochen»). */
const TITLE_CONFIDENCE = 0.95;

/** Whether the person named no direction (no occupation or skill) when saying what they look for. */
export function undecided(turn: Turn): boolean {
  return turn.user().undecided === true;
}

function young(turn: Turn): boolean {
  return isYoung(turn.profile?.situation);
}

type GoalPorts = Pick<BotServices, 'profiles' | 'vocabulary'>;

function goal(ports: GoalPorts): Step {
  return {
    id: 'goal',
    fills: ['positionKinds'],
    skip: (turn) => Boolean(turn.profile?.positionKinds.length),
    ask: (turn) => ({ text: turn.texts.t('valuefirst.goal.ask'), buttons: choiceButtons(turn.texts, 'wishes.kind', 'goal', CHOICES) }),
    answer: async (turn, reply) => {
      const chosen = matchChoice(turn.texts, reply, 'wishes.kind', 'goal', CHOICES);
      const understood = reply.action ? undefined : turn.understanding();
      turn.user().undecided = !understood?.skills.length;
      if (understood) noteSkillsSaidBefore(turn, skillsClaimed(ports, turn, understood));
      if (!reply.action) await keepOwnWords(ports, turn, reply.text);
      const kinds: PositionKind[] | undefined =
        chosen === 'all' ? [...POSITION_KINDS] : chosen ? [chosen as PositionKind] : understood?.entities.positionKinds;
      if (!reply.action && reply.verb !== 'goal') noteInPassing(turn, wishTaken(ports, turn, kinds ?? [], chosen !== undefined), 'answer');
      if (!kinds?.length) return takeDefault(ports, turn, understood?.entities);
      setProfile(turn, await ports.profiles.update(turn.profile!.id, { positionKinds: kinds }));
      return next();
    },
    // "weiss nöd": undecided, and the default as for an unclear answer.
    skipped: (turn) => {
      turn.user().undecided = true;
      return takeDefault(ports, turn);
    },
  };
}

/**
 * What one can, said in passing, is kept. An interest («öppis mit Technik») is the direction asked
 * for here, and so is an occupation's title («elektriker», «Koch»): a pupil who looks for a
 * Lehrstelle as an electrician does not yet install anything. Only one who says they have it («Ich
 * bin Elektriker») claims its skill.
 */
function skillsClaimed(ports: GoalPorts, turn: Turn, understood: Understanding): SkillMention[] {
  const skills = understood.skills.filter((s) => !ports.vocabulary.isInterest?.(s.conceptId));
  if (understood.entities.occupation) return skills;
  const text = turn.reply.text ?? '';
  const namesOccupation = (s: SkillMention) =>
    (ports.vocabulary.findOccupations?.(text.slice(s.span[0], s.span[1]), turn.locale, 1) ?? []).some((o) => o.confidence >= TITLE_CONFIDENCE);
  return skills.filter((s) => !namesOccupation(s));
}

/**
 * The wish as taken from a typed answer, for the «Notiert: …» line: «Lehrstelle als Zimmermann/Zimmerin
 * EFZ oder Schreiner/in EFZ», the kinds or the occupations alone; nothing for a typed choice alone («Lehrstelle»).
 */
function wishTaken(ports: GoalPorts, turn: Turn, kinds: readonly PositionKind[], typedChoice: boolean): string[] {
  const or = turn.texts.t('act.search.or');
  const what = kinds.map((kind) => turn.texts.t(`wishes.kind.${kind}`)).join(or);
  const occupations = fewOf(turn, occupationsAskedFor(ports, turn, turn.reply.text ?? '').labels);
  if (what && occupations) return [turn.texts.t('valuefirst.goal.kindAs', { kinds: what, occupations })];
  return [occupations || (typedChoice ? '' : what)].filter(Boolean);
}

/** The line names this many occupations; a longer list ends «und 17 weitere» (the profile shows them all). */
const OCCUPATIONS_NAMED = 3;

/** «Koch/Köchin EFZ oder Maurer/in EFZ oder Maler/in EFZ und 17 weitere». */
function fewOf(turn: Turn, labels: readonly string[]): string {
  const named = labels.slice(0, OCCUPATIONS_NAMED).join(turn.texts.t('act.search.or'));
  const more = labels.length - OCCUPATIONS_NAMED;
  return more > 0 ? `${named} ${turn.texts.t('valuefirst.goal.andMore', { count: more })}` : named;
}

/** What the answer to «Was suchst du?» said about the person, as far as it sets the default kinds. */
interface SaidAboutSelf {
  occupation?: string;
  age?: number;
}

/** The kinds looked for by default and the text that says so: Lehrstellen for pupils, jobs for the trained and for adults, else all. */
function defaultKinds(turn: Turn, said: SaidAboutSelf = {}): [readonly PositionKind[], string] {
  if (young(turn)) return [YOUNG, 'youngKind'];
  if (said.occupation !== undefined) return [TRAINED, 'trainedKind'];
  if (said.age !== undefined && said.age >= JOBS_FIRST_AGE) return [TRAINED, 'adultKind'];
  return [POSITION_KINDS, 'anyKind'];
}

/** The default kinds, said so. */
async function takeDefault({ profiles }: Pick<BotServices, 'profiles'>, turn: Turn, saidAboutSelf?: SaidAboutSelf): Promise<Outcome> {
  const [kinds, said] = defaultKinds(turn, saidAboutSelf);
  await turn.context.sendActivity(turn.texts.t(`valuefirst.goal.${said}`));
  setProfile(turn, await profiles.update(turn.profile!.id, { positionKinds: [...kinds] }));
  return next();
}

/** The goal dialog. */
export function goalDialog(ports: GoalPorts): StepDialog {
  return new StepDialog(GOAL, [goal(ports)]);
}
