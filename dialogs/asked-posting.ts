/**
 * "Passt das zu mir? Frag Lotse" from a posting on the boards or on a network's own site: the
 * hidden button value "job:ask:<id>" or "training:ask:<id>". With a profile, Lotse answers at once
 * (proposals.ts). Without one, the fit needs a profile first: the posting is remembered in the user
 * state (which follows the person through consent) and answered when the profile is done.
 */
import type { Reply } from '../src/bot/render';
import { next, type Step } from '../src/bot/steps';
import type { Turn } from '../src/bot/turn';
import { answerFit, answerTrainingFit, type ShowPorts } from './proposals';

export interface AskedPosting {
  kind: 'job' | 'training';
  id: string;
}

const KEY = 'askedPosting';

/** The posting a reply asks about, or undefined when it asks about none. */
export function askedPostingOf(reply: Reply): AskedPosting | undefined {
  if ((reply.verb !== 'job' && reply.verb !== 'training') || reply.args?.[0] !== 'ask') return undefined;
  // A source's posting id holds colons ("src:<source>:<external id>").
  const id = (reply.args ?? []).slice(1).join(':');
  return id ? { kind: reply.verb, id } : undefined;
}

/** Asked before there is a profile: says the profile comes first and remembers the posting. */
export async function askBeforeProfile(turn: Turn, asked: AskedPosting): Promise<void> {
  turn.state.user(turn.context)[KEY] = asked;
  await turn.context.sendActivity(turn.texts.t(asked.kind === 'job' ? 'proposals.askNeedsProfile' : 'asked.trainingNeedsProfile'));
}

/** Answers the question about a posting (with a profile). */
export function answerAsked(ports: ShowPorts, turn: Turn, asked: AskedPosting): Promise<void> {
  return asked.kind === 'job' ? answerFit(ports, turn, asked.id) : answerTrainingFit(ports, turn, asked.id);
}

function remembered(turn: Turn): AskedPosting | undefined {
  const value = turn.state.user(turn.context)[KEY] as AskedPosting | undefined;
  return value && (value.kind === 'job' || value.kind === 'training') && typeof value.id === 'string' ? value : undefined;
}

/** A step of the profile dialog once the profile is done: the posting asked about before, answered now (once). */
export function askedStep(ports: ShowPorts): Step {
  return {
    id: 'asked',
    skip: (turn) => !remembered(turn),
    run: async (turn) => {
      const asked = remembered(turn)!;
      delete turn.state.user(turn.context)[KEY];
      await turn.context.sendActivity(turn.texts.t('asked.backToQuestion'));
      await answerAsked(ports, turn, asked);
      return next();
    },
  };
}
