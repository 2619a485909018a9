/**
 * The job and training boards' queries: words, skill, occupation, place and radius and the
 * boards' filters over the open catalog, one page at a time. Reads through a small catalog port
 * (the store implements it) and the skills vocabulary; no HTTP and no HTML here.
 */
import type { JobPosting, Training, TrainingFormat } from '../matching/types';
import { KM_PER_DEG_LAT, KM_PER_DEG_LON_EQUATOR, pointDistanceKm } from '../matching/geo';
import { lookupPlace, type Place } from '../nlu/places';
import { fold } from '../nlu/tokens';
import type { GeoPoint, Locale, PositionKind } from '../profile/types';
import type { SkillVocabulary } from './ports';

/**
 * What the boards read from the catalog: the open jobs from the store (the match index keeps no
 * postings, only columns), the trainings from the proposal engine's in-memory index, single
 * postings from the store.
 */
export interface BoardCatalog {
  /** Open jobs, newest first (may include some that expired since the index was built). */
  activeJobs(): Promise<readonly JobPosting[]>;
  job(id: string): Promise<JobPosting | undefined>;
  allTrainings(): Promise<readonly Training[]>;
  training(id: string): Promise<Training | undefined>;
  /** The job search in the database; without it the boards filter activeJobs() in memory. */
  jobSearch?: JobSearch;
}

/** The job filters the database applies exactly as the in-memory tests do (open postings only). */
export interface JobFilter {
  skill?: string;
  kind?: PositionKind;
  pensum?: number;
  startFrom?: string;
  /** Folded words, each contained in the folded title, employer and description (store: searchText). */
  words?: string[];
  /** Folded words, each in the folded title (store: searchTitle) or the occupation's name, i.e. one of `occupationIds`. */
  occupationWords?: { word: string; occupationIds: string[] }[];
  /** Only postings with a point inside it. */
  box?: GeoBox;
}

/** A latitude/longitude box, a superset of a radius around a point. */
export interface GeoBox {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number;
  maxLongitude: number;
}

/**
 * Open postings that pass a filter, newest first (the order of activeJobs), read a page at a time,
 * so that a board request reads one page of postings however large the catalog is.
 */
export interface JobSearch {
  count(filter: JobFilter): Promise<number>;
  /** Without `take`, all from `skip` on. */
  page(filter: JobFilter, skip: number, take?: number): Promise<JobPosting[]>;
  /** Ids and points of the passing postings with a point inside the box, newest first. */
  pointsIn(filter: JobFilter, box: GeoBox): Promise<{ id: string; latitude: number; longitude: number }[]>;
  /** These postings (any order; a closed or removed one is absent). */
  byIds(ids: readonly string[]): Promise<JobPosting[]>;
  /** The occupations the catalog's postings name (the board matches their names in memory). */
  occupationIds(): Promise<string[]>;
}

export const PAGE_SIZE = 20;

export interface CommonFilters {
  words?: string;
  skill?: string;
  /** A postal code or a town name. */
  place?: string;
  radiusKm: number;
  page: number;
}

export interface JobQuery extends CommonFilters {
  occupation?: string;
  kind?: PositionKind;
  /** A Pensum in percent the posting must allow. */
  pensum?: number;
  /** ISO day: postings starting on or after it (or "nach Vereinbarung"). */
  startFrom?: string;
}

export interface TrainingQuery extends CommonFilters {
  /** Only online trainings. */
  online?: boolean;
  format?: TrainingFormat;
  /** Highest cost (0 = free only). */
  maxCost?: number;
  funding?: string;
}

export interface BoardHit<T> {
  item: T;
  distanceKm?: number;
}

export interface BoardPage<T> {
  hits: BoardHit<T>[];
  total: number;
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** The place the radius was measured from, when one was asked and known. */
  place?: Place;
  /** True when the asked place is unknown (the filter is then not applied). */
  unknownPlace?: boolean;
}

export interface BoardService {
  jobs(query: JobQuery, locale: Locale): Promise<BoardPage<JobPosting>>;
  job(id: string): Promise<JobPosting | undefined>;
  trainings(query: TrainingQuery, locale: Locale): Promise<BoardPage<Training>>;
  training(id: string): Promise<Training | undefined>;
  /** Funding kinds that occur in the catalog (for the filter's choices). */
  fundings(): Promise<string[]>;
}

type Test<T> = (item: T) => boolean;

/**
 * The boards' folding of words and texts: `fold`, lower-cased once more because compatibility
 * characters can decompose to capitals ("™" → "TM"). So no capital is left on either side, and
 * SQLite's LIKE (blind to ASCII case) and PostgreSQL's (not) find the same postings as here.
 */
export function boardFold(text: string): string {
  return fold(text).toLowerCase();
}

