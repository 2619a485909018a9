/**
 * Hybrid ranking: the structured score (skills, level, distance, Pensum, kind, languages,
 * freshness, feedback, interests) fused with
 * - the occupation: a posting of the person's learned or past occupation counts fully, one of a
 *   related occupation (career changers) half;
 * - a lexical score: BM25 of the posting's full text against the person's own words (what they
 *   said about themselves and every phrase that resolved to no concept), scaled to the best hit;
 *   a posting's skill phrases that resolved to no concept are searched with its skills. The more of
 *   what the person lists resolved to no concept, the more the words weigh (UNKNOWN_WORDS_WEIGHT):
 *   the structured score sees nothing of such phrases; when most of it did, what they list is also
 *   searched on its own (LISTED_SEARCH), apart from a self-description that would drown it; so
 *   is, for everyone, what they list as their skills as written (`listed`: "Traktor fahren" finds
 *   the postings that say so where the taxonomy knows it as "Landmaschinen führen"), and the card
 *   names the words it found;
 *   A posting without a recognised occupation counts as one when its title names it;
 * - the field: for a person who named no occupation, the occupations of the best proposals and the
 *   related ones;
 * - soft skills ("zuverlässig", "Teamarbeit") are taken out of the structured score and only break
 *   ties (a language many postings ask for, "Englisch", too, where it is all a posting shares, and
 *   any skill many postings of the wished kinds ask for, "Mathematik" among Lehrstellen), so the
 *   words they hint at ("Ferienjob im Lager") decide the field;
 * - a school subject shows the interest it belongs to ("Biologie": "Interesse an Naturwissenschaften").
 * Wishes: a job beyond the radius (up to HYBRID_REACH times it), of an unwished kind or Pensum
 * carries the wish it breaks in `relaxed` (the person is told) and a penalty (RELAXED_PENALTY), so
 * it fills the page and comes before a job within the wishes only when it fits clearly better; a
 * Schnupperlehre for someone looking for a Lehrstelle (and the other way round) is on the same way
 * and costs only as a job a little beyond the radius (ADJACENT_KINDS); a
 * job that shares nothing of the person's field (a language like "Englisch" is none) costs UNRELATED.penalty however near it is.
 * A person who leaves their trade ("darf nicht mehr schwer heben") or wishes to move into another
 * field ("möchte ins Labor wechseln", unless their trade's postings answer the wish: "in die Spitex"
 * for a FaGe) sees their trade's postings after the others (LEAVING_TRADE).
 * Working conditions the person's words rule out ("bitte ohne Schichtarbeit") cost AVOIDED_PENALTY (and AVOIDED_EXTRA each further one) in
 * a posting that names them, and the card says so; the words naming them search nothing.
 * Who a posting is for: a job whose title asks for a completed training (EFZ, HF) above what the
 * person has in its field costs ABOVE_LEVEL_PENALTY, one for adults only (Nachholbildung) costs a
 * pupil ADULTS_ONLY_PENALTY, one whose stated start has gone by ("Lehrbeginn August 2026" in
 * December) STARTED_PENALTY; the card says why (`caveats`).
 */
import { leavesTrade, leftPlaces, ruledOutConditions, type WorkCondition } from '../nlu/aversions';
import { familyBreakWords } from '../nlu/hints';
import { changedField, wishedDirection } from '../nlu/wishes';
import { contains, lexicalTerm, type LexicalHit, type LexicalIndex } from './lexical';
import type { MatchIndex } from './match-index';
import { byScore } from './heap';
import { isLearningKind, POSITION_KINDS, type PositionKind } from '../profile/types';
import type { Relaxation, ScorePart } from '../services/ports';
import type { MatchQuery } from './query';
import { ENGLISH_PROSE_WORDS, heldWishWords, listedPhrases, searchableWords } from './own-words';
import { pageOf, type ScoredJob, type SearchOptions, type SearchResult } from './result';
import { ADULT_TITLE_TERMS, isSchoolAge } from './audience';
import { explicitLevel, LEVEL_TITLE_TERMS, statedLevel, TRAINED_TITLE_TERMS, type QualificationLevel } from './qualification';
import { saysNoQualification } from './course-facts';
import { fold } from './taxonomy/normalize';
import { ABOVE_LEVEL_PENALTY, CHANGER_TITLE_TERMS, LEAD_TITLE_TERMS, RELATED_CREDIT, ADJACENT_KINDS, ADULTS_ONLY_PENALTY, AVOIDED_EXTRA, AVOIDED_PENALTY, BELOW_LEVEL, BEYOND_REACH_PENALTY, COMMON_LANGUAGE_SHARE, WISH_WEIGHT, FIELD_SEEDS, HYBRID_POOL, HYBRID_REACH, HYBRID_WEIGHTS, LEAVING_TRADE, LISTED_SEARCH, POSITION_KIND_WORDS, RADIUS_BEYOND_FULL, RELAXED_PENALTY, STARTED_PENALTY, STALE_POSTING, UNKNOWN_WORDS_WEIGHT, UNRELATED, WIDESPREAD_SKILL_SHARE, WISHED_FIELD, WITHIN_TRADE_WISH, WORKING_LANGUAGE_WORDS } from './weights';

/** What the hybrid ranking needs to know about concepts (the taxonomy). */
export interface ConceptFacts {
  /** Soft (transversal) skills are tie-breakers only. */
  isSoft(conceptId: string): boolean;
  /** Languages ("Englisch") are asked for in every field: sharing one says nothing of the field. */
  isLanguage?(conceptId: string): boolean;
  /** The interests a skill shows ("Biologie" shows "Interesse an Naturwissenschaften"). */
  interestsShown?(conceptId: string): readonly string[];
  /** An interest ("Interesse an Technik"): something a person has, not a skill they lack or learn. */
  isInterest?(conceptId: string): boolean;
  /** Occupations related to an occupation (career changers). */
  relatedOccupations(occupationId: string): readonly string[];
  /** The occupation's label, for the explanation. */
  label(conceptId: string): string | undefined;
  /**
   * A concept's names (labels, synonyms): a posting whose title names an occupation is of that
   * occupation too; a common language's names search nothing in the person's words.
   */
  names?(conceptId: string): readonly string[];
  /** The occupation's qualification level (helper/EBA < EFZ/Ausbildung < HF/FH). */
  occupationLevel?(occupationId: string): QualificationLevel | undefined;
  /** The occupation's field ("gesundheit"): levels compare within a field only (a driver moving into care starts anywhere). */
  fieldOf?(occupationId: string): string | undefined;
}

