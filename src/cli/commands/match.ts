/**
 * `lotse match --skills "Löten, CAD" [--text "<own words>"] [--plz 4500] [--radius 30] [--type lehrstelle]`: ranked jobs and
 * trainings with score breakdown and explanation, over the database catalog (or the demo catalog
 * when the database is empty, or with --demo).
 */
import { demoCatalog } from '../../demo/catalog';
import { builtinTaxonomy } from '../../matching/taxonomy';
import { lookupPlace } from '../../nlu/places';
import { LOCALES, VARIANT_OF_COUNTRY, type Locale, type PositionKind, type Profile, type ProfilePlace } from '../../profile/types';
import type { JobProposal, ProposalPage, TrainingProposal } from '../../services/ports';
import { createProposalService, type ProposalCatalog } from '../../services/proposals';
import { CatalogStore } from '../../store/catalog-store';
import { UsageError, type Command, type CommandIO } from '../command';
import { withDatabase } from '../database';
import { searchProfile } from '../../profile/search-profile';
import { own } from '../../own';
import { personWords, type PersonWords } from '../../nlu/phrases';
import { MAX_UNDERSTAND_TEXT } from '../../nlu/understand';
import { pairJob, partnerPairs } from './match-pairs';

const KIND_WORDS: Record<string, PositionKind> = {
  lehrstelle: 'apprenticeship',
  lehre: 'apprenticeship',
  ausbildung: 'apprenticeship',
  apprenticeship: 'apprenticeship',
  praktikum: 'internship',
  schnupperlehre: 'internship',
  internship: 'internship',
  festanstellung: 'permanent',
  fest: 'permanent',
  permanent: 'permanent',
  befristet: 'temporary',
  temporary: 'temporary',
};

/** The --locale given, else the German of the --plz's country (as the chat would speak), else de-CH. */
function localeOf(value: unknown, plz: unknown): Locale {
  const place = value === undefined && plz !== undefined ? lookupPlace(String(plz)) : undefined;
  const locale = typeof value === 'string' ? value : place ? VARIANT_OF_COUNTRY[place.country] : 'de-CH';
  if (!(LOCALES as readonly string[]).includes(locale)) throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
  return locale as Locale;
}

function kindsOf(value: unknown): PositionKind[] {
  if (typeof value !== 'string' || !value.trim()) return [];
  return value.split(',').map((word) => {
    const kind = own(KIND_WORDS, word.trim().toLowerCase());
    if (!kind) throw new UsageError(`--type: unknown kind "${word.trim()}" (lehrstelle, ausbildung, praktikum, festanstellung, befristet)`);
    return kind;
  });
}

function numberOf(value: unknown, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`${name} must be a number from ${min} to ${max}`);
  return n;
}

/**
 * The skills named on the command line and the person's own words (--text), resolved exactly as
 * the chat resolves them: occupations and skills on strong evidence, the rest kept as own words
 * for the lexical score (reported as such, never guessed into another concept).
 */
function wordsOf(values: Record<string, unknown>, locale: Locale): PersonWords {
  const listed = listedOf(values);
  const text = typeof values.text === 'string' ? values.text.slice(0, MAX_UNDERSTAND_TEXT) : '';
  if (listed.length === 0 && !text.trim()) throw new UsageError('--skills "<skill>, <skill>" or --text "<own words>" is required');
  return personWords(listed.map((phrase) => ({ text: phrase })), text, builtinTaxonomy(), locale);
}

function placeOf(value: unknown): ProfilePlace | undefined {
  if (value === undefined) return undefined;
  const place = lookupPlace(String(value));
  if (!place) throw new UsageError(`--plz: unknown postal code or place "${String(value)}"`);
  return { postalCode: place.postalCode, name: place.name, country: place.country, point: { latitude: place.latitude, longitude: place.longitude } };
}

/** The skills named on the command line, as written ("Traktor fahren, DATEV"). */
function listedOf(values: Record<string, unknown>): string[] {
  return typeof values.skills === 'string' ? values.skills.split(/[,;]/).map((s) => s.trim()).filter(Boolean) : [];
}

function profileOf(values: Record<string, unknown>, locale: Locale, words: PersonWords): Profile {
  const listed = listedOf(values);
  return searchProfile({
    id: 'cli',
    locale,
    skills: words.skills,
    occupations: words.occupations,
    ownWords: words.text || undefined,
    listedSkills: listed.length > 0 ? listed : undefined,
    place: placeOf(values.plz),
    radiusKm: numberOf(values.radius, '--radius', 1, 500),
    positionKinds: kindsOf(values.type),
  });
}

