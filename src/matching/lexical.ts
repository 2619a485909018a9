/**
 * BM25 over a posting's full text (title, the skills' labels, description), for the lexical half
 * of the hybrid ranking. Terms are folded the way the taxonomy folds (ä → ae), German filler words
 * and generic job-ad words ("Jahre", "Ausbildung", "Erfahrung") are dropped, and query words of
 * five letters or more also find longer words ("Lager" finds "Lagerlogistik"). A compound query word
 * also finds, weaker, postings with the words it is made of ("Intensivpflege" finds "Intensivstation"
 * and "Pflege", "Rettungsdienst" the "Rettungssanitäter"): see compoundParts.
 * A word also finds its other forms and the compounds its stem begins ("Tiere" finds "Tier" and
 * "Tierpfleger", "kaufmännische" the "Kaufmann"): see lightStem, stemKey and otherForms.
 *
 * The index is held compactly in columns: a term id per word, one posting list per (term, field)
 * as typed arrays of job numbers and term frequencies, field lengths per job. Job numbers are the
 * positions in the jobs array it was built from (the match index's numbers for the same array).
 * The scoring is MiniSearch's (BM25+ with k 1.2, b 0.7, d 0.5, title boosted 2, a prefix match
 * weighted 0.375·len/(len + 0.3·extra letters), the sum times the number of query words matched),
 * which the lexical half was tuned with; a search only keeps the best jobs that pass a filter.
 */
import { conditionsOfPosting, type WorkCondition } from '../nlu/aversions';
import { statedStartMonth } from '../nlu/dates';
import { nextEpoch, TopK } from './heap';
import { fold, STOPWORDS } from './taxonomy/normalize';

/** What the index reads of a posting or a course: its title, its skills (concept ids) and its text. */
export interface LexicalDocument {
  title: string;
  description: string;
  skills: readonly ({ conceptId: string } | string)[];
  /** Skill phrases the posting names that resolved to no concept ("Abrechnung nach BEMA"): searched with the skills. */
  skillPhrases?: readonly string[];
}

/** Words of nearly every posting or self-description: they neither count as a reason nor pull a job. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'jahr', 'jahre', 'jahren', 'ausbildung', 'ausbildungen', 'abgeschlossene', 'abgeschlossener', 'erfahrung', 'erfahrungen', 'berufserfahrung',
  'mehrjaehrige', 'mehrjaehriger', 'langjaehrige', 'langjaehriger', 'arbeit', 'arbeiten', 'arbeite', 'gearbeitet', 'job', 'jobs', 'stelle',
  'stellen', 'suche', 'suchen', 'moechte', 'moechten', 'will', 'wuerde', 'gerne', 'neue', 'neuen', 'neues', 'team', 'teams', 'bereich',
  'bereichen', 'firma', 'betrieb', 'unternehmen', 'aufgaben', 'mehr', 'sowie', 'auch', 'als', 'ist', 'sind', 'war', 'wir', 'uns', 'unser',
  'unsere', 'dich', 'dein', 'deine', 'mich', 'mein', 'meine', 'meinem', 'meiner', 'nach', 'seit', 'bis', 'aus', 'nicht', 'noch', 'schon',
  // German function words the taxonomy's stopwords leave in: they match any posting's prose.
  'eines', 'einige', 'einigen', 'ueber', 'unter', 'durch', 'ohne', 'gegen', 'wieder', 'immer', 'jetzt', 'heute', 'dann', 'dort', 'hier',
  'sein', 'seine', 'seinem', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihrer', 'ihren', 'dass', 'wenn', 'weil', 'aber', 'doch', 'nur', 'viel',
  'viele', 'vielen', 'alle', 'allen', 'alles', 'jede', 'jeden', 'jeder', 'hause', 'haben', 'hatte', 'habe', 'wurde', 'wurden', 'werden',
  'kann', 'koennte', 'muss', 'soll', 'lange', 'zuletzt', 'zwischen', 'etwa', 'wie', 'was', 'wer', 'wo', 'weiss', 'zwei', 'drei',
  // When and how often ("ab September", "ganz oft") and the school a pupil leaves, which
  // apprenticeship postings name as a requirement ("mittlere Reife", "Quali"): no field in them.
  'januar', 'februar', 'maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'ab', 'ganz', 'oft',
  'klein', 'kleine', 'kleinen', 'kleiner', 'quali', 'qualifizierender', 'mittlere', 'mittleren', 'reife', 'realschule', 'mittelschule', 'hauptschule',
  'schulabschluss', 'hauptschulabschluss', 'realschulabschluss', 'abitur', 'fachabitur', 'matura', 'sekundarschule', 'klasse',
  'years', 'year', 'experience', 'work', 'worked', 'working', 'looking', 'for', 'my', 'am', 'have', 'has', 'to', 'as', 'at', 'on', 'is',
  // Fillers of spoken German ("weiss noch nicht so richtig", "erst mal", "echt gern"): no field in them («mal» is a stop word of the taxonomy, dropped as well).
  'so', 'richtig', 'wirklich', 'eigentlich', 'echt', 'ziemlich', 'total', 'halt', 'eben', 'vielleicht', 'irgendwie', 'irgendwas',
  'sowas', 'erst', 'zuerst', 'zersch', 'zerscht', 'oeppis', 'eppis', 'glaub', 'glaube',
  // Level marks of a qualification (EFZ and EBA are stop words of the taxonomy): a nurse HF and a Kita teacher HF share no field.
  'hf', 'fh', 'ihk', 'hwk', 'dipl', 'eidg',
]);

/** MiniSearch's default tokenizer: split at spaces and punctuation. */
const SPLIT = /[\n\r\p{Z}\p{P}]+/u;
/** A capital after a word in the same sentence: the text writes nouns with a capital (German as written, not chat in lower case). */
const NOUN_CAPITALISED = /[\p{Ll}\p{N}][,;]?[^\S\n]+\p{Lu}/u;
const FIELDS = ['title', 'skills', 'description'] as const;
/** Stated starts are kept as months since January 2000 (two bytes a posting; earlier or much later ones as none). */
const START_BASE = 2000 * 12;