/** Why the hybrid ranking placed a job: the occupation it shares and the person's words in the posting. */
export interface HybridReasons {
  /** The job's occupation (same), or the person's occupation the job's is related to (related). */
  occupation?: { id: string; related: boolean };
  /** The person's words found in the posting (as indexed, folded). */
  words: string[];
  /** Working conditions the person ruled out in their words ("ohne Schichtarbeit") that the posting names. */
  avoided?: WorkCondition[];
  /** Why the posting may not be for the person though it fits: it asks for a training they have not named, or it is for adults only. */
  caveats?: JobCaveat[];
  /** Structured score, lexical score (0..1), occupation (0, 0.5, 1). */
  parts: { structured: number; words: number; occupation: number };
}

/** A reason a fitting posting may not be open to the person (said on the card). */
export type JobCaveat = 'qualification' | 'adults' | 'started' | 'stale';

export type HybridScoredJob = ScoredJob & { hybrid?: HybridReasons };

/** Whether the query asks for the hybrid ranking (own words, skills listed as written, or occupations). */
export function wantsHybrid(query: MatchQuery): boolean {
  return Boolean(query.text?.trim()) || (query.listed?.length ?? 0) > 0 || (query.occupations?.length ?? 0) > 0;
}

const SKILL_FACTORS = new Set(['essential', 'optional', 'level']);

/**
 * The structured score without what soft skills earned: the skill factors' contribution shrinks by
 * the share of the matched skills that are soft. A posting that matches only on "Zuverlässigkeit"
 * keeps its distance, kind and freshness but no skill score.
 */
function softFree(item: ScoredJob, soft: ReadonlySet<string>): number {
  if (soft.size === 0 || item.matched.length === 0) return item.score;
  // Loops rather than filter and reduce: every candidate of a search asks, twice.
  let softMatched = 0;
  for (const id of item.matched) if (soft.has(id)) softMatched++;
  if (softMatched === 0) return item.score;
  let skillPart = 0;
  for (const p of item.breakdown) if (SKILL_FACTORS.has(p.factor)) skillPart += p.weight * p.score;
  return item.score - skillPart * (softMatched / item.matched.length);
}

/** A title's or name's words as the lexical index folds them (filler words dropped). */
function titleTerms(text: string): string[] {
  return text.split(/[\s/().,;:-]+/u).flatMap((w) => lexicalTerm(w) ?? []);
}

/** An occupation's names as title terms, and the level each states: worked out once per names list. */
interface NameForm {
  terms: string[];
  level: QualificationLevel | undefined;
}
const nameForms = new WeakMap<readonly string[], NameForm[]>();

/**
 * The names' title terms (names without any left out) and stated levels. ConceptFacts hands out the
 * same list for an occupation every time (taxonomyFacts keeps it), so a list's forms are worked out
 * once, not on every search (a fold and a regex per name).
 */
function formsOf(names: readonly string[]): NameForm[] {
  let forms = nameForms.get(names);
  if (!forms) {
    forms = names.flatMap((name) => {
      const terms = titleTerms(name);
      return terms.length > 0 ? [{ terms, level: explicitLevel([name]) }] : [];
    });
    nameForms.set(names, forms);
  }
  return forms;
}

/**
 * Postings by what their title names, each as the index's ascending title lists (one per name or
 * term). Only a page's few candidates are looked up, so they are searched in the lists rather than
 * copied into sets: a list like "EFZ" holds half of all Swiss postings.
 */
type TitleLists<T> = [T, readonly Int32Array[]][];

/**
 * The postings whose title names the person's (or a related) occupation (every word of one of its
 * names is in the title: "Dipl. Pflegefachperson HF Spitex" names "Dipl. Pflegefachperson"), for
 * postings whose occupation was not recognised when they were imported; looked up in the lexical
 * index's titles, in the order of `occupations` (the person's own first).
 */
function titlesNaming(lexical: LexicalIndex, occupations: Iterable<string>, facts: ConceptFacts): TitleLists<string> {
  const found: TitleLists<string> = [];
  for (const o of occupations) {
    const lists = formsOf(facts.names?.(o) ?? []).map((form) => lexical.withTitle(form.terms)).filter((list) => list.length > 0);
    if (lists.length > 0) found.push([o, lists]);
  }
  return found;
}

/** Whether an ascending list holds the job. */
function holds(list: Int32Array, job: number): boolean {
  return contains(list, 0, list.length, job);
}

/** The first entry (occupation or level) whose title lists hold the job. */
function firstNaming<T>(job: number, titles: TitleLists<T>): T | undefined {
  // Loops rather than find and some: every candidate asks, without a closure per call.
  for (const [entry, lists] of titles) for (const list of lists) if (holds(list, job)) return entry;
  return undefined;
}

/** The jobs whose title states a qualification level ("HF", "EBA", "SRK"), by level; the first listed wins. */
function titleLevels(lexical: LexicalIndex): TitleLists<QualificationLevel> {
  return LEVEL_TITLE_TERMS.map(([level, terms]) => [level, terms.map((term) => lexical.withTitle([term]))]);
}

/**
 * The wishes a candidate breaks, as said on its card: radius, kind, Pensum and languages. A job the
 * structured search found only after loosening a wish breaks it as any other candidate does: the
 * card, not the page, says so (the words bring in jobs within every wish beside it).
 */
function brokenWishes(item: ScoredJob, kind: PositionKind, query: MatchQuery, remote = false): readonly Relaxation[] {
  // Each once, in the order first named (an array: a job breaks a few at most, and every candidate asks).
  // Most candidates break none: they share one empty list (NO_RELAXATIONS) instead of each allocating its own.
  let broken: Relaxation[] | undefined;
  // A posting done from anywhere ("100 % remote") breaks no radius, however far its office is.
  if (item.relaxed) for (const r of item.relaxed) if (!(remote && (r === 'radius' || r === 'place'))) broken = withOnce(broken, r);
  if (!remote && query.point && item.distanceKm !== undefined && item.distanceKm > query.radiusKm) broken = withOnce(broken, 'radius');
  if (query.kinds.length > 0 && !query.kinds.includes(kind)) broken = withOnce(broken, 'kind');
  // The Pensum score is 1 exactly when the ranges overlap (score.ts pensumFit).
  if (query.pensum && factorScore(item, 'pensum') < 1) broken = withOnce(broken, 'pensum');
  if (query.languages.length > 0 && factorScore(item, 'languages') < 1) broken = withOnce(broken, 'languages');
  return broken ?? NO_RELAXATIONS;
}

/** The list with r added unless it holds it already (a new list when there is none). */
function withOnce(list: Relaxation[] | undefined, r: Relaxation): Relaxation[] {
  if (!list) return [r];
  if (!list.includes(r)) list.push(r);
  return list;
}

