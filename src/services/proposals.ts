/**
 * The proposal service: keeps the match and training indexes in memory, refreshes them when the
 * catalog changes, and turns matcher results into proposals with explanations in the person's
 * locale ("Passt, weil …; dir fehlt noch …"). The job indexes hold columns only (a million postings
 * fit in a few hundred MB); the postings of the page shown are read from the catalog.
 */
import { quotedWords, searchableWords } from '../matching/own-words';
import { textsFor } from '../i18n';
import { explainJob, explainRelaxations, explainTraining, explainTrainingWords, type ExplainTexts } from '../matching/explain';
import { isSchoolAge } from '../matching/audience';
import { pointDistanceKm } from '../matching/geo';
import { taxonomyFacts } from '../matching/concept-facts';
import { isCarLicence, learnerAudience, learnerLanguages, learnerSituation, saysNoQualification, tradeNames, withoutCarLicence } from '../matching/course-facts';
import { hybridSearch, wantsHybrid, withoutLeftPlaces, withoutRefusedWords, type HybridScoredJob } from '../matching/hybrid';
import { ruledOutConditions } from '../nlu/aversions';
import { findDescribedAge } from '../nlu/introductions';
import { LexicalIndexBuilder, type LexicalIndex } from '../matching/lexical';
import { MatchIndexBuilder, type MatchIndex } from '../matching/match-index';
import { Taxonomy } from '../matching/taxonomy';
import { SkillLexicon } from '../matching/taxonomy/layers';
import { queryFromProfile, type Feedback, type MatchQuery } from '../matching/query';
import { TrainingIndex, type ScoredTraining } from '../matching/training-index';
import type { JobPosting, Training } from '../matching/types';
import { ALERT_MIN_SCORE, TRAINING_GAP } from '../matching/weights';
import { homeCountry } from '../profile/search-profile';
import { isLearningKind, type Country, type Locale, type Profile } from '../profile/types';
import type {
  JobProposal,
  OfferScope,
  ProposalPage,
  ProposalService,
  Relaxation,
  SkillSuggestion,
  SkillVocabulary,
  TrainingProposal,
} from './ports';

/** Where the service reads jobs and trainings from (the CatalogStore, or the demo catalog). */
export interface ProposalCatalog {
  /** Open postings (not expired). */
  activeJobs(): Promise<JobPosting[]>;
  /** Open postings in batches, in one fixed order (the indexes are built from it without holding every posting at once). */
  activeJobBatches?(): AsyncIterable<JobPosting[]>;
  /** About how many open postings there are (sizes the index's columns once instead of growing them). */
  activeJobCount?(): Promise<number>;
  /** The open postings with these ids (any order; a removed or expired one is absent). Without it, they are picked from activeJobs(). */
  jobsByIds?(ids: readonly string[]): Promise<JobPosting[]>;
  allTrainings(): Promise<Training[]>;
  /** Whether jobs or trainings changed since an instant (lets refresh skip a rebuild); a list or count counts as changed when non-empty. */
  jobsChangedSince?(since: Date): Promise<boolean | number | readonly unknown[]>;
}

export interface ProposalServiceOptions {
  catalog: ProposalCatalog;
  vocabulary: SkillVocabulary;
  /** The person's "merken"/"passt nicht" verdicts (ProfileStore.feedbackOf). */
  feedback: (personId: string) => Promise<readonly Feedback[]>;
  now?: () => Date;
  /** How often a search checks whether the catalog changed (default 60 s). */
  refreshEveryMs?: number;
  /** The taxonomy behind the hybrid ranking (soft skills, related occupations); default: the vocabulary when it is one. */
  taxonomy?: Taxonomy;
}

