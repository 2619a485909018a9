/**
 * The in-memory match index over job postings: inverted lists per skill concept (essential and
 * optional), a ~10 km geographic grid, and column arrays for everything the scorer reads. A search
 * only visits candidates from the posting lists or the grid cells around the person (whichever is
 * smaller), filters them, scores them and keeps the best in a small heap.
 */
import { COUNTRIES, POSITION_KINDS, type PositionKind } from '../profile/types';
import { cellCol, cellKey, cellRow, cellsAround, distanceKmFast, distanceKmUpTo } from './geo';
import { nextEpoch, TopK } from './heap';
import { IdTable } from './id-table';
import type { MatchQuery } from './query';
import { brokenConstraints, neighbourhood, relaxedSearch, type Constraints } from './relax';
import { addOnce, pageOf, querySkillRanks, scoredJobOf, type ScoredJob, type SearchOptions, type SearchResult } from './result';
import { interestFit, interestVector, riasecOf } from './riasec';
import { combine, emptyFeatures, freshness, LANGUAGE_RANK, languageRanks, LEVEL_RANK, levelFit, pensumFit, pensumOverlaps, skillsSuffice, type Features } from './score';
import type { JobPosting } from './types';
import { NEUTRAL, RADIUS_STEPS } from './weights';

const EMPTY = new Int32Array(0);
/**
 * Bytes of a job's record (MatchIndex.place and .facts are two views of the records): one cache
 * line, so admitting, scoring and marking a candidate read one line instead of one in each of four
 * arrays (a search visits thousands of jobs in no order, and each line is a miss).
 */
const RECORD_BYTES = 64;
/** Float64 numbers per record (the first four: latitude, longitude, end of validity, publication in ms). */
const PLACE = RECORD_BYTES / 8;
/** Int32 numbers per record; the facts follow the place's four Float64 numbers (FACT_*). */
const FACTS = RECORD_BYTES / 4;
/** Where the job's skill requirements start and end, its language requirements start and end. */
const FACT_SKILLS = 8;
const FACT_SKILLS_END = 9;
const FACT_LANGUAGES = 10;
const FACT_LANGUAGES_END = 11;
/** Its RIASEC field row with whether it has an essential skill requirement (fieldFact()). */
const FACT_FIELD = 12;
/** Kind (bits 0–7), country (8–15), Pensum min (16–23) and max (24–31), the bounds when they are whole percentages. */
const FACT_BYTES = 13;
/** The current search's feedback on the job (REJECTED, SAVED): scratch, cleared after each search. */
const FACT_FLAGS = 14;
/** The stamp of the last search pool that took the job (a Uint32: MatchIndex.stamps). */
const FACT_STAMP = 15;
const REJECTED = 1;
const SAVED = 2;
const VIOLATES_KIND = 1;
const VIOLATES_PENSUM = 2;
const VIOLATES_SKILLS = 4;
const VIOLATES_LANGUAGES = 8;
/**
 * How many region entries cost about as much as one skill-list entry when only the jobs sharing a
 * skill are taken: a region entry is a bit read, a taken job its records (a tuned cost ratio: it
 * only chooses where the same candidates are read from).
 */
const SHARED_SCAN = 8;
/** A skill requirement's fields in MatchIndex.skills: level rank (bits 0–1), essential (bit 2), concept number (bits 3–31). */
const REQ_LEVEL = 3;
const REQ_ESSENTIAL = 4;
const REQ_CONCEPT = 3;
/** Jobs per prefetch() batch: few enough that their records stay in the cache until the scan reaches them. */
const PREFETCH_BATCH = 256;
/** Entries a search's scratch columns (pool, visit) start with when first needed; they double as needed. */
const SCRATCH_START = 4096;
/** Violations not worked out yet: most candidates fail on distance, which is cheaper to check first. */
const UNKNOWN = 128;

/** The candidates of one search and which sources they were taken from. */
interface Pool {
  p: Prepared;
  size: number;
  epoch: number;
  /** Holds every job with one of the person's skills / every job within regionRadius / every job. */
  skills: boolean;
  /**
   * Holds every job that can meet the person's skills (MatchIndex.addStrict): all an attempt that
   * keeps the skill constraint can accept.
   */
  strict: boolean;
  region: boolean;
  all: boolean;
  /**
   * Holds every job within regionRadius that shares one of the person's skills: all an attempt that
   * keeps the skill constraint can accept (skillsSuffice needs a shared skill), and all the fill-up
   * looks at when the person named skills.
   */
  shared: boolean;
  regionRadius: number;
}

/** Per-search state derived from the query once. */
interface Prepared {
  query: MatchQuery;
  ranks: Map<string, number>;
  concepts: number[];
  langRanks: Map<string, number>;
  /** The person's level per language number of the index (0 = not spoken). */
  langHave: Uint8Array;
  /** Any kind of position will do (the person named none). */
  anyKind: boolean;
  /** Bit k set when POSITION_KINDS[k] is wished. */
  kindMask: number;
  /** Bit k set when jobs in COUNTRIES[k] may be proposed; 0 = any country. */
  countryMask: number;
  interests: Float64Array | undefined;
  nowMs: number;
  publishedAfterMs: number;
  lat: number;
  lon: number;
  /** The jobs asking for any of the person's skills, one bit each (MatchIndex.sharing; built on first use). */
  sharing?: Uint32Array;
}

/** The RIASEC field of a job (memoised by title, since many postings share one). */
function fieldKey(job: JobPosting): string {
  return `${job.title} ${job.occupationId ?? ''}`;
}

type Numbers = Float64Array | Int32Array | Uint16Array | Uint8Array;