/** The wishes a candidate that breaks none breaks (shared, never changed). */
const NO_RELAXATIONS: readonly Relaxation[] = Object.freeze([]);
/** No words, no caveats (shared, never changed). */
const NO_WORDS: readonly string[] = Object.freeze([]);
const NO_CAVEATS: readonly JobCaveat[] = Object.freeze([]);

/** How many of the ids are in the set. */
function softCount(ids: readonly string[], soft: ReadonlySet<string>): number {
  let n = 0;
  for (const id of ids) if (soft.has(id)) n++;
  return n;
}

function factorScore(item: ScoredJob, factor: ScorePart['factor']): number {
  return item.breakdown.find((p) => p.factor === factor)?.score ?? 1;
}

/**
 * What the page says was loosened ("Mit allen Wünschen gab es nichts …"): only when no job on it
 * meets every wish, then what its jobs break besides what the structured search loosened. A page
 * with a job within every wish needs no such line; the cards of the others say what they break.
 */
function pageRelaxations(page: readonly HybridScoredJob[], searched: readonly Relaxation[]): Relaxation[] {
  if (page.length === 0 || page.some((job) => !job.relaxed?.length)) return [];
  const said = [...searched];
  for (const job of page) for (const r of job.relaxed ?? []) if (!said.includes(r)) said.push(r);
  return said;
}

/** Whether a posting of `kind` is on the same way as a kind the person wishes for (ADJACENT_KINDS: a Schnupperlehre for someone looking for a Lehrstelle). */
function adjacentKind(kind: PositionKind, wished: readonly PositionKind[]): boolean {
  return ADJACENT_KINDS.some((group) => group.includes(kind) && wished.some((w) => group.includes(w)));
}

/**
 * How much a broken wish costs in the fused score (wishes not listed cost nothing beyond their
 * factor); another kind on the same way costs as a little beyond the radius. The radius costs by
 * how far beyond it a job lies (`beyond`, a share of the radius; RADIUS_BEYOND_FULL of it costs
 * all): a job a kilometre beyond 15 is hardly a longer way, one at twice the radius is. Beyond
 * HYBRID_REACH times the radius it costs BEYOND_REACH_PENALTY on top.
 */
export function penaltyOf(broken: readonly Relaxation[], adjacent = false, beyond = Infinity): number {
  let penalty = 0;
  for (const r of broken) {
    if (r === 'radius') penalty += RELAXED_PENALTY.radius * Math.min(1, beyond / RADIUS_BEYOND_FULL) + (beyond > HYBRID_REACH - 1 ? BEYOND_REACH_PENALTY : 0);
    else penalty += r === 'kind' && adjacent ? RELAXED_PENALTY.radius : (RELAXED_PENALTY[r as keyof typeof RELAXED_PENALTY] ?? 0);
  }
  return penalty;
}

/** How far beyond the wished radius a job lies, as a share of the radius (Infinity when unknown: it costs all). */
function beyondRadius(item: ScoredJob, query: MatchQuery): number {
  if (!query.point || item.distanceKm === undefined || !(query.radiusKm > 0)) return Infinity;
  return Math.max(0, item.distanceKm - query.radiusKm) / query.radiusKm;
}

/** What the caveats of a posting cost in the fused score. */
function caveatCost(caveats: readonly JobCaveat[]): number {
  return caveats.reduce((sum, c) => sum + (c === 'qualification' ? ABOVE_LEVEL_PENALTY : c === 'adults' ? ADULTS_ONLY_PENALTY : c === 'stale' ? STALE_POSTING.penalty : STARTED_PENALTY), 0);
}

/**
 * The person's skills many postings of the wished kinds ask for ("Mathematik": a quarter of all
 * Lehrstellen), when they also have a rarer one ("Holzbearbeitung"): the rarer ones say what their
 * field is, the widespread ones are a plus where the posting fits, like a common language.
 */
function widespreadSkills(index: MatchIndex, query: MatchQuery, soft: ReadonlySet<string>, languages: readonly string[], commonLanguages: readonly string[]): string[] {
  const ids = query.skills.map((s) => s.conceptId).filter((id) => !soft.has(id));
  const widespread = ids.filter((id) => !languages.includes(id) && index.skillShare(id, query.kinds) >= WIDESPREAD_SKILL_SHARE);
  // A rare language (Tigrinya) says what the work is, too.
  const rarer = ids.filter((id) => !widespread.includes(id) && !commonLanguages.includes(id));
  return rarer.length > 0 ? widespread : [];
}

/**
 * The person's words without those naming a working condition they rule out, a place of the trade
 * they leave or the family of a break: "ohne Schichtdienst" must not pull the postings or courses that
 * name Schichtdienst (a Schichtleiter course), nor "raus aus der Werkstatt" those that name a
 * Werkstatt, nor "8 Jahre zu Hause mit den Kindern" a course on working with children. What is
 * refused is read in `said` (all their words; a listed phrase alone may not say it).
 */
export function withoutRefusedWords(text: string, said: string = text): string {
  return withoutWords(text, refusedWords(said));
}

/** The words withoutRefusedWords drops: read once per search, though the search drops them from several texts. */
function refusedWords(said: string, ruledOut = ruledOutConditions(said)): readonly string[] {
  return [...ruledOut.words, ...leftPlaces(said), ...familyBreakWords(said)];
}

/**
 * The text (the person's skills as words) without the places of a trade they say they leave («Die Nächte im
 * Taxi will ich nicht mehr»: «Personen befördern (Taxi)» is no field to search courses by). Only those: the
 * family of a break may be the field of the skills («Kinder betreuen» for an educator back from a family break).
 */
export function withoutLeftPlaces(text: string, said: string): string {
  const places = leftPlaces(said);
  return places.length > 0 ? withoutWords(text, places) : text;
}

/**
 * The text without the one-word names given ("Englisch", "English"): a common language the
 * person speaks is matched by the language factor; as a word it would favour every posting that
 * names it, whatever its field.
 */
function withoutWords(text: string, names: readonly string[]): string {
  return withoutDropped(text, dropSet(names));
}

/** The one-word names as withoutWords compares them (folded; a name of several words is no word of the text). */
function dropSet(names: Iterable<string>, drop = new Set<string>()): Set<string> {
  for (const n of names) if (!/\s/u.test(n)) drop.add(foldedWord(n));
  return drop;
}

/** The text without the words whose folded form `drop` holds (or `also`). */
function withoutDropped(text: string, drop: ReadonlySet<string>, also?: ReadonlySet<string>): string {
  if (drop.size === 0 && !also?.size) return text;
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu, (word) => {
    const folded = foldedWord(word);
    return drop.has(folded) || also?.has(folded) ? ' ' : word;
  });
}

