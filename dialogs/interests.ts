/**
 * "Weisst du schon, in welche Richtung es gehen soll?" — for those who don't, a short RIASEC
 * interest check: six statements, one tap each, then two or three Berufsfelder. The scores are
 * saved in profile.interests and feed the matcher.
 */
import type { BotServices } from '../src/bot/services';
import { choiceButtons, matchChoice } from '../src/bot/choices';
import { end, goto, next, retry, StepDialog, type Step } from '../src/bot/steps';
import { setProfile } from '../src/bot/turn';
import type { InterestScores, RiasecDimension } from '../src/profile/types';
import { undecided } from './goal';

/** Dialog id. */
export const INTERESTS = 'interests';

const DIMENSIONS: RiasecDimension[] = ['R', 'I', 'A', 'S', 'E', 'C'];
const ANSWERS = ['yes', 'some', 'no'] as const;
const SCORE: Record<(typeof ANSWERS)[number], number> = { yes: 1, some: 0.5, no: 0 };
const START_CHOICES = ['check', 'sure'] as const;
/** Dimensions named at the end: the best two, a third when it scores as high as the second. */
const NAMED = 2;

interface InterestsMemory extends Record<string, unknown> {
  edit?: boolean;
  item?: number;
  scores?: InterestScores;
}

const offer: Step<InterestsMemory> = {
  id: 'offer',
  // "Ich weiss es schon" is remembered, so continuing an unfinished profile later does not offer the check again.
  // Offered to the undecided only (no direction named when asked what they look for); always on request.
  skip: (turn, memory) =>
    !memory.edit && (Object.keys(turn.profile?.interests ?? {}).length > 0 || turn.user().interestsDeclined === true || !undecided(turn)),
  ask: (turn) => ({ text: turn.texts.t('interests.offer'), buttons: choiceButtons(turn.texts, 'interests.start', 'int', START_CHOICES) }),
  answer: (turn, reply, memory) => {
    const chosen = matchChoice(turn.texts, reply, 'interests.start', 'int', START_CHOICES);
    if (!chosen) return retry('interests.offerRetry');
    if (chosen === 'sure') {
      turn.user().interestsDeclined = true;
      return end();
    }
    memory.item = 0;
    memory.scores = {};
    return next();
  },
};

/** The check itself runs only when it was started (a skipped offer ends the dialog). */
const notStarted = (_turn: unknown, memory: InterestsMemory): boolean => memory.scores === undefined;

const statement: Step<InterestsMemory> = {
  id: 'statement',
  skip: notStarted,
  ask: (turn, memory) => {
    const dimension = DIMENSIONS[memory.item ?? 0]!;
    return {
      text: turn.texts.t('interests.statement', { n: (memory.item ?? 0) + 1, total: DIMENSIONS.length, statement: turn.texts.t(`interests.items.${dimension}`) }),
      buttons: choiceButtons(turn.texts, 'interests.answers', 'ria', ANSWERS),
    };
  },
  answer: (turn, reply, memory) => {
    const chosen = matchChoice(turn.texts, reply, 'interests.answers', 'ria', ANSWERS) as (typeof ANSWERS)[number] | undefined;
    if (!chosen) return retry('interests.retry');
    const index = memory.item ?? 0;
    memory.scores = { ...memory.scores, [DIMENSIONS[index]!]: SCORE[chosen] };
    memory.item = index + 1;
    return memory.item < DIMENSIONS.length ? goto('statement') : next();
  },
};

/** The strongest dimensions: the best two, plus a third tied with the second; none when all are zero. */
export function strongest(scores: InterestScores): RiasecDimension[] {
  const ranked = DIMENSIONS.filter((d) => (scores[d] ?? 0) > 0).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const cut = ranked[NAMED - 1];
  return ranked.filter((d, i) => i < NAMED || (i === NAMED && cut !== undefined && scores[d] === scores[cut]));
}

function result({ profiles }: Pick<BotServices, 'profiles'>): Step<InterestsMemory> {
  return {
    id: 'result',
    skip: notStarted,
    run: async (turn, memory) => {
      const scores = memory.scores ?? {};
      setProfile(turn, await profiles.update(turn.profile!.id, { interests: scores }));
      const top = strongest(scores);
      const text = top.length
        ? turn.texts.t('interests.result', { fields: top.map((d) => turn.texts.t(`interests.fields.${d}`)).join('\n') })
        : turn.texts.t('interests.noResult');
      await turn.context.sendActivity(text);
      return next();
    },
  };
}

/** The interest check dialog. */
export function interestsDialog(ports: Pick<BotServices, 'profiles'>): StepDialog<InterestsMemory> {
  return new StepDialog<InterestsMemory>(INTERESTS, [offer, statement, result(ports)]);
}