function startCode(month: number | undefined): number {
  return month === undefined || month < START_BASE || month - START_BASE + 1 > 0xffff ? 0 : month - START_BASE + 1;
}

/**
 * Working conditions a posting names, one bit each (a byte per posting instead of its text). Not 'phone': a
 * posting's contact lines name the telephone whatever the work; that condition is read in course titles only.
 */
const CONDITION_BITS: readonly WorkCondition[] = ['shift', 'night', 'weekend', 'office', 'evening', 'away'];

/**
 * A posting that can be done from anywhere ("Backend Developer (100 % remote)", "Remote within
 * Germany", "vollständig im Homeoffice"), not one with a few days at home ("3 days remote",
 * "Homeoffice möglich"): its place is no way to work. Matched on the folded title and text.
 */
const FULLY_REMOTE = /\b(?:100 (?:remote|homeoffice|home office)|(?:fully|full|komplett|vollstaendig|ausschliesslich) (?:remote|im homeoffice)|remote[ -]first|remote (?:in|within|aus|from) \p{L}|ortsunabhaengig)/u;
/** The bit of a posting's condition byte that says it is done remotely (after CONDITION_BITS). */
const REMOTE_BIT = 1 << 7;

/** Whether a posting's title or text says it can be done from anywhere (FULLY_REMOTE). */
export function fullyRemote(text: string): boolean {
  return FULLY_REMOTE.test(fold(text));
}

function conditionBits(conditions: ReadonlySet<WorkCondition>): number {
  let bits = 0;
  CONDITION_BITS.forEach((c, k) => {
    if (conditions.has(c)) bits |= 1 << k;
  });
  return bits;
}
const BOOST = [2, 1, 1];
const K1 = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const MIN_PREFIX = 5;
const MAX_QUERY_CHARS = 2000;
/** Weight of a compound's part next to the whole word (a part says less than the compound). */
const PART_WEIGHT = 0.5;
/** Shortest part of a compound ("Holz|bearbeitung", "Büro|tätigkeit"). */
const MIN_PART = 4;
/** Weight of another form of the word ("Tier" for "Tiere") next to the word itself. */
const STEM_WEIGHT = 0.75;
/** Weight of a compound the word's stem begins, as PREFIX_WEIGHT for a longer word. */
const COMPOUND_WEIGHT = PREFIX_WEIGHT;
/** Linking elements between a compound's head and the next word ("Kind|er|garten", "Arbeit|s|platz"). */
const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e'];

/**
 * The words a German compound is made of, found without a dictionary: the split with the longest
 * head such that both the head and the tail begin some indexed word (`begins`; the head one other than
 * the compound itself), each part split again. "pflegefachfrau" → pflegefach, pflege, fach, frau;
 * "elektrotechnik" → elektro, technik; a word that is no compound ("elektroniker": no indexed word
 * begins with "iker") gives none. Filler and generic parts ("arbeit" of "Schichtarbeit") are dropped.
 */
export function compoundParts(term: string, begins: (part: string, except?: string) => boolean): string[] {
  const parts = new Set<string>();
  const split = (word: string, whole: string): void => {
    for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      if (!begins(head, whole) || !begins(tail)) continue;
      for (const part of [head, tail]) {
        if (lexicalTerm(part) === part) parts.add(part);
        split(part, part);
      }
      return;
    }
  };
  split(term, term);
  return [...parts];
}

/** The indexed form of a word, or null for a filler or generic word. */
export function lexicalTerm(word: string): string | null {
  const folded = fold(word);
  return folded && folded.length > 1 && !STOPWORDS.has(folded) && !GENERIC_WORDS.has(folded) ? folded : null;
}

/** Shortest stem the stemmer leaves ("Tiere" → "tier"); shorter words stay whole. */
const MIN_STEM = 4;
/**
 * Inflection endings, one stripped ("n" only after "el" and "er", "s" only after a letter a genitive or plural "s"
 * follows, as in Snowball's German stemmer). Not "-er": it makes agents of verbs ("Fahrer", "fahren")
 * and stripping it cost more than it found (solothurn 0.915 → 0.908).
 */
const ENDINGS = /(?:em|en|es|e|(?<=e[lr])n|(?<=[bdfghklmnrt])s)$/;
/** Derivational endings of adjectives ("kaufmännische", "handwerkliche"): the word they are made from. */
const DERIVED = /(?:isch|lich)(?:e[mnrs]?)?$/;

/** A folded ä/ö/ü (ae, oe, ue after a consonant: not "Feuer", "Quelle", "Bauer") as its plain vowel. */
function plainVowels(term: string): string {
  return term.replace(/(^|[^aeiouyq])([aou])e/g, '$1$2');
}

