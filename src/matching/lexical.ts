/**
 * BM25 over a posting's full text (title, the skills' labels, description), for the lexical half
 * of the hybrid ranking. Terms are folded the way the taxonomy folds (ä → ae), German filler words
 * and generic job-ad words ("Jahre", "Ausbildung", "Erfahrung") are dropped, and query words of
 * five letters or more also find longer words ("Lager" finds "Lagerlogistik"). A compound query word
 * also finds, weaker, postings with the words it is made of ("Intensivpflege" finds "Intensivstation"
 * and "Pflege", "Rettungsdienst" the "Rettungssanitäter"): see compoundParts.
 *
 * The index is held compactly in columns: a term id per word, one posting list per (term, field)
 * as typed arrays of job numbers and term frequencies, field lengths per job. Job numbers are the
 * positions in the jobs array it was built from (the match index's numbers for the same array).
 * The scoring is MiniSearch's (BM25+ with k 1.2, b 0.7, d 0.5, title boosted 2, a prefix match
 * weighted 0.375·len/(len + 0.3·extra letters), the sum times the number of query words matched),
 * which the lexical half was tuned with; a search only keeps the best jobs that pass a filter.
 */
import { nextEpoch, TopK } from './heap';
import { fold, STOPWORDS } from './taxonomy/normalize';

/** What the index reads of a posting or a course: its title, its skills (concept ids) and its text. */
export interface LexicalDocument {
  title: string;
  description: string;
  skills: readonly ({ conceptId: string } | string)[];
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
  'years', 'year', 'experience', 'work', 'worked', 'working', 'looking', 'for', 'my', 'am', 'have', 'has', 'to', 'as', 'at', 'on', 'is',
]);

/** MiniSearch's default tokenizer: split at spaces and punctuation. */
const SPLIT = /[\n\r\p{Z}\p{P}]+/u;
const FIELDS = ['title', 'skills', 'description'] as const;
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

/** A job's BM25 score and the person's words it contains. */
export interface LexicalHit {
  score: number;
  terms: string[];
}

/** Growable Int32 buffer of triples for the build. */
class Ints {
  data = new Int32Array(1024);
  length = 0;
  push(a: number, b: number, c: number): void {
    if (this.length + 3 > this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
    this.data[this.length++] = c;
  }
}

export class LexicalIndex {
  readonly size: number;
  private readonly termIds = new Map<string, number>();
  /** Every term, sorted, with its id: prefix lookups are a binary search. */
  private readonly sorted: string[];
  private readonly sortedIds: Int32Array;
  /** Posting list of (term t, field f) is start[t·F + f] .. start[t·F + f + 1] in docs / tf. */
  private readonly start: Int32Array;
  private readonly docs: Int32Array;
  private readonly tf: Uint16Array;
  /** BM25's length normalisation k1·(1 − b + b·length/average) per job and field, worked out once. */
  private readonly lengthNorm: Float32Array;
  /** Scratch of one search (searches are synchronous). */
  private readonly acc: Float64Array;
  private readonly stamp: Uint32Array;
  private readonly matched: Uint16Array;
  private readonly lastTerm: Int32Array;
  private readonly touched: Int32Array;
  private epoch = 0;