/** A typed array that grows while postings stream in, trimmed to its length at the end. */
class Column<T extends Numbers> {
  data: T;
  length = 0;
  constructor(private readonly make: (n: number) => T, capacity: number) {
    this.data = make(Math.max(1024, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data as never);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  /** The values, without a copy when the capacity was right. */
  trimmed(): T {
    return (this.length === this.data.length ? this.data : this.data.slice(0, this.length)) as T;
  }
}

/** Job records (RECORD_BYTES each) that grow while postings stream in, trimmed to their number at the end. */
class Records {
  buffer: ArrayBuffer;
  place: Float64Array;
  facts: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.buffer = new ArrayBuffer(Math.max(1024, capacity) * RECORD_BYTES);
    [this.place, this.facts] = [new Float64Array(this.buffer), new Int32Array(this.buffer)];
  }
  /** A new record's number. */
  push(): number {
    if (this.length * RECORD_BYTES === this.buffer.byteLength) {
      const next = new ArrayBuffer(this.buffer.byteLength * 2);
      new Uint8Array(next).set(new Uint8Array(this.buffer));
      this.buffer = next;
      [this.place, this.facts] = [new Float64Array(next), new Int32Array(next)];
    }
    return this.length++;
  }
  /** The records, without a copy when the capacity was right. */
  trimmed(): ArrayBuffer {
    const bytes = this.length * RECORD_BYTES;
    return bytes === this.buffer.byteLength ? this.buffer : this.buffer.slice(0, bytes);
  }
}

/**
 * Collects postings one by one (a catalog read in batches) into the index's columns, so the
 * postings themselves never need to be in memory all at once.
 */
export class MatchIndexBuilder {
  readonly ids = new IdTable();
  /** Per job its place, dates, where its skills and languages lie, its field row, kind, country and Pensum bytes: MatchIndex.place and .facts. */
  readonly records: Records;
  readonly pMin: Column<Float64Array>;
  readonly pMax: Column<Float64Array>;
  readonly occupationOf: Column<Int32Array>;
  /** Per skill requirement its concept number, whether it is essential and its level rank, packed (requirement()). */
  readonly skills: Column<Int32Array>;
  readonly langCode: Column<Uint16Array>;
  readonly langLevel: Column<Uint8Array>;
  /**
   * `expected`: about how many postings will come (0: unknown). Columns sized right from the start
   * are not copied while growing, which leaves the C heap without holes the process keeps after the
   * build (about 100 MB at a million postings).
   */
  constructor(expected = 0) {
    const column = <T extends Numbers>(make: (n: number) => T, per = 1) => new Column(make, Math.ceil(expected * per));
    this.records = new Records(expected);
    this.pMin = column((k) => new Float64Array(k));
    this.pMax = column((k) => new Float64Array(k));
    this.occupationOf = column((k) => new Int32Array(k));
    this.skills = column((k) => new Int32Array(k), 6);
    this.langCode = column((k) => new Uint16Array(k), 0.5);
    this.langLevel = column((k) => new Uint8Array(k), 0.5);
  }
  readonly langNumbers = new Map<string, number>();
  readonly conceptIds = new Map<string, number>();
  readonly lists: number[][] = [];
  /** Per concept number, how many of its postings are of each kind (by index in POSITION_KINDS). */
  readonly conceptKinds: number[][] = [];
  /** How many postings are of each kind. */
  readonly kindCounts: number[] = POSITION_KINDS.map(() => 0);
  readonly cells = new Map<number, number[]>();
  readonly occupationIds = new Map<string, number>();
  readonly occupationLists: number[][] = [];
  private readonly fields = new Map<string, number>();
  readonly fieldTable: number[] = [];

  /** Adds postings in catalog order (a job's number is its position). */
  add(jobs: Iterable<JobPosting>): this {
    for (const job of jobs) this.addOne(job);
    return this;
  }

  build(): MatchIndex {
    return new MatchIndex(this);
  }

  private addOne(job: JobPosting): void {
    const i = this.ids.size;
    this.ids.push(job.id);
    const languagesAt = this.langCode.length;
    for (const r of job.languages) {
      const code = r.language.toLowerCase();
      let number = this.langNumbers.get(code);
      if (number === undefined) this.langNumbers.set(code, (number = this.langNumbers.size));
      this.langCode.push(number);
      this.langLevel.push(LANGUAGE_RANK[r.level] ?? 0);
    }
    let occupation = -1;
    if (job.occupationId) {
      occupation = this.occupationIds.get(job.occupationId) ?? -1;
      if (occupation < 0) {
        this.occupationIds.set(job.occupationId, (occupation = this.occupationLists.length));
        this.occupationLists.push([]);
      }
      this.occupationLists[occupation]!.push(i);
    }
    this.occupationOf.push(occupation);
    const record = this.records.push();
    const { place, facts } = this.records;
    place[PLACE * record] = job.point ? job.point.latitude : NaN;
    place[PLACE * record + 1] = job.point ? job.point.longitude : NaN;
    place[PLACE * record + 2] = job.validUntil ? job.validUntil.getTime() : Infinity;
    place[PLACE * record + 3] = job.publishedAt.getTime();
    if (job.point) push(this.cells, cellKey(cellRow(job.point.latitude), cellCol(job.point.longitude)), i);
    this.pMin.push(job.pensum.min);
    this.pMax.push(job.pensum.max);
    const key = fieldKey(job);
    let row = this.fields.get(key);
    if (row === undefined) {
      const field = riasecOf(key);
      row = field ? this.fieldTable.push(...field) / 6 - 1 : -1;
      this.fields.set(key, row);
    }
    const at = FACTS * record;
    facts[at + FACT_SKILLS] = this.skills.length;
    facts[at + FACT_LANGUAGES] = languagesAt;
    facts[at + FACT_LANGUAGES_END] = this.langCode.length;
    facts[at + FACT_FIELD] = fieldFact(row, job.skills.some((s) => s.essential));
    const kind = POSITION_KINDS.indexOf(job.kind);
    facts[at + FACT_BYTES] = factBytes(kind, Math.max(0, COUNTRIES.indexOf(job.country)), job.pensum.min, job.pensum.max);
    if (kind >= 0) this.kindCounts[kind]!++;
    for (const s of job.skills) {
      const c = this.conceptNumber(s.conceptId);
      this.skills.push(requirement(c, s.essential, LEVEL_RANK[s.level] ?? 1));
      const list = this.lists[c]!;
      if (list[list.length - 1] === i) continue;
      list.push(i);
      if (kind >= 0) this.conceptKinds[c]![kind]!++;
    }
    facts[at + FACT_SKILLS_END] = this.skills.length;
  }

