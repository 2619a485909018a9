/**
 * The profile conversation after consent, in the order a counsellor would ask: situation, skills,
 * (interest check for the undecided), education, wishes, visibility for HR, job alert, summary —
 * then the first jobs and the menu. Each part skips what is already known.
 */
import { begin, next, StepDialog, type Step } from '../src/bot/steps';
import { ALERT } from './alert';
import { askedStep } from './asked-posting';
import { EDUCATION } from './education';
import { INTERESTS } from './interests';
import { MENU } from './menu';
import { markProfileDone } from './progress';
import { showJobs } from './proposals';
import { SITUATION } from './situation';
import { SKILLS } from './skills';
import { SUMMARY } from './summary';
import { VISIBILITY } from './visibility';
import { WISHES } from './wishes';

/** Dialog id. */
export const PROFILE = 'profile';

const part = (id: string): Step => ({ id, run: () => begin(id) });

const jobs: Step = {
  id: 'jobs',
  skip: (_turn, memory) => memory.lastResult !== 'jobs',
  run: async (turn) => {
    await showJobs(turn);
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

/** The profile dialog. */
export function profileDialog(): StepDialog {
  return new StepDialog(PROFILE, [
    part(SITUATION),
    part(SKILLS),
    part(INTERESTS),
    part(EDUCATION),
    part(WISHES),
    part(VISIBILITY),
    part(ALERT),
    part(SUMMARY),
    done,
    askedStep,
    jobs,
    part(MENU),
  ]);
}