/** The catalog to match against: the database, or the demo when it is empty or --demo is given. */
async function withCatalog<T>(useDemo: boolean, work: (catalog: ProposalCatalog, source: string) => Promise<T>): Promise<T> {
  const demo = (): ProposalCatalog => {
    const catalog = demoCatalog();
    return { activeJobs: async () => catalog.jobs, allTrainings: async () => catalog.trainings };
  };
  if (useDemo) return work(demo(), 'demo');
  return withDatabase(async (db) => {
    const store = new CatalogStore(db.prisma);
    return (await store.isEmpty()) ? await work(demo(), 'demo') : await work(store, 'database');
  });
}

function printHuman(io: CommandIO, jobs: ProposalPage<JobProposal>, trainings: ProposalPage<TrainingProposal>, relaxedTexts: string[]): void {
  for (const line of relaxedTexts) io.print(`(${line})`);
  jobs.items.forEach((p, i) => {
    const where = p.distanceKm !== undefined ? `, ${p.job.placeName ?? ''} ${Math.round(p.distanceKm)} km` : '';
    io.print(`${i + 1}. ${p.job.title} – ${p.job.employerName}${where}  [${p.score.toFixed(2)}]`);
    io.print(`   ${p.explanation}`);
    if (p.relaxed?.length) io.print(`   (fills the page; outside the wishes: ${p.relaxed.join(', ')})`);
  });
  if (jobs.items.length === 0) io.print('No open jobs in the catalog.');
  if (trainings.items.length > 0) io.print('Trainings:');
  for (const t of trainings.items) io.print(`- ${t.training.title} (${t.training.provider}): ${t.explanation}`);
}

/** `lotse match` → {jobs: [{id, title, employer, score, breakdown, explanation, distanceKm, relaxed}], trainings: [...]}. */
export const matchCommand: Command = {
  summary: 'Rank jobs and trainings for some skills, with score breakdown and explanation',
  usage: 'match --skills "<a>, <b>" [--text "<own words>"] [--partner-skills "<c>"] [--plz P] [--radius KM] [--type lehrstelle|praktikum|festanstellung|befristet] [--locale de-CH (default: the German of the --plz country)] [--limit 10] [--demo]',
  options: {
    skills: { type: 'string' },
    text: { type: 'string' },
    plz: { type: 'string' },
    radius: { type: 'string' },
    type: { type: 'string' },
    locale: { type: 'string' },
    limit: { type: 'string', default: '10' },
    demo: { type: 'boolean', default: false },
    'partner-skills': { type: 'string' },
  },
  async run({ values }, io) {
    const locale = localeOf(values.locale, values.plz);
    const limit = numberOf(values.limit, '--limit', 1, 100)!;
    const words = wordsOf(values, locale);
    for (const text of words.ownWords) io.error(`"${text}" is not in the taxonomy (kept as your own words)`);
    const profile = profileOf(values, locale, words);
    const { skills } = words;
    return withCatalog(values.demo === true, async (catalog, source) => {
      const service = createProposalService({ catalog, vocabulary: builtinTaxonomy(), feedback: async () => [] });
      const jobs = await service.jobs(profile, { limit });
      const trainings = await service.trainings(profile, { limit: 5 });
      printHuman(io, jobs, trainings, service.relaxationTexts(locale, jobs.relaxed));
      const pairs = await partnerPairs(values['partner-skills'], profile, service, io, (text) => {
        const partner = wordsOf({ skills: text }, locale);
        return { skills: partner.skills, unknown: partner.ownWords };
      });
      return {
        ...pairs,
        catalog: source,
        skills: skills.map((s) => ({ id: s.conceptId, label: s.label })),
        occupations: words.occupations.map((id) => ({ id, label: builtinTaxonomy().label(id, locale) })),
        unknownSkills: words.ownWords,
        total: jobs.total,
        relaxed: jobs.relaxed,
        jobs: jobs.items.map((p) => ({
          ...pairJob(p),
          kind: p.job.kind,
          breakdown: p.breakdown,
          distanceKm: p.distanceKm,
          relaxed: p.relaxed ?? jobs.relaxed,
        })),
        trainings: trainings.items.map((t) => ({
          id: t.training.id,
          title: t.training.title,
          provider: t.training.provider,
          score: t.score,
          explanation: t.explanation,
          distanceKm: t.distanceKm,
          teaches: t.teaches.map((s) => s.label),
        })),
      };
    });
  },
};
