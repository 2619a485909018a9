/**
 * Jobs and trainings as cards: each with one line why it fits, and buttons "warum?", "merken",
 * "nicht interessant", "Weiterbildung dazu"; "mehr" shows the next page. Never an empty answer:
 * when the matcher had to relax a wish, Lotse says which one; when nothing fits at all, it offers
 * the job alert. Card buttons are untagged actions, valid as long as the card is on screen.
 */
import { createHash } from 'node:crypto';
import type { Button, Card } from '../src/bot/render';
import { renderCards } from '../src/bot/render';
import type { BotServices } from '../src/bot/services';
import type { Turn } from '../src/bot/turn';
import type { Texts } from '../src/i18n';
import { errorFields } from '../src/log';
import type { JobProposal, TrainingProposal, UsageEvent } from '../src/services/ports';
import { own } from '../src/own';
import { noteJobsShown } from './after-jobs';
import { offerScope } from './countries';
import { jobPage } from './own-words';
import { askCoachAbout, jobFacts, postingButtons, rememberPostings, showDetails } from './job-details';

/** What showing proposals needs: the proposals, and the dashboard's counter with the log for its failures. */
export type ShowPorts = Pick<BotServices, 'proposals' | 'usage' | 'log'>;
/** What a card's buttons need besides: the person's feedback, and their job coach. */
export type CardPorts = ShowPorts & Pick<BotServices, 'profiles' | 'coaching'>;

/** Cards per page. */
export const PAGE_SIZE = 3;
/** Explanations kept for "warum?" taps on cards shown earlier. */
const REMEMBERED = 30;

interface ShownJobs {
  offset: number;
  why: Record<string, string>;
  /** The cards of the last page, for a typed "warum?". */
  page?: { id: string; title: string }[];
}

function shown(turn: Turn): ShownJobs {
  const conversation = turn.state.conversation(turn.context);
  const current = conversation.jobs as ShownJobs | undefined;
  return current ?? { offset: 0, why: {} };
}

function remember(turn: Turn, offset: number, items: JobProposal[]): void {
  const before = shown(turn);
  const why = { ...before.why };
  for (const p of items) why[p.job.id] = whyText(turn.texts, p);
  const kept = Object.entries(why).slice(-REMEMBERED);
  const page = items.map((p) => ({ id: p.job.id, title: p.job.title }));
  turn.state.conversation(turn.context).jobs = { offset, why: Object.fromEntries(kept), page } satisfies ShownJobs;
}

/** Counts proposals shown, for the operators' dashboard; a failed count never spoils the answer. */
async function countShown({ usage, log }: ShowPorts, event: UsageEvent, n: number): Promise<void> {
  try {
    await usage?.count(event, n);
  } catch (err) {
    log.warn({ event, ...errorFields(err) }, 'usage count failed');
  }
}

function whyText(texts: Texts, p: JobProposal): string {
  // The explanation may name gaps already ("… ; dir fehlt noch Löten"): each one is said once.
  const missing = p.missing
    .map((m) => m.label)
    .filter((label) => !p.explanation.includes(label))
    .join(', ');
  return [p.explanation, missing ? texts.t('proposals.missing', { skills: missing }) : undefined].filter(Boolean).join('\n');
}

function fits(id: string): boolean {
  return /^[A-Za-z0-9_.-]{1,48}$/.test(id);
}

/**
 * What a button calls a job: its id, or for an id too long for a button (a source's posting,
 * "src:<uuid>:<its id>"; Telegram allows 64 bytes) a short digest of it, resolved again among the
 * jobs this conversation was shown.
 */
export function cardRef(id: string): string {
  return fits(id) && !DIGEST_REF.test(id) ? id : `x-${createHash('sha256').update(id).digest('base64url').slice(0, 22)}`;
}

/** The shape of a digest reference (an id of this shape is referenced by its digest too). */
const DIGEST_REF = /^x-[A-Za-z0-9_-]{22}$/;