  private conceptNumber(id: string): number {
    let c = this.conceptIds.get(id);
    if (c === undefined) {
      c = this.lists.length;
      this.conceptIds.set(id, c);
      this.lists.push([]);
      this.conceptKinds.push(POSITION_KINDS.map(() => 0));
    }
    return c;
  }
}

/**
 * Only columns: ids, coordinates, kind, Pensum, dates, skill and language requirements, occupation
 * and RIASEC field numbers. The postings' texts and other fields stay in the catalog (the
 * database), which the proposal service reads for the page it shows.
 */
export class MatchIndex {
  readonly size: number;
  private readonly ids: IdTable;
  /**
   * The jobs' records (RECORD_BYTES each, job i's at PLACE·i) as Float64 numbers: its latitude,
   * longitude (NaN: no place), end of validity (Infinity: none) and publication (ms).
   */
  private readonly place: Float64Array;
  /**
   * The same records as Int32 numbers (job i's at FACTS·i, after the place's): where its skill and
   * language requirements start and end (FACT_SKILLS…), the row of its RIASEC field in fieldTable
   * (-1: none) with whether it has an essential skill requirement (FACT_FIELD, see fieldFact()),
   * as bytes its kind (the index in POSITION_KINDS), country (the index in COUNTRIES) and Pensum
   * bounds (FACT_BYTES), and a search's scratch marks (FACT_FLAGS, FACT_STAMP).
   */
  private readonly facts: Int32Array;
  /** The same records as Uint32 numbers, for the pool stamps (FACT_STAMP). */
  private readonly stamps: Uint32Array;
  /** Pensum bounds as exact numbers, when some are no whole percentage from 0 to 255 (as imported, they always are, and these are empty). */
  private readonly pMin: Narrowed | undefined;
  private readonly pMax: Narrowed | undefined;
  private readonly fieldTable: Float64Array;
  /** Number of each job's occupation in occupationList (-1: none); 16-bit while there are fewer than 32,767 occupations (smallInts). */
  private readonly occupationOf: Int16Array | Int32Array;
  private readonly occupationList: string[];
  private readonly occupationNumbers: Map<string, number>;
  /**
   * Skill requirements, one number each (requirement(): concept number, essential, level rank), a
   * job's side by side: scoring a candidate reads one cache line of them instead of one in each of
   * three columns. 16-bit while every requirement fits (fewer than 8,192 concepts: a taxonomy has
   * hundreds to a few thousand), half the bytes of a million postings' requirements (smallInts).
   */
  private readonly skills: Uint16Array | Int32Array;
  /** Language requirements as columns (language number, level rank). */
  private readonly langCode: Uint16Array;
  private readonly langLevel: Uint8Array;
  private readonly langNumbers: Map<string, number>;
  private readonly conceptIds: Map<string, number>;
  /** Concept id per concept number. */
  private readonly conceptList: string[];
  /**
   * Per concept number the jobs asking for it: those asking for it as an essential requirement
   * first, then the others (each part ascending; essentialEnd says where the others start).
   */
  private readonly postings: Int32Array[] = [];
  private readonly essentialEnd: Int32Array;
  private readonly grid = new Map<number, Int32Array>();
  /** Jobs without a place (in no grid cell): every radius admits them. */
  private readonly unplaced: Int32Array;
  /** The last near()'s jobs, one bit each (reused: valid until the next call). */
  private readonly nearBits: Uint32Array;
  /** The jobs sharing a skill with the current search's person, one bit each (reused: Prepared.sharing). */
  private readonly sharingBits: Uint32Array;
  /** The concept numbers sharingBits were built for (undefined: none yet). */
  private sharingConcepts: readonly number[] | undefined;
  /** The jobs without an essential skill requirement, one bit each (FACT_FIELD's bit 0 unset). */
  private readonly unessential: Uint32Array;
  /** Jobs per occupation number (ascending job numbers). */
  private readonly byOccupation: Int32Array[];
  /** Scratch state, reused across searches (searches are synchronous, so never interleaved). */
  private readonly queryLevel: Uint8Array;
  /** Grown on demand (poolRoom): a pool mostly holds a small share of the jobs, and 17 bytes a job is 17 MB at a million. */
  private poolJob = EMPTY;
  private poolDistance = new Float64Array(0);
  private poolViolations = new Uint8Array(0);
  /** The jobs a scan will visit, taken before their records are read (reused; grown on demand: visitRoom). */
  private visit = EMPTY;
  /** What the last prefetch() read: kept (and not private), so that the compiler leaves its reads in. */
  prefetched = 0;
  private readonly features: Features = emptyFeatures();
  private readonly boundFeatures: Features = emptyFeatures();
  private epoch = 0;
  /** How many postings there are of each kind (by its index in POSITION_KINDS), and of each kind asking for each skill (concept number·kinds + kind): skillShare. */
  private readonly kindCounts: Int32Array;
  private readonly conceptKinds: Int32Array;

  /** The index over postings (in this order), or over what a builder collected. */
  constructor(jobs: Iterable<JobPosting> | MatchIndexBuilder) {
    const b = jobs instanceof MatchIndexBuilder ? jobs : new MatchIndexBuilder().add(jobs);
    this.ids = b.ids.seal();
    const n = this.ids.size;
    this.size = n;
    const records = b.records.trimmed();
    [this.place, this.facts, this.stamps] = [new Float64Array(records), new Int32Array(records), new Uint32Array(records)];
    const [pMin, pMax] = [b.pMin.trimmed(), b.pMax.trimmed()];
    const whole = pMin.every(isByte) && pMax.every(isByte);
    [this.pMin, this.pMax] = whole ? [undefined, undefined] : [narrowed(pMin), narrowed(pMax)];
    this.fieldTable = Float64Array.from(b.fieldTable);
    this.occupationOf = smallInts(b.occupationOf.trimmed(), true);
    this.occupationNumbers = b.occupationIds;
    this.occupationList = [...b.occupationIds.keys()];
    this.byOccupation = b.occupationLists.map((list) => Int32Array.from(list));
    this.skills = smallInts(b.skills.trimmed(), false);
    this.langCode = b.langCode.trimmed();
    this.langLevel = b.langLevel.trimmed();
    this.langNumbers = b.langNumbers;
    this.conceptIds = b.conceptIds;
    this.conceptList = [...b.conceptIds.keys()];
    this.essentialEnd = new Int32Array(b.lists.length);
    b.lists.forEach((list, c) => {
      const [jobs, end] = this.essentialFirst(list, c);
      this.postings.push(jobs);
      this.essentialEnd[c] = end;
    });
    this.kindCounts = Int32Array.from(b.kindCounts);
    this.conceptKinds = Int32Array.from(b.conceptKinds.flat());
    for (const [key, list] of b.cells) this.grid.set(key, Int32Array.from(list));
    const unplaced: number[] = [];
    for (let i = 0; i < n; i++) if (Number.isNaN(this.place[PLACE * i]!)) unplaced.push(i);
    this.unplaced = Int32Array.from(unplaced);
    this.nearBits = new Uint32Array(Math.ceil(n / 32));
    this.unessential = new Uint32Array(Math.ceil(n / 32));
    for (let i = 0; i < n; i++) if ((this.facts[FACTS * i + FACT_FIELD]! & 1) === 0) this.unessential[i >>> 5]! |= 1 << (i & 31);
    this.sharingBits = new Uint32Array(Math.ceil(n / 32));
    this.queryLevel = new Uint8Array(this.conceptIds.size);
  }

  /**
   * Concept c's jobs (ascending), those that ask for it as an essential requirement first, and where
   * the others start: only a job of the first part, or one without any essential requirement, can
   * meet the skill constraint through the concept (skillsSuffice asks for an essential one).
   */
  private essentialFirst(list: readonly number[], c: number): [Int32Array, number] {
    const essential: number[] = [];
    const others: number[] = [];
    for (const i of list) (this.asksEssential(i, c) ? essential : others).push(i);
    return [Int32Array.from([...essential, ...others]), essential.length];
  }

  /** Whether job i asks for concept c as an essential requirement. */
  private asksEssential(i: number, c: number): boolean {
    for (let k = this.facts[FACTS * i + FACT_SKILLS]!, end = this.facts[FACTS * i + FACT_SKILLS_END]!; k < end; k++) {
      const req = this.skills[k]!;
      if (req >>> REQ_CONCEPT === c && (req & REQ_ESSENTIAL) !== 0) return true;
    }
    return false;
  }

  /** Whether a job with this id is indexed. */
  has(id: string): boolean {
    return this.ids.get(id) !== undefined;
  }

  /** The id of job number i. */
  idOf(i: number): string {
    return this.ids.idOf(i);
  }

  /** A job's skill requirements (concept id, essential), in the posting's order, if indexed. */
  requirements(id: string): { conceptId: string; essential: boolean }[] | undefined {
    const i = this.ids.get(id);
    return i === undefined ? undefined : this.skillsOf(i);
  }

