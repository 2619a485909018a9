/**
 * The trainings section of `npm run eval:match`: labelled course sets (format in
 * eval/trainings/README.md) in the Weiterbildungssuche shape, read with the importer's parser,
 * extractors and gazetteer exactly as `lotse import trainings --format wbsuche` reads them. Every
 * persona of the set's persona set asks Lotse for trainings (the proposal service, as the
 * conversation does) and two BM25 baselines search the courses' title and content: with the
 * person's skill words and with their own words. Top 5 scored against the counsellor's grades.
 */
import MiniSearch from 'minisearch';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { defaultExtractors, defaultGeocoder } from '../src/importers/defaults';
import { parseTrainings } from '../src/importers/index';
import { mean, ndcgAt, recallAt } from '../src/matching/eval-metrics';
import { pointDistanceKm } from '../src/matching/geo';
import { builtinTaxonomy, type Taxonomy } from '../src/matching/taxonomy';
import type { Training } from '../src/matching/types';
import { DEFAULT_RADIUS_KM } from '../src/matching/weights';
import type { Profile } from '../src/profile/types';
import { createProposalService } from '../src/services/proposals';
import { miniTerm, prepareSet, readSet, setFiles, skillText } from './eval-sets';

/** Lotse shows three trainings a page; the issue's figure is nDCG@5. */
export const TRAINING_K = 5;

const courseSetSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    heldOut: z.boolean().optional(),
    personaSet: z.string().min(1),
    termine: z.array(z.object({ id: z.union([z.string().min(1), z.number()]) }).passthrough()).min(1),
    labels: z.record(z.string(), z.record(z.string(), z.number().int().min(0).max(3))),
  })
  .strict();

export interface TrainingScores {
  ndcg5: number;
  recall5: number;
}

export interface TrainingPersonaResult {
  id: string;
  relevant: number;
  lotse: TrainingScores;
  bm25Skills: TrainingScores;
  bm25Words: TrainingScores;
  /** The top 5 of each system as "courseId:grade". */
  rankings: { lotse: string[]; bm25Skills: string[]; bm25Words: string[] };
}

export interface TrainingSetResult {
  name: string;
  file: string;
  heldOut: boolean;
  personas: number;
  courses: number;
  lotse: TrainingScores;
  bm25Skills: TrainingScores;
  bm25Words: TrainingScores;
  /** Lotse nDCG@5 over the stronger baseline's. */
  ratio: number;
  perPersona: TrainingPersonaResult[];
}

export interface TrainingReport {
  k: number;
  sets: TrainingSetResult[];
  overall: { personas: number; courses: number; lotse: TrainingScores; bm25Skills: TrainingScores; bm25Words: TrainingScores; ratio: number };
}

/** A course set with its persona set resolved, its courses imported and its labels checked. */
export interface PreparedCourseSet {
  name: string;
  heldOut: boolean;
  now: Date;
  prepared: ReturnType<typeof prepareSet>;
  courses: Training[];
  labels: Map<string, Map<string, number>>;
}

