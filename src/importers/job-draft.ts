/** The common last step of every job importer: a loosely filled draft becomes a JobPosting, or a reason to skip it. */
import { createHash } from 'node:crypto';
import type { JobPosting, LanguageRequirement } from '../matching/types';
import type { PositionKind } from '../profile/types';
import { deriveSkills, place } from './enrich';
import { inferKind, pensumFrom, plainText } from './fields';
import { z } from 'zod';
import { collectRecords, commonDraft, dateField, postingIdentity, textField, textList, type RecordEntry } from './records';
import type { ParseOptions, ParseResult, Skipped } from './types';

export interface JobDraft {
  source: string;
  externalId?: string;
  title?: string;
  employerName?: string;
  /** HTML or plain text. */
  description?: string;
  /** The source's own kind of position (BA angebotsart, schema.org employmentType, a CSV column). */
  kindHint?: string;
  /** A kind derived from a contract hint (befristet) used when nothing more specific is known. */
  temporary?: boolean;
  postalCode?: string;
  placeName?: string;
  country?: string;
  point?: { latitude: number; longitude: number };
  /** Working time in words or percent ("Vollzeit", "80-100%"). */
  workingTime?: string;
  startDate?: string;
  validUntil?: Date;
  publishedAt?: Date;
  link?: string;
  /** Skills the source names itself (labels or phrases); essential. */
  namedSkills?: string[];
  /** Taxonomy concept ids given directly (CSV); essential. */
  conceptIds?: string[];
  languages?: LanguageRequirement[];
  occupationId?: string;
}

/** What a job draft may hold: right types, sizes no real posting exceeds. */
const jobDraftSchema = z
  .object({
    ...commonDraft,
    employerName: textField(300),
    kindHint: textField(100),
    workingTime: textField(500),
    startDate: textField(10),
    validUntil: dateField,
    publishedAt: dateField,
    namedSkills: textList(200, 300),
    languages: z.array(z.object({ language: z.string().max(20), level: z.string().max(20) })).max(30, 'more than 30 entries').optional(),
    occupationId: textField(300),
  })
  .passthrough();

/** A stable id for records without one: same employer, title, place and date → same id on re-import. */
export function fallbackId(...parts: (string | undefined)[]): string {
  return `h-${createHash('sha256').update(parts.map((p) => p ?? '').join('\u0001')).digest('hex').slice(0, 24)}`;
}

function kindOf(draft: JobDraft, title: string): PositionKind {
  const kind = inferKind(title, draft.kindHint);
  return kind === 'permanent' && draft.temporary ? 'temporary' : kind;
}

/** Builds the posting, or says why the record cannot be one. */
export function draftToJob(draft: JobDraft, at: string, options: ParseOptions): JobPosting | Skipped {
  const title = plainText(draft.title).replace(/\s+/g, ' ');
  const employerName = plainText(draft.employerName).replace(/\s+/g, ' ');
  if (!title) return { at, reason: 'no title' };
  if (!employerName) return { at: draft.externalId ? `${at} (${draft.externalId})` : at, reason: 'no employer' };
  const description = plainText(draft.description);
  const where = place(draft, options);
  const externalId = draft.externalId?.trim() || fallbackId(employerName, title, where.postalCode ?? where.placeName, draft.publishedAt?.toISOString());
  const { skills: extracted, phrases } = deriveSkills(title, draft.namedSkills ?? [], description, options.extractSkills, options.extractNamedSkills);
  const given = (draft.conceptIds ?? []).map((conceptId) => ({ conceptId, essential: true, level: 'basic' as const }));
  const skills = [...given, ...extracted.filter((s) => !given.some((g) => g.conceptId === s.conceptId))];
  const now = options.now ?? new Date();
  const job: JobPosting = {
    ...postingIdentity(draft.source, externalId),
    employerName,
    title,
    description,
    kind: kindOf(draft, title),
    ...where,
    // A percentage in the title ("80-100%", usual in Switzerland) is more specific than "full/part time".
    pensum: (/\d\s*%/.test(title) ? pensumFrom(title) : undefined) ?? pensumFrom(draft.workingTime) ?? pensumFrom(title) ?? { min: 100, max: 100 },
    languages: draft.languages ?? [],
    skills,
    publishedAt: draft.publishedAt ?? now,
    updatedAt: now,
  };
  // A source that names no occupation still names one in the title, as job ads write titles.
  const occupationId = draft.occupationId ?? options.occupationOfTitle?.(title, job.country);
  if (occupationId) job.occupationId = occupationId;
  if (draft.startDate) job.startDate = draft.startDate;
  if (draft.validUntil) job.validUntil = draft.validUntil;
  else if (options.validDays !== undefined) job.validUntil = new Date(job.publishedAt.getTime() + options.validDays * 86_400_000);
  if (draft.link) job.link = draft.link;
  if (phrases.length > 0) job.skillPhrases = phrases;
  return job;
}

/** Reads the records into postings; unreadable, wrongly typed or oversized records are skipped with the reason. */
export function collectJobs(entries: RecordEntry<JobDraft>[], options: ParseOptions, warnings: string[] = []): ParseResult<JobPosting> {
  const { items, skipped } = collectRecords(entries, jobDraftSchema, (draft: JobDraft, at) => draftToJob(draft, at, options));
  if (!options.extractSkills) warnings.push('no skill extractor given: postings without their own skill list get none');
  return { items, skipped, warnings };
}