  private skillsOf(i: number): { conceptId: string; essential: boolean }[] {
    const out: { conceptId: string; essential: boolean }[] = [];
    for (let k = this.facts[FACTS * i + FACT_SKILLS]!, end = this.facts[FACTS * i + FACT_SKILLS_END]!; k < end; k++) out.push({ conceptId: this.conceptList[this.skills[k]! >>> REQ_CONCEPT]!, essential: (this.skills[k]! & REQ_ESSENTIAL) !== 0 });
    return out;
  }

  /** One job scored for a query, whatever the query's constraints (a person asking about a posting). */
  scoreOne(query: MatchQuery, id: string): ScoredJob | undefined {
    const i = this.ids.get(id);
    if (i === undefined) return undefined;
    const p = this.prepare(query);
    try {
      return this.scored(p, i);
    } finally {
      this.release(p);
    }
  }

  /** When job i was published (epoch milliseconds). */
  publishedMsOf(i: number): number {
    return this.place[PLACE * i + 3]!;
  }

  /** The job's number (its position in catalog order), if indexed. */
  /** The kind of position job i is. */
  kindOf(i: number): PositionKind {
    return POSITION_KINDS[this.kindNumber(i)]!;
  }

  numberOf(id: string): number | undefined {
    return this.ids.get(id);
  }

  /**
   * The query's hard constraints as a test of a job number: not rejected, not expired, newer than
   * an alert's cut-off, of a wished kind (any when none), within the radius (or of unknown place).
   */
  admits(query: MatchQuery): (i: number) => boolean {
    const p = this.prepare(query);
    this.release(p);
    const rejected = new Set<number>();
    for (const id of query.rejected) {
      const i = this.ids.get(id);
      if (i !== undefined) rejected.add(i);
    }
    // The place first: it rules out most jobs, and the BM25 half asks this of thousands of them.
    const { place } = this;
    const radius = query.radiusKm;
    return (i) =>
      (Number.isNaN(p.lat) || Number.isNaN(place[PLACE * i]!) || distanceKmUpTo(p.lat, p.lon, place[PLACE * i]!, place[PLACE * i + 1]!, radius) <= radius) &&
      place[PLACE * i + 2]! >= p.nowMs &&
      place[PLACE * i + 3]! > p.publishedAfterMs &&
      this.kindFits(p, i) &&
      this.countryFits(p, i) &&
      (rejected.size === 0 || !rejected.has(i));
  }

  /**
   * The jobs `admits(reach)` can let through, as lists (the grid cells within its radius and the
   * jobs without a place), with how many they hold; undefined when any place will do. A search over
   * longer lists (an occupation's, a word's) need only look at these.
   */
  near(reach: MatchQuery): Near | undefined {
    if (!reach.point || !Number.isFinite(reach.radiusKm)) return undefined;
    const lists: Int32Array[] = [];
    for (const key of cellsAround(reach.point.latitude, reach.point.longitude, reach.radiusKm)) {
      const cell = this.grid.get(key);
      if (cell) lists.push(cell);
    }
    if (this.unplaced.length > 0) lists.push(this.unplaced);
    const bits = this.nearBits.fill(0);
    for (const list of lists) for (let n = 0; n < list.length; n++) bits[list[n]! >>> 5]! |= 1 << (list[n]! & 31);
    return { lists, size: sizeOf(lists), bits };
  }

  /**
   * The `k` best jobs of the given occupations that `accept` lets through, by the structured score,
   * scored for the query. When `accept` only lets through jobs `near` holds, the others are passed
   * over by their bit alone (the same jobs pass, so the same come out). `jobNumbers`, when given,
   * receives the jobs' numbers in the same order (no lookup of each id).
   */
  bestOf(query: MatchQuery, occupations: Iterable<string>, k: number, accept: (i: number) => boolean, near?: Near, jobNumbers?: number[]): ScoredJob[] {
    const numbers: number[] = [];
    for (const o of occupations) {
      const number = this.occupationNumbers.get(o);
      if (number !== undefined && !numbers.includes(number)) numbers.push(number);
    }
    if (numbers.length === 0) return [];
    const lists = numbers.map((o) => this.byOccupation[o]!);
    const p = this.prepare(query);
    try {
      const top = new TopK(k);
      const bits = near?.bits;
      // Most of an occupation's jobs share no skill with the person (a bit tells): they are put
      // aside (at the end of `visit`) and offered after those that share one, and only while a
      // bound of their score could still enter the top k; such a job is scored without reading its
      // requirements. The top k does not depend on the order jobs are offered in.
      const sharing = p.concepts.length > 0 ? this.sharing(p) : undefined;
      const visit = this.visitRoom(sizeOf(lists));
      let shared = 0;
      let rest = visit.length;
      // Without branching on the bits (the processor cannot predict them): each job is written to
      // both ends, and only the end it belongs to moves on. While a job is placed, fewer than
      // visit.length have been, so shared < rest and neither write overwrites a placed job.
      for (const list of lists) {
        for (let n = 0; n < list.length; n++) {
          const i = list[n]!;
          const placed = bits === undefined ? 1 : (bits[i >>> 5]! >>> (i & 31)) & 1;
          const shares = sharing === undefined ? 0 : (sharing[i >>> 5]! >>> (i & 31)) & 1;
          visit[shared] = i;
          visit[rest - 1] = i;
          shared += placed & shares;
          rest -= placed & (shares ^ 1);
        }
      }
      for (let c = 0; c < shared; c++) {
        // Their requirements too: offer() reads those of a job sharing a skill.
        this.prefetchAt(visit, c, shared, true);
        const i = visit[c]!;
        if (accept(i)) this.offer(p, i, top, true);
      }
      const [withEssential, withoutEssential] = [this.unsharedBound(p, true), this.unsharedBound(p, false)];
      const unessential = this.unessential;
      for (let c = rest; c < visit.length; c++) {
        const floor = top.floor();
        // The floor only rises: once neither bound reaches it, no job left can enter.
        if (withEssential < floor && withoutEssential < floor) break;
        this.prefetchAt(visit, c, visit.length, false, rest);
        const i = visit[c]!;
        const bound = ((unessential[i >>> 5]! >>> (i & 31)) & 1) === 1 ? withoutEssential : withEssential;
        if (!(bound < floor) && accept(i)) this.offer(p, i, top, false);
      }
      return top.sorted().map(({ item }) => {
        jobNumbers?.push(item);
        return this.scored(p, item);
      });
    } finally {
      this.release(p);
    }
  }

  /** The given jobs scored for the query, whatever its constraints. */
  scoreAll(query: MatchQuery, numbers: Iterable<number>): ScoredJob[] {
    const p = this.prepare(query);
    try {
      return [...numbers].map((i) => this.scored(p, i));
    } finally {
      this.release(p);
    }
  }

  /** Job ids having a skill concept (any requirement), for tests and the training gap. */
  jobsWithSkill(conceptId: string): number {
    const c = this.conceptIds.get(conceptId);
    return c === undefined ? 0 : this.postings[c]!.length;
  }