/** The proposal service plus what the CLI, job alerts and dialogs need beyond the port. */
export interface ProposalEngine extends ProposalService {
  /** Rebuilds the indexes (force) or only when the catalog reports changes. */
  refresh(force?: boolean): Promise<void>;
  /** Strictly matching jobs published after `since` (job alerts; no relaxation). */
  newJobs(profile: Profile, since: Date, limit?: number): Promise<JobProposal[]>;
  /** One sentence per relaxation, for the dialog to say before the results. */
  relaxationTexts(locale: Locale, relaxed: readonly Relaxation[]): string[];
  /** The indexed trainings (the boards and dialogs list them without a query per request). */
  trainingCatalog(): Promise<readonly Training[]>;
  /** How many jobs and trainings are indexed. */
  size(): Promise<{ jobs: number; trainings: number }>;
}

interface Indexes {
  jobs: MatchIndex;
  /** BM25 over the postings' full text, built in the same pass (the texts are not kept). */
  lexical: LexicalIndex;
  trainings: TrainingIndex;
  builtAt: Date;
}

function changed(answer: boolean | number | readonly unknown[]): boolean {
  if (typeof answer === 'boolean') return answer;
  if (typeof answer === 'number') return answer > 0;
  return answer.length > 0;
}

/** Creates the proposal service over a catalog. */
export function createProposalService(options: ProposalServiceOptions): ProposalEngine {
  const now = options.now ?? (() => new Date());
  const refreshEveryMs = options.refreshEveryMs ?? 60_000;
  let indexes: Indexes | undefined;
  let building: Promise<Indexes> | undefined;
  let checkedAt = 0;

  async function build(): Promise<Indexes> {
    const builtAt = now();
    const expected = (await options.catalog.activeJobCount?.()) ?? 0;
    const match = new MatchIndexBuilder(expected);
    const lexical = new LexicalIndexBuilder((id) => options.vocabulary.label(id, 'de-CH'), expected);
    const batches = async () => {
      const { catalog } = options;
      for await (const batch of catalog.activeJobBatches ? catalog.activeJobBatches() : [await catalog.activeJobs()]) {
        match.add(batch);
        lexical.add(batch);
      }
    };
    const [trainings] = await Promise.all([options.catalog.allTrainings(), batches()]);
    indexes = { jobs: match.build(), lexical: lexical.build(), trainings: new TrainingIndex(trainings, (id) => options.vocabulary.label(id, 'de-CH')), builtAt };
    checkedAt = Date.now();
    return indexes;
  }

  /** The postings of a page, by id, as the catalog holds them now. */
  async function postings(ids: readonly string[]): Promise<Map<string, JobPosting>> {
    if (ids.length === 0) return new Map();
    const wanted = new Set(ids);
    const rows = options.catalog.jobsByIds ? await options.catalog.jobsByIds(ids) : (await options.catalog.activeJobs()).filter((job) => wanted.has(job.id));
    return new Map(rows.filter((job) => wanted.has(job.id)).map((job) => [job.id, job]));
  }

  /** Proposals for the scored jobs whose postings are still in the catalog (a posting removed since the last refresh is left out). */
  async function proposalsOf(profile: Profile, query: MatchQuery, items: readonly HybridScoredJob[]): Promise<JobProposal[]> {
    const rows = await postings(items.map((item) => item.id));
    // A pupil has no occupation yet («Ich bin 15», or the situation says so), nor has one who looks only for a
    // Lehrstelle or a Schnupperlehre: the one named is the one wished for («nahe an deinem Wunschberuf»).
    const learnsOnly = query.kinds.length > 0 && query.kinds.every(isLearningKind);
    const wishedOccupation = learnsOnly || isSchoolAge(query.text, query.now, query.situation);
    return items.flatMap((item) => {
      const job = rows.get(item.id);
      return job ? [toJobProposal(profile, query, item, job, wishedOccupation)] : [];
    });
  }

  function rebuild(): Promise<Indexes> {
    building ??= build().finally(() => (building = undefined));
    return building;
  }

  async function refresh(force = true): Promise<void> {
    if (!force && indexes && options.catalog.jobsChangedSince) {
      checkedAt = Date.now();
      if (!changed(await options.catalog.jobsChangedSince(indexes.builtAt))) return;
    }
    await rebuild();
  }

  async function current(): Promise<Indexes> {
    if (!indexes) return rebuild();
    if (Date.now() - checkedAt > refreshEveryMs) await refresh(false);
    return indexes;
  }

  // The app's vocabulary is the skill lexicon: its top layer is the taxonomy the ranking needs (soft skills, interests, related occupations).
  const taxonomy = options.taxonomy ?? taxonomyOf(options.vocabulary);
  const facts = taxonomyFacts(taxonomy);

  const label = (id: string, locale: Locale) => options.vocabulary.label(id, locale) ?? id.slice(id.lastIndexOf('/') + 1);
  const suggestions = (ids: string[], locale: Locale): SkillSuggestion[] => ids.map((conceptId) => ({ conceptId, label: label(conceptId, locale), confidence: 1 }));

  /** The countries a search covers: those asked for, else the person's own (any when unknown). */
  function countriesOf(profile: Profile, scope: OfferScope): readonly Country[] | undefined {
    if (scope.countries === 'any') return undefined;
    if (scope.countries?.length) return scope.countries;
    const home = homeCountry(profile);
    return home ? [home] : undefined;
  }

  async function queryOf(profile: Profile, scope: OfferScope = {}): Promise<MatchQuery> {
    return { ...queryFromProfile(profile, await options.feedback(profile.id), now()), countries: countriesOf(profile, scope) };
  }

  function toJobProposal(profile: Profile, query: MatchQuery, item: HybridScoredJob, job: JobPosting, wishedOccupation: boolean): JobProposal {
    const texts: ExplainTexts = textsFor(profile.locale);
    const matched = suggestions(item.matched, profile.locale);
    const missing = suggestions(item.missing, profile.locale);
    const explanation = explainJob(texts, {
      breakdown: item.breakdown,
      kind: job.kind,
      matchedLabels: matched.map((s) => s.label),
      // An interest is brought like a soft skill («Interesse an Technik mitbringst»), never «gekonnt».
      broughtLabels: matched.filter((s) => facts.isSoft(s.conceptId) || facts.isInterest?.(s.conceptId)).map((s) => s.label),
      // An interest or a soft skill a posting asks for is no gap to name («lernst du auch Interesse an
      // Technik», «dir fehlt noch Zuverlässigkeit»): that they did not mention it says nothing of it.
      missingLabels: missing.filter((s) => !facts.isInterest?.(s.conceptId) && !facts.isSoft(s.conceptId)).map((s) => s.label),
      distanceKm: item.distanceKm,
      radiusKm: query.radiusKm,
      wishedKind: query.kinds.length > 0,
      wishedPensum: query.pensum !== undefined,
      hasInterests: Object.keys(query.interests ?? {}).length > 0,
      saved: item.saved,
      occupation: item.hybrid?.occupation && {
        label: label(item.hybrid.occupation.id, profile.locale),
        related: item.hybrid.occupation.related,
        wished: wishedOccupation,
      },
      words: item.hybrid ? quotedWords(item.hybrid.words, [query.text ?? '', ...(query.listed ?? [])].join('\n')) : undefined,
      avoided: item.hybrid?.avoided,
      caveats: item.hybrid?.caveats,
    });
    return { job, score: item.score, breakdown: item.breakdown, explanation, matched, missing, distanceKm: item.distanceKm, relaxed: item.relaxed };
  }

  /**
   * A training and its reason: the gap skills it teaches; for a course the words brought in, the
   * person's skills it deepens, else the person's words it contains.
   */
  function toTrainingProposal(profile: Profile, query: MatchQuery, item: ScoredTraining, deepens: boolean, searched: string): TrainingProposal {
    const texts = textsFor(profile.locale);
    // The reason quotes the person ("einsteigen"), not the index's folded terms or a compound's part ("einst").
    const words = quotedWords(item.words, searched);
    const teaches = suggestions(item.teaches, profile.locale);
    const have = new Set(query.skills.map((s) => s.conceptId));
    const deepened = teaches.length > 0 ? [] : item.training.skills.filter((id) => have.has(id));
    // A course found for the person's language level or situation alone says what it teaches (else "Bringt dir  bei").
    const taught = teaches.length > 0 ? teaches : suggestions([...new Set(item.training.skills)], profile.locale);
    const explanation =
      teaches.length > 0 || (deepened.length === 0 && words.length === 0)
        ? explainTraining(texts, item.training, taught.length > 0 ? taught.map((s) => s.label) : [item.training.title], item.distanceKm, deepens)
        : deepened.length > 0
          ? explainTraining(texts, item.training, suggestions(deepened, profile.locale).map((s) => s.label), item.distanceKm, true)
          : explainTrainingWords(texts, item.training, words, item.distanceKm);
    return { training: item.training, score: item.score, explanation, teaches, distanceKm: item.distanceKm };
  }

  /**
   * The skills to train with their weights: of one job, or the gaps of the person's best jobs
   * (found as the job proposals find them, own words and occupations included). Essential skills
   * count double. `first` is the gap of the best TRAINING_GAP.jobs jobs, the better job weighing
   * more; `all` that of the best TRAINING_GAP.pool jobs, for when no course closes the first and to
   * tell whether a course closes a gap at all. Soft skills are no gap to train.
   */
  function gapsOf(idx: Indexes, query: MatchQuery, forJobId?: string): { first: Map<string, number>; all: Map<string, number> } {
    const first = new Map<string, number>();
    const all = new Map<string, number>();
    const add = (gap: Map<string, number>, id: string, w: number) => {
      if (!facts.isSoft(id)) gap.set(id, (gap.get(id) ?? 0) + w);
    };
    const requirements = forJobId ? idx.jobs.requirements(forJobId) : undefined;
    if (forJobId) {
      const have = new Set(query.skills.map((s) => s.conceptId));
      for (const s of requirements ?? []) if (!have.has(s.conceptId)) add(first, s.conceptId, s.essential ? 2 : 1);
      return { first, all: first };
    }
    const paging = { limit: TRAINING_GAP.pool };
    const best = wantsHybrid(query) ? hybridSearch(idx.jobs, () => idx.lexical, query, facts, paging).items : idx.jobs.search(query, paging).items;
    best.forEach((item, rank) => {
      const w = 1 / (1 + rank * TRAINING_GAP.rankDecay);
      for (const gap of rank < TRAINING_GAP.jobs ? [first, all] : [all]) {
        for (const id of item.missing) add(gap, id, 2 * w);
        for (const id of item.missingOptional) add(gap, id, w);
      }
    });
    return { first, all };
  }

  const service: ProposalEngine = {
    async jobs(profile, page = {}) {
      const [idx, query] = await Promise.all([current(), queryOf(profile, page)]);
      const paging = { limit: page.limit ?? 5, offset: page.offset ?? 0 };
      const result = wantsHybrid(query) ? hybridSearch(idx.jobs, () => idx.lexical, query, facts, paging) : idx.jobs.search(query, paging);
      const items = await proposalsOf(profile, query, result.items);
      return { items, total: result.total - (result.items.length - items.length), relaxed: result.relaxed };
    },

    async trainings(profile, page = {}): Promise<ProposalPage<TrainingProposal>> {
      const [idx, query] = await Promise.all([current(), queryOf(profile, page)]);
      const paging = { limit: page.limit ?? 3, offset: page.offset ?? 0 };
      const base = {
        point: query.point,
        radiusKm: query.radiusKm,
        now: query.now,
        countries: query.countries,
        languages: learnerLanguages({ languages: query.languages, locale: profile.locale, languageSkills: query.skills.filter((s) => facts.isLanguage?.(s.conceptId)).length }),
        audience: learnerAudience(query),
        situation: learnerSituation(query),
        unqualified: saysNoQualification(query.text),
        avoided: ruledOutConditions(query.text ?? '').conditions,
        have: query.skills.map((s) => s.conceptId),
        age: query.text ? findDescribedAge(query.text, query.now) : undefined,
      };
      const gaps = gapsOf(idx, query, page.forJobId);
      // For one job's gap the words do not pull other courses in.
      // Their town and numbers are no words of a course's subject, nor a condition they rule out (as for jobs); courses are searched within twice the radius.
      // Nor is a car driving licence (it would pull the professional drivers' courses).
      const words = page.forJobId ? undefined : searchableWords(withoutCarLicence(withoutRefusedWords(query.text ?? '')), query.point, 2 * query.radiusKm).trim() || undefined;
      // The field a person comes from, in words: a language they speak is none (it would pull every language course), nor a car driving licence.
      // The place of a trade they leave is none either («Personen befördern (Taxi)» for a taxi driver who wants to drive buses).
      const skillWords = withoutLeftPlaces(
        query.skills
          .filter((s) => !facts.isLanguage?.(s.conceptId) && !isCarLicence(s.conceptId))
          .map((s) => label(s.conceptId, profile.locale))
          .join(', '),
        query.text ?? '',
      );
      // Other names of their trade, to tell a course meant for it («für FaGe» for a «Fachfrau Gesundheit»).
      const tradeWords = tradeNames(query.occupations ?? [], query.skills.map((s) => s.conceptId), facts);
      let result = idx.trainings.forGap({ ...base, gap: gaps.first, words, skillWords, tradeWords }, paging);
      if (result.total === 0 && gaps.all !== gaps.first) result = idx.trainings.forGap({ ...base, gap: gaps.all, words, skillWords, tradeWords }, paging);
      let deepens = false;
      if (result.total === 0 && !page.forJobId && query.skills.length > 0) {
        result = idx.trainings.forGap({ ...base, gap: query.skills.map((s) => s.conceptId), words, skillWords, tradeWords }, paging);
        deepens = true;
      }
      const searched = [words ?? '', skillWords].join('\n');
      return { items: result.items.map((item) => toTrainingProposal(profile, query, item, deepens, searched)), total: result.total, relaxed: result.relaxed };
    },

    async job(id) {
      return (await current()).jobs.has(id) ? (await postings([id])).get(id) : undefined;
    },

    async fit(profile, jobId) {
      const [idx, query] = await Promise.all([current(), queryOf(profile)]);
      const scored = idx.jobs.scoreOne(query, jobId);
      return scored && (await proposalsOf(profile, query, [scored]))[0];
    },

    async trainingFit(profile, trainingId) {
      const [idx, query] = await Promise.all([current(), queryOf(profile)]);
      const training = idx.trainings.get(trainingId);
      if (!training) return undefined;
      const gap = new Set(gapsOf(idx, query).all.keys());
      const have = new Set(query.skills.map((s) => s.conceptId));
      const closes = suggestions(training.skills.filter((id) => gap.has(id) && !have.has(id)), profile.locale);
      const deepens = suggestions(training.skills.filter((id) => have.has(id)), profile.locale);
      const distanceKm = query.point && training.point && !training.online ? pointDistanceKm(query.point, training.point) : undefined;
      const labels = (closes.length ? closes : deepens.length ? deepens : suggestions(training.skills, profile.locale)).map((s) => s.label);
      const explanation = explainTraining(textsFor(profile.locale), training, labels, distanceKm, closes.length === 0 && deepens.length > 0);
      return { training, closes, deepens, explanation };
    },

    refresh,

    async newJobs(profile, since, limit = 5) {
      const [idx, query] = await Promise.all([current(), queryOf(profile)]);
      const result = idx.jobs.search({ ...query, publishedAfter: since }, { limit, relax: false });
      return proposalsOf(profile, query, result.items.filter((item) => item.score >= ALERT_MIN_SCORE && !item.saved));
    },

    relaxationTexts: (locale, relaxed) => explainRelaxations(textsFor(locale), relaxed),

    async trainingCatalog() {
      return (await current()).trainings.trainings;
    },

    async size() {
      const idx = await current();
      return { jobs: idx.jobs.size, trainings: idx.trainings.trainings.length };
    },
  };
  return service;
}

/** The taxonomy behind a vocabulary: itself, or the top layer of the skill lexicon. */
function taxonomyOf(vocabulary: SkillVocabulary): Taxonomy | undefined {
  if (vocabulary instanceof Taxonomy) return vocabulary;
  return vocabulary instanceof SkillLexicon ? vocabulary.taxonomy : undefined;
}