/** The folded words of a query, each to be found somewhere in the folded text. */
function termsOf(words: string | undefined): string[] {
  return boardFold(words ?? '').split(/\s+/).filter(Boolean);
}

function wordsTest<T>(words: string | undefined, text: (item: T) => string): Test<T> | undefined {
  const terms = termsOf(words);
  if (terms.length === 0) return undefined;
  return (item) => {
    const haystack = boardFold(text(item));
    return terms.every((term) => haystack.includes(term));
  };
}

/** The concept a free-text skill names (the vocabulary's best guess), or a label that matches nothing. */
function skillConcept(vocabulary: SkillVocabulary, skill: string | undefined, locale: Locale): string | undefined | null {
  if (!skill?.trim()) return undefined;
  return vocabulary.find(skill, locale, 1)[0]?.conceptId ?? null;
}

/** The 1-based page shown for `page` of `total` hits (clamped), and how many pages there are. */
function pageOf(total: number, page: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return { page: Math.min(Math.max(1, page), pages), pages };
}

function paginate<T>(hits: BoardHit<T>[], page: number): Pick<BoardPage<T>, 'hits' | 'total' | 'page' | 'pages'> {
  const current = pageOf(hits.length, page);
  return { hits: hits.slice((current.page - 1) * PAGE_SIZE, current.page * PAGE_SIZE), total: hits.length, ...current };
}

function placeOf(query: CommonFilters): Pick<BoardPage<never>, 'place' | 'unknownPlace'> {
  const place = query.place?.trim() ? lookupPlace(query.place) : undefined;
  return { place, unknownPlace: Boolean(query.place?.trim()) && !place };
}

/**
 * A box around `origin` that holds every point within `radiusKm` by distanceKmFast: the latitude
 * part alone never exceeds the distance, and the longitude part is widest at the box's edge nearest
 * the pole; a margin covers rounding.
 */
export function boxAround(origin: GeoPoint, radiusKm: number): GeoBox {
  const dLat = (radiusKm / KM_PER_DEG_LAT) * 1.01 + 1e-6;
  const poleward = Math.abs(origin.latitude) + dLat;
  // No wrap at ±180°: distanceKmFast does not wrap either, so the box agrees with it there.
  const dLon = poleward >= 89 ? 360 : (radiusKm / (KM_PER_DEG_LON_EQUATOR * Math.cos((poleward * Math.PI) / 180))) * 1.01 + 1e-6;
  return { minLatitude: origin.latitude - dLat, maxLatitude: origin.latitude + dLat, minLongitude: origin.longitude - dLon, maxLongitude: origin.longitude + dLon };
}

/**
 * The job query in the database: the filters and the page in SQL; with a place, the ids and points
 * in a box around it, the exact distance here, nearest first, then the page's postings by id.
 */
async function searchJobs(search: JobSearch, filter: JobFilter, query: CommonFilters): Promise<BoardPage<JobPosting>> {
  const where = placeOf(query);
  if (!where.place) {
    const total = await search.count(filter);
    const current = pageOf(total, query.page);
    const jobs = await search.page(filter, (current.page - 1) * PAGE_SIZE, PAGE_SIZE);
    return { hits: jobs.map((item) => ({ item })), total, ...current, ...where };
  }
  const origin = { latitude: where.place.latitude, longitude: where.place.longitude };
  // Stable sort over the newest-first rows: equal distances keep the in-memory path's order.
  const near = (await search.pointsIn(filter, boxAround(origin, query.radiusKm)))
    .map((row) => ({ id: row.id, distanceKm: pointDistanceKm(origin, row) }))
    .filter((row) => row.distanceKm <= query.radiusKm)
    .sort((a, b) => a.distanceKm - b.distanceKm);
  const current = pageOf(near.length, query.page);
  const slice = near.slice((current.page - 1) * PAGE_SIZE, current.page * PAGE_SIZE);
  const byId = new Map((await search.byIds(slice.map((row) => row.id))).map((job) => [job.id, job]));
  const hits = slice.flatMap((row) => {
    const item = byId.get(row.id);
    return item ? [{ item, distanceKm: row.distanceKm }] : [];
  });
  return { hits, total: near.length, ...current, ...where };
}

/** Filters, measures distances (nearest first when a place is given) and cuts one page. */
function select<T extends { point?: GeoPoint }>(items: readonly T[], tests: (Test<T> | undefined)[], query: CommonFilters, keepFar?: Test<T>): BoardPage<T> {
  const { place, unknownPlace } = placeOf(query);
  const active = tests.filter((test): test is Test<T> => test !== undefined);
  let hits: BoardHit<T>[] = items.filter((item) => active.every((test) => test(item))).map((item) => ({ item }));
  if (place) {
    const origin = { latitude: place.latitude, longitude: place.longitude };
    hits = hits
      .map((hit) => ({ ...hit, distanceKm: hit.item.point ? pointDistanceKm(origin, hit.item.point) : undefined }))
      .filter((hit) => (hit.distanceKm !== undefined && hit.distanceKm <= query.radiusKm) || keepFar?.(hit.item))
      .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
  }
  return { ...paginate(hits, query.page), place, unknownPlace };
}