  /**
   * The share of the postings of the given kinds (all postings when none) that ask for a skill:
   * "Mathematik" is asked for by a quarter of all Lehrstellen, so sharing it says little about which
   * one fits. Read from the counts per skill and kind the build kept (working them out from the
   * skill's list read a record per posting).
   */
  skillShare(conceptId: string, kinds: readonly PositionKind[]): number {
    const c = this.conceptIds.get(conceptId);
    const K = POSITION_KINDS.length;
    const wanted = new Set(kinds.map((k) => POSITION_KINDS.indexOf(k)));
    if (wanted.size === 0) return this.size === 0 ? 0 : (c === undefined ? 0 : this.postings[c]!.length) / this.size;
    let all = 0;
    let asking = 0;
    for (const k of wanted) {
      if (k < 0) continue;
      all += this.kindCounts[k]!;
      if (c !== undefined) asking += this.conceptKinds[c * K + k]!;
    }
    return all === 0 ? 0 : asking / all;
  }

  /** The best jobs for a query; relaxes constraints step by step rather than returning nothing. */
  search(query: MatchQuery, options: SearchOptions = {}): SearchResult {
    const { offset, limit } = pageOf(options);
    const p = this.prepare(query);
    try {
      const pool = this.newPool(p);
      const wanted = offset + limit;
      // Each attempt counts its jobs and keeps the best of them in the same pass: the attempt the
      // search settles on is the last one that accepted any (relaxedSearch), so its best need not
      // be looked for in another pass over the pool.
      let last: { step: Constraints; top: TopK } | undefined;
      const { result, constraints } = relaxedSearch(query, options.relax !== false, (step) => {
        const top = new TopK(wanted);
        const total = this.count(pool, step, top);
        if (total > 0) last = { step, top };
        return { total };
      });
      const best = result.total === 0 ? [] : last?.step === constraints ? MatchIndex.items(last.top) : this.best(pool, constraints, wanted);
      const found = best.map((i) => this.scored(p, i));
      const around = options.relax !== false && found.length < wanted ? neighbourhood(query, constraints) : undefined;
      const extra = around ? this.fillUp(pool, constraints, around, wanted - found.length) : { items: [], total: 0 };
      return { items: [...found, ...extra.items].slice(offset), total: result.total + extra.total, relaxed: constraints.relaxed };
    } finally {
      this.release(p);
    }
  }

  private scored(p: Prepared, i: number) {
    this.fill(p, i, this.features);
    const o = this.occupationOf[i]!;
    const skills = { matched: [] as string[], missing: [] as string[], missingOptional: [] as string[] };
    for (let k = this.facts[FACTS * i + FACT_SKILLS]!, end = this.facts[FACTS * i + FACT_SKILLS_END]!; k < end; k++) {
      const req = this.skills[k]!;
      const c = req >>> REQ_CONCEPT;
      // The person has the skill exactly when prepare() set its level (every level rank is at least 1).
      addOnce(this.queryLevel[c]! > 0 ? skills.matched : req & REQ_ESSENTIAL ? skills.missing : skills.missingOptional, this.conceptList[c]!);
    }
    return scoredJobOf(this.ids.idOf(i), o < 0 ? undefined : this.occupationList[o], skills, this.features, (this.facts[FACTS * i + FACT_FLAGS]! & SAVED) !== 0);
  }

  /**
   * A short page filled up from the neighbourhood: jobs the search's constraints rule out but
   * that share a skill with the person (when they named any), best first, each saying what it breaks.
   */
  private fillUp(pool: Pool, strict: Constraints, around: Constraints, k: number) {
    const p = pool.p;
    if (p.ranks.size > 0) {
      // A pool taken from the region already holds every job within the neighbourhood's radius: the
      // skills' lists (often most of the country) would only add jobs that are too far away.
      const covered = (pool.region || pool.shared) && around.radiusKm <= pool.regionRadius;
      if (!pool.skills && !pool.all && !covered) this.addAll(pool, p.concepts.map((c) => this.postings[c]!));
      pool.skills ||= !covered;
    } else {
      this.ensure(pool, around);
    }
    const [strictBits, aroundBits] = [MatchIndex.forbidden(strict), MatchIndex.forbidden(around)];
    const top = new TopK(k);
    let total = 0;
    // A pool of the skills' lists alone holds only jobs sharing a skill (every rank is at least 1).
    const mixed = p.ranks.size > 0 && (pool.region || pool.all || !pool.skills);
    // Most of a region's jobs share no skill with the person: tell them apart by a bit before
    // working out their violations (the same test, without reading their requirements).
    const sharing = mixed ? this.sharing(p) : undefined;
    for (let n = 0; n < pool.size; n++) {
      this.prefetchAt(this.poolJob, n, pool.size, true);
      if (!this.within(n, around.radiusKm)) continue;
      const i = this.poolJob[n]!;
      if (sharing !== undefined && ((sharing[i >>> 5]! >>> (i & 31)) & 1) === 0) continue;
      if (aroundBits !== 0 && (this.violationsAt(p, n) & aroundBits) !== 0) continue;
      if (this.within(n, strict.radiusKm) && (this.violationsAt(p, n) & strictBits) === 0) continue;
      total++;
      this.offer(p, i, top);
    }
    const items = top.sorted().map(({ item: i }) => {
      const job = this.scored(p, i);
      return { ...job, relaxed: brokenConstraints(strict, this.features, pensumOverlaps(this.pensumMin(i), this.pensumMax(i), p.query.pensum), p.langRanks.size > 0) };
    });
    return { items, total };
  }

  private prepare(query: MatchQuery): Prepared {
    const ranks = querySkillRanks(query, (l) => LEVEL_RANK[l as keyof typeof LEVEL_RANK] ?? 1);
    const concepts: number[] = [];
    for (const [id, rank] of ranks) {
      const c = this.conceptIds.get(id);
      if (c === undefined) continue;
      this.queryLevel[c] = rank;
      concepts.push(c);
    }
    this.markFeedback(query.rejected, REJECTED);
    this.markFeedback(query.saved, SAVED);
    const langRanks = languageRanks(query.languages);
    const langHave = new Uint8Array(this.langNumbers.size);
    for (const [code, rank] of langRanks) {
      const number = this.langNumbers.get(code);
      if (number !== undefined) langHave[number] = rank;
    }
    let kindMask = 0;
    for (const kind of query.kinds) {
      const k = POSITION_KINDS.indexOf(kind);
      if (k >= 0) kindMask |= 1 << k;
    }
    let countryMask = 0;
    for (const country of query.countries ?? []) {
      const k = COUNTRIES.indexOf(country);
      if (k >= 0) countryMask |= 1 << k;
    }
    return {
      query,
      countryMask,
      ranks,
      concepts,
      langRanks,
      langHave,
      anyKind: query.kinds.length === 0,
      kindMask,
      interests: interestVector(query.interests),
      nowMs: query.now.getTime(),
      publishedAfterMs: query.publishedAfter ? query.publishedAfter.getTime() : -Infinity,
      lat: query.point ? query.point.latitude : NaN,
      lon: query.point ? query.point.longitude : NaN,
    };
  }

