/**
 * The welcome desk for skilled workers from abroad (English and simple German): from the country
 * where the person learnt their profession and the profession itself, Lotse explains per country of
 * work whether it is regulated and where recognition is applied for (src/welcome/recognition-data.ts,
 * with sources and date), proposes German courses that lead to the next level, and shows jobs marked
 * by how their German requirement fits ("mit Deutschkurs" one level up; further off: not shown).
 */
import { choiceButtons, matchChoice } from '../src/bot/choices';
import type { BotServices } from '../src/bot/services';
import { end, next, retry, StepDialog, type Step } from '../src/bot/steps';
import { setProfile, type Turn } from '../src/bot/turn';
import { LANGUAGE_LEVELS, type LanguageLevel } from '../src/profile/types';
import type { JobProposal } from '../src/services/ports';
import { SOURCES, WRITTEN_ON, type WorkCountry } from '../src/welcome/recognition-data';
import {
  acceptsEnglish,
  findCountry,
  findOccupation,
  germanCourses,
  germanFit,
  germanLevel,
  isEuEfta,
  nextGermanLevel,
  occupationById,
  recognitionRule,
} from '../src/welcome/welcome';

/** Dialog id. */
export const WELCOME = 'welcome';

const JOBS_SHOWN = 4;
/** Proposals looked through for jobs whose German fits (the rest need more German than a course step). */
const JOBS_SCANNED = 30;
const WORK_COUNTRIES: readonly WorkCountry[] = ['CH', 'DE'];
const LEVEL_CHOICES = ['none', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;

interface WelcomeMemory extends Record<string, unknown> {
  origin?: string;
  occupation?: string;
  work?: WorkCountry;
}

const origin: Step<WelcomeMemory> = {
  id: 'origin',
  skip: (turn, memory) => {
    memory.origin ??= findCountry(turn.reply.text)?.code;
    memory.occupation ??= findOccupation(turn.reply.text)?.id;
    return memory.origin !== undefined;
  },
  ask: (turn) => ({ text: turn.texts.t('welcome.askOrigin') }),
  answer: (_turn, reply, memory) => {
    memory.origin = findCountry(reply.text)?.code;
    memory.occupation ??= findOccupation(reply.text)?.id;
    return memory.origin ? next() : retry('welcome.originRetry');
  },
};

const occupation: Step<WelcomeMemory> = {
  id: 'occupation',
  skip: (turn, memory) => {
    memory.occupation ??= findOccupation(turn.profile?.vocationalTraining ?? '')?.id;
    return memory.occupation !== undefined;
  },
  ask: (turn) => ({ text: turn.texts.t('welcome.askOccupation') }),
  answer: (_turn, reply, memory) => {
    memory.occupation = findOccupation(reply.text)?.id ?? 'other';
    return next();
  },
};

const workCountry: Step<WelcomeMemory> = {
  id: 'work',
  skip: (turn, memory) => {
    memory.work ??= turn.profile?.place?.country;
    return memory.work !== undefined;
  },
  ask: (turn) => ({ text: turn.texts.t('welcome.askWork'), buttons: choiceButtons(turn.texts, 'welcome.countries', 'wcc', WORK_COUNTRIES) }),
  answer: (turn, reply, memory) => {
    memory.work = matchChoice(turn.texts, reply, 'welcome.countries', 'wcc', WORK_COUNTRIES) as WorkCountry | undefined;
    return memory.work ? next() : retry('welcome.workRetry');
  },
};

function german({ profiles }: Pick<BotServices, 'profiles'>): Step {
  return {
    id: 'german',
    skip: (turn) => germanLevel(turn.profile!.languages) !== undefined,
    ask: (turn) => ({ text: turn.texts.t('welcome.askGerman'), buttons: choiceButtons(turn.texts, 'welcome.levels', 'wgl', LEVEL_CHOICES) }),
    answer: async (turn, reply) => {
      const typed = /\b([ABC][12])\b/i.exec(reply.text)?.[1]?.toUpperCase();
      const chosen = matchChoice(turn.texts, reply, 'welcome.levels', 'wgl', LEVEL_CHOICES) ?? typed;
      if (!chosen) return retry('welcome.germanRetry');
      const personId = turn.profile!.id;
      // "None yet" stores nothing: courses then start at A1.
      if (chosen !== 'none' && (LANGUAGE_LEVELS as readonly string[]).includes(chosen)) await profiles.upsertLanguage(personId, { language: 'de', level: chosen as LanguageLevel });
      setProfile(turn, await profiles.findById(personId));
      return next();
    },
  };
}

async function sendRecognition(turn: Turn, memory: WelcomeMemory): Promise<void> {
  const work = memory.work!;
  const country = turn.texts.t(`welcome.inCountry.${work}`);
  const found = memory.occupation ? occupationById(memory.occupation) : undefined;
  if (!found) {
    await turn.context.sendActivity(turn.texts.t('welcome.unknownOccupation', { country, url: SOURCES[work][0].url }));
    return;
  }
  const rule = recognitionRule(found, work);
  const name = turn.texts.t(`welcome.occupations.${found.id}`);
  const lines = [
    turn.texts.t(rule.regulated ? 'welcome.regulated' : 'welcome.notRegulated', { occupation: name, country }),
    turn.texts.t('welcome.applyAt', { authority: rule.authority, url: rule.url }),
  ];
  if (rule.regulated) lines.push(turn.texts.t(isEuEfta(memory.origin ?? '') ? 'welcome.euEfta' : 'welcome.thirdCountry'));
  if (rule.typicalGerman) lines.push(turn.texts.t('welcome.typicalGerman', { level: rule.typicalGerman }));
  // The general portal and the authority's own page, where that is one of the sources.
  const sources = SOURCES[work].filter((s, i) => i === 0 || s.url === rule.url).map((s) => s.name).join('; ');
  lines.push(turn.texts.t('welcome.source', { sources, date: WRITTEN_ON }));
  await turn.context.sendActivity(lines.join('\n'));
}

async function sendCourses({ trainingCatalog }: Pick<BotServices, 'trainingCatalog'>, turn: Turn, work: WorkCountry): Promise<void> {
  const level = germanLevel(turn.profile!.languages);
  const target = nextGermanLevel(level);
  if (!target) return;
  const trainings = (await trainingCatalog?.()) ?? [];
  const courses = germanCourses(trainings, level, work, new Date());
  if (courses.length === 0) {
    await turn.context.sendActivity(turn.texts.t('welcome.noCourses', { level: target }));
    return;
  }
  const lines = courses.map((c) =>
    turn.texts.t('welcome.course', {
      title: c.title,
      provider: c.provider,
      where: c.online ? turn.texts.t('welcome.online') : (c.placeName ?? ''),
      date: c.startDate ? c.startDate.toISOString().slice(0, 10) : '–',
    }),
  );
  await turn.context.sendActivity([turn.texts.t('welcome.coursesIntro', { level: target }), ...lines].join('\n'));
}

function jobTag(turn: Turn, proposal: JobProposal): string {
  const level = germanLevel(turn.profile!.languages);
  const needed = proposal.job.languages.find((l) => l.language === 'de')?.level;
  const tags = [germanFit(proposal.job, level) === 'fits' ? turn.texts.t('welcome.fitsGerman') : turn.texts.t('welcome.withCourse', { level: needed ?? '' })];
  if (acceptsEnglish(proposal.job)) tags.push(turn.texts.t('welcome.english'));
  return tags.join(' · ');
}

async function sendJobs({ proposals }: Pick<BotServices, 'proposals'>, turn: Turn): Promise<void> {
  const level = germanLevel(turn.profile!.languages);
  // Searched as if the next German course were done, so jobs one level up come in ("mit Deutschkurs").
  const reach = nextGermanLevel(level);
  const others = turn.profile!.languages.filter((l) => l.language !== 'de');
  const searched = reach ? { ...turn.profile!, languages: [...others, { language: 'de', level: reach }] } : turn.profile!;
  const page = await proposals.jobs(searched, { limit: JOBS_SCANNED });
  // Jobs that meet the person's wishes come before those that only fill the page; language is judged here.
  const unmet = (p: JobProposal) => (p.relaxed ?? []).filter((r) => r !== 'languages' && r !== 'radius').length;
  const shown = page.items
    .filter((p) => germanFit(p.job, level) !== 'too_high')
    .map((p, i) => ({ p, i }))
    .sort((a, b) => unmet(a.p) - unmet(b.p) || a.i - b.i)
    .slice(0, JOBS_SHOWN)
    .map(({ p }) => p);
  if (shown.length === 0) {
    await turn.context.sendActivity(turn.texts.t('welcome.noJobs'));
    return;
  }
  const lines = shown.map((p) => turn.texts.t('welcome.job', { title: p.job.title, employer: p.job.employerName, place: p.job.placeName ?? '', tag: jobTag(turn, p) }));
  await turn.context.sendActivity([turn.texts.t('welcome.jobsIntro', { level: level ?? turn.texts.t('welcome.noGerman') }), ...lines].join('\n'));
}

function answer(ports: Pick<BotServices, 'proposals' | 'trainingCatalog'>): Step<WelcomeMemory> {
  return {
    id: 'answer',
    run: async (turn, memory) => {
      await sendRecognition(turn, memory);
      await sendCourses(ports, turn, memory.work!);
      await sendJobs(ports, turn);
      await turn.context.sendActivity(turn.texts.t('welcome.counsellor'));
      return end();
    },
  };
}

/** The welcome desk dialog. */
export function welcomeDialog(ports: Pick<BotServices, 'profiles' | 'proposals' | 'trainingCatalog'>): StepDialog<WelcomeMemory> {
  return new StepDialog<WelcomeMemory>(WELCOME, [origin, occupation, workCountry, german(ports), answer(ports)]);
}