/** The job id a button's reference stands for; undefined for a digest of no job shown here. */
function jobIdOf(turn: Turn, ref: string): string | undefined {
  if (!DIGEST_REF.test(ref)) return ref;
  return Object.keys(shown(turn).why).find((id) => cardRef(id) === ref);
}

/** A job proposal as a card with its buttons (also used by the job alert). */
export function jobCard(texts: Texts, p: JobProposal): Card {
  const where = [p.job.placeName, p.distanceKm !== undefined ? texts.t('proposals.km', { km: Math.round(p.distanceKm) }) : undefined]
    .filter(Boolean)
    .join(' · ');
  const ref = cardRef(p.job.id);
  const buttons: Button[] = [
    ...postingButtons(texts, p.job, ref),
    { title: texts.t('proposals.buttons.why'), action: `job:why:${ref}` },
    { title: texts.t('proposals.buttons.save'), action: `job:save:${ref}` },
    { title: texts.t('proposals.buttons.reject'), action: `job:reject:${ref}` },
    { title: texts.t('proposals.buttons.train'), action: `job:train:${ref}` },
  ];
  const outside = p.relaxed?.length ? texts.t('proposals.outside', { what: p.relaxed.map((r) => texts.t(`proposals.relaxations.${r}`)).join(', ') }) : undefined;
  const text = [outside, jobFacts(texts, p.job), p.explanation].filter(Boolean).join('\n');
  return { title: p.job.title, subtitle: [p.job.employerName, where].filter(Boolean).join(' · '), text, buttons };
}

function trainingCard(texts: Texts, p: TrainingProposal): Card {
  const where = p.training.online ? texts.t('proposals.online') : p.training.placeName;
  const buttons: Button[] = fits(p.training.id) ? [{ title: texts.t('proposals.buttons.save'), action: `training:save:${p.training.id}` }] : [];
  return { title: p.training.title, subtitle: [p.training.provider, where].filter(Boolean).join(' · '), text: p.explanation, buttons };
}

/** Shows a page of jobs (offset 0: the best ones). */
export async function showJobs(ports: ShowPorts, turn: Turn, offset = 0): Promise<void> {
  const { texts } = turn;
  const page = await jobPage(ports, turn, offset, PAGE_SIZE);
  if (!page.items.length) {
    await turn.context.sendActivity(texts.t(offset ? 'proposals.noMore' : 'proposals.none'));
    return;
  }
  if (offset === 0 && page.relaxed.length) {
    await turn.context.sendActivity(texts.t('proposals.relaxed', { what: page.relaxed.map((r) => texts.t(`proposals.relaxations.${r}`)).join(', ') }));
  }
  const rest = page.total - offset - page.items.length;
  const more: Button[] = rest > 0 ? [{ title: texts.t('proposals.buttons.more'), action: 'more' }] : [];
  const intro = texts.t('proposals.intro', { from: offset + 1, to: offset + page.items.length, count: page.total });
  await turn.context.sendActivity(renderCards(page.items.map((p) => jobCard(texts, p)), intro, more));
  remember(turn, offset, page.items);
  await countShown(ports, 'proposals.jobs', page.items.length);
  rememberPostings(turn, page.items.map((p) => p.job));
  noteJobsShown(turn, rest > 0);
}

/** A typed "warum?": the reasons for every job of the last page shown. */
export async function explainShownJobs(turn: Turn): Promise<void> {
  const { why, page = [] } = shown(turn);
  const reasons = page.filter((job) => why[job.id]).map((job) => turn.texts.t('proposals.whyItem', { title: job.title, why: why[job.id] }));
  await turn.context.sendActivity(reasons.length ? reasons.join('\n\n') : turn.texts.t('proposals.whyNone'));
}