  private markFeedback(ids: ReadonlySet<string>, flag: number): void {
    for (const id of ids) {
      const i = this.ids.get(id);
      if (i !== undefined) this.facts[FACTS * i + FACT_FLAGS]! |= flag;
    }
  }

  private release(p: Prepared): void {
    for (const c of p.concepts) this.queryLevel[c] = 0;
    for (const ids of [p.query.rejected, p.query.saved]) {
      for (const id of ids) {
        const i = this.ids.get(id);
        if (i !== undefined) this.facts[FACTS * i + FACT_FLAGS] = 0;
      }
    }
  }

  // ───── the candidate pool: every job any attempt of this search may accept, with its distance and
  // the constraints it violates, so that each relaxation attempt is a cheap scan, not a new search ─────

  private newPool(p: Prepared): Pool {
    const maxRadius = p.query.radiusKm * RADIUS_STEPS[RADIUS_STEPS.length - 1]!;
    return { p, size: 0, epoch: this.nextEpoch(), skills: false, strict: false, region: false, all: false, shared: false, regionRadius: maxRadius };
  }

  /** Adds the candidates an attempt needs, from the smallest source that holds them all. */
  private ensure(pool: Pool, step: Constraints): void {
    const finite = Number.isFinite(step.radiusKm);
    if (pool.all || (step.skills && (pool.skills || pool.strict)) || (finite && (pool.region || (step.skills && pool.shared)))) return;
    const skillLists = () => pool.p.concepts.map((c) => this.postings[c]!);
    const region = () => cellsAround(pool.p.lat, pool.p.lon, pool.regionRadius).map((key) => this.grid.get(key) ?? EMPTY);
    if (finite && step.skills) {
      // Only jobs sharing a skill can pass: the region's are told by a bit before their records are
      // read, so a region this many times larger than the skills' lists still costs less.
      const [lists, regionCells] = [skillLists(), region()];
      const useSkills = sizeOf(lists) * SHARED_SCAN < sizeOf(regionCells);
      // All that share one (not only those that can meet the skills, as without a place): a short
      // page is filled up from them (fillUp), and near the person it mostly is.
      if (useSkills) {
        this.addAll(pool, lists);
        pool.skills = true;
      } else {
        this.addShared(pool, regionCells);
        pool.shared = true;
      }
    } else if (finite) {
      this.addAll(pool, region());
      pool.region = true;
    } else if (step.skills) {
      // Without a place a search finds thousands and fills up no page: only the jobs that can meet
      // the person's skills join, the others would fail this attempt anyway.
      this.addStrict(pool);
    } else {
      for (let i = 0; i < this.size; i++) this.add(pool, i);
      pool.all = true;
    }
  }

  private addAll(pool: Pool, lists: Int32Array[]): void {
    // Their requirements too when add() reads them (no place: see there).
    const requirements = Number.isNaN(pool.p.lat);
    for (const list of lists) {
      for (let k = 0; k < list.length; k++) {
        this.prefetchAt(list, k, list.length, requirements);
        this.add(pool, list[k]!);
      }
    }
  }

  /**
   * addAll for the jobs that can meet the person's skills: the essential parts of their skills'
   * lists, and the jobs without any essential requirement of the other parts.
   */
  private addStrict(pool: Pool): void {
    const requirements = Number.isNaN(pool.p.lat);
    const unessential = this.unessential;
    let longest = 0;
    for (const c of pool.p.concepts) longest = Math.max(longest, this.postings[c]!.length);
    const visit = this.visitRoom(longest);
    for (const c of pool.p.concepts) {
      const list = this.postings[c]!;
      const end = this.essentialEnd[c]!;
      for (let k = 0; k < end; k++) {
        this.prefetchAt(list, k, end, requirements);
        this.add(pool, list[k]!);
      }
      let count = 0;
      for (let k = end; k < list.length; k++) {
        const i = list[k]!;
        if ((unessential[i >>> 5]! >>> (i & 31)) & 1) visit[count++] = i;
      }
      for (let k = 0; k < count; k++) {
        this.prefetchAt(visit, k, count, requirements);
        this.add(pool, visit[k]!);
      }
    }
    pool.strict = true;
  }

  /** addAll for the jobs sharing a skill with the person (the others stay unseen, for a later attempt). */
  private addShared(pool: Pool, lists: Int32Array[]): void {
    const sharing = this.sharing(pool.p);
    const visit = this.visitRoom(sizeOf(lists));
    let count = 0;
    // The bit is added to the count rather than branched on (the processor cannot predict it).
    for (const list of lists) {
      for (let k = 0; k < list.length; k++) {
        const i = list[k]!;
        visit[count] = i;
        count += (sharing[i >>> 5]! >>> (i & 31)) & 1;
      }
    }
    for (let c = 0; c < count; c++) {
      this.prefetchAt(visit, c, count, false);
      this.add(pool, visit[c]!);
    }
  }

  /** Records job i in the pool (once), unless it is rejected, expired, older than an alert's cut-off or in another country. */
  private add(pool: Pool, i: number): void {
    if (this.stamps[FACTS * i + FACT_STAMP] === pool.epoch) return;
    this.stamps[FACTS * i + FACT_STAMP] = pool.epoch;
    const p = pool.p;
    const at = PLACE * i;
    if (this.facts[FACTS * i + FACT_FLAGS]! & REJECTED || this.place[at + 2]! < p.nowMs || this.place[at + 3]! <= p.publishedAfterMs) return;
    if (!this.countryFits(p, i)) return;
    const n = pool.size++;
    if (n === this.poolJob.length) this.poolRoom(n + 1);
    this.poolJob[n] = i;
    // Every radius a pool is asked about is at most regionRadius (or infinite: any distance will do).
    this.poolDistance[n] = Number.isNaN(p.lat) || Number.isNaN(this.place[at]!) ? NaN : distanceKmUpTo(p.lat, p.lon, this.place[at]!, this.place[at + 1]!, pool.regionRadius);
    // Without the person's place no job fails on distance, and the first attempt reads every job's
    // violations: worked out now, while its record is in the cache, not on a second visit.
    this.poolViolations[n] = Number.isNaN(p.lat) ? this.violations(p, i) : UNKNOWN;
  }

  /** Grows the pool's columns (keeping their entries) to hold at least `entries`. */
  private poolRoom(entries: number): void {
    const length = Math.min(this.size, Math.max(entries, 2 * this.poolJob.length, SCRATCH_START));
    const [job, distance, violations] = [new Int32Array(length), new Float64Array(length), new Uint8Array(length)];
    job.set(this.poolJob);
    distance.set(this.poolDistance);
    violations.set(this.poolViolations);
    [this.poolJob, this.poolDistance, this.poolViolations] = [job, distance, violations];
  }

  /** `visit`, grown to hold at least `entries` (its contents are a scan's own: not kept). */
  private visitRoom(entries: number): Int32Array {
    if (this.visit.length < entries) this.visit = new Int32Array(Math.max(entries, 2 * this.visit.length, SCRATCH_START));
    return this.visit;
  }