/**
 * The stem a word's inflected and derived forms share, by a conservative German suffix stripper:
 * "-isch"/"-lich" and their endings, else the feminine "-in(nen)" of "-er" and then one inflection
 * ending (none of a French "-age"), never below MIN_STEM letters ("Tiere" → "tier", "Pflegerinnen" → "pfleger",
 * "Kenntnisse" → "kenntnis", "Montagen" → "montage").
 */
export function lightStem(term: string): string {
  if (term.length <= MIN_STEM || /\d/.test(term)) return term;
  const derived = term.replace(DERIVED, '');
  if (derived !== term) return derived.length >= MIN_STEM ? derived : term;
  // The "-e" of a French "-age" is the word's own ("Montage" is no inflection of "Montag").
  const base = term.replace(/(er)in(nen)?$/, '$1').replace(/age(n|s)?$/, 'age');
  const stem = base.endsWith('age') ? base : base.replace(ENDINGS, '');
  if (stem.length < MIN_STEM) return base;
  return stem.endsWith('niss') ? stem.slice(0, -1) : stem;
}

/** The key inflected forms of a word share: its stem with umlauts as plain vowels ("Ärzte", "Arzt": "arzt"). */
export function stemKey(term: string): string {
  return plainVowels(lightStem(term));
}

/** An indexed term a query word finds, with its weight, and the compound part it came from (none: the word itself, another form, a longer word). */
interface Expansion {
  term: number;
  weight: number;
  part?: string;
}

/** A job's BM25 score and the person's words it contains. */
export interface LexicalHit {
  score: number;
  terms: string[];
}

/**
 * Triples per chunk of the build: large enough that the C allocator maps each chunk on its own and
 * gives it back to the system when it is let go (smaller buffers stay in its heap, and the process
 * keeps their pages after the build).
 */
const CHUNK = 1 << 23;

/**
 * The build's (list, job, tf) triples in fixed-size chunks: appending never copies, and the lists
 * are filled chunk by chunk, each chunk let go once copied (a million postings peak lower).
 */
class Triples {
  private readonly lists: Int32Array[] = [];
  /** (job, tf) pairs, the entries of `lists` in the same order. */
  private readonly entries: Int32Array[] = [];
  length = 0;
  push(list: number, job: number, tf: number): void {
    const at = this.length % CHUNK;
    if (at === 0) {
      this.lists.push(new Int32Array(CHUNK));
      this.entries.push(new Int32Array(2 * CHUNK));
    }
    const c = this.lists.length - 1;
    this.lists[c]![at] = list;
    this.entries[c]![2 * at] = job;
    this.entries[c]![2 * at + 1] = tf;
    this.length++;
  }
  /** Counts the triples per list into count[list + 1]. */
  countInto(count: Int32Array): void {
    this.lists.forEach((chunk, c) => {
      for (let k = 0, end = this.chunkLength(c); k < end; k++) count[chunk[k]! + 1]!++;
    });
  }
  /** Moves the triples into their lists' places (next[list] is the next free place), emptying this. */
  drainInto(next: Int32Array, docs: Int32Array, tf: Uint8Array, tfMore: Map<number, number>): void {
    for (let c = 0; c < this.lists.length; c++) {
      const [lists, entries] = [this.lists[c]!, this.entries[c]!];
      for (let k = 0, end = this.chunkLength(c); k < end; k++) {
        const at = next[lists[k]!]!++;
        docs[at] = entries[2 * k]!;
        const count = entries[2 * k + 1]!;
        tf[at] = Math.min(count, TF_MORE);
        if (count >= TF_MORE) tfMore.set(at, count);
      }
      this.lists[c] = this.entries[c] = EMPTY_INTS;
    }
    this.lists.length = this.entries.length = this.length = 0;
  }
  private chunkLength(c: number): number {
    return c < this.lists.length - 1 ? CHUNK : this.length - c * CHUNK;
  }
}

const EMPTY_INTS = new Int32Array(0);
/** Bits of a job's title, skills and description length (distinct words) in word 7 of its scratch record, and where they start. */
const LENGTH_BITS = [8, 10, 14];
const LENGTH_SHIFT = [0, 8, 18];

/** BM25's length normalisation of a field, as a Float32 (as the index keeps it when it cannot pack the lengths). */
function lengthNormOf(length: number, average: number): number {
  return Math.fround(K1 * (1 - B + (B * length) / average));
}
/**
 * Names whose title postings a lexical index keeps, and the bytes their copies may take (views of
 * a title list take none): bounds on the memory they take. A search asks for the names of the
 * person's occupations, the related ones and the levels (about 30 for a career changer): 256 names
 * were cleared every few searches.
 */
const TITLE_CACHE = 4096;
const TITLE_CACHE_BYTES = 16 << 20;
const TF_MORE = 255;
/** Query words whose expansions a lexical index keeps (LexicalIndex.expansionsOf): a few dozen each. */
const TERM_CACHE = 4096;
/** Bytes of a job's scratch record (LexicalIndex.scratch): a power of two, so no record spans two cache lines. */
const RECORD_BYTES = 32;
/** List entries per prefetch() batch: few enough that their records stay in the cache until the scan reaches them. */
const PREFETCH_BATCH = 128;
/** Query words the search tracks per job in a 32-bit mask (longer queries fall back to searching the lists). */
const WORD_BITS = 32;

