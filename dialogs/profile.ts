/**
 * The profile conversation after consent. Value first: the short path asks only what the first
 * ranking needs — what the person looks for, what they can or like, where — and then shows the
 * first proposals with their reasons. Then the profile grows in small steps, each question with
 * its benefit: how well they know their skills (all at once), how far they would commute, their
 * situation, the interest check for the undecided, education, the remaining wishes, the name,
 * visibility for HR, the job alert and the summary — then the jobs again and the menu. Each part
 * skips what is already known, so nothing is asked twice.
 */
import { begin, next, StepDialog, type Step } from '../src/bot/steps';
import { ALERT } from './alert';
import { askedStep } from './asked-posting';
import { EDUCATION } from './education';
import { GOAL } from './goal';
import { INTERESTS } from './interests';
import { MENU } from './menu';
import { NAME } from './name';
import { markProfileDone } from './progress';
import { showJobs, type ShowPorts } from './proposals';
import { SITUATION } from './situation';
import { SKILL_DETAILS } from './skill-details';
import { SKILLS } from './skills';
import { SUMMARY } from './summary';
import { VISIBILITY } from './visibility';
import { WISHES } from './wishes';

/** Dialog id. */
export const PROFILE = 'profile';

const part = (id: string, options?: Record<string, unknown>): Step => ({ id: options ? `${id}:${Object.values(options).join(',')}` : id, run: () => begin(id, options) });

/** The profile dialog. */
export function profileDialog(ports: ShowPorts): StepDialog {
  /** The first proposals, once, right after the short path; then a word that a few questions make them better. */
  const firstJobs: Step = {
    id: 'firstJobs',
    skip: (turn) => turn.user().firstJobsShown === true,
    run: async (turn) => {
      turn.user().firstJobsShown = true;
      await showJobs(ports, turn);
      await turn.context.sendActivity(turn.texts.t('valuefirst.firstJobs'));
      return next();
    },
  };

  const jobs: Step = {
    id: 'jobs',
    skip: (_turn, memory) => memory.lastResult !== 'jobs',
    run: async (turn) => {
      await showJobs(ports, turn);
      return next();
    },
  };

  const done: Step = {
    id: 'done',
    run: (turn) => {
      markProfileDone(turn);
      return next();
    },
  };

  return new StepDialog(PROFILE, [
    part(GOAL),
    part(SKILLS, { quick: true }),
    part(WISHES, { only: 'place' }),
    firstJobs,
    part(SKILL_DETAILS),
    part(WISHES, { only: 'radius' }),
    part(SITUATION),
    part(INTERESTS),
    part(EDUCATION),
    part(WISHES),
    part(NAME),
    part(VISIBILITY),
    part(ALERT),
    part(SUMMARY),
    done,
    askedStep(ports),
    jobs,
    part(MENU),
  ]);
}