  /** The violations of pool entry n, worked out on first use. */
  private violationsAt(p: Prepared, n: number): number {
    let bits = this.poolViolations[n]!;
    if (bits === UNKNOWN) this.poolViolations[n] = bits = this.violations(p, this.poolJob[n]!);
    return bits;
  }

  /** Whether pool entry n lies within the radius (unknown distances only when the place is relaxed). */
  private within(n: number, radius: number): boolean {
    const d = this.poolDistance[n]!;
    return Number.isNaN(d) ? !Number.isFinite(radius) : d <= radius;
  }

  /** Bit set of the constraints job i violates (distance is checked separately). */
  private violations(p: Prepared, i: number): number {
    let bits = 0;
    if (!this.kindFits(p, i)) bits |= VIOLATES_KIND;
    if (!pensumOverlaps(this.pensumMin(i), this.pensumMax(i), p.query.pensum)) bits |= VIOLATES_PENSUM;
    this.skillFeatures(i, this.features);
    if (!skillsSuffice(this.features)) bits |= VIOLATES_SKILLS;
    if (p.langRanks.size > 0 && this.languageFit(p, i) < 1) bits |= VIOLATES_LANGUAGES;
    return bits;
  }

  /** Whether job i is of a kind the person wants (any kind when none was named). */
  private countryFits(p: Prepared, i: number): boolean {
    return p.countryMask === 0 || ((p.countryMask >>> ((this.facts[FACTS * i + FACT_BYTES]! >>> 8) & 0xff)) & 1) === 1;
  }

  /** Job i's kind as its index in POSITION_KINDS (255: none of them). */
  private kindNumber(i: number): number {
    return this.facts[FACTS * i + FACT_BYTES]! & 0xff;
  }

  private pensumMin(i: number): number {
    return this.pMin === undefined ? (this.facts[FACTS * i + FACT_BYTES]! >>> 16) & 0xff : this.pMin[i]!;
  }

  private pensumMax(i: number): number {
    return this.pMax === undefined ? this.facts[FACTS * i + FACT_BYTES]! >>> 24 : this.pMax[i]!;
  }

  private kindFits(p: Prepared, i: number): boolean {
    return p.anyKind || ((p.kindMask >>> this.kindNumber(i)) & 1) === 1;
  }

  /** score.ts languageFit on the columns: share of job i's language requirements the person meets. */
  private languageFit(p: Prepared, i: number): number {
    const start = this.facts[FACTS * i + FACT_LANGUAGES]!;
    const end = this.facts[FACTS * i + FACT_LANGUAGES_END]!;
    if (end === start) return 1;
    if (p.langRanks.size === 0) return NEUTRAL;
    let met = 0;
    for (let k = start; k < end; k++) if (p.langHave[this.langCode[k]!]! >= this.langLevel[k]!) met++;
    return met / (end - start);
  }

  /** Bits an attempt forbids. */
  private static forbidden(step: Constraints): number {
    return (step.kind ? VIOLATES_KIND : 0) | (step.pensum ? VIOLATES_PENSUM : 0) | (step.skills ? VIOLATES_SKILLS : 0) | (step.languages ? VIOLATES_LANGUAGES : 0);
  }

  /** How many jobs an attempt accepts; each is offered to `top` when given (best() in the same pass). */
  private count(pool: Pool, step: Constraints, top?: TopK): number {
    if (step.skills && pool.p.concepts.length === 0) return 0; // none of the person's skills occurs in any job
    this.ensure(pool, step);
    const forbidden = MatchIndex.forbidden(step);
    const radius = step.radiusKm;
    let total = 0;
    for (let n = 0; n < pool.size; n++) {
      this.prefetchAt(this.poolJob, n, pool.size, true);
      if (!this.within(n, radius) || (this.violationsAt(pool.p, n) & forbidden) !== 0) continue;
      total++;
      if (top) this.offer(pool.p, this.poolJob[n]!, top);
    }
    return total;
  }

  /** The k best accepted jobs, best first: only these are scored. */
  private best(pool: Pool, step: Constraints, k: number): number[] {
    const top = new TopK(k);
    this.count(pool, step, top);
    return MatchIndex.items(top);
  }

  /** The jobs a top k kept, best first. */
  private static items(top: TopK): number[] {
    return top.sorted().map((e) => e.item);
  }

  /**
   * Reads a word of each job's record in a loop of loads that do not wait for each other, so the
   * processor fetches many records at once: the scan that follows (its long body between two
   * records leaves no room for that) then finds them in the cache.
   */
  private prefetch(jobs: Int32Array, from: number, to: number, requirements: boolean): void {
    const { facts, skills } = this;
    let read = 0;
    for (let c = from; c < to; c++) {
      const at = FACTS * jobs[c]!;
      read ^= facts[at + FACT_BYTES]!;
      // Their first requirements too, when the scan reads them (a job without any has none to read).
      if (requirements && facts[at + FACT_SKILLS]! < facts[at + FACT_SKILLS_END]!) read ^= skills[facts[at + FACT_SKILLS]!]!;
    }
    this.prefetched = read;
  }

  /** At the start of each batch of a scan over jobs[from, end): prefetch() the batch. */
  private prefetchAt(jobs: Int32Array, c: number, end: number, requirements: boolean, from = 0): void {
    if ((c - from) % PREFETCH_BATCH === 0) this.prefetch(jobs, c, Math.min(c + PREFETCH_BATCH, end), requirements);
  }

  private nextEpoch(): number {
    return (this.epoch = nextEpoch(this.epoch, () => {
      for (let at = FACT_STAMP; at < this.stamps.length; at += FACTS) this.stamps[at] = 0;
    }));
  }

  /**
   * The jobs asking for any of the person's skills (features.matched > 0), one bit each: the union
   * of their skills' lists, built when first asked for. The hybrid ranking asks the index several
   * times for the same person (the search, then the occupations' lists), so the bits are kept for
   * the next search with the same skills (the index never changes).
   */
  private sharing(p: Prepared): Uint32Array {
    if (p.sharing) return p.sharing;
    const bits = this.sharingBits;
    if (!sameNumbers(this.sharingConcepts, p.concepts)) {
      bits.fill(0);
      for (const c of p.concepts) {
        const list = this.postings[c]!;
        for (let n = 0; n < list.length; n++) bits[list[n]! >>> 5]! |= 1 << (list[n]! & 31);
      }
      this.sharingConcepts = p.concepts;
    }
    return (p.sharing = bits);
  }

  /**
   * An upper bound of the score of any job that shares no skill with the person and has (or has
   * no) essential skill requirement: its skill factors are known (unsharedSkillFeatures), every
   * other factor at its best (at the person's place; neutral for interests the person did not
   * give). combine() never decreases when a factor grows, in floating point too.
   */
  private unsharedBound(p: Prepared, hasEssential: boolean): number {
    const f = this.boundFeatures;
    f.essentialMatched = f.optionalMatched = f.levelSum = f.matched = f.optionalTotal = 0;
    f.essentialTotal = hasEssential ? 1 : 0;
    f.distanceKm = Number.isNaN(p.lat) ? NaN : 0;
    f.radiusKm = p.query.radiusKm;
    f.pensum = f.kind = f.languages = f.freshness = 1;
    f.saved = p.query.saved.size > 0;
    f.interests = p.interests ? 1 : interestFit(undefined, undefined);
    return combine(f);
  }

