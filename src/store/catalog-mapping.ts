/** Maps JobPosting/Training/Company rows to the pure types of src/matching/types.ts and back. */
import { createHash } from 'node:crypto';
import type { Company, JobPosting, LanguageRequirement, RequiredSkill, Training, TrainingFormat } from '../matching/types';
import { boardFold, jobText } from '../services/boards';
import type { GeoPoint, PositionKind, SkillLevel } from '../profile/types';
import type {
  Company as CompanyRow,
  JobPosting as JobRow,
  JobSkill as JobSkillRow,
  Prisma,
  Training as TrainingRow,
  TrainingSkill as TrainingSkillRow,
} from './generated/sqlite/client';
import { parseJson } from './profile-mapping';

const opt = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

/** A stable hash of everything a re-import may change; equal hashes mean "unchanged". */
export function contentHash(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

function sortedSkills(skills: RequiredSkill[]): RequiredSkill[] {
  return [...skills].sort((a, b) => a.conceptId.localeCompare(b.conceptId));
}

/** Where a posting is, as the pure types have it. */
interface PostingPlace {
  postalCode?: string;
  placeName?: string;
  country: 'CH' | 'DE';
  point?: GeoPoint;
}

/** A posting's place as row columns (also, in this order, part of its content hash). */
function placeColumns(p: PostingPlace) {
  return { postalCode: p.postalCode ?? null, placeName: p.placeName ?? null, country: p.country, latitude: p.point?.latitude ?? null, longitude: p.point?.longitude ?? null };
}

/** A posting row's place columns as the pure types have them. */
function placeOfRow(row: { postalCode: string | null; placeName: string | null; country: string; latitude: number | null; longitude: number | null }): PostingPlace {
  return {
    postalCode: opt(row.postalCode),
    placeName: opt(row.placeName),
    country: row.country === 'DE' ? 'DE' : 'CH',
    point: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : undefined,
  };
}

/** The content of a job that a re-import compares (ids and timestamps of the store excluded). */
export function jobContentHash(job: JobPosting, companyId: string | null): string {
  return contentHash([
    companyId,
    job.employerName,
    job.title,
    job.occupationId ?? null,
    job.description,
    job.kind,
    ...Object.values(placeColumns(job)),
    job.pensum.min,
    job.pensum.max,
    job.startDate ?? null,
    job.validUntil?.toISOString() ?? null,
    job.languages,
    sortedSkills(job.skills).map((s) => [s.conceptId, s.essential, s.level]),
    job.skillPhrases ?? [],
    job.link ?? null,
    job.publishedAt.toISOString(),
  ]);
}

/** The row of a job (without its skills). */
export function jobToRow(job: JobPosting, id: string, companyId: string | null, hash: string): Prisma.JobPostingCreateManyInput {
  return {
    id,
    source: job.source,
    externalId: job.externalId,
    companyId,
    employerName: job.employerName,
    title: job.title,
    occupationId: job.occupationId ?? null,
    description: job.description,
    kind: job.kind,
    ...placeColumns(job),
    pensumMin: job.pensum.min,
    pensumMax: job.pensum.max,
    startDate: job.startDate ?? null,
    validUntil: job.validUntil ?? null,
    languages: JSON.stringify(job.languages),
    skillPhrases: JSON.stringify(job.skillPhrases ?? []),
    link: job.link ?? null,
    publishedAt: job.publishedAt,
    contentHash: hash,
    searchText: jobSearchText(job),
    searchTitle: boardFold(job.title),
  };
}

/**
 * The text the job board searches for words, folded once on writing so that the database can
 * compare it with folded words; the same haystack as the in-memory board's.
 */
export function jobSearchText(job: JobPosting): string {
  return boardFold(jobText(job));
}

/** The skill rows of a job (one per concept; a duplicate concept keeps its first, essential wins). */
export function jobSkillRows(jobId: string, skills: RequiredSkill[]): Prisma.JobSkillCreateManyInput[] {
  const byConcept = new Map<string, RequiredSkill>();
  for (const skill of skills) {
    const seen = byConcept.get(skill.conceptId);
    if (!seen || (skill.essential && !seen.essential)) byConcept.set(skill.conceptId, skill);
  }
  return [...byConcept.values()].map((s) => ({ jobId, conceptId: s.conceptId, essential: s.essential, level: s.level }));
}

/** A job row with its skills as the matcher's JobPosting. */
export function rowToJob(row: JobRow & { skills: JobSkillRow[] }): JobPosting {
  const job: JobPosting = {
    id: row.id,
    source: row.source,
    externalId: row.externalId,
    companyId: opt(row.companyId),
    employerName: row.employerName,
    title: row.title,
    occupationId: opt(row.occupationId),
    description: row.description,
    kind: row.kind as PositionKind,
    ...placeOfRow(row),
    pensum: { min: row.pensumMin, max: row.pensumMax },
    startDate: opt(row.startDate),
    validUntil: opt(row.validUntil),
    languages: parseJson<LanguageRequirement[]>(row.languages, []),
    skills: row.skills.map((s) => ({ conceptId: s.conceptId, essential: s.essential, level: s.level as SkillLevel })),
    skillPhrases: phrasesOfRow(row.skillPhrases),
    link: opt(row.link),
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
  };
  return stripUndefined(job);
}

/** A row's skill phrases; none (or text that is no list of strings) leaves the field out. */
function phrasesOfRow(text: string): string[] | undefined {
  const value = parseJson<unknown>(text, []);
  const phrases = Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
  return phrases.length > 0 ? phrases : undefined;
}

/** The content of a training that a re-import compares. */
export function trainingContentHash(training: Training): string {
  return contentHash([
    training.provider,
    training.title,
    training.description,
    ...Object.values(placeColumns(training)),
    training.online,
    training.startDate?.toISOString() ?? null,
    training.endDate?.toISOString() ?? null,
    training.durationHours ?? null,
    training.cost ?? null,
    training.funding,
    training.format ?? null,
    [...new Set(training.skills)].sort(),
    training.link ?? null,
  ]);
}

/** The row of a training (without its skills). */
export function trainingToRow(training: Training, id: string, hash: string): Prisma.TrainingCreateManyInput {
  return {
    id,
    source: training.source,
    externalId: training.externalId,
    provider: training.provider,
    title: training.title,
    description: training.description,
    ...placeColumns(training),
    online: training.online,
    startDate: training.startDate ?? null,
    endDate: training.endDate ?? null,
    durationHours: training.durationHours ?? null,
    costAmount: training.cost?.amount ?? null,
    currency: training.cost?.currency ?? null,
    funding: JSON.stringify(training.funding),
    format: training.format ?? null,
    link: training.link ?? null,
    contentHash: hash,
  };
}

/** The skill rows of a training. */
export function trainingSkillRows(trainingId: string, skills: string[]): Prisma.TrainingSkillCreateManyInput[] {
  return [...new Set(skills)].map((conceptId) => ({ trainingId, conceptId }));
}

/** A training row with its skills as the matcher's Training. */
export function rowToTraining(row: TrainingRow & { skills: TrainingSkillRow[] }): Training {
  const currency = row.currency === 'EUR' ? 'EUR' : 'CHF';
  return stripUndefined<Training>({
    id: row.id,
    source: row.source,
    externalId: row.externalId,
    provider: row.provider,
    title: row.title,
    description: row.description,
    ...placeOfRow(row),
    online: row.online,
    startDate: opt(row.startDate),
    endDate: opt(row.endDate),
    durationHours: opt(row.durationHours),
    cost: row.costAmount !== null ? { amount: row.costAmount, currency } : undefined,
    funding: parseJson<string[]>(row.funding, []),
    format: opt(row.format) as TrainingFormat | undefined,
    skills: row.skills.map((s) => s.conceptId),
    link: opt(row.link),
    updatedAt: row.updatedAt,
  });
}

/** A company row as the pure Company. */
export function rowToCompany(row: CompanyRow): Company {
  return stripUndefined<Company>({
    id: row.id,
    name: row.name,
    postalCode: opt(row.postalCode),
    placeName: opt(row.placeName),
    country: row.country === 'DE' ? 'DE' : 'CH',
    website: opt(row.website),
    subscriptionFrom: opt(row.subscriptionFrom),
    subscriptionUntil: opt(row.subscriptionUntil),
  });
}

/** The row fields of a company (id excluded). */
export function companyFields(company: Company): Omit<Prisma.CompanyCreateInput, 'id'> {
  return {
    name: company.name,
    postalCode: company.postalCode ?? null,
    placeName: company.placeName ?? null,
    country: company.country,
    website: company.website ?? null,
    subscriptionFrom: company.subscriptionFrom ?? null,
    subscriptionUntil: company.subscriptionUntil ?? null,
  };
}

function stripUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