/**
 * The words no job search looks for whatever the person says (WORKING_LANGUAGE_WORDS, POSITION_KIND_WORDS,
 * ENGLISH_PROSE_WORDS), with those of the wishes held (heldWishWords), folded: built once per list of
 * held words, not on every search (a few hundred words).
 */
const unsearchedSets = new Map<readonly string[], Set<string>>();
function unsearchedWords(held: readonly string[]): ReadonlySet<string> {
  const key = held.length === 0 ? NONE : held;
  let drop = unsearchedSets.get(key);
  if (!drop) {
    drop = dropSet([...WORKING_LANGUAGE_WORDS, ...POSITION_KIND_WORDS, ...ENGLISH_PROSE_WORDS, ...held]);
    // heldWishWords hands out a few constant lists; a bound all the same.
    if (unsearchedSets.size >= 16) unsearchedSets.clear();
    unsearchedSets.set(key, drop);
  }
  return drop;
}
const NONE: readonly string[] = [];

/** Words as fold() gives them, up to FOLDED_WORDS: every search drops the same hundred-odd names from its text (a fold is a few regex passes). */
const foldedWords = new Map<string, string>();
const FOLDED_WORDS = 4096;

function foldedWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = fold(word);
    if (foldedWords.size >= FOLDED_WORDS) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

/**
 * The person's occupations they named in their words by a helper's name only ("drei Jahre als
 * Küchenhilfe" for the cook's trade, "Lagerhelfer" for the warehouse clerk's), never by a trained one.
 */
export function helperNamed(own: Iterable<string>, text: string, facts: ConceptFacts): Set<string> {
  const helper = new Set<string>();
  if (!text.trim()) return helper;
  const said = new Set(titleTerms(text));
  for (const o of own) {
    const named = formsOf(facts.names?.(o) ?? []).filter((form) => form.terms.every((t) => said.has(t)));
    if (named.length > 0 && named.every((form) => form.level === 1)) helper.add(o);
  }
  return helper;
}

/**
 * The person's occupations they leave: all of them when their words say they leave their trade
 * (leavesTrade); when they wish to move into another field ("ich möchte in die Pflege wechseln"),
 * those the wish does not name (a name's word and a wished word, one the start of the other:
 * "Pflege" names the "Pflegehelfer/in SRK" whose course they take).
 */
export function leftTrades(own: ReadonlySet<string>, text: string, facts: ConceptFacts): Set<string> {
  if (own.size === 0) return new Set();
  if (leavesTrade(text)) return new Set(own);
  const change = changedField(text);
  if (!change) return new Set();
  const wished = titleTerms(change).filter((t) => t.length >= 4);
  const names = (o: string) => formsOf(facts.names?.(o) ?? []).some((form) => form.terms.some((t) => t.length >= 4 && wished.some((w) => t.startsWith(w) || w.startsWith(t))));
  return new Set([...own].filter((o) => !names(o)));
}

/**
 * What a posting costs that names `count` working conditions the person ruled out: AVOIDED_PENALTY for
 * the first, AVOIDED_EXTRA for each further one (a bus line's «Schicht- und Wochenenddienste» for one who
 * wants neither weighs more than a posting with one of them).
 */
export function avoidedCost(count: number): number {
  return count > 0 ? AVOIDED_PENALTY + AVOIDED_EXTRA * (count - 1) : 0;
}

/** A CEFR level as a searched term ("b1"). */
export function isLanguageLevel(term: string): boolean {
  return /^[abc][12]$/u.test(term);
}

