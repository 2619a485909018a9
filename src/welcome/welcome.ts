/**
 * The welcome desk's rules, pure: which occupation and country of origin a message names, what
 * recognition needs per country of work, which German courses fit a level, and how a job's German
 * requirement fits a person (fits, "mit Deutschkurs" one level up, or not proposed).
 */
import { LANGUAGE_RANK } from '../matching/score';
import type { JobPosting, Training } from '../matching/types';
import type { LanguageLevel, ProfileLanguage } from '../profile/types';
import { COUNTRIES, OCCUPATIONS, type Occupation, type RecognitionRule, type WorkCountry } from './recognition-data';

const fold = (text: string) =>
  ` ${text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim()} `;

/** The occupation a text names ("I am a nurse", "Ich bin Krankenschwester"). */
export function findOccupation(text: string): Occupation | undefined {
  const folded = fold(text);
  return OCCUPATIONS.find((o) => o.words.some((w) => folded.includes(` ${w}`)));
}

/** An occupation by id (as kept in dialog memory). */
export function occupationById(id: string): Occupation | undefined {
  return OCCUPATIONS.find((o) => o.id === id);
}

/** The country of origin a text names ("from the Philippines", "aus Italien"). */
export function findCountry(text: string): { code: string; euEfta: boolean } | undefined {
  const folded = fold(text);
  const hit = COUNTRIES.find((c) => c.names.some((n) => folded.includes(` ${n} `) || folded.includes(` ${n}s `)));
  return hit && { code: hit.code, euEfta: hit.euEfta };
}

/** Whether EU/EFTA rules apply to a country code. */
export function isEuEfta(code: string): boolean {
  return COUNTRIES.some((c) => c.code === code && c.euEfta);
}

export function recognitionRule(occupation: Occupation, country: WorkCountry): RecognitionRule {
  return occupation.rules[country];
}

/** The person's German level (undefined when not known). */
export function germanLevel(languages: readonly ProfileLanguage[]): LanguageLevel | undefined {
  return languages.find((l) => l.language === 'de')?.level;
}

const rank = (level: LanguageLevel | undefined) => (level ? LANGUAGE_RANK[level] : 0);
const LEVEL_OF_RANK: readonly LanguageLevel[] = ['A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];

/** The level a German course should lead to: one above the person's (A1 for a beginner). */
export function nextGermanLevel(level: LanguageLevel | undefined): LanguageLevel | undefined {
  const r = rank(level);
  return r >= LANGUAGE_RANK.C2 ? undefined : LEVEL_OF_RANK[r + 1];
}

export type GermanFit = 'fits' | 'with_course' | 'too_high';

/** How a job's German requirement fits: met, one level above ("mit Deutschkurs"), or further off. */
export function germanFit(job: Pick<JobPosting, 'languages'>, level: LanguageLevel | undefined): GermanFit {
  const needed = job.languages.find((l) => l.language === 'de');
  if (!needed) return 'fits';
  const gap = rank(needed.level) - rank(level);
  return gap <= 0 ? 'fits' : gap === 1 ? 'with_course' : 'too_high';
}

/** A job that names English as a working language. */
export function acceptsEnglish(job: Pick<JobPosting, 'languages'>): boolean {
  return job.languages.some((l) => l.language === 'en');
}

const COURSE = /\b(?:deutsch|german)\b/i;
const COURSE_LEVEL = /\b([ABC][12])\b/;

/** The CEFR level a German course leads to, read from its title ("Deutsch B1 – Intensivkurs"). */
export function courseLevel(training: Pick<Training, 'title'>): LanguageLevel | undefined {
  if (!COURSE.test(training.title)) return undefined;
  return COURSE_LEVEL.exec(training.title)?.[1] as LanguageLevel | undefined;
}

/**
 * German courses that lead to the person's next level, in the country of work or online, those
 * starting soonest first.
 */
export function germanCourses(trainings: readonly Training[], level: LanguageLevel | undefined, country: WorkCountry, now: Date, limit = 3): Training[] {
  const target = nextGermanLevel(level);
  if (!target) return [];
  return trainings
    .filter((t) => courseLevel(t) === target && (t.country === country || t.online) && (!t.startDate || t.startDate >= now))
    .sort((a, b) => Number(b.country === country) - Number(a.country === country) || (a.startDate?.getTime() ?? 0) - (b.startDate?.getTime() ?? 0))
    .slice(0, limit);
}
