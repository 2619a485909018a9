/**
 * Labelled persona sets for `npm run eval:match` (format documented in eval/personas/README.md) and
 * the evaluation itself: every persona is searched with Lotse's matcher (through the proposal
 * service, exactly as the conversation and `lotse match` do) and with MiniSearch (BM25 over the
 * same job texts), and both top-10 rankings are scored against the counsellor's labels.
 */
import MiniSearch from 'minisearch';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { mean, ndcgAt, recallAt } from '../src/matching/eval-metrics';
import { builtinTaxonomy, type Taxonomy } from '../src/matching/taxonomy';
import { fold, STOPWORDS } from '../src/matching/taxonomy/normalize';
import { prepareNaive, featuresOf, type NaiveJob } from '../src/matching/naive';
import { queryFromProfile, type MatchQuery } from '../src/matching/query';
import type { Constraints } from '../src/matching/relax';
import { querySkillRanks } from '../src/matching/result';
import { interestVector } from '../src/matching/riasec';
import { combine, languageRanks, LEVEL_RANK } from '../src/matching/score';
import type { JobPosting } from '../src/matching/types';
import { MIN_SKILL_CONFIDENCE } from '../src/nlu/skills';
import { listedReading, personWords, resolvePhrases, type ListedReading } from '../src/nlu/phrases';
import { nonSkillKind } from '../src/nlu/qualifications';
import { titleOccupationId } from '../src/nlu/job-title';
import { pointDistanceKm } from '../src/matching/geo';
import { DEFAULT_RADIUS_KM } from '../src/matching/weights';
import { lookupPlace } from '../src/nlu/places';
import { LANGUAGE_LEVELS, LOCALES, POSITION_KINDS, SKILL_LEVELS, type Locale, type Profile, type ProfilePlace } from '../src/profile/types';
import { createProposalService } from '../src/services/proposals';
import { searchProfile } from '../src/profile/search-profile';

export const K = 10;

const level = z.enum(SKILL_LEVELS as unknown as [string, ...string[]]);
const skill = z.union([z.string().min(1), z.object({ skill: z.string().min(1), level: level.optional() }).strict()]);
const language = z.object({ language: z.string().min(2), level: z.enum(LANGUAGE_LEVELS as unknown as [string, ...string[]]) }).strict();
const kind = z.enum(POSITION_KINDS as unknown as [string, ...string[]]);
const range = z.tuple([z.number().min(0).max(100), z.number().min(0).max(100)]);
const placeFields = {
  plz: z.string().optional(),
  place: z.string().optional(),
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
  country: z.enum(['CH', 'DE']).optional(),
};

const jobSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    employer: z.string().min(1),
    occupation: z.string().optional(),
    kind,
    ...placeFields,
    pensum: range.optional(),
    level: level.optional(),
    essential: z.array(skill).min(1),
    optional: z.array(skill).optional(),
    languages: z.array(language).optional(),
    published: z.string().date().optional(),
    description: z.string().optional(),
  })
  .strict();

const personaSchema = z
  .object({
    id: z.string().min(1),
    description: z.string().min(1),
    skills: z.array(skill).min(1),
    ...placeFields,
    radiusKm: z.number().positive().optional(),
    kinds: z.array(kind).optional(),
    pensum: range.optional(),
    languages: z.array(language).optional(),
    labels: z.record(z.string(), z.number().int().min(0).max(3)),
  })
  .strict();

const setSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    heldOut: z.boolean().optional(),
    locale: z.enum(LOCALES as unknown as [string, ...string[]]),
    country: z.enum(['CH', 'DE']).optional(),
    now: z.string().date(),
    jobs: z.array(jobSchema).min(1),
    personas: z.array(personaSchema).min(1),
  })
  .strict();

export type RawSet = z.infer<typeof setSchema>;
type RawJob = z.infer<typeof jobSchema>;
type RawPersona = z.infer<typeof personaSchema>;
type RawSkill = z.infer<typeof skill>;

export interface Scores {
  ndcg10: number;
  recall10: number;
}