  /**
   * The skill features of job i when it shares no skill with the person, without reading its
   * requirements: with nothing matched, 0 of any number of essential (optional) requirements
   * scores 0, as no optional one does, and no essential one at all NEUTRAL, so only whether it has
   * an essential one (FACT_FIELD) counts. The totals stand in for the true ones (the same factor scores).
   */
  private unsharedSkillFeatures(i: number, f: Features): void {
    f.essentialMatched = 0;
    f.optionalMatched = 0;
    f.levelSum = 0;
    f.matched = 0;
    f.essentialTotal = this.facts[FACTS * i + FACT_FIELD]! & 1;
    f.optionalTotal = 0;
  }

  private skillFeatures(i: number, f: Features): void {
    f.essentialMatched = 0;
    f.optionalMatched = 0;
    f.levelSum = 0;
    f.matched = 0;
    const start = this.facts[FACTS * i + FACT_SKILLS]!;
    const end = this.facts[FACTS * i + FACT_SKILLS_END]!;
    // The totals are counted here rather than kept per job: the requirements are read anyway.
    let essential = 0;
    for (let k = start; k < end; k++) {
      const req = this.skills[k]!;
      const isEssential = (req >>> 2) & 1;
      essential += isEssential;
      const have = this.queryLevel[req >>> REQ_CONCEPT]!;
      if (have === 0) continue;
      f.matched++;
      if (isEssential) f.essentialMatched++;
      else f.optionalMatched++;
      f.levelSum += levelFit(have, req & REQ_LEVEL);
    }
    f.essentialTotal = essential;
    f.optionalTotal = end - start - essential;
  }

  /**
   * Offers job i to the top k, working out its freshness, then its language fit, only while it
   * could be kept: with those not worked out yet at their best (1) the weighted sum (non-negative
   * weights) is an upper bound of its score, in floating point too, since rounding never reverses
   * an order. `shares`: whether it shares a skill with the person (if not, its requirements are
   * not read: unsharedSkillFeatures).
   */
  private offer(p: Prepared, i: number, top: TopK, shares = true): void {
    const f = this.features;
    if (shares) this.skillFeatures(i, f);
    else this.unsharedSkillFeatures(i, f);
    this.otherFeatures(p, i, f);
    if (!top.keeps(combine(f), i)) return;
    f.freshness = freshness(this.place[PLACE * i + 3]!, p.nowMs);
    if (!top.keeps(combine(f), i)) return;
    f.languages = this.languageFit(p, i);
    top.push(combine(f), i);
  }

  /** All features of job i for the query (scoring never depends on which constraints were relaxed). */
  private fill(p: Prepared, i: number, f: Features): void {
    this.fillBound(p, i, f);
    f.languages = this.languageFit(p, i);
    f.freshness = freshness(this.place[PLACE * i + 3]!, p.nowMs);
  }

  /** The features of job i, with its language fit and freshness at their best (1). */
  private fillBound(p: Prepared, i: number, f: Features): void {
    this.skillFeatures(i, f);
    this.otherFeatures(p, i, f);
  }

  /** The features of job i but its skills', with its language fit and freshness at their best (1). */
  private otherFeatures(p: Prepared, i: number, f: Features): void {
    const q = p.query;
    const at = PLACE * i;
    f.distanceKm = Number.isNaN(p.lat) || Number.isNaN(this.place[at]!) ? NaN : distanceKmFast(p.lat, p.lon, this.place[at]!, this.place[at + 1]!);
    f.languages = 1;
    f.kind = this.kindFits(p, i) ? 1 : 0;
    f.radiusKm = q.radiusKm;
    f.pensum = pensumFit(this.pensumMin(i), this.pensumMax(i), q.pensum);
    f.freshness = 1;
    f.saved = (this.facts[FACTS * i + FACT_FLAGS]! & SAVED) !== 0;
    const row = this.facts[FACTS * i + FACT_FIELD]! >> 1;
    f.interests = row >= 0 ? interestFit(p.interests, this.fieldTable, 6 * row) : interestFit(p.interests, undefined);
  }
}

/** The grid cells (and unplaced jobs) that hold every job within a radius: MatchIndex.near. */
export interface Near {
  lists: Int32Array[];
  /** How many jobs the lists hold. */
  size: number;
  /** The same jobs, bit i%32 of word i/32 for job i (valid until the index's next near()). */
  bits: Uint32Array;
}

type Narrowed = Uint8Array | Float32Array | Float64Array;

/** The values in the smallest array that holds each of them exactly. */
function narrowed(values: Float64Array): Narrowed {
  if (values.every(isByte)) return Uint8Array.from(values);
  if (values.every((v) => Math.fround(v) === v)) return Float32Array.from(values);
  return values;
}

/**
 * The numbers in 16 bits when every one fits (signed: Int16, else Uint16, as copies), else as
 * they are. The index holds one array type per column, so the scans' reads stay monomorphic.
 */
export function smallInts(values: Int32Array, signed: true): Int16Array | Int32Array;
export function smallInts(values: Int32Array, signed: false): Uint16Array | Int32Array;
export function smallInts(values: Int32Array, signed: boolean): Int16Array | Uint16Array | Int32Array {
  const [lo, hi] = signed ? [-0x8000, 0x7fff] : [0, 0xffff];
  for (let k = 0; k < values.length; k++) if (values[k]! < lo || values[k]! > hi) return values;
  return signed ? Int16Array.from(values) : Uint16Array.from(values);
}

/** Whether a value is a whole number that fits in a byte. */
function isByte(v: number): boolean {
  return Number.isInteger(v) && v >= 0 && v <= 255;
}

/** A job's kind, country and Pensum bounds packed into MatchIndex.facts' FACT_BYTES (a bound that is no byte as 0: the index then keeps the bounds apart). */
function factBytes(kind: number, country: number, pMin: number, pMax: number): number {
  return (kind & 0xff) | ((country & 0xff) << 8) | ((isByte(pMin) ? pMin : 0) << 16) | ((isByte(pMax) ? pMax : 0) << 24);
}

/** A job's FACT_FIELD: its field row (-1: none) in bits 1–31 (read back with >> 1) and in bit 0 whether it has an essential skill requirement. */
function fieldFact(row: number, hasEssential: boolean): number {
  return row * 2 + (hasEssential ? 1 : 0);
}

/** A skill requirement packed into one number (REQ_*); concept numbers stay far below 2^29 (a taxonomy has thousands). */
function requirement(concept: number, essential: boolean, levelRank: number): number {
  return (concept << REQ_CONCEPT) | (essential ? REQ_ESSENTIAL : 0) | (levelRank & REQ_LEVEL);
}

function sameNumbers(a: readonly number[] | undefined, b: readonly number[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, k) => x === b[k]);
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sizeOf(lists: Int32Array[]): number {
  let n = 0;
  for (const l of lists) n += l.length;
  return n;
}