/** Reads a course set, its persona set and its courses (through the Weiterbildungssuche importer). */
export function readCourseSet(file: string, taxonomy: Taxonomy = builtinTaxonomy()): PreparedCourseSet {
  const parsed = courseSetSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${file}: not a valid course set\n${issues.join('\n')}`);
  }
  const set = parsed.data;
  const personaSet = readSet(resolve(dirname(file), set.personaSet));
  const now = new Date(`${personaSet.now}T00:00:00Z`);
  const imported = parseTrainings('wbsuche', JSON.stringify({ termine: set.termine }), { ...defaultExtractors(), geocode: defaultGeocoder, now });
  if (imported.skipped.length > 0) throw new Error(`${file}: courses the importer skipped: ${imported.skipped.map((s) => `${s.at} ${s.reason}`).join('; ')}`);
  const ids = new Set(imported.items.map((t) => t.externalId));
  const labels = new Map<string, Map<string, number>>();
  for (const persona of personaSet.personas) {
    const graded = set.labels[persona.id];
    if (!graded) throw new Error(`${file}: persona ${persona.id} has no labels`);
    for (const id of Object.keys(graded)) if (!ids.has(id)) throw new Error(`${file}: persona ${persona.id} labels unknown course ${id}`);
    if (!Object.values(graded).some((g) => g > 0)) throw new Error(`${file}: persona ${persona.id} has no relevant course`);
    labels.set(persona.id, new Map(Object.entries(graded)));
  }
  for (const id of Object.keys(set.labels)) if (!labels.has(id)) throw new Error(`${file}: labels of unknown persona ${id}`);
  return { name: set.name, heldOut: set.heldOut === true, now, prepared: prepareSet(personaSet, taxonomy), courses: imported.items, labels };
}

/** BM25 over the course's title (boosted) and content, as a course search would. */
function courseSearch(courses: readonly Training[]): MiniSearch {
  const mini = new MiniSearch({ fields: ['title', 'content'], processTerm: miniTerm, searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2 } });
  mini.addAll(courses.map((t) => ({ id: t.externalId, title: t.title, content: t.description })));
  return mini;
}

/**
 * The baselines get the same hard filter as Lotse: courses still to come, of the person's country,
 * online or within twice the person's radius (Lotse's limit for classroom courses).
 */
function reachable(courses: readonly Training[], profile: Profile, now: Date): (id: string) => boolean {
  const from = profile.place?.point;
  const country = profile.place?.country;
  const radius = profile.radiusKm ?? DEFAULT_RADIUS_KM;
  const day = 86_400_000;
  const ok = new Set(
    courses
      .filter((t) => !t.endDate || t.endDate.getTime() >= now.getTime())
      .filter((t) => !t.startDate || t.startDate.getTime() >= now.getTime() - day)
      .filter((t) => !country || t.country === country)
      .filter((t) => t.online || !from || !t.point || pointDistanceKm(from, t.point) <= 2 * radius)
      .map((t) => t.externalId),
  );
  return (id) => ok.has(id);
}

function scores(ranking: string[], labels: Map<string, number>): TrainingScores {
  return { ndcg5: ndcgAt(ranking, labels, TRAINING_K) ?? 0, recall5: recallAt(ranking, labels, TRAINING_K) ?? 0 };
}

function average(items: TrainingScores[]): TrainingScores {
  return { ndcg5: round(mean(items.map((s) => s.ndcg5))), recall5: round(mean(items.map((s) => s.recall5))) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function ratioOf(r: { lotse: TrainingScores; bm25Skills: TrainingScores; bm25Words: TrainingScores }): number {
  const stronger = Math.max(r.bm25Skills.ndcg5, r.bm25Words.ndcg5);
  return stronger > 0 ? round(r.lotse.ndcg5 / stronger) : 0;
}

/** Evaluates one course set: Lotse's training proposals and both baselines, per persona and averaged. */
export async function evaluateCourseSet(file: string, taxonomy: Taxonomy = builtinTaxonomy()): Promise<TrainingSetResult> {
  const set = readCourseSet(file, taxonomy);
  const service = createProposalService({
    catalog: { activeJobs: async () => set.prepared.jobs, allTrainings: async () => set.courses },
    vocabulary: taxonomy,
    feedback: async () => [],
    now: () => set.now,
  });
  const mini = courseSearch(set.courses);
  const perPersona: TrainingPersonaResult[] = [];
  for (const { raw, profile } of set.prepared.personas) {
    const labels = set.labels.get(raw.id)!;
    const proposed = (await service.trainings(profile, { limit: TRAINING_K })).items.map((p) => p.training.externalId);
    const ok = reachable(set.courses, profile, set.now);
    const search = (query: string) => mini.search(query).map((r) => String(r.id)).filter(ok).slice(0, TRAINING_K);
    const bySkills = search(raw.skills.map(skillText).join(' '));
    const byWords = search(raw.description);
    const graded = (ids: string[]) => ids.map((id) => `${id}:${labels.get(id) ?? 0}`);
    perPersona.push({
      id: raw.id,
      relevant: [...labels.values()].filter((g) => g > 0).length,
      lotse: scores(proposed, labels),
      bm25Skills: scores(bySkills, labels),
      bm25Words: scores(byWords, labels),
      rankings: { lotse: graded(proposed), bm25Skills: graded(bySkills), bm25Words: graded(byWords) },
    });
  }
  const result = {
    name: set.name,
    file: basename(file),
    heldOut: set.heldOut,
    personas: perPersona.length,
    courses: set.courses.length,
    lotse: average(perPersona.map((p) => p.lotse)),
    bm25Skills: average(perPersona.map((p) => p.bm25Skills)),
    bm25Words: average(perPersona.map((p) => p.bm25Words)),
    perPersona,
  };
  return { ...result, ratio: ratioOf(result) };
}

/** Evaluates every course set of a directory; overall figures average over all personas. */
export async function evaluateTrainingDirectory(dir: string, only?: readonly string[]): Promise<TrainingReport> {
  const files = setFiles(dir, only);
  if (files.length === 0) throw new Error(`${dir}: no course sets (*.json)${only ? ` named ${only.join(', ')}` : ''}`);
  const taxonomy = builtinTaxonomy();
  const sets: TrainingSetResult[] = [];
  for (const file of files) sets.push(await evaluateCourseSet(file, taxonomy));
  const all = sets.flatMap((s) => s.perPersona);
  const overall = {
    personas: all.length,
    courses: sets.reduce((n, s) => n + s.courses, 0),
    lotse: average(all.map((p) => p.lotse)),
    bm25Skills: average(all.map((p) => p.bm25Skills)),
    bm25Words: average(all.map((p) => p.bm25Words)),
  };
  return { k: TRAINING_K, sets, overall: { ...overall, ratio: ratioOf(overall) } };
}