export interface PersonaResult {
  id: string;
  relevant: number;
  matcher: Scores;
  minisearch: Scores;
  minisearchSkills: Scores;
  /** How many jobs the matcher returned (it returns only strict matches when there are any). */
  returned: number;
  /** Diagnostics: every job ranked by the matcher's score with no hard constraint, and the matcher's page filled up from that ranking. */
  scoreOnly: Scores;
  strictThenScore: Scores;
  /** Share of the relevant jobs inside the persona's hard constraints (radius, kind): the strict matcher's recall ceiling. */
  ceiling: number;
  /** The top 10 of each system as "jobId:grade", for looking into a persona's result. */
  rankings: { matcher: string[]; minisearch: string[]; minisearchSkills: string[] };
}

export interface SetResult {
  name: string;
  file: string;
  /** Never used for tuning: the figures are first-run figures. */
  heldOut: boolean;
  personas: number;
  jobs: number;
  matcher: Scores;
  minisearch: Scores;
  minisearchSkills: Scores;
  /** Skill texts the taxonomy could not resolve (the matcher ignores them; MiniSearch still sees the text). */
  unresolvedSkills: string[];
  /** Listed texts that are no skill (school certificates, working conditions, situations): read as words only. */
  nonSkills: string[];
  diagnostics: Diagnostics;
  perPersona: PersonaResult[];
}

/** Where the matcher's figures come from: its hard constraints or its scoring. */
export interface Diagnostics {
  matcherReturned: number;
  scoreOnly: Scores;
  strictThenScore: Scores;
  /** Mean share of relevant jobs inside the hard constraints (radius, kind). */
  recallCeiling: number;
}

export interface EvalReport {
  k: number;
  sets: SetResult[];
  overall: { personas: number; jobs: number; matcher: Scores; minisearch: Scores; minisearchSkills: Scores; ratio: number; diagnostics: Diagnostics };
}

