/**
 * The demo catalog: a deterministic network of companies, jobs and trainings around Solothurn and
 * in the Region Stuttgart. Dates are relative to the given day, so a seeded demo stays current;
 * everything else depends only on the seed.
 */
import { builtinTaxonomy, swissSpelling, type Taxonomy } from '../matching/taxonomy';
import type { Concept } from '../matching/taxonomy/types';
import type { Company, JobPosting, LanguageRequirement, RequiredSkill, Training, TrainingFormat } from '../matching/types';
import { placeByPostalCode, type Place } from '../nlu/places';
import type { PositionKind } from '../profile/types';
import { DEMO_EMPLOYERS, type DemoEmployer } from './employers';
import { occupationsFor, type DemoOccupation } from './occupations';
import { Random } from './random';
import { demoGermanCourses } from './german-courses';
import {
  BENEFITS,
  CLOSINGS,
  GENERIC_TASKS,
  OPENINGS,
  PROFILES,
  TASKS,
  TRAINEE_BENEFITS,
  TRAINING_AUDIENCES,
  TRAINING_CERTIFICATES,
  TRAINING_FORMATS,
  type Task,
} from './texts';
import { TRAINING_PROVIDERS, TRAINING_THEMES, type TrainingProvider, type TrainingTheme } from './trainings';

export interface DemoCatalog {
  companies: Company[];
  jobs: JobPosting[];
  trainings: Training[];
}

export interface DemoOptions {
  /** The day the demo is "current" on (default: today). */
  now?: Date;
  seed?: number;
  taxonomy?: Taxonomy;
}

const DAY = 86_400_000;
/** Soft skills young applicants are asked for, as optional requirements of Lehrstellen. */
const TRAINEE_SOFT_SKILLS = ['teamarbeit', 'zuverlaessigkeit', 'lernbereitschaft', 'handwerkliches-geschick', 'genauigkeit'];
/** Kinds besides Lehrstellen, most frequent first. */
const OTHER_KINDS: readonly PositionKind[] = ['permanent', 'internship', 'temporary'];

/** Everything one generation run shares. */
interface Context {
  rnd: Random;
  taxonomy: Taxonomy;
  today: number;
}

function place(postalCode: string): Place {
  const found = placeByPostalCode(postalCode);
  if (!found) throw new Error(`demo data: unknown postal code ${postalCode}`);
  return found;
}

function spelling(country: 'CH' | 'DE', text: string): string {
  return country === 'CH' ? swissSpelling(text) : text;
}

function label(ctx: Context, id: string, country: 'CH' | 'DE'): string {
  const c = ctx.taxonomy.get(id);
  return c ? c.labels[country === 'CH' ? 'de-CH' : 'de-DE'] : id;
}