const LIKE_SPECIAL = /[%_\\]/;

/** The text a job's words are looked for in (the store keeps it folded as searchText). */
export const jobText = (job: JobPosting) => `${job.title} ${job.employerName} ${job.description}`;

export function createBoardService(deps: { catalog: BoardCatalog; vocabulary: SkillVocabulary; now?: () => Date }): BoardService {
  const { catalog, vocabulary } = deps;
  const now = deps.now ?? (() => new Date());
  const open = (job: JobPosting) => !job.validUntil || job.validUntil >= now();
  const occupationLabel = (job: JobPosting, locale: Locale) => (job.occupationId ? (vocabulary.label(job.occupationId, locale) ?? '') : '');
  return {
    async jobs(query, locale) {
      const skill = skillConcept(vocabulary, query.skill, locale);
      const occupationText = (job: JobPosting) => `${job.title} ${occupationLabel(job, locale)}`;
      const search = catalog.jobSearch;
      if (search) {
        if (skill === null) return { hits: [], total: 0, page: 1, pages: 1, ...placeOf(query) };
        // LIKE (which `contains` becomes) reads % and _ as wildcards and SQLite's has no escape
        // character, so words with them are narrowed by their literal pieces and tested exactly here.
        const terms = termsOf(query.words);
        const occupationTerms = termsOf(query.occupation);
        const literal = [...terms, ...occupationTerms].every((term) => !LIKE_SPECIAL.test(term));
        const pieces = (term: string) => (literal ? [term] : term.split(LIKE_SPECIAL).filter(Boolean));
        const filter: JobFilter = { skill, kind: query.kind, pensum: query.pensum, startFrom: query.startFrom, words: terms.flatMap(pieces) };
        if (occupationTerms.length > 0) {
          // A word of the occupation is in the title or in the occupation's name in the visitor's
          // language (never across the two: words hold no space); the names are matched here.
          const named = (await search.occupationIds()).map((id) => ({ id, label: boardFold(vocabulary.label(id, locale) ?? '') }));
          filter.occupationWords = occupationTerms.flatMap(pieces).map((word) => ({ word, occupationIds: named.filter((o) => o.label.includes(word)).map((o) => o.id) }));
        }
        if (literal) return searchJobs(search, filter, query);
        const { place } = placeOf(query);
        const box = place ? boxAround({ latitude: place.latitude, longitude: place.longitude }, query.radiusKm) : undefined;
        return select(await search.page({ ...filter, box }, 0), [open, wordsTest(query.words, jobText), wordsTest(query.occupation, occupationText)], query);
      }
      const tests: (Test<JobPosting> | undefined)[] = [
        open,
        wordsTest(query.words, jobText),
        wordsTest(query.occupation, occupationText),
        skill === undefined ? undefined : (job) => job.skills.some((s) => s.conceptId === skill),
        query.kind ? (job) => job.kind === query.kind : undefined,
        query.pensum === undefined ? undefined : (job) => job.pensum.min <= query.pensum! && query.pensum! <= job.pensum.max,
        query.startFrom ? (job) => !job.startDate || job.startDate >= query.startFrom! : undefined,
      ];
      return select(await catalog.activeJobs(), tests, query);
    },
    async job(id) {
      const job = await catalog.job(id);
      return job && open(job) ? job : undefined;
    },
    async trainings(query, locale) {
      const skill = skillConcept(vocabulary, query.skill, locale);
      const tests: (Test<Training> | undefined)[] = [
        wordsTest(query.words, (t) => `${t.title} ${t.provider} ${t.description}`),
        skill === undefined ? undefined : (t) => t.skills.includes(skill ?? ''),
        query.online ? (t) => t.online : undefined,
        query.format ? (t) => t.format === query.format : undefined,
        query.maxCost === undefined ? undefined : (t) => (t.cost?.amount ?? 0) <= query.maxCost!,
        query.funding ? (t) => t.funding.includes(query.funding!) : undefined,
      ];
      // Online trainings are reachable from anywhere, so a radius never hides them.
      return select(await catalog.allTrainings(), tests, query, (t) => t.online);
    },
    training: (id) => catalog.training(id),
    async fundings() {
      return [...new Set((await catalog.allTrainings()).flatMap((t) => t.funding))].sort();
    },
  };
}