/** Reads and validates one set file; the error names the file and the offending fields. */
export function readSet(file: string): RawSet {
  const parsed = setSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${file}: not a valid persona set\n${issues.join('\n')}`);
  }
  const set = parsed.data;
  const ids = new Set<string>();
  for (const job of set.jobs) {
    if (ids.has(job.id)) throw new Error(`${file}: job id ${job.id} is used twice`);
    ids.add(job.id);
  }
  for (const p of set.personas) {
    for (const id of Object.keys(p.labels)) if (!ids.has(id)) throw new Error(`${file}: persona ${p.id} labels unknown job ${id}`);
    if (!Object.values(p.labels).some((g) => g > 0)) throw new Error(`${file}: persona ${p.id} has no relevant job`);
  }
  return set;
}

/**
 * The persona set files of a directory (every *.json), in name order; with `only`, just the files
 * whose name without ".json" it holds (`--sets=`: work on the tuning sets without running the others).
 */
export function setFiles(dir: string, only?: readonly string[]): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && (!only || only.includes(basename(f, '.json'))))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Which sections of eval:match a `--sets=` selection needs: a section none of the names belong to
 * is skipped (a persona set alone runs without course sets); a name found in neither is an error.
 */
export function selectSections(personaDir: string, courseDir: string | undefined, only?: readonly string[]): { personas: boolean; courses: boolean } {
  if (!only) return { personas: true, courses: courseDir !== undefined };
  const names = (dir: string) => setFiles(dir).map((f) => basename(f, '.json'));
  const personaNames = names(personaDir);
  const courseNames = courseDir ? names(courseDir) : [];
  const unknown = only.filter((n) => !personaNames.includes(n) && !courseNames.includes(n));
  if (unknown.length > 0) throw new Error(`--sets: no persona or course set named ${unknown.join(', ')}`);
  return { personas: only.some((n) => personaNames.includes(n)), courses: only.some((n) => courseNames.includes(n)) };
}

/**
 * Vocabulary dropout: a simulation of sets whose words the taxonomy does not know. A share of the
 * skill phrases of the personas and the postings, drawn by a seeded hash of (seed, owner, phrase)
 * so the same phrases drop on every run, is treated exactly as a phrase the taxonomy does not know:
 * a persona keeps it as own words, a posting keeps no concept for it.
 */
export interface Dropout {
  /** Share of the skill phrases treated as unknown (0..1). */
  share: number;
  seed: number;
}

/** FNV-1a of the text, as a number in 0..1. */
function unitHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 0x100000000;
}

/** Whether the dropout treats an owner's (a job's, a persona's) skill phrase as unknown. */
export function droppedOut(dropout: Dropout | undefined, owner: string, phrase: string): boolean {
  return dropout !== undefined && dropout.share > 0 && unitHash(`${dropout.seed}\u0001${owner}\u0001${phrase}`) < dropout.share;
}

/** Resolves skill texts to taxonomy concepts the way the conversation does (slug/id, else the best lookup hit). */
class SkillResolver {
  readonly unresolved = new Set<string>();
  readonly nonSkills = new Set<string>();
  constructor(
    private readonly taxonomy: Taxonomy,
    private readonly locale: Locale,
    private readonly dropout?: Dropout,
  ) {}

  /** The phrase's concept; `owner` (a job id) draws the dropout. */
  conceptOf(text: string, owner = ''): string | undefined {
    if (droppedOut(this.dropout, `job:${owner}`, text)) return undefined;
    const direct = this.taxonomy.get(text);
    if (direct?.kind === 'skill') return direct.id;
    const hit = this.taxonomy.find(text, this.locale, 1)[0];
    if (hit && hit.confidence >= MIN_SKILL_CONFIDENCE) return hit.conceptId;
    return undefined;
  }

  /**
   * A requirement no concept names as written, read as the listed phrases are (src/nlu/phrases.ts):
   * a qualification names its occupations, alternatives and interests their skills.
   */
  readingOf(text: string, owner = ''): ListedReading {
    const none: ListedReading = { occupations: [], skills: [], interest: false };
    if (droppedOut(this.dropout, `job:${owner}`, text)) return none;
    const reading = listedReading(text, this.taxonomy, this.locale);
    if (reading.occupations.length > 0 || reading.skills.length > 0) return reading;
    if (nonSkillKind(text)) this.nonSkills.add(text);
    else this.unresolved.add(text);
    return reading;
  }

  /** The occupation a posting's title names (src/nlu/job-title.ts, as the importers read it). */
  occupationOfTitle(title: string): string | undefined {
    return titleOccupationId(title, this.taxonomy, this.locale);
  }

  occupationOf(text: string | undefined): string | undefined {
    if (!text) return undefined;
    const direct = this.taxonomy.get(text);
    if (direct?.kind === 'occupation') return direct.id;
    return this.taxonomy.search(text, { locale: this.locale, kind: 'occupation', limit: 1, minConfidence: MIN_SKILL_CONFIDENCE })[0]?.concept.id;
  }
}

export function skillText(s: RawSkill): string {
  return typeof s === 'string' ? s : s.skill;
}

function skillLevel(s: RawSkill, fallback: string): (typeof SKILL_LEVELS)[number] {
  return (typeof s === 'string' ? fallback : (s.level ?? fallback)) as (typeof SKILL_LEVELS)[number];
}

/** Coordinates win; else the postal code or place name through the offline gazetteer. */
function placeOf(raw: { plz?: string; place?: string; coordinates?: [number, number]; country?: 'CH' | 'DE' }, fallback: 'CH' | 'DE', where: string): ProfilePlace {
  if (raw.coordinates) {
    return { postalCode: raw.plz, name: raw.place, country: raw.country ?? fallback, point: { latitude: raw.coordinates[0], longitude: raw.coordinates[1] } };
  }
  const text = [raw.plz, raw.place].filter(Boolean).join(' ');
  const found = text ? lookupPlace(text) : undefined;
  if (!found) throw new Error(`${where}: place "${text}" unknown (give coordinates)`);
  return { postalCode: found.postalCode, name: raw.place ?? found.name, country: found.country, point: { latitude: found.latitude, longitude: found.longitude } };
}

function toJob(raw: RawJob, set: RawSet, resolve: SkillResolver): JobPosting {
  const now = new Date(`${set.now}T00:00:00Z`);
  const place = placeOf(raw, set.country ?? 'CH', `job ${raw.id}`);
  const fallback = raw.level ?? 'good';
  const skillPhrases: string[] = [];
  const named: string[] = [];
  const skills = [...raw.essential.map((s) => ({ s, essential: true })), ...(raw.optional ?? []).map((s) => ({ s, essential: false }))].flatMap(({ s, essential }) => {
    const conceptId = resolve.conceptOf(skillText(s), raw.id);
    if (conceptId) return [{ conceptId, essential, level: skillLevel(s, fallback) }];
    // The words stay searchable as written; what a counsellor reads in them joins the structure.
    skillPhrases.push(skillText(s));
    const reading = resolve.readingOf(skillText(s), raw.id);
    named.push(...reading.occupations);
    // Any one of several alternatives will do: none of them is required on its own.
    const alone = reading.skills.length === 1;
    return reading.skills.map((k) => ({ conceptId: k.conceptId, essential: essential && alone, level: reading.interest ? 'basic' : skillLevel(s, fallback) }));
  });
  const published = raw.published ? new Date(`${raw.published}T00:00:00Z`) : now;
  return {
    id: raw.id,
    source: 'eval',
    externalId: raw.id,
    employerName: raw.employer,
    title: raw.title,
    // The source's occupation when it names one, else what the title names, as an import stores it.
    // A posting that names no occupation itself is of the one its requirements ask for ("Polymechaniker EFZ").
    occupationId: (raw.occupation ? resolve.occupationOf(raw.occupation) : resolve.occupationOfTitle(raw.title)) ?? named[0],
    description: raw.description ?? '',
    kind: raw.kind as JobPosting['kind'],
    postalCode: place.postalCode,
    placeName: place.name,
    country: place.country ?? 'CH',
    point: place.point,
    pensum: raw.pensum ? { min: raw.pensum[0], max: raw.pensum[1] } : { min: 100, max: 100 },
    languages: (raw.languages ?? []) as JobPosting['languages'],
    skills,
    skillPhrases,
    publishedAt: published,
    updatedAt: published,
  };
}

/**
 * The persona as `lotse match --skills … --text …` sees it: the skill phrases resolved the way the
 * chat resolves them (occupations, skills, the rest kept as own words), the description understood
 * as the chat understands a message (skills, occupations) and kept as own words.
 */
function toProfile(raw: RawPersona, set: RawSet, taxonomy: Taxonomy, dropout?: Dropout): Profile {
  const now = new Date(`${set.now}T00:00:00Z`);
  const locale = set.locale as Locale;
  const hasPlace = raw.plz || raw.place || raw.coordinates;
  const phrases = raw.skills.map((s) => ({ text: skillText(s), level: typeof s === 'string' ? undefined : (s.level as Profile['skills'][number]['level']) }));
  // A phrase the dropout drops stays the person's own words, as one the taxonomy does not know.
  const unknown = phrases.filter((p) => droppedOut(dropout, `persona:${raw.id}`, p.text)).map((p) => p.text);
  const known = personWords(
    phrases.filter((p) => !unknown.includes(p.text)),
    raw.description,
    taxonomy,
    locale,
  );
  const words = unknown.length === 0 ? known : { ...known, ownWords: [...known.ownWords, ...unknown], text: [known.text, ...unknown].filter(Boolean).join('\n') };
  return searchProfile(
    {
      id: raw.id,
      locale,
      place: hasPlace ? placeOf(raw, set.country ?? 'CH', `persona ${raw.id}`) : undefined,
      radiusKm: raw.radiusKm,
      pensum: raw.pensum ? { min: raw.pensum[0], max: raw.pensum[1] } : undefined,
      positionKinds: (raw.kinds ?? []) as Profile['positionKinds'],
      skills: words.skills,
      occupations: words.occupations,
      ownWords: words.text,
      listedSkills: phrases.map((p) => p.text),
      languages: (raw.languages ?? []) as Profile['languages'],
    },
    now,
  );
}

/** MiniSearch's terms: folded like the taxonomy folds (ä → ae), German filler words dropped. */
export function miniTerm(term: string): string | null {
  const folded = fold(term);
  return folded && !STOPWORDS.has(folded) ? folded : null;
}

/** BM25 over the texts a job board shows: title, occupation, employer, place, skills as written, description. */
function miniSearchOf(jobs: readonly RawJob[]): MiniSearch {
  const mini = new MiniSearch({
    fields: ['title', 'occupation', 'employer', 'place', 'skills', 'description'],
    processTerm: miniTerm,
    searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2 },
  });
  mini.addAll(
    jobs.map((j) => ({
      id: j.id,
      title: j.title,
      occupation: j.occupation ?? '',
      employer: j.employer,
      place: [j.plz, j.place].filter(Boolean).join(' '),
      skills: [...j.essential, ...(j.optional ?? [])].map(skillText).join(', '),
      description: j.description ?? '',
    })),
  );
  return mini;
}

/** The radius filter of both BM25 baselines: jobs within the persona's radius (the matcher's default radius when none is given). */
function withinRadius(jobs: readonly JobPosting[], profile: Profile): (id: string) => boolean {
  const from = profile.place?.point;
  const radius = profile.radiusKm ?? DEFAULT_RADIUS_KM;
  const ok = new Set(jobs.filter((j) => !from || !j.point || pointDistanceKm(from, j.point) <= radius).map((j) => j.id));
  return (id) => ok.has(id);
}

/**
 * Share of the persona's relevant jobs (grade ≥ 1) that lie inside its hard constraints: within the
 * wished radius (the matcher's default when none) and of a wished kind (any when none). A matcher
 * that never leaves the hard constraints cannot reach a higher recall.
 */
export function recallCeiling(jobs: readonly JobPosting[], profile: Profile, labels: Map<string, number>): number {
  const within = withinRadius(jobs, profile);
  const kinds = profile.positionKinds;
  const relevant = jobs.filter((j) => (labels.get(j.id) ?? 0) > 0);
  if (relevant.length === 0) return 0;
  return relevant.filter((j) => within(j.id) && (kinds.length === 0 || kinds.includes(j.kind))).length / relevant.length;
}

/** Constraints with every hard filter off, so that the matcher's score alone orders the jobs. */
const NO_CONSTRAINTS: Constraints = { radiusKm: Infinity, kind: false, pensum: false, skills: false, languages: false, relaxed: [] };

/** Every job ranked by the matcher's own score (same features and weights as a search, no filtering). */
function scoreOnlyRanking(jobs: readonly NaiveJob[], query: MatchQuery): string[] {
  const ranks = querySkillRanks(query, (level) => LEVEL_RANK[level as keyof typeof LEVEL_RANK] ?? 1);
  const languages = languageRanks(query.languages);
  const interests = interestVector(query.interests);
  return jobs
    .flatMap((entry, i) => {
      const f = featuresOf(entry, query, NO_CONSTRAINTS, ranks, languages, interests);
      return f ? [{ id: entry.job.id, i, score: combine(f) }] : [];
    })
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.id);
}

function diagnosticsOf(results: readonly PersonaResult[]): Diagnostics {
  return {
    matcherReturned: round(mean(results.map((p) => p.returned))),
    scoreOnly: average(results.map((p) => p.scoreOnly)),
    strictThenScore: average(results.map((p) => p.strictThenScore)),
    recallCeiling: round(mean(results.map((p) => p.ceiling))),
  };
}

function scores(ranking: string[], labels: Map<string, number>): Scores {
  return { ndcg10: ndcgAt(ranking, labels, K) ?? 0, recall10: recallAt(ranking, labels, K) ?? 0 };
}

function graded(ranking: string[], labels: Map<string, number>): string[] {
  return ranking.map((id) => `${id}:${labels.get(id) ?? 0}`);
}

function average(items: Scores[]): Scores {
  return { ndcg10: round(mean(items.map((s) => s.ndcg10))), recall10: round(mean(items.map((s) => s.recall10))) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A set turned into what the matcher sees: job postings and one profile per persona (skills resolved). */
export interface PreparedSet {
  jobs: JobPosting[];
  personas: { raw: RawPersona; profile: Profile; labels: Map<string, number> }[];
  unresolvedSkills: string[];
  nonSkills: string[];
}

export function prepareSet(set: RawSet, taxonomy: Taxonomy = builtinTaxonomy(), dropout?: Dropout): PreparedSet {
  const resolve = new SkillResolver(taxonomy, set.locale as Locale, dropout);
  const jobs = set.jobs.map((j) => toJob(j, set, resolve));
  const personas = set.personas.map((raw) => ({ raw, profile: toProfile(raw, set, taxonomy, dropout), labels: new Map(Object.entries(raw.labels)) }));
  const listed = set.personas.map((raw) => resolvePhrases(raw.skills.map((s) => ({ text: skillText(s) })), taxonomy, set.locale as Locale));
  const ownWords = listed.flatMap((r) => r.ownWords);
  const nonSkills = listed.flatMap((r) => r.nonSkills.map((n) => n.text));
  return { jobs, personas, unresolvedSkills: [...new Set([...resolve.unresolved, ...ownWords])].sort(), nonSkills: [...new Set([...resolve.nonSkills, ...nonSkills])].sort() };
}

/** Evaluates one set: the matcher and both MiniSearch baselines, per persona and averaged. */
export async function evaluateSet(set: RawSet, file: string, taxonomy: Taxonomy = builtinTaxonomy(), dropout?: Dropout): Promise<SetResult> {
  const prepared = prepareSet(set, taxonomy, dropout);
  const now = new Date(`${set.now}T00:00:00Z`);
  const service = createProposalService({
    catalog: { activeJobs: async () => prepared.jobs, allTrainings: async () => [] },
    vocabulary: taxonomy,
    feedback: async () => [],
    now: () => now,
  });
  const mini = miniSearchOf(set.jobs);
  const naive = prepareNaive(prepared.jobs);
  const perPersona: PersonaResult[] = [];
  for (const { raw: persona, profile, labels } of prepared.personas) {
    const matched = (await service.jobs(profile, { limit: K })).items.map((p) => p.job.id);
    const byScore = scoreOnlyRanking(naive, queryFromProfile(profile, [], now));
    const filled = [...matched, ...byScore.filter((id) => !matched.includes(id))].slice(0, K);
    const within = withinRadius(prepared.jobs, profile);
    const byText = mini.search(persona.description).map((r) => String(r.id)).filter(within).slice(0, K);
    const bySkills = mini.search(persona.skills.map(skillText).join(' ')).map((r) => String(r.id)).filter(within).slice(0, K);
    perPersona.push({
      id: persona.id,
      relevant: [...labels.values()].filter((g) => g > 0).length,
      matcher: scores(matched, labels),
      minisearch: scores(byText, labels),
      minisearchSkills: scores(bySkills, labels),
      returned: matched.length,
      scoreOnly: scores(byScore, labels),
      strictThenScore: scores(filled, labels),
      ceiling: recallCeiling(prepared.jobs, profile, labels),
      rankings: { matcher: graded(matched, labels), minisearch: graded(byText, labels), minisearchSkills: graded(bySkills, labels) },
    });
  }
  return {
    name: set.name,
    file: basename(file),
    heldOut: set.heldOut === true,
    personas: set.personas.length,
    jobs: set.jobs.length,
    matcher: average(perPersona.map((p) => p.matcher)),
    minisearch: average(perPersona.map((p) => p.minisearch)),
    minisearchSkills: average(perPersona.map((p) => p.minisearchSkills)),
    unresolvedSkills: prepared.unresolvedSkills,
    nonSkills: prepared.nonSkills,
    diagnostics: diagnosticsOf(perPersona),
    perPersona,
  };
}

/** Evaluates every set of a directory; overall figures average over all personas of all sets. */
export async function evaluateDirectory(dir: string, only?: readonly string[], dropout?: Dropout): Promise<EvalReport> {
  const files = setFiles(dir, only);
  if (files.length === 0) throw new Error(`${dir}: no persona sets (*.json)${only ? ` named ${only.join(', ')}` : ''}`);
  const sets: SetResult[] = [];
  for (const file of files) sets.push(await evaluateSet(readSet(file), file, undefined, dropout));
  const all = sets.flatMap((s) => s.perPersona);
  const matcher = average(all.map((p) => p.matcher));
  const minisearch = average(all.map((p) => p.minisearch));
  return {
    k: K,
    sets,
    overall: {
      personas: all.length,
      jobs: sets.reduce((n, s) => n + s.jobs, 0),
      matcher,
      minisearch,
      minisearchSkills: average(all.map((p) => p.minisearchSkills)),
      ratio: minisearch.ndcg10 > 0 ? round(matcher.ndcg10 / minisearch.ndcg10) : 0,
      diagnostics: diagnosticsOf(all),
    },
  };
}