function joinGerman(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The next training year's start (Lehrbeginn / Ausbildungsbeginn) at least four months ahead. */
function nextTrainingStart(today: number, country: 'CH' | 'DE', rnd: Random): Date {
  const now = new Date(today);
  let year = now.getUTCFullYear();
  if (now.getUTCMonth() >= 3) year++;
  const month = country === 'DE' && rnd.chance(0.4) ? 8 : 7; // DE: 1 August or 1 September
  return new Date(Date.UTC(year, month, 1));
}

// ───────────── jobs ─────────────

function skillIds(ctx: Context, slugs: readonly string[]): string[] {
  return slugs.map((s) => ctx.taxonomy.get(s)?.id).filter((id): id is string => id !== undefined);
}

/** The skill requirements of a posting: a Lehrstelle asks for interest, a Festanstellung for skill. */
function requirements(ctx: Context, concept: Concept, kind: PositionKind): RequiredSkill[] {
  const { rnd } = ctx;
  const essential = concept.essentialSkills ?? [];
  const optional = concept.optionalSkills ?? [];
  const req = (conceptId: string, isEssential: boolean, level: RequiredSkill['level']): RequiredSkill => ({ conceptId, essential: isEssential, level });
  switch (kind) {
    case 'apprenticeship':
      return [
        ...essential.slice(0, 2).map((id) => req(id, true, 'basic')),
        ...essential.slice(2, 4).map((id) => req(id, false, 'basic')),
        ...rnd.sample(skillIds(ctx, TRAINEE_SOFT_SKILLS), 2).map((id) => req(id, false, 'basic')),
      ];
    case 'internship':
      return [req(essential[0]!, true, 'basic'), ...essential.slice(1, 3).map((id) => req(id, false, 'basic'))].filter((r) => r.conceptId);
    case 'permanent':
      return [
        ...essential.map((id, i) => req(id, true, i === 0 && rnd.chance(0.4) ? 'expert' : 'good')),
        ...rnd.sample(optional, rnd.int(1, 3)).map((id) => req(id, false, rnd.chance(0.5) ? 'good' : 'basic')),
      ];
    case 'temporary':
      return [...essential.map((id) => req(id, true, 'good')), ...rnd.sample(optional, rnd.int(0, 2)).map((id) => req(id, false, 'basic'))];
  }
}

function title(o: DemoOccupation, kind: PositionKind, country: 'CH' | 'DE', start: Date, pensum: { min: number; max: number }, months: number): string {
  const year = start.getUTCFullYear();
  const pct = pensum.min === pensum.max ? `${pensum.max} %` : `${pensum.min}–${pensum.max} %`;
  if (country === 'CH') {
    switch (kind) {
      case 'apprenticeship':
        return `Lehrstelle ${o.title} (Lehrbeginn ${year})`;
      case 'internship':
        return o.schnupperlehre ? `Schnupperlehre ${o.title}` : `Praktikum ${o.title}`;
      case 'permanent':
        return `${o.title} ${pct}`;
      case 'temporary':
        return `${o.title} ${pct}, befristet auf ${months} Monate`;
    }
  }
  const time = pensum.max >= 100 && pensum.min >= 80 ? 'Vollzeit' : 'Teilzeit';
  switch (kind) {
    case 'apprenticeship':
      return `Ausbildung ${o.title} (m/w/d) ${year}`;
    case 'internship':
      return o.trainable ? `Schülerpraktikum ${o.title} (m/w/d)` : `Praktikum ${o.title} (m/w/d)`;
    case 'permanent':
      return `${o.title} (m/w/d) in ${time}`;
    case 'temporary':
      return `${o.title} (m/w/d) in ${time}, befristet auf ${months} Monate`;
  }
}

function pensumOf(rnd: Random, kind: PositionKind, country: 'CH' | 'DE'): { min: number; max: number } {
  if (kind === 'apprenticeship' || kind === 'internship') return { min: 100, max: 100 };
  const ranges = country === 'CH' ? [[80, 100], [100, 100], [60, 80], [90, 100], [50, 70], [40, 60]] : [[100, 100], [100, 100], [80, 100], [50, 75], [60, 80]];
  const [min, max] = rnd.pick(ranges);
  return { min: min!, max: max! };
}

function languagesOf(rnd: Random, kind: PositionKind, employer: DemoEmployer, concept: Concept): LanguageRequirement[] {
  const level = kind === 'permanent' ? (concept.field === 'kaufmaennisch' ? 'C1' : 'B2') : 'B1';
  const out: LanguageRequirement[] = [{ language: 'de', level }];
  if (employer.country === 'CH' && ['2540', '2544'].includes(employer.postalCode) && rnd.chance(0.4)) out.push({ language: 'fr', level: 'B1' });
  if (concept.field === 'it' && kind === 'permanent' && rnd.chance(0.6)) out.push({ language: 'en', level: 'B2' });
  return out;
}

const LANGUAGE_NAMES: Record<string, string> = { de: 'Deutsch', fr: 'Französisch', en: 'Englisch' };

function payLine(rnd: Random, country: 'CH' | 'DE'): string {
  if (country === 'CH') return `einen Lohn von ${rnd.int(70, 95) * 10} Franken im 1. Lehrjahr`;
  return `eine Ausbildungsvergütung von ${new Intl.NumberFormat('de-DE').format(rnd.int(100, 125) * 10)} Euro im 1. Jahr`;
}

/** Up to three tasks fitting the occupation's skills, topped up with general tasks of its field. */
function tasksOf(ctx: Context, concept: Concept): string[] {
  const slugs = new Set([...(concept.essentialSkills ?? []), ...(concept.optionalSkills ?? [])].map((id) => ctx.taxonomy.get(id)?.slug));
  const pool: readonly Task[] = TASKS[concept.field] ?? GENERIC_TASKS;
  const fitting = pool.filter((t) => t.skills?.some((s) => slugs.has(s)));
  const general = [...pool.filter((t) => !t.skills), ...GENERIC_TASKS];
  const chosen = [...ctx.rnd.sample(fitting, 3), ...ctx.rnd.sample(general, 3)].slice(0, 3);
  return chosen.map((t) => `– ${capitalize(t.text)}`);
}

function description(ctx: Context, employer: DemoEmployer, o: DemoOccupation, kind: PositionKind, skills: RequiredSkill[], languages: LanguageRequirement[], year: number): string {
  const { rnd } = ctx;
  const country = employer.country;
  const essentials = skills.filter((s) => s.essential).map((s) => label(ctx, s.conceptId, country));
  const extras = skills.filter((s) => !s.essential).map((s) => label(ctx, s.conceptId, country));
  const tasks = tasksOf(ctx, o.concept);
  const offers = rnd.sample(BENEFITS[country], 3);
  if (kind === 'apprenticeship') offers.unshift(rnd.pick(TRAINEE_BENEFITS[country]), payLine(rnd, country));
  const bring = [
    rnd.pick(PROFILES[kind]).replace('{skills}', joinGerman(essentials.slice(0, 3)) || 'dem Beruf'),
    extras.length > 0 ? `Von Vorteil: ${joinGerman(extras.slice(0, 3))}.` : undefined,
    `Sprachen: ${languages.map((l) => `${LANGUAGE_NAMES[l.language] ?? l.language} (${l.level})`).join(', ')}.`,
  ].filter((line): line is string => line !== undefined);
  const text = [
    employer.blurb,
    rnd.pick(OPENINGS[country][kind]).replace('{title}', o.title).replace('{year}', String(year)),
    `Deine Aufgaben:\n${tasks.join('\n')}`,
    `Das bringst du mit:\n${bring.map((b) => `– ${b}`).join('\n')}`,
    `Wir bieten dir:\n${offers.map((b) => `– ${capitalize(b)}`).join('\n')}`,
    rnd.pick(CLOSINGS[country][kind]),
  ].join('\n\n');
  return spelling(country, text);
}

function startDateOf(ctx: Context, kind: PositionKind, trainingStart: Date): string | undefined {
  const { rnd, today } = ctx;
  if (kind === 'apprenticeship') return isoDay(trainingStart.getTime());
  if (kind === 'internship') return isoDay(today + rnd.int(10, 60) * DAY);
  if (rnd.chance(0.4)) return undefined; // nach Vereinbarung
  const d = new Date(today + rnd.int(20, 100) * DAY);
  return isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

function makeJob(ctx: Context, n: number, employer: DemoEmployer, o: DemoOccupation, kind: PositionKind): JobPosting {
  const { rnd, today } = ctx;
  const country = employer.country;
  const where = place(employer.postalCode);
  const trainingStart = nextTrainingStart(today, country, rnd);
  const pensum = pensumOf(rnd, kind, country);
  const months = rnd.pick([6, 9, 12, 18]);
  const skills = requirements(ctx, o.concept, kind);
  const languages = languagesOf(rnd, kind, employer, o.concept);
  const published = today - rnd.int(0, 45) * DAY;
  const id = `demo-job-${String(n).padStart(4, '0')}`;
  return {
    id,
    source: 'demo',
    externalId: id,
    companyId: `demo-company-${employer.slug}`,
    employerName: employer.name,
    title: title(o, kind, country, trainingStart, pensum, months),
    occupationId: o.concept.id,
    description: description(ctx, employer, o, kind, skills, languages, trainingStart.getUTCFullYear()),
    kind,
    postalCode: employer.postalCode,
    placeName: where.name,
    country,
    point: { latitude: where.latitude, longitude: where.longitude },
    pensum,
    startDate: startDateOf(ctx, kind, trainingStart),
    validUntil: new Date(published + rnd.int(60, 120) * DAY),
    languages,
    skills,
    link: `${employer.website}/jobs/${id}`,
    publishedAt: new Date(published),
    updatedAt: new Date(published),
  };
}

/** 6–8 postings per employer: about half of them Lehrstellen/Ausbildungsplätze, the rest of the other kinds. */
function jobsOf(ctx: Context, employer: DemoEmployer, firstNumber: number): JobPosting[] {
  const { rnd } = ctx;
  const hires = (o: DemoOccupation) => !employer.occupations || employer.occupations.includes(o.concept.slug ?? '');
  const occupations = occupationsFor(ctx.taxonomy, employer.country, employer.fields).filter((o) => hires(o) && (o.concept.essentialSkills ?? []).length > 0);
  if (occupations.length === 0) throw new Error(`demo data: no occupations for ${employer.name}`);
  const trainable = occupations.filter((o) => o.trainable);
  const count = rnd.int(6, 8);
  const planned: [DemoOccupation, PositionKind][] = rnd.sample(trainable, Math.ceil(count / 2)).map((o) => [o, 'apprenticeship']);
  const seen = new Set(planned.map(([o, kind]) => `${o.concept.id}|${kind}`));
  for (let attempt = 0; planned.length < count && attempt < count * 4; attempt++) {
    const kind = OTHER_KINDS[rnd.zipf(OTHER_KINDS.length, 1.2)]!;
    // Schnupperlehren and Praktika are offered for trainable occupations where there are any.
    const o = rnd.pick(kind === 'internship' && trainable.length > 0 ? trainable : occupations);
    const key = `${o.concept.id}|${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    planned.push([o, kind]);
  }
  return planned.map(([o, kind], i) => makeJob(ctx, firstNumber + i, employer, o, kind));
}

function company(employer: DemoEmployer, today: number, member: boolean): Company {
  const where = place(employer.postalCode);
  return {
    id: `demo-company-${employer.slug}`,
    name: employer.name,
    postalCode: employer.postalCode,
    placeName: where.name,
    country: employer.country,
    website: employer.website,
    subscriptionFrom: member ? new Date(today - 120 * DAY) : undefined,
    subscriptionUntil: member ? new Date(today + 245 * DAY) : undefined,
  };
}

// ───────────── trainings ─────────────

/** One venue in each country that teaches the theme's field, plus an online offer for some themes. */
function providersOf(ctx: Context, theme: TrainingTheme, index: number): TrainingProvider[] {
  const field = ctx.taxonomy.get(theme.skills[0]!)?.field;
  const teaches = (p: TrainingProvider) => !p.fields || (field !== undefined && p.fields.includes(field));
  const local = (country: 'CH' | 'DE') => TRAINING_PROVIDERS.filter((p) => p.country === country && p.postalCode && teaches(p));
  const specialised = (country: 'CH' | 'DE') => local(country).filter((p) => p.fields);
  const venue = (country: 'CH' | 'DE') => ctx.rnd.pick(specialised(country).length > 0 && ctx.rnd.chance(0.8) ? specialised(country) : local(country));
  const chosen = [venue('CH'), venue('DE')];
  if (index % 5 < 2) chosen.push(ctx.rnd.pick(TRAINING_PROVIDERS.filter((p) => !p.postalCode)));
  return chosen;
}

function fundingOf(theme: TrainingTheme, country: 'CH' | 'DE', rnd: Random): string[] {
  if (country === 'DE') return theme.higherExam ? ['aufstiegs-bafoeg'] : rnd.chance(0.55) ? ['bildungsgutschein'] : [];
  return theme.higherExam ? ['bundesbeitraege'] : [];
}

function trainingDescription(ctx: Context, theme: TrainingTheme, skills: string[], country: 'CH' | 'DE', format: TrainingFormat): string {
  const { rnd } = ctx;
  const labels = joinGerman(skills.map((id) => label(ctx, id, country)));
  const text = [
    `In ${theme.hours} Stunden lernst du ${labels} – praxisnah und mit Übungen aus dem Berufsalltag.`,
    rnd.pick(TRAINING_FORMATS[format]),
    theme.higherExam ? 'Der Lehrgang bereitet dich auf die Prüfung vor und dauert berufsbegleitend mehrere Semester.' : rnd.pick(TRAINING_AUDIENCES),
    rnd.pick(TRAINING_CERTIFICATES),
  ].join(' ');
  return spelling(country, text);
}

function makeTraining(ctx: Context, n: number, theme: TrainingTheme, provider: TrainingProvider): Training {
  const { rnd, today } = ctx;
  const country = provider.country;
  const where = provider.postalCode ? place(provider.postalCode) : undefined;
  const format: TrainingFormat = !where ? 'online' : rnd.chance(0.25) ? 'blended' : 'classroom';
  const skills = skillIds(ctx, theme.skills);
  const start = today + rnd.int(7, 240) * DAY;
  const weeks = theme.hours > 200 ? rnd.int(52, 104) : Math.max(1, Math.ceil(theme.hours / rnd.pick([4, 8, 16])));
  const price = country === 'CH' ? Math.round((theme.euro * 1.3) / 10) * 10 : theme.euro;
  const id = `demo-training-${String(n).padStart(4, '0')}`;
  return {
    id,
    source: 'demo',
    externalId: id,
    provider: provider.name,
    title: country === 'CH' ? (theme.titleCH ?? swissSpelling(theme.title)) : theme.title,
    description: trainingDescription(ctx, theme, skills, country, format),
    postalCode: provider.postalCode,
    placeName: where?.name,
    country,
    point: where ? { latitude: where.latitude, longitude: where.longitude } : undefined,
    online: format === 'online',
    startDate: new Date(start),
    endDate: new Date(start + weeks * 7 * DAY),
    durationHours: theme.hours,
    cost: { amount: price, currency: country === 'CH' ? 'CHF' : 'EUR' },
    funding: fundingOf(theme, country, rnd),
    format,
    skills,
    link: `${provider.website}/kurse/${id}`,
    updatedAt: new Date(today),
  };
}

/** The demo catalog for a day (deterministic for the same day and seed). */
export function demoCatalog(options: DemoOptions = {}): DemoCatalog {
  const now = options.now ?? new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const ctx: Context = { rnd: new Random(options.seed ?? 4500), taxonomy: options.taxonomy ?? builtinTaxonomy(), today };
  const jobs: JobPosting[] = [];
  for (const employer of DEMO_EMPLOYERS) jobs.push(...jobsOf(ctx, employer, jobs.length + 1));
  const trainings: Training[] = [];
  TRAINING_THEMES.forEach((theme, i) => {
    for (const provider of providersOf(ctx, theme, i)) trainings.push(makeTraining(ctx, trainings.length + 1, theme, provider));
  });
  trainings.push(...demoGermanCourses(today, trainings.length + 1, (slug) => ctx.taxonomy.get(slug)?.id));
  const companies = DEMO_EMPLOYERS.map((e, i) => company(e, today, i % 5 !== 4));
  return { companies, jobs, trainings };
}

/** Where the demo is written to (the CatalogStore). */
export interface DemoSink {
  upsertCompanies(companies: Company[]): Promise<unknown>;
  upsertJobs(jobs: JobPosting[]): Promise<{ created: number; updated: number; unchanged: number }>;
  upsertTrainings(trainings: Training[]): Promise<{ created: number; updated: number; unchanged: number }>;
}

/** Writes the demo catalog (idempotent: the store matches on source and external id). */
export async function seedDemo(store: DemoSink, options: DemoOptions = {}) {
  const catalog = demoCatalog(options);
  await store.upsertCompanies(catalog.companies);
  const jobs = await store.upsertJobs(catalog.jobs);
  const trainings = await store.upsertTrainings(catalog.trainings);
  return { companies: catalog.companies.length, jobs, trainings };
}