/** The first index of the sorted `keys` whose key is not below `key`. */
function lowerBoundOf(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Collects postings one by one (a catalog read in batches) into the index's lists, so the postings
 * themselves never need to be in memory all at once.
 */
export class LexicalIndexBuilder {
  readonly termIds = new Map<string, number>();
  /** (term·F + field, job, tf) triples, collected job by job, then sorted into lists by counting. */
  readonly pairs = new Triples();
  fieldLength: Uint32Array;
  /** The working conditions each posting names (CONDITION_BITS). */
  conditions: Uint8Array;
  /** The start each posting states (statedStartMonth, as START_BASE + 1 + months since January 2000; 0 for none). */
  starts: Uint16Array;
  readonly avgLength = new Float64Array(FIELDS.length);
  size = 0;
  private readonly counts = new Map<number, number>();

  /** `skillLabel` turns a concept id into words (the label in the postings' language); `expected`: about how many postings will come. */
  constructor(
    private readonly skillLabel: (conceptId: string) => string | undefined,
    expected = 0,
  ) {
    this.fieldLength = new Uint32Array(Math.max(1024, expected) * FIELDS.length);
    this.conditions = new Uint8Array(Math.max(1024, expected));
    this.starts = new Uint16Array(Math.max(1024, expected));
  }

  /** Adds postings in catalog order (a job's number is its position, as in the match index). */
  add(jobs: Iterable<LexicalDocument>): this {
    const F = FIELDS.length;
    for (const job of jobs) {
      const i = this.size++;
      if (this.size * F > this.fieldLength.length) {
        const next = new Uint32Array(this.fieldLength.length * 2);
        next.set(this.fieldLength);
        this.fieldLength = next;
      }
      const texts: (string | undefined)[] = [job.title, [...job.skills.map((s) => this.skillLabel(typeof s === 'string' ? s : s.conceptId) ?? ''), ...(job.skillPhrases ?? [])].join(', '), job.description];
      if (this.size > this.conditions.length) {
        const next = new Uint8Array(this.conditions.length * 2);
        next.set(this.conditions);
        this.conditions = next;
        const starts = new Uint16Array(this.starts.length * 2);
        starts.set(this.starts);
        this.starts = starts;
      }
      this.conditions[i] = conditionBits(conditionsOfPosting(`${texts[0]}. ${texts[2]}. ${texts[1]}`)) | (fullyRemote(`${texts[0]}. ${texts[2]}`) ? REMOTE_BIT : 0);
      this.starts[i] = startCode(statedStartMonth(`${texts[0]}. ${texts[2]}`));
      for (let f = 0; f < F; f++) {
        const text = texts[f];
        if (text === undefined) continue;
        const tokens = text.split(SPLIT);
        const length = new Set(tokens).size;
        this.fieldLength[i * F + f] = length;
        // MiniSearch's running average (a job without the field leaves it unchanged).
        this.avgLength[f] = (this.avgLength[f]! * i + length) / (i + 1);
        this.counts.clear();
        for (const token of tokens) {
          const term = lexicalTerm(token);
          if (!term) continue;
          let t = this.termIds.get(term);
          if (t === undefined) this.termIds.set(term, (t = this.termIds.size));
          const key = t * F + f;
          this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
        }
        for (const [key, count] of this.counts) this.pairs.push(key, i, Math.min(count, 65535));
      }
    }
    return this;
  }

  build(): LexicalIndex {
    return new LexicalIndex(this);
  }
}

export class LexicalIndex {
  readonly size: number;
  private readonly termIds: Map<string, number>;
  /** Every term, sorted, with its id: prefix lookups are a binary search. */
  private readonly sorted: string[];
  private readonly sortedIds: Int32Array;
  /** The stem keys (stemKey) of the terms that are not their own key, sorted, with the terms' ids: a word's other forms are a binary search. */
  private readonly stemKeys: string[];
  private readonly stemIds: Int32Array;
  /** Posting list of (term t, field f) is start[t·F + f] .. start[t·F + f + 1] in docs / tf. */
  private readonly start: Int32Array;
  private readonly docs: Int32Array;
  /** Term frequencies up to 254 in a byte; a larger one (rare) is TF_MORE, its value in tfMore by position. */
  private readonly tf: Uint8Array;
  private readonly tfMore = new Map<number, number>();
  /**
   * BM25's length normalisation k1·(1 − b + b·length/average) per job and field, worked out once;
   * undefined when every job's field lengths fit in its scratch record (LENGTH_BITS), where the
   * scan reads them from the cache line it updates anyway and looks the same Float32 value up (normByLength).
   */
  private readonly lengthNorm: Float32Array | undefined;
  /** Per field, lengthNormOf every length its LENGTH_BITS hold (the same Float32 values): the scan looks the norm up instead of dividing. */
  private readonly normByLength: Float32Array[];
  private readonly conditions: Uint8Array;
  private readonly starts: Uint16Array;
  /** The remote postings as a search filter (remoteJobs), worked out on first use; null when there are none. */
  private remote: { bits: Uint32Array } | null | undefined;
  private readonly titleCache = new Map<string, Int32Array>();
  private readonly termCache = new Map<string, readonly Expansion[]>();
  /** Bytes of the copies titleCache holds. */
  private titleCacheBytes = 0;
  /**
   * Scratch of one search (searches are synchronous), one 32-byte record per job, so that adding a
   * list entry to a job touches one cache line rather than one per array: the score sum (float 0)
   * and, as 32-bit words, the search's stamp (2), the last query word counted + 1 (3), how many
   * query words it has (4), the query words (bit q, for queries of at most 32 words) it contains (5)
   * and those it contains as the whole word or a longer one, not only through a compound's part (6):
   * the reasons' words are read from these instead of searching every expansion's lists again, and
   * (7) the job's field lengths, when they fit (LENGTH_BITS).
   */
  private readonly scratch: Float64Array;
  private readonly meta: Uint32Array;
  /** The jobs a search touched, in order (grown on demand: most searches touch a small share of the jobs). */
  private touched: Int32Array = EMPTY_INTS;
  /** The jobs a search limited by `near` may look at, one bit each. */
  private readonly allowed: Uint32Array;
  private epoch = 0;
  /** The list positions of one prefetch() batch the scan visits. */
  private readonly batch = new Int32Array(PREFETCH_BATCH);
  /** What the last prefetch() read: kept (and not private), so that the compiler leaves its reads in. */
  prefetched = 0;

  /** The index over postings (in this order; `skillLabel` as for the builder), or over what a builder collected. */
  constructor(jobs: Iterable<LexicalDocument> | LexicalIndexBuilder, skillLabel: (conceptId: string) => string | undefined = () => undefined) {
    const b = jobs instanceof LexicalIndexBuilder ? jobs : new LexicalIndexBuilder(skillLabel).add(jobs);
    const n = b.size;
    const F = FIELDS.length;
    this.size = n;
    this.termIds = b.termIds;
    const { pairs, fieldLength, avgLength } = b;
    const lists = this.termIds.size * F;
    this.start = new Int32Array(lists + 1);
    const total = pairs.length;
    pairs.countInto(this.start);
    for (let l = 0; l < lists; l++) this.start[l + 1]! += this.start[l]!;
    this.docs = new Int32Array(total);
    this.tf = new Uint8Array(total);
    pairs.drainInto(this.start.slice(0, lists), this.docs, this.tf, this.tfMore);
    this.conditions = b.conditions.slice(0, n);
    this.starts = b.starts.slice(0, n);
    this.sorted = [...this.termIds.keys()].sort();
    this.sortedIds = Int32Array.from(this.sorted, (t) => this.termIds.get(t)!);
    const stems = this.sorted.flatMap((t, s) => {
      const key = stemKey(t);
      return key === t ? [] : [[key, this.sortedIds[s]!] as const];
    });
    stems.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    this.stemKeys = stems.map(([key]) => key);
    this.stemIds = Int32Array.from(stems, ([, id]) => id);
    const records = new ArrayBuffer(n * RECORD_BYTES);
    this.scratch = new Float64Array(records);
    this.meta = new Uint32Array(records);
    this.lengthNorm = this.packLengths(fieldLength, n) ? undefined : Float32Array.from({ length: n * F }, (_, x) => lengthNormOf(fieldLength[x]!, avgLength[x % F]!));
    this.normByLength = LENGTH_BITS.map((bits, f) => Float32Array.from({ length: this.lengthNorm ? 0 : 1 << bits }, (_, length) => lengthNormOf(length, avgLength[f]!)));
    this.allowed = new Uint32Array(Math.ceil(n / 32));
  }

  /** Which of `wanted` the posting (by number) names in its title, text or skills ("Bereitschaft zu Schichtarbeit"). */
  conditionsOf(job: number, wanted: readonly WorkCondition[]): WorkCondition[] {
    const bits = this.conditions[job] ?? 0;
    return wanted.filter((c) => (bits >>> CONDITION_BITS.indexOf(c)) & 1);
  }

  /** Whether the posting (by number) can be done from anywhere (FULLY_REMOTE). */
  isRemote(job: number): boolean {
    return ((this.conditions[job] ?? 0) & REMOTE_BIT) !== 0;
  }

  /** The postings that can be done from anywhere, one bit each, as `near` limits a search to them (undefined when there are none). */
  remoteJobs(): { bits: Uint32Array } | undefined {
    if (this.remote === undefined) {
      const bits = new Uint32Array(this.allowed.length);
      let any = false;
      for (let i = 0; i < this.size; i++) {
        if (!this.isRemote(i)) continue;
        bits[i >>> 5]! |= 1 << (i & 31);
        any = true;
      }
      this.remote = any ? { bits } : null;
    }
    return this.remote ?? undefined;
  }

  /** The start the posting (by number) states in its title or text ("Lehrbeginn August 2026"), as statedStartMonth gives it, or undefined. */
  startOf(job: number): number | undefined {
    const code = this.starts[job] ?? 0;
    return code === 0 ? undefined : START_BASE + code - 1;
  }

  /**
   * The postings (by number, ascending) whose title holds every one of `terms` (folded as
   * `lexicalTerm` folds them). The index never changes, so a name's postings are kept (4 bytes a
   * posting) for the next person with the same occupation, up to TITLE_CACHE names and TITLE_CACHE_BYTES; shared, so not
   * to be written to.
   */
  withTitle(terms: readonly string[]): Int32Array {
    const key = terms.join(' ');
    let found = this.titleCache.get(key);
    if (found) return found;
    // One word's postings are its title list itself (a view, no copy); several words' are a copy.
    found = this.titleIntersection(terms);
    if (found.buffer !== this.docs.buffer) found = found.slice();
    const bytes = found.buffer === this.docs.buffer ? 0 : found.byteLength;
    if (this.titleCache.size >= TITLE_CACHE || this.titleCacheBytes + bytes > TITLE_CACHE_BYTES) {
      this.titleCache.clear();
      this.titleCacheBytes = 0;
    }
    this.titleCache.set(key, found);
    this.titleCacheBytes += bytes;
    return found;
  }

  /**
   * The title lists of every indexed term that ends with `suffix` («pflegefachkraft», «fachkraft» for «fachkraft»): a
   * compound's last part names what it is. Read once per index and suffix (a pass over the vocabulary).
   */
  withTitleEnding(suffix: string): Int32Array[] {
    let found = this.endingCache.get(suffix);
    if (!found) {
      found = [];
      for (const term of this.termIds.keys()) {
        if (!term.endsWith(suffix)) continue;
        const list = this.withTitle([term]);
        if (list.length > 0) found.push(list.buffer === this.docs.buffer ? list : list.slice());
      }
      this.endingCache.set(suffix, found);
    }
    return found;
  }

  private readonly endingCache = new Map<string, Int32Array[]>();

  /** The title lists of `terms` intersected, the shortest first, each step a merge of two ascending lists. */
  private titleIntersection(terms: readonly string[]): Int32Array {
    const lists: [number, number][] = [];
    for (const term of terms) {
      const t = this.termIds.get(term);
      if (t === undefined) return EMPTY_INTS;
      const at = t * FIELDS.length; // the title is field 0
      lists.push([this.start[at]!, this.start[at + 1]!]);
    }
    if (lists.length === 0) return EMPTY_INTS;
    lists.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
    const [from, to] = lists[0]!;
    if (lists.length === 1) return this.docs.subarray(from, to);
    let found = this.docs.slice(from, to);
    for (let l = 1; l < lists.length && found.length > 0; l++) {
      const [lo, hi] = lists[l]!;
      let kept = 0;
      for (let a = 0, p = lo; a < found.length && p < hi; ) {
        const [x, y] = [found[a]!, this.docs[p]!];
        if (x === y) {
          found[kept++] = x;
          a++;
          p++;
        } else if (x < y) a++;
        else p++;
      }
      found = found.subarray(0, kept);
    }
    return found;
  }

  /**
   * The `k` best jobs for the person's words among those `accept` lets through, and the scores of
   * the jobs in `also` (job numbers; a job without a shared word is absent). `near`: the jobs (bit
   * i%32 of word i/32 for job i) among which are all that `accept` lets through: the words' lists
   * skip every other job but those in `also` by their bit alone (the same jobs come out, with the
   * same scores).
   */
  search(words: string, k: number, accept: (job: number) => boolean, also: Iterable<number> = [], near?: { bits: Uint32Array }): Map<number, LexicalHit> {
    const out = new Map<number, LexicalHit>();
    const query = this.queryTerms(words);
    if (query.length === 0) return out;
    const alsoJobs = [...also];
    const epoch = this.nextEpoch();
    let touchedCount = 0;
    // The hot loop reads the columns through locals; the arithmetic is MiniSearch's, in its order.
    const { start, docs, tf: tfs, scratch, meta, lengthNorm, batch } = this;
    let touched: Int32Array = this.touched;
    const F = FIELDS.length;
    const filtered = near !== undefined && near.bits.length === this.allowed.length;
    const allowed = this.allowed;
    if (filtered) {
      allowed.set(near.bits);
      for (const doc of alsoJobs) allowed[doc >>> 5]! |= 1 << (doc & 31);
    }
    const masked = query.length <= WORD_BITS;
    for (let q = 0; q < query.length; q++) {
      const anyBit = masked ? 1 << q : 0;
      for (const { term, weight, part } of query[q]!.expansions) {
        const wholeBit = part === undefined ? anyBit : 0;
        for (let f = 0; f < F; f++) {
          const from = start[term * F + f]!;
          const to = start[term * F + f + 1]!;
          if (from === to) continue;
          const df = to - from;
          const idf = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
          const w = weight * BOOST[f]! * idf;
          const [shift, mask, norms] = [LENGTH_SHIFT[f]!, (1 << LENGTH_BITS[f]!) - 1, this.normByLength[f]!];
          if (touchedCount + df > touched.length) touched = this.touchedRoom(touchedCount + df);
          for (let at = from; at < to; at += PREFETCH_BATCH) {
            const count = this.prefetch(at, Math.min(at + PREFETCH_BATCH, to), filtered);
            for (let c = 0; c < count; c++) {
              const p = batch[c]!;
              const doc = docs[p]!;
              const m = doc << 3;
              let tf = tfs[p]!;
              if (tf === TF_MORE) tf = this.tfMore.get(p)!;
              if (meta[m + 2] !== epoch) {
                meta[m + 2] = epoch;
                scratch[doc << 2] = 0;
                meta[m + 3] = 0;
                meta[m + 4] = 0;
                meta[m + 5] = 0;
                meta[m + 6] = 0;
                touched[touchedCount++] = doc;
              }
              meta[m + 5]! |= anyBit;
              meta[m + 6]! |= wholeBit;
              const norm = lengthNorm === undefined ? norms[(meta[m + 7]! >>> shift) & mask]! : lengthNorm[doc * F + f]!;
              scratch[doc << 2]! += w * (D + (tf * (K1 + 1)) / (tf + norm));
              if (meta[m + 3] !== q + 1) {
                meta[m + 3] = q + 1;
                meta[m + 4]!++;
              }
            }
          }
        }
      }
    }
    const top = new TopK(k);
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t]!;
      const score = this.scoreOf(doc);
      if (top.keeps(score, doc) && accept(doc)) top.push(score, doc);
    }
    const hit = (doc: number): LexicalHit => ({ score: this.scoreOf(doc), terms: masked ? this.termsFrom(query, doc) : this.termsIn(query, doc) });
    for (const { item } of top.sorted()) out.set(item, hit(item));
    for (const doc of alsoJobs) if (meta[(doc << 3) + 2] === epoch && !out.has(doc)) out.set(doc, hit(doc));
    return out;
  }

  /**
   * Puts the list positions of docs[from, to) whose job the search may look at into `batch` (how
   * many it returns) and reads each one's scratch record, in a loop of loads that do not wait for
   * each other, so the processor fetches many records at once: the scan's long body between two
   * entries leaves it no room for that, and each record is a miss. The scan then visits the batch
   * alone, without testing each job's bit again. The bit is added to the count rather than
   * branched on: whether a list entry is near is a coin toss the processor cannot predict.
   */
  private prefetch(from: number, to: number, filtered: boolean): number {
    const { docs, meta, allowed, batch } = this;
    let count = 0;
    if (filtered) {
      for (let p = from; p < to; p++) {
        const doc = docs[p]!;
        batch[count] = p;
        count += (allowed[doc >>> 5]! >>> (doc & 31)) & 1;
      }
    } else {
      for (let p = from; p < to; p++) batch[count++] = p;
    }
    let read = 0;
    for (let c = 0; c < count; c++) read ^= meta[(docs[batch[c]!]! << 3) + 2]!;
    this.prefetched = read;
    return count;
  }

  /** `touched` (its entries kept) grown to hold `entries`, at most one per job. */
  private touchedRoom(entries: number): Int32Array {
    const next = new Int32Array(Math.min(this.size, Math.max(entries, 2 * this.touched.length, 4096)));
    next.set(this.touched);
    return (this.touched = next);
  }

  /** A touched job's BM25 score: the sum times the number of query words it has. */
  private scoreOf(doc: number): number {
    return this.scratch[doc << 2]! * this.meta[(doc << 3) + 4]!;
  }

  /** The query's distinct terms (a repeated word weighs as often as it occurs) with their prefix and compound-part expansions. */
  private queryTerms(words: string): { term: string; expansions: readonly Expansion[] }[] {
    const counts = new Map<string, number>();
    const nouns = new Set<string>();
    const text = words.slice(0, MAX_QUERY_CHARS);
    // In a text that writes its nouns with a capital, a word in lower case is no noun and so no
    // compound: "wieder einsteigen" is not "einst" and "eigen", "selbständig" not "selb" and "ständig".
    const capitalised = NOUN_CAPITALISED.test(text);
    for (const token of text.split(SPLIT)) {
      const term = lexicalTerm(token);
      if (!term) continue;
      counts.set(term, (counts.get(term) ?? 0) + 1);
      if (!capitalised || /^\p{Lu}/u.test(token)) nouns.add(term);
    }
    return [...counts].map(([term, count]) => ({ term, expansions: this.expansionsOf(term, count, nouns.has(term)) }));
  }

  /**
   * A query word's expansions (queryTerms), kept for the next search with the same word as often
   * (the index never changes; a person searches again with the same words, and many people use the
   * same ones), up to TERM_CACHE words: a compound's split alone asks the sorted terms dozens of times.
   * Shared, so not to be written to.
   */
  private expansionsOf(term: string, count: number, compound: boolean): readonly Expansion[] {
    const key = `${count === 1 ? term : `${term} ${count}`}${compound ? '' : ' -'}`;
    let expansions = this.termCache.get(key);
    if (!expansions) {
      expansions = this.expansionsAnew(term, count, compound);
      if (this.termCache.size >= TERM_CACHE) this.termCache.clear();
      this.termCache.set(key, expansions);
    }
    return expansions;
  }

  private expansionsAnew(term: string, count: number, compound: boolean): Expansion[] {
    const expansions: Expansion[] = this.expand(term, count);
    const found = new Set(expansions.map((e) => e.term));
    // The word's other forms ("Tiere": "Tier", "Tierpfleger") count as the word itself.
    for (const e of this.otherForms(term, count)) {
      if (found.has(e.term)) continue;
      found.add(e.term);
      expansions.push(e);
    }
    // A part finds what the whole word does not already find, and counts as the same query word.
    for (const part of compound ? compoundParts(term, (p, except) => this.begins(p, except)) : []) {
      for (const e of this.expand(part, (count * PART_WEIGHT * part.length) / term.length)) {
        if (found.has(e.term)) continue;
        found.add(e.term);
        expansions.push({ ...e, part });
      }
    }
    return expansions;
  }

  /** A term's index entry and, for five letters or more, the longer terms it begins, with their weights. */
  private expand(term: string, count: number): { term: number; weight: number }[] {
    const expansions: { term: number; weight: number }[] = [];
    const exact = this.termIds.get(term);
    if (exact !== undefined) expansions.push({ term: exact, weight: count });
    if (term.length >= MIN_PREFIX) {
      for (let s = this.lowerBound(term); s < this.sorted.length && this.sorted[s]!.startsWith(term); s++) {
        const longer = this.sorted[s]!;
        if (longer.length === term.length) continue;
        const weight = (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * (longer.length - term.length));
        expansions.push({ term: this.sortedIds[s]!, weight: count * weight });
      }
    }
    return expansions;
  }

  /**
   * The indexed forms of a word with its stem ("kaufmännische": "Kaufmann"; weighed STEM_WEIGHT) and
   * the compounds its stem begins ("Tiere": "Tierpfleger", "Kinder": "Kinderbetreuung"; weighed as a
   * prefix match), a compound being a term whose rest after the stem (and a linking "s", "en", …)
   * begins another indexed word of at least MIN_PART letters: "Kasse" does not find "Kassel".
   */
  private otherForms(term: string, count: number): { term: number; weight: number }[] {
    const forms: { term: number; weight: number }[] = [];
    const key = stemKey(term);
    const own = this.termIds.get(key);
    if (key !== term && own !== undefined) forms.push({ term: own, weight: count * STEM_WEIGHT });
    for (let s = lowerBoundOf(this.stemKeys, key); s < this.stemKeys.length && this.stemKeys[s] === key; s++) forms.push({ term: this.stemIds[s]!, weight: count * STEM_WEIGHT });
    const stem = lightStem(term);
    if (stem.length < MIN_STEM) return forms;
    for (let s = this.lowerBound(stem); s < this.sorted.length && this.sorted[s]!.startsWith(stem); s++) {
      const longer = this.sorted[s]!;
      if (longer === term || !this.isCompoundOf(longer, stem)) continue;
      const weight = (COMPOUND_WEIGHT * longer.length) / (longer.length + 0.3 * (longer.length - stem.length));
      forms.push({ term: this.sortedIds[s]!, weight: count * weight });
    }
    return forms;
  }

  /** Whether `longer` is `head`, maybe a linking element, and the beginning of another indexed word. */
  private isCompoundOf(longer: string, head: string): boolean {
    const rest = longer.slice(head.length);
    return LINKS.some((link) => rest.startsWith(link) && rest.length - link.length >= MIN_PART && this.begins(rest.slice(link.length)));
  }

  /** Whether an indexed term begins with `part`, other than `except` and the terms beginning with it. */
  private begins(part: string, except?: string): boolean {
    const all = this.lowerBound(part + '\uffff') - this.lowerBound(part);
    return all > (except ? this.lowerBound(except + '\uffff') - this.lowerBound(except) : 0);
  }

  /** termsIn for a query of at most WORD_BITS words, from the bits the search set for `doc`. */
  private termsFrom(query: { term: string; expansions: readonly { term: number; part?: string }[] }[], doc: number): string[] {
    const [any, whole] = [this.meta[(doc << 3) + 5]!, this.meta[(doc << 3) + 6]!];
    const terms: string[] = [];
    query.forEach(({ term, expansions }, q) => {
      if (!((any >>> q) & 1)) return;
      if ((whole >>> q) & 1) terms.push(term);
      // Only a part found it: the first part (in expansion order) the posting has.
      else terms.push(expansions.find((e) => e.part !== undefined && this.listsHold(e.term, doc))!.part!);
    });
    return terms;
  }

  /** Whether any field's list of term t holds job `doc`. */
  private listsHold(t: number, doc: number): boolean {
    for (let f = 0; f < FIELDS.length; f++) if (contains(this.docs, this.start[t * FIELDS.length + f]!, this.start[t * FIELDS.length + f + 1]!, doc)) return true;
    return false;
  }

  /** The query words job `doc` contains (in query order): the word, or the part of a compound the posting has. */
  private termsIn(query: { term: string; expansions: readonly { term: number; part?: string }[] }[], doc: number): string[] {
    return query.flatMap(({ term, expansions }) => {
      const found = expansions.find(({ term: t }) => this.listsHold(t, doc));
      return found ? [found.part ?? term] : [];
    });
  }

  private lowerBound(term: string): number {
    return lowerBoundOf(this.sorted, term);
  }

  /** Writes each job's field lengths into its scratch record (word 7), if they all fit (LENGTH_BITS). */
  private packLengths(fieldLength: Uint32Array, n: number): boolean {
    const F = FIELDS.length;
    for (let x = 0; x < n * F; x++) if (fieldLength[x]! >>> LENGTH_BITS[x % F]! !== 0) return false;
    for (let i = 0; i < n; i++) {
      let packed = 0;
      for (let f = 0; f < F; f++) packed |= fieldLength[i * F + f]! << LENGTH_SHIFT[f]!;
      this.meta[(i << 3) + 7] = packed;
    }
    return true;
  }

  private nextEpoch(): number {
    // On wrap-around only the stamps (word 2) are cleared: word 7 of a record holds its lengths.
    return (this.epoch = nextEpoch(this.epoch, () => {
      for (let m = 2; m < this.meta.length; m += 8) this.meta[m] = 0;
    }));
  }
}

/** Whether the ascending list docs[from..to) holds doc. */
export function contains(docs: Int32Array, from: number, to: number, doc: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && docs[lo] === doc;
}