  /** `skillLabel` turns a concept id into words (the label in the postings' language). */
  constructor(jobs: readonly LexicalDocument[], skillLabel: (conceptId: string) => string | undefined) {
    const n = jobs.length;
    const F = FIELDS.length;
    this.size = n;
    const fieldLength = new Uint32Array(n * F);
    const avgLength = new Float64Array(F);
    // (term·F + field, job, tf) triples, collected job by job, then sorted into lists by counting.
    const pairs = new Ints();
    const counts = new Map<number, number>();
    jobs.forEach((job, i) => {
      const texts: (string | undefined)[] = [job.title, job.skills.map((s) => skillLabel(typeof s === 'string' ? s : s.conceptId) ?? '').join(', '), job.description];
      for (let f = 0; f < F; f++) {
        const text = texts[f];
        if (text === undefined) continue;
        const tokens = text.split(SPLIT);
        const length = new Set(tokens).size;
        fieldLength[i * F + f] = length;
        // MiniSearch's running average (a job without the field leaves it unchanged).
        avgLength[f] = (avgLength[f]! * i + length) / (i + 1);
        counts.clear();
        for (const token of tokens) {
          const term = lexicalTerm(token);
          if (!term) continue;
          let t = this.termIds.get(term);
          if (t === undefined) this.termIds.set(term, (t = this.termIds.size));
          const key = t * F + f;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        for (const [key, count] of counts) pairs.push(key, i, Math.min(count, 65535));
      }
    });
    const lists = this.termIds.size * F;
    this.start = new Int32Array(lists + 1);
    const total = pairs.length / 3;
    for (let p = 0; p < pairs.length; p += 3) this.start[pairs.data[p]! + 1]!++;
    for (let l = 0; l < lists; l++) this.start[l + 1]! += this.start[l]!;
    const fill = this.start.slice(0, lists);
    this.docs = new Int32Array(total);
    this.tf = new Uint16Array(total);
    for (let p = 0; p < pairs.length; p += 3) {
      const at = fill[pairs.data[p]!]!++;
      this.docs[at] = pairs.data[p + 1]!;
      this.tf[at] = pairs.data[p + 2]!;
    }
    this.lengthNorm = new Float32Array(n * F);
    for (let x = 0; x < n * F; x++) this.lengthNorm[x] = K1 * (1 - B + (B * fieldLength[x]!) / avgLength[x % F]!);
    this.sorted = [...this.termIds.keys()].sort();
    this.sortedIds = Int32Array.from(this.sorted, (t) => this.termIds.get(t)!);
    this.acc = new Float64Array(n);
    this.stamp = new Uint32Array(n);
    this.matched = new Uint16Array(n);
    this.lastTerm = new Int32Array(n);
    this.touched = new Int32Array(n);
  }

  /**
   * The `k` best jobs for the person's words among those `accept` lets through, and the scores of
   * the jobs in `also` (job numbers; a job without a shared word is absent).
   */
  search(words: string, k: number, accept: (job: number) => boolean, also: Iterable<number> = []): Map<number, LexicalHit> {
    const out = new Map<number, LexicalHit>();
    const query = this.queryTerms(words);
    if (query.length === 0) return out;
    const epoch = this.nextEpoch();
    let touchedCount = 0;
    query.forEach(({ expansions }, q) => {
      for (const { term, weight } of expansions) {
        for (let f = 0; f < FIELDS.length; f++) {
          const from = this.start[term * FIELDS.length + f]!;
          const to = this.start[term * FIELDS.length + f + 1]!;
          if (from === to) continue;
          const df = to - from;
          const idf = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
          const w = weight * BOOST[f]! * idf;
          for (let p = from; p < to; p++) {
            const doc = this.docs[p]!;
            const tf = this.tf[p]!;
            if (this.stamp[doc] !== epoch) {
              this.stamp[doc] = epoch;
              this.acc[doc] = 0;
              this.matched[doc] = 0;
              this.lastTerm[doc] = -1;
              this.touched[touchedCount++] = doc;
            }
            this.acc[doc]! += w * (D + (tf * (K1 + 1)) / (tf + this.lengthNorm[doc * FIELDS.length + f]!));
            if (this.lastTerm[doc] !== q) {
              this.lastTerm[doc] = q;
              this.matched[doc]!++;
            }
          }
        }
      }
    });
    const top = new TopK(k);
    for (let t = 0; t < touchedCount; t++) {
      const doc = this.touched[t]!;
      const score = this.acc[doc]! * this.matched[doc]!;
      if (top.keeps(score, doc) && accept(doc)) top.push(score, doc);
    }
    const hit = (doc: number): LexicalHit => ({ score: this.acc[doc]! * this.matched[doc]!, terms: this.termsIn(query, doc) });
    for (const { item } of top.sorted()) out.set(item, hit(item));
    for (const doc of also) if (this.stamp[doc] === epoch && !out.has(doc)) out.set(doc, hit(doc));
    return out;
  }

  /** The query's distinct terms (a repeated word weighs as often as it occurs) with their prefix and compound-part expansions. */
  private queryTerms(words: string): { term: string; expansions: { term: number; weight: number; part?: string }[] }[] {
    const counts = new Map<string, number>();
    for (const token of words.slice(0, MAX_QUERY_CHARS).split(SPLIT)) {
      const term = lexicalTerm(token);
      if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    return [...counts].map(([term, count]) => {
      const expansions: { term: number; weight: number; part?: string }[] = this.expand(term, count);
      // A part finds what the whole word does not already find, and counts as the same query word.
      const found = new Set(expansions.map((e) => e.term));
      for (const part of compoundParts(term, (p, except) => this.begins(p, except))) {
        for (const e of this.expand(part, (count * PART_WEIGHT * part.length) / term.length)) {
          if (found.has(e.term)) continue;
          found.add(e.term);
          expansions.push({ ...e, part });
        }
      }
      return { term, expansions };
    });
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

  /** Whether an indexed term begins with `part`, other than `except` and the terms beginning with it. */
  private begins(part: string, except?: string): boolean {
    const all = this.lowerBound(part + '\uffff') - this.lowerBound(part);
    return all > (except ? this.lowerBound(except + '\uffff') - this.lowerBound(except) : 0);
  }

  /** The query words job `doc` contains (in query order): the word, or the part of a compound the posting has. */
  private termsIn(query: { term: string; expansions: { term: number; part?: string }[] }[], doc: number): string[] {
    return query.flatMap(({ term, expansions }) => {
      const found = expansions.find(({ term: t }) => {
        for (let f = 0; f < FIELDS.length; f++) if (contains(this.docs, this.start[t * FIELDS.length + f]!, this.start[t * FIELDS.length + f + 1]!, doc)) return true;
        return false;
      });
      return found ? [found.part ?? term] : [];
    });
  }

  private lowerBound(term: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private nextEpoch(): number {
    return (this.epoch = nextEpoch(this.epoch, this.stamp));
  }
}

/** Whether the ascending list docs[from..to) holds doc. */
function contains(docs: Int32Array, from: number, to: number, doc: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && docs[lo] === doc;
}