/** The best jobs for a query with own words and/or occupations. */
export function hybridSearch(index: MatchIndex, lexical: () => LexicalIndex, query: MatchQuery, facts: ConceptFacts, options: SearchOptions = {}): SearchResult & { items: HybridScoredJob[] } {
  const { offset, limit } = pageOf(options);
  const soft = new Set(query.skills.filter((s) => facts.isSoft(s.conceptId)).map((s) => s.conceptId));
  const languages = query.skills.filter((s) => facts.isLanguage?.(s.conceptId)).map((s) => s.conceptId);
  // A language many postings ask for ("Englisch") is a plus where the job fits, not a reason to
  // propose it: in a posting that shares nothing else of the person's field it earns no skill score,
  // like a soft skill. A rare one (Tigrinya for a refugee centre) says something about the work.
  const commonLanguages = languages.filter((id) => index.jobsWithSkill(id) >= COMMON_LANGUAGE_SHARE * index.size);
  const widespread = widespreadSkills(index, query, soft, languages, commonLanguages);
  const noField = new Set([...soft, ...languages, ...widespread]);
  const common = new Set([...soft, ...widespread, ...commonLanguages]);
  // Soft skills stay in the structured query (so its essential-coverage filter is unchanged), but
  // the share of the skill score they earn is taken off again below (softFree).
  // A school subject shows the interest it belongs to ("Biologie": "Interesse an Naturwissenschaften"),
  // which apprenticeship postings ask for: the interest joins the structured query at a basic level
  // (worked out once per query from the person's few skills).
  const has = new Set(query.skills.map((s) => s.conceptId));
  const shown = [...new Set(query.skills.flatMap((s) => facts.interestsShown?.(s.conceptId) ?? []))].filter((id) => !has.has(id));
  const structured: MatchQuery = shown.length > 0 ? { ...query, skills: [...query.skills, ...shown.map((conceptId) => ({ conceptId, level: 'basic' as const }))] } : query;
  const pool = index.search(structured, { limit: Math.max(HYBRID_POOL, offset + limit), relax: options.relax });
  /** Candidates by job number: the structured search's, then the words', then the occupation's. */
  const candidates = new Map<number, ScoredJob>();
  for (const item of pool.items) candidates.set(index.numberOf(item.id)!, item);
  // The words and the occupation also bring in jobs just beyond the hard wishes (a larger radius,
  // any kind): they only fill the page, labelled with the wish they break, unless they fit clearly
  // better than what lies within the wishes (RELAXED_PENALTY).
  const reach = options.relax === false ? query : { ...query, radiusKm: query.radiusKm * HYBRID_REACH, kinds: [] };
  const admits = index.admits(reach);
  const isNew = (i: number) => admits(i) && !candidates.has(i);
  // Only jobs near enough can be admitted: the searches below look at no others.
  const near = index.near(reach);
  const ruledOut = ruledOutConditions(query.text ?? '');
  // "ohne Schichtdienst" must not pull the postings that name Schichtdienst, nor "raus aus der Werkstatt" those that name a Werkstatt.
  // Nor must "wohne in Olten" favour every posting in Olten, nor "seit 15 Jahren" those with a 15,
  // nor "spreche gut Englisch" every posting that names English, nor "spreche Deutsch B1" every
  // posting that asks for written German or names Deutschland (WORKING_LANGUAGE_WORDS), nor
  // "Teilzeit" every posting that says so when the wishes hold a Pensum (heldWishWords), nor
  // "Praktikum" every field's internship (POSITION_KIND_WORDS), nor a newcomer's "or" the Java posting with a line of English (ENGLISH_PROSE_WORDS).
  const unsearched = unsearchedWords(heldWishWords(query));
  const unsearchedLanguages = dropSet(commonLanguages.flatMap((id) => facts.names?.(id) ?? []));
  // What the person refuses is read in all their words once (withoutRefusedWords), then dropped from each text searched.
  const refused = dropSet(refusedWords(query.text ?? '', ruledOut));
  const searchable = (raw: string): string =>
    withoutDropped(searchableWords(withoutDropped(raw, refused), query.point, query.radiusKm * HYBRID_REACH), unsearched, unsearchedLanguages);
  const text = searchable(query.text ?? '');
  const words = text.trim() ? lexical().search(text, HYBRID_POOL, isNew, candidates.keys(), near) : new Map<number, LexicalHit>();
  // A posting done from anywhere ("Remote within Germany") is near wherever its office is: the words also look for such postings beyond the reach.
  const remote = options.relax === false || !text.trim() || !query.point ? undefined : lexical().remoteJobs();
  const anywhere = remote ? index.admits({ ...reach, radiusKm: Infinity }) : undefined;
  if (remote && anywhere) for (const [number, hit] of lexical().search(text, HYBRID_POOL, (i) => anywhere(i) && !candidates.has(i) && !words.has(i), candidates.keys(), remote)) words.set(number, hit);
  const fromWords = [...words.keys()].filter((i) => !candidates.has(i));
  index.scoreAll(structured, fromWords).forEach((item, k) => candidates.set(fromWords[k]!, item));
  // The direction they wish for ("Richtung Rettungsdienst", "am liebsten Spitex") weighs more than
  // what they did before: its words are searched on their own, and postings with them join too.
  const wish = WISH_WEIGHT > 0 ? wishedDirection(text) : '';
  const wished = wish ? lexical().search(wish, HYBRID_POOL, isNew, candidates.keys(), near) : new Map<number, LexicalHit>();
  const fromWish = [...wished.keys()].filter((i) => !candidates.has(i));
  index.scoreAll(structured, fromWish).forEach((item, k) => candidates.set(fromWish[k]!, item));
  // What the person lists in a few words ("Abrechnung nach BEMA") and the taxonomy does not know,
  // the structured score cannot see: the larger the share of such phrases among what they name,
  // the more the words weigh.
  const listed = listedPhrases(text);
  const own = new Set(query.occupations ?? []);
  const fieldSkills = query.skills.filter((s) => !noField.has(s.conceptId));
  const unknownShare = listed.length > 0 ? listed.length / (listed.length + fieldSkills.length + own.size) : 0;
  const wordsWeight = HYBRID_WEIGHTS.words + UNKNOWN_WORDS_WEIGHT * unknownShare;
  // When most of it is unknown, what they list (with the labels of the skills that were known) is
  // also searched on its own: in the whole text a self-description's many words drown it.
  // What they list as their skills, as written ("Traktor fahren", "DATEV"), is searched on its own
  // too (LISTED_SEARCH.written): a skill the taxonomy knows under another name ("Tierhaltung") is
  // still their word in a posting, and in the whole text a self-description's many words drown it.
  const written = query.listed?.length ? searchable(query.listed.join('\n')) : '';
  const listWeight = Math.max(unknownShare >= LISTED_SEARCH.share ? LISTED_SEARCH.weight : 0, written.trim() ? LISTED_SEARCH.written : 0);
  const listText = listWeight > 0 ? [written, ...fieldSkills.flatMap((s) => facts.label(s.conceptId) ?? []), ...listed].join('\n') : '';
  const listHits = listText.trim() ? lexical().search(listText, HYBRID_POOL, isNew, candidates.keys(), near) : new Map<number, LexicalHit>();
  const fromList = [...listHits.keys()].filter((i) => !candidates.has(i));
  index.scoreAll(structured, fromList).forEach((item, k) => candidates.set(fromList[k]!, item));
  /** Related occupation → the person's occupation it is related to (the explanation names the person's). */
  const related = new Map<string, string>();
  for (const o of own) for (const r of facts.relatedOccupations(o)) if (!own.has(r) && !related.has(r)) related.set(r, o);
  // Postings of the person's occupations (then related ones) are found among all postings, not only
  // among the structured search's best: the best of them by the structured score join the candidates.
  let fromOccupations = 0;
  for (const occupations of [own, related.keys()]) {
    const numbers: number[] = [];
    index.bestOf(structured, occupations, HYBRID_POOL, isNew, near, numbers).forEach((item, k) => candidates.set(numbers[k]!, item));
    fromOccupations += numbers.length;
  }
  let added = fromWords.length + fromWish.length + fromList.length + fromOccupations;
  // The person's own occupations first: a title naming one of them and a related one is theirs.
  const titles = own.size + related.size > 0 ? titlesNaming(lexical(), [...own, ...related.keys()], facts) : [];
  // The person's qualification level: the highest of their occupations'. A posting's is what its
  // title states, else its occupation's.
  // An occupation the person named only by a helper's name ("Küchenhilfe" for the cook's trade) is theirs at a helper's level.
  const asHelper = helperNamed(own, query.text ?? '', facts);
  const levelOf = (o: string) => (asHelper.has(o) ? 1 : (facts.occupationLevel?.(o) ?? 0));
  let ownLevel = 0;
  const ownFields = new Set<string>();
  for (const o of own) {
    ownLevel = Math.max(ownLevel, levelOf(o));
    const f = facts.fieldOf?.(o);
    if (f) ownFields.add(f);
  }
  // Read from the titles only when a candidate asks (a few title lists).
  let levels: TitleLists<QualificationLevel> | undefined;
  // The training the person's own words state ("Lehre abgeschlossen", "HF") counts in every field when
  // it is of no occupation known: "gelernte Coiffeuse" is a training in hairdressing, not in baking.
  const wordsLevel = own.size === 0 ? statedLevel(fold(query.text ?? '')) : 0;
  const levelIn = new Map<string, number>();
  for (const o of own) {
    const f = facts.fieldOf?.(o);
    if (f) levelIn.set(f, Math.max(levelIn.get(f) ?? 0, levelOf(o)));
  }
  // An occupation's names that state a level, with their title lists: worked out once per query, not per candidate.
  const levelledNames = new Map<string, { level: QualificationLevel; titles: ReturnType<LexicalIndex['withTitle']> }[]>();
  const namesWithLevel = (occupation: string) => {
    let names = levelledNames.get(occupation);
    if (!names) {
      names = formsOf(facts.names?.(occupation) ?? []).flatMap(({ terms, level }) => (level !== undefined ? [{ level, titles: lexical().withTitle(terms) }] : []));
      levelledNames.set(occupation, names);
    }
    return names;
  };
  /**
   * The level of the occupation's name that the job's title names, where that name states one
   * ("Fachfrau Gesundheit EFZ"): "efz" is no indexed title word, and a German posting of an
   * occupation whose Swiss name says EFZ ("Kunststofftechnologe EFZ") does not name it.
   */
  const namedLevel = (job: number, occupation: string): QualificationLevel | undefined => namesWithLevel(occupation).find((n) => holds(n.titles, job))?.level;
  /**
   * Whether a job (not a training place) states in its title a completed training above what the
   * person has in its field (their occupations there, else any of theirs when its field is
   * unknown, and what their words state).
   */
  let untrained: boolean | undefined;
  const saysUntrained = (): boolean => (untrained ??= saysNoQualification(query.text));
  let trainedLists: Int32Array[] | undefined;
  const trainedTitle = (job: number): boolean => {
    trainedLists ??= TRAINED_TITLE_TERMS.flatMap((term) => lexical().withTitleEnding(term));
    return trainedLists.some((list) => holds(list, job));
  };
  const asksAbove = (job: number, occupation: string | undefined): boolean => {
    const kind = index.kindOf(job);
    if (isLearningKind(kind)) return false;
    levels ??= titleLevels(lexical());
    const stated = firstNaming(job, levels) ?? (occupation ? namedLevel(job, occupation) : undefined);
    // One who says they have no training ("habe keinen Berufsabschluss") is not a "Fachkraft für Lagerlogistik".
    if (stated === undefined && saysUntrained() && trainedTitle(job)) return true;
    if (stated === undefined || stated < 2) return false;
    const f = occupation && facts.fieldOf?.(occupation);
    return stated > Math.max(wordsLevel, f ? (levelIn.get(f) ?? 0) : ownLevel);
  };
  // A pupil or school leaver is not shown what is meant for adults only (a Nachholbildung).
  const thisMonth = query.now.getUTCFullYear() * 12 + query.now.getUTCMonth();
  // Whether the person is of school age is read from their words (a few regexes) only when a candidate's title is for adults only.
  let adultLists: Int32Array[] | undefined;
  let schoolAge: boolean | undefined;
  const ofSchoolAge = (): boolean => (schoolAge ??= isSchoolAge(query.text, query.now, query.situation));
  const forAdultsOnly = (job: number): boolean => {
    adultLists ??= ADULT_TITLE_TERMS.map((term) => lexical().withTitle([term])).filter((list) => list.length > 0);
    return adultLists.some((list) => holds(list, job)) && ofSchoolAge();
  };
  /** The level a posting's title states, by its level words ("Helfer", "EBA") or the occupation's name it holds ("Küchenhilfe"). */
  const helperTitleLevel = (job: number, occupation: string): QualificationLevel | undefined => {
    levels ??= titleLevels(lexical());
    return firstNaming(job, levels) ?? namedLevel(job, occupation);
  };
  /** How many levels below the person's a posting of their field is (0 for another field or an unknown one). */
  const levelsBelow = (job: number, occupation: string | undefined): number => {
    const f = occupation && facts.fieldOf?.(occupation);
    if (ownLevel <= 1 || !occupation || !f || !ownFields.has(f)) return 0;
    levels ??= titleLevels(lexical());
    const stated = firstNaming(job, levels);
    return Math.max(0, ownLevel - (stated ?? facts.occupationLevel?.(occupation) ?? ownLevel));
  };
  // A person who says they leave their trade ("darf nicht mehr schwer heben") is shown it last, not first;
  // so is one who wishes to move into another field ("ich möchte ins Labor wechseln"): of their
  // occupations, those the wish does not name (the baker's, not the Pflegehelfer's of someone who
  // moves "in die Pflege" after the SRK course) are the trade they leave.
  const left = leftTrades(own, query.text ?? '', facts);
  const leaving = left.size > 0;
  const byWish = leaving && !leavesTrade(query.text);
  // A posting of their trade whose title invites career changers ("Verkaufsberater Baustoffe
  // (Quereinstieg aus dem Bau)") is a way out of it, not the trade they leave.
  // So is, for one whose body no longer allows the trade, a posting that leads, teaches or advises in it ("Kundendienstleiter/in SHK").
  const wayOutTerms = byWish ? CHANGER_TITLE_TERMS : [...CHANGER_TITLE_TERMS, ...LEAD_TITLE_TERMS];
  const wayOut = leaving ? wayOutTerms.map((term) => lexical().withTitle([term])) : [];
  // Every job a search found is a candidate (its best joined them, the others were already), so
  // the best of each search is the best of its hits.
  let best = 0;
  let bestWish = 0;
  let bestList = 0;
  for (const hit of words.values()) best = Math.max(best, hit.score);
  for (const hit of wished.values()) bestWish = Math.max(bestWish, hit.score);
  for (const hit of listHits.values()) bestList = Math.max(bestList, hit.score);
  // A wish their own trade's postings answer ("in die Spitex wechseln" for a FaGe, "in die
  // Psychiatrie" for a nurse) is a move within it: they do not leave it.
  if (byWish) {
    for (const [number, hit] of wished) {
      if (hit.score < WITHIN_TRADE_WISH * bestWish) continue;
      const item = candidates.get(number);
      const o = item?.occupationId !== undefined && left.has(item.occupationId) ? item.occupationId : firstNaming(number, titles);
      if (o !== undefined) left.delete(o);
    }
  }
  // One who moves into another field ("ich will in den IT-Support wechseln") names the trade they
  // wish for by its words: a posting those words find well is of that trade, close to their own
  // occupation, though its occupation is none of theirs (WISHED_FIELD).
  const changing = WISHED_FIELD.credit > 0 && bestWish > 0 && changedField(query.text ?? '') !== '';
  /** The fields of the trades they leave (a related occupation there is the same trade: the cashier's for a saleswoman). */
  const leftFields = new Set([...left].flatMap((o) => facts.fieldOf?.(o) ?? []));
  /**
   * A candidate's fused score with what its card needs: the card itself (HybridScoredJob) is only
   * built for the page's jobs, not for the hundreds the page is chosen from.
   */
  interface Ranked {
    number: number;
    item: ScoredJob;
    /** The fused score, then with its penalties (what the candidates are sorted by). */
    fused: number;
    score: number;
    i: number;
    /** Its structured and words parts (the card's parts, built only for the page). */
    structured: number;
    words: number;
    /** The words of what the person lists that earned the posting something. */
    listTerms: readonly string[];
    kind: PositionKind;
    occupation: number;
    occ: string | undefined;
    below: number;
    broken: readonly Relaxation[];
    avoided: WorkCondition[];
    caveats: readonly JobCaveat[];
    /** It shares something of the person's field (a skill, the occupation or the field, their words). */
    evidence: boolean;
  }
  /** What of a candidate's ranking does not depend on the field (rank() runs twice when the field joins). */
  interface CandidateFacts {
    item: ScoredJob;
    occupation: number;
    occ: string | undefined;
    below: number;
    ownTrade: boolean;
    /** A posting of a trade the person leaves (not a way out of it). */
    leftTrade: boolean;
    lexicalScore: number;
    wishScore: number;
    listScore: number;
    /** The words of what the person lists that the posting contains. */
    listTerms: readonly string[];
    softShare: number;
    fieldSkill: boolean;
    kind: PositionKind;
    broken: readonly Relaxation[];
    avoided: WorkCondition[];
    caveats: readonly JobCaveat[];
  }
  /** Facts by job number, for the item they were worked out for (the field's search only adds new candidates; the item is checked all the same). */
  const factsByJob = new Map<number, CandidateFacts>();
  const factsOf = (number: number, item: ScoredJob): CandidateFacts => {
    const had = factsByJob.get(number);
    if (had && had.item === item) return had;
    const named = firstNaming(number, titles);
    const known = item.occupationId;
    const occ = known && (own.has(known) || !named || (related.has(known) && !own.has(named))) ? known : named;
    // A posting clearly below the person's level (a nurse HF and a Pflegehelfer posting) is no
    // step sideways: a related occupation there earns less, and any such posting costs a little.
    const below = levelsBelow(number, occ ?? known);
    const ofOwnTrade = occ !== undefined && own.has(occ);
    // For one who moves into another field, a posting of their trade that names what they wish for
    // (the Grossbäckerei's "Produktion" for a baker heading into production) is not the trade they leave.
    // A related occupation in the field of a trade they leave (the Kassierer's or the Verkäufer's
    // posting for a Kauffrau im Einzelhandel heading into the office) is that trade too.
    const nearLeft = !ofOwnTrade && occ !== undefined && leftFields.has(facts.fieldOf?.(occ) ?? '') && related.has(occ);
    const leftTrade = (ofOwnTrade ? left.has(occ) : nearLeft) && !(byWish && wished.has(number));
    const ownTrade = (ofOwnTrade || leftTrade) && !(leftTrade && wayOut.some((list) => holds(list, number)));
    const ownCredit = leftTrade ? LEAVING_TRADE.credit : 1;
    // A helper's posting of their trade is theirs; one that asks for the trained (the cook's, not the kitchen help's) is a step up, close to it.
    const aboveHelper = ownTrade && asHelper.has(occ!) && helperTitleLevel(number, occ!) !== 1;
    // A way out of the trade they leave, or a step up from its helper's level, is close to their trade.
    const byTrade = ofOwnTrade || leftTrade ? (ownTrade && !aboveHelper ? ownCredit : RELATED_CREDIT) : occ && related.has(occ) ? RELATED_CREDIT * BELOW_LEVEL.related ** below : 0;
    const wishShare = bestWish > 0 ? (wished.get(number)?.score ?? 0) / bestWish : 0;
    const occupation = changing && !leftTrade && wishShare >= WISHED_FIELD.share ? Math.max(byTrade, WISHED_FIELD.credit) : byTrade;
    // The words of a posting whose title names the trade the person leaves are that trade's words
    // ("Berufskraftfahrer CE", "Be- und Entladen"): they do not bring it back to the top. A posting
    // of another trade that names it ("ideal für Maurer", "Quereinstieg aus dem Bau") keeps them.
    const oldTrade = named !== undefined && left.has(named);
    const hit = oldTrade ? undefined : words.get(number);
    const listHit = oldTrade ? undefined : listHits.get(number);
    const kind = index.kindOf(number);
    // Most candidates have none: they share NO_CAVEATS.
    let caveats: JobCaveat[] | undefined;
    if (ABOVE_LEVEL_PENALTY > 0 && ((occupation === 0 && asksAbove(number, occ ?? known)) || aboveHelper)) (caveats ??= []).push('qualification');
    if (forAdultsOnly(number)) (caveats ??= []).push('adults');
    // A posting whose stated start lies in a month gone by ("Lehrbeginn August 2026" in December) is taken.
    if ((lexical().startOf(number) ?? Infinity) < thisMonth) (caveats ??= []).push('started');
    // A posting published long ago (STALE_POSTING) is most likely filled; a start gone by says so already.
    else if (query.now.getTime() - index.publishedMsOf(number) > STALE_POSTING.days * 86_400_000) (caveats ??= []).push('stale');
    const found: CandidateFacts = {
      item,
      occupation,
      occ,
      below,
      ownTrade,
      leftTrade: ownTrade && leftTrade,
      lexicalScore: best > 0 && hit ? hit.score / best : 0,
      wishScore: wishShare,
      listScore: bestList > 0 && listHit ? listHit.score / bestList : 0,
      listTerms: listHit?.terms ?? NO_WORDS,
      softShare: soft.size === 0 ? 0 : softCount(item.matched, soft) / soft.size,
      fieldSkill: item.matched.some((id) => !noField.has(id)),
      kind,
      broken: brokenWishes(item, kind, query, lexical().isRemote(number)),
      avoided: ruledOut.conditions.length > 0 ? lexical().conditionsOf(number, ruledOut.conditions) : [],
      caveats: caveats ?? NO_CAVEATS,
    };
    factsByJob.set(number, found);
    return found;
  };
  const rank = (field: ReadonlyMap<string, number>): Ranked[] => {
    const out: Ranked[] = [];
    let i = 0;
    // forEach: no [number, item] pair per candidate.
    candidates.forEach((item, number) => {
      const { occupation, occ, below, leftTrade, lexicalScore, wishScore, listScore, listTerms, softShare, fieldSkill, kind, broken, avoided, caveats } = factsOf(number, item);
      const inField = occupation === 0 && occ !== undefined ? (field.get(occ) ?? 0) : 0;
      const structuredScore = softFree(item, fieldSkill || occupation > 0 || inField > 0 ? soft : common);
      const score =
        HYBRID_WEIGHTS.structured * structuredScore +
        wordsWeight * lexicalScore +
        HYBRID_WEIGHTS.occupation * occupation +
        HYBRID_WEIGHTS.field * inField +
        HYBRID_WEIGHTS.soft * softShare +
        WISH_WEIGHT * wishScore +
        listWeight * listScore;
      // A job that shares nothing of the person's field (no skill but soft ones and languages, not their occupation
      // or field, hardly a word) is no proposal however near it is: it only fills a page.
      const evidence = fieldSkill || occupation > 0 || inField > 0 || lexicalScore >= UNRELATED.words;
      out.push({
        number,
        item,
        fused: score,
        score: score - penaltyOf(broken, adjacentKind(kind, query.kinds), beyondRadius(item, query)) - (evidence ? 0 : UNRELATED.penalty) - avoidedCost(avoided.length) - BELOW_LEVEL.penalty * below - caveatCost(caveats) - (leftTrade ? LEAVING_TRADE.penalty : 0),
        i: i++,
        structured: structuredScore,
        words: lexicalScore,
        listTerms: listScore > 0 ? listTerms : NO_WORDS,
        kind,
        occupation,
        occ,
        below,
        broken,
        avoided,
        caveats,
        evidence,
      });
    });
    return out.sort((a, b) => byScore(a.score, b.score) || a.i - b.i);
  };
  /** The card of a ranked candidate: its structured scoring, the fused score and the reasons. */
  const labelled = (r: Ranked): HybridScoredJob => {
    const { item, occupation, occ, below } = r;
    // Words that earned nothing (a leaver's old trade named in the title) are no reason either.
    // What they list and the posting names is a reason in their words too ("Traktor fahren").
    // Nor is a language level ("B1"): it tells how well they speak, not why the posting fits.
    const said = r.words > 0 ? (words.get(r.number)?.terms ?? []).filter((t) => !isLanguageLevel(t)) : [];
    const reasons: HybridReasons = { words: [...new Set([...said, ...r.listTerms])], parts: { structured: r.structured, words: r.words, occupation } };
    if (r.avoided.length > 0) reasons.avoided = r.avoided;
    if (r.caveats.length > 0) reasons.caveats = [...r.caveats];
    // "close to your occupation" is not said of a posting below the person's level.
    // Nor of a trade related to one the person leaves (the Strassenbauer's posting for a Maurer whose knees
    // gave up): it is near the trade they leave, no reason to propose it.
    const nearLeft = occ !== undefined && !own.has(occ) && left.has(related.get(occ) ?? '');
    // A posting of the wished trade that the taxonomy knows as no occupation of theirs is found by their words, no occupation to name.
    if (occupation > 0 && occ && (own.has(occ) || related.has(occ)) && !(occupation < 1 && below > 0) && !nearLeft) reasons.occupation = own.has(occ) ? { id: occ, related: occupation < 1 } : { id: related.get(occ)!, related: true };
    const job: HybridScoredJob = { ...item, score: r.fused, hybrid: reasons };
    if (r.broken.length > 0) job.relaxed = [...r.broken];
    else delete job.relaxed;
    return job;
  };
  let ranked = rank(new Map());
  // A person who named no occupation: the field the best proposals point to (their occupations and
  // the related ones) stands in for it. Postings there join the candidates and weigh a little more
  // (a pupil who fits the cook's apprenticeship is also shown the baker's).
  // Only proposals that share something of the person's field point to one: a near posting that is
  // first by its distance and Pensum alone would make its own field the person's.
  const seeds = own.size > 0 ? [] : ranked.filter((r) => r.evidence).slice(0, FIELD_SEEDS);
  const field = fieldOfSeeds(seeds.map((r) => r.item.occupationId), (o) => facts.relatedOccupations(o), (o) => own.has(o) || related.has(o));
  if (field.size > 0 && HYBRID_WEIGHTS.field > 0) {
    const numbers: number[] = [];
    index.bestOf(structured, new Set(field.keys()), HYBRID_POOL, isNew, near, numbers).forEach((item, k) => candidates.set(numbers[k]!, item));
    added += numbers.length;
    ranked = rank(field);
  }
  // One trained in an occupation who looks for a job is no apprentice: a Lehrstelle or a Schnupperlehre
  // (an ICU nurse was shown the FaGe apprenticeship) only when they ask for one.
  const learner = query.kinds.length === 0 || query.kinds.some(isLearningKind);
  // Nor, when they chose no kind (or «alles davon»), one of their own field below what their words
  // say they completed («diplomierte Pflegefachfrau, 8 Jahre Spital» was shown the FaGe Lehrstelle
  // second); one who leaves their trade may look for a training place in it.
  const choseNoKind = query.kinds.length === 0 || POSITION_KINDS.every((k) => query.kinds.includes(k));
  const completed = choseNoKind && ownLevel >= 2 && !leaving && !ofSchoolAge() ? statedLevel(fold(query.text ?? '')) : 0;
  const learnsBelow = (r: Ranked): boolean => {
    if (completed < 2 || r.occ === undefined || !ownFields.has(facts.fieldOf?.(r.occ) ?? '')) return false;
    levels ??= titleLevels(lexical());
    return (firstNaming(r.number, levels) ?? facts.occupationLevel?.(r.occ) ?? completed) < completed;
  };
  const proposable = ranked.filter((r) => !(isLearningKind(r.kind) && ((ownLevel >= 2 && !learner) || learnsBelow(r))));
  const page = proposable.slice(offset, offset + limit).map(labelled);
  return { items: page, total: pool.total + added - (ranked.length - proposable.length), relaxed: pageRelaxations(page, pool.relaxed) };
}

/**
 * The field the best proposals (seeds, by their occupations) point to: each seed's occupation and the
 * related ones, skipping those `skip` says the person has already. An occupation weighs by how many
 * seeds point to it, relative to the one most point to: one stray proposal (a pupil who builds with
 * wood shown a retail post third) adds its field at a fraction of the weight the agreeing proposals
 * give theirs, where a lone vote for each field keeps them all at full weight.
 */
export function fieldOfSeeds(seeds: readonly (string | undefined)[], relatedOf: (occupation: string) => Iterable<string>, skip: (occupation: string) => boolean): Map<string, number> {
  const votes = new Map<string, number>();
  for (const seed of seeds) {
    if (!seed || skip(seed)) continue;
    for (const o of new Set([seed, ...relatedOf(seed)])) if (!skip(o)) votes.set(o, (votes.get(o) ?? 0) + 1);
  }
  const most = Math.max(0, ...votes.values());
  for (const [o, n] of votes) votes.set(o, n / most);
  return votes;
}