/** Shows trainings that close the person's gaps, or the gap of one job. */
export async function showTrainings(ports: ShowPorts, turn: Turn, forJobId?: string): Promise<void> {
  const { texts } = turn;
  const page = await ports.proposals.trainings(turn.profile!, { forJobId, limit: PAGE_SIZE, ...offerScope(turn) });
  if (!page.items.length) {
    await turn.context.sendActivity(texts.t('proposals.noTrainings'));
    return;
  }
  await turn.context.sendActivity(renderCards(page.items.map((p) => trainingCard(texts, p)), texts.t('proposals.trainingsIntro')));
  await countShown(ports, 'proposals.trainings', page.items.length);
}

/** "Passt das zu mir?" from a posting on the job board: how it fits, and trainings for what is missing. */
export async function answerFit(ports: ShowPorts, turn: Turn, jobId: string): Promise<void> {
  const fit = await ports.proposals.fit(turn.profile!, jobId);
  if (!fit) {
    await turn.context.sendActivity(turn.texts.t('proposals.whyUnknown'));
    return;
  }
  await turn.context.sendActivity(turn.texts.t('proposals.whyItem', { title: fit.job.title, why: fit.explanation }));
  if (fit.matched.length < fit.job.skills.length) await showTrainings(ports, turn, jobId);
}

/** "Passt das zu mir?" from a training: which of the person's gaps it closes, else the trainings that do. */
export async function answerTrainingFit(ports: ShowPorts, turn: Turn, trainingId: string): Promise<void> {
  const fit = await ports.proposals.trainingFit(turn.profile!, trainingId);
  if (!fit) {
    await turn.context.sendActivity(turn.texts.t('asked.trainingUnknown'));
    return;
  }
  const how = fit.closes.length ? 'closes' : fit.deepens.length ? 'deepens' : 'other';
  await turn.context.sendActivity(turn.texts.t(`asked.training.${how}`, { title: fit.training.title, explanation: fit.explanation }));
  if (how === 'other') await showTrainings(ports, turn);
}

/** Handles a tap on a card button or "mehr"; false when the action is unknown. */
export async function handleCardAction(ports: CardPorts, turn: Turn, verb: string, args: string[]): Promise<boolean> {
  const { texts, context } = turn;
  const personId = turn.profile!.id;
  const [what, id] = args;
  if (verb === 'more') {
    await showJobs(ports, turn, shown(turn).offset + PAGE_SIZE);
    return true;
  }
  if (!id) return false;
  if (verb === 'training' && what === 'ask') {
    await answerTrainingFit(ports, turn, args.slice(1).join(':'));
    return true;
  }
  if (verb === 'training' && what === 'save') {
    await ports.profiles.recordFeedback(personId, 'training', id, 'saved');
    await context.sendActivity(texts.t('proposals.savedTraining'));
    return true;
  }
  if (verb !== 'job') return false;
  if (what === 'ask') {
    await answerFit(ports, turn, args.slice(1).join(':'));
    return true;
  }
  const jobId = jobIdOf(turn, id);
  if (!jobId) {
    await context.sendActivity(texts.t('proposals.whyUnknown'));
    return true;
  }
  return jobAction(ports, turn, what, jobId);
}

/** A job card's button, for a job of this conversation. */
async function jobAction(ports: CardPorts, turn: Turn, what: string | undefined, id: string): Promise<boolean> {
  const { texts, context } = turn;
  const personId = turn.profile!.id;
  if (what === 'why') {
    await context.sendActivity(own(shown(turn).why, id) ?? texts.t('proposals.whyUnknown'));
  } else if (what === 'save' || what === 'reject') {
    await ports.profiles.recordFeedback(personId, 'job', id, what === 'save' ? 'saved' : 'rejected');
    await context.sendActivity(texts.t(what === 'save' ? 'proposals.saved' : 'proposals.rejected'));
  } else if (what === 'train') {
    await showTrainings(ports, turn, id);
  } else if (what === 'details') {
    await showDetails(ports, turn, id);
  } else if (what === 'coach') {
    await askCoachAbout(ports, turn, id);
  } else {
    return false;
  }
  return true;
}
