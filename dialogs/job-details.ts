/**
 * Postings a person can act on: every job card names Pensum, start and pay where the ad names
 * them, opens the ad, and has "Details & Bewerbung" with an excerpt of the description and how to
 * apply. "Wie kann ich mich da bewerben?" typed after a job list is answered with the ads' links.
 */
import { renderQuestion, type Button } from '../src/bot/render';
import type { BotServices } from '../src/bot/services';
import type { Turn } from '../src/bot/turn';
import type { Texts } from '../src/i18n';
import { formatDate } from '../src/matching/explain';
import { excerptOf, openableLink, salaryOf } from '../src/matching/job-facts';
import type { JobPosting } from '../src/matching/types';
import { normalize } from '../src/bot/choices';

/** The postings of the last job page, for a typed question about applying. */
interface ShownPostings {
  jobs: { id: string; title: string; employer: string; link?: string }[];
  /** The posting whose details were opened last: "da" in "wie bewerbe ich mich da?" means this one. */
  focus?: string;
}

const KEY = 'actPostings';

function postings(turn: Turn): ShownPostings {
  return (turn.state.conversation(turn.context)[KEY] as ShownPostings | undefined) ?? { jobs: [] };
}

function workload(texts: Texts, job: JobPosting): string {
  const { min, max } = job.pensum;
  if (min >= 100) return texts.t('act.facts.fullTime');
  return texts.t('act.facts.partTime', { range: min === max ? `${min} %` : `${min}–${max} %` });
}

function start(texts: Texts, job: JobPosting): string {
  const date = job.startDate && /^\d{4}-\d{2}-\d{2}$/.test(job.startDate) ? new Date(`${job.startDate}T00:00:00Z`) : undefined;
  return texts.t('act.facts.start', { date: date && !Number.isNaN(date.getTime()) ? formatDate(texts.locale, date) : texts.t('act.facts.byArrangement') });
}

/** One line: workload, start and pay (where the ad names it). */
export function jobFacts(texts: Texts, job: JobPosting): string {
  const salary = salaryOf(job.description);
  return [workload(texts, job), start(texts, job), salary ? texts.t('act.facts.pay', { salary }) : undefined].filter(Boolean).join(' · ');
}

/** The card buttons that lead on: the ad itself and the details with how to apply. */
export function postingButtons(texts: Texts, job: JobPosting, ref = job.id): Button[] {
  const link = openableLink(job.link);
  return [
    ...(link ? [{ title: texts.t('act.buttons.open'), url: link }] : []),
    { title: texts.t('act.buttons.details'), action: `job:details:${ref}` },
  ];
}

/** Remembers the postings of a page shown, for "wie kann ich mich da bewerben?". */
export function rememberPostings(turn: Turn, jobs: JobPosting[]): void {
  const shown: ShownPostings = { jobs: jobs.map((j) => ({ id: j.id, title: j.title, employer: j.employerName, link: openableLink(j.link) })) };
  turn.state.conversation(turn.context)[KEY] = shown;
}

function howToApply(texts: Texts, job: { title: string; employer: string; link?: string }): string {
  return job.link ? texts.t('act.apply.withLink', { title: job.title, employer: job.employer, link: job.link }) : texts.t('act.apply.withoutLink', { title: job.title, employer: job.employer });
}

/** "Details & Bewerbung": the posting's facts, an excerpt of its description, and how to apply. */
export async function showDetails({ proposals, coaching }: Pick<BotServices, 'proposals' | 'coaching'>, turn: Turn, jobId: string): Promise<void> {
  const fit = await proposals.fit(turn.profile!, jobId);
  if (!fit) {
    await turn.context.sendActivity(turn.texts.t('proposals.whyUnknown'));
    return;
  }
  const { job } = fit;
  const { texts } = turn;
  const where = [job.employerName, job.placeName].filter(Boolean).join(', ');
  const excerpt = excerptOf(job.description);
  const item = { id: job.id, title: job.title, employer: job.employerName, link: openableLink(job.link) };
  const text = [`**${job.title}** – ${where}`, jobFacts(texts, job), excerpt, howToApply(texts, item)].filter(Boolean).join('\n\n');
  // Someone accompanied by a job coach can take the posting to them with one tap.
  const coach = await coaching?.coachOf(turn.profile!.id);
  const buttons: Button[] = coach ? [{ title: texts.t('coach.askButton', { coach }), action: `job:coach:${job.id}` }] : [];
  await turn.context.sendActivity(renderQuestion({ text, buttons }));
  const shown = postings(turn);
  if (!shown.jobs.some((j) => j.id === job.id)) shown.jobs.push(item);
  turn.state.conversation(turn.context)[KEY] = { ...shown, focus: job.id } satisfies ShownPostings;
}

/** «Mit Jana besprechen»: the person's coach hears which posting they would like to talk about. */
export async function askCoachAbout({ coaching }: Pick<BotServices, 'coaching'>, turn: Turn, jobId: string): Promise<void> {
  const asked = (await coaching?.askAbout(turn.profile!.id, jobId)) ?? { outcome: 'none' as const };
  const key = asked.outcome === 'sent' ? 'coach.asked' : asked.outcome === 'unreachable' ? 'coach.askUnreachable' : 'coach.askNone';
  await turn.context.sendActivity(turn.texts.t(key, { coach: asked.coach, title: asked.title }));
}

/** Whether the text asks how to apply ("wie kann ich mich da bewerben?", "how do I apply?"). */
export function asksHowToApply(texts: Texts, text: string): boolean {
  const words = ` ${normalize(text)} `;
  return texts.variants('act.apply.words').some((w) => words.includes(w));
}

/** Answers a typed question about applying with the ads' links; false when it is no such question. */
export async function answerApply(turn: Turn): Promise<boolean> {
  if (!turn.profile || turn.reply.action || !asksHowToApply(turn.texts, turn.reply.text)) return false;
  const shown = postings(turn);
  const focused = shown.jobs.filter((j) => j.id === shown.focus);
  const jobs = focused.length ? focused : shown.jobs;
  if (!jobs.length) {
    await turn.context.sendActivity(turn.texts.t('act.apply.noJobs'));
    return true;
  }
  await turn.context.sendActivity([turn.texts.t('act.apply.intro'), ...jobs.map((j) => howToApply(turn.texts, j))].join('\n\n'));
  return true;
}
