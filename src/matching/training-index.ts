/**
 * Trainings that close a skill gap: an inverted list per taught skill, ranked by how much of the
 * gap a training covers, how near (or online) it is, how soon it starts, its cost and funding.
 * With the person's own words the ranking is hybrid: the gap first, fused with BM25 of the
 * course's title, skills and text against the words ("ich möchte Excel lernen"); the words bring
 * in courses of their own, but only courses that keep the hard constraints (country, still to
 * come, online or within twice the radius).
 */
import type { Country, GeoPoint, ProfileLanguage, Situation } from '../profile/types';
import type { Relaxation } from '../services/ports';
import { courseAudienceOf, courseSituation, courseTrades, forOverFifties, isBeginnerCourse, OVER_FIFTY_AGE, languageCourse, languageLevelFit, leadsToFirstQualification, tradeReader, type CourseAudience, type LanguageCourse } from './course-facts';
import { withoutQualificationForms } from '../nlu/qualifications';
import { conditionsOfPosting, type WorkCondition } from '../nlu/aversions';
import { pointDistanceKm } from './geo';
import { Interner } from './interner';
import { TopK } from './heap';
import { LexicalIndex, type LexicalHit } from './lexical';
import type { Training } from './types';
import {
  AVOIDED_COURSE_PENALTY,
  BEGINNER_COURSE_PENALTY,
  COURSE_AUDIENCE_PENALTY,
  SITUATION_COURSE_FIT,
  FIRST_QUALIFICATION_FIT,
  DEFAULT_RADIUS_KM,
  EXPENSIVE,
  HYBRID_TRAINING_WEIGHTS,
  LANGUAGE_BELOW_PENALTY,
  NEUTRAL,
  OTHER_TRADE_PENALTY,
  START_HORIZON_DAYS,
  START_SOON_DAYS,
  TRAINING_POOL,
  TRAINING_WEIGHTS,
  UNRELATED,
} from './weights';

export interface GapQuery {
  /** Missing skills, most important first; a skill listed more often weighs more (or weights given per skill). */
  gap: readonly string[] | ReadonlyMap<string, number>;
  /** The person's own words: when given, BM25 of the course text against them joins the gap. */
  words?: string;
  /** The person's skills as words (labels): BM25 against them tells the courses of the person's field. */
  skillWords?: string;
  /**
   * Other names of the person's trade from the taxonomy (their occupations' labels and synonyms, their skills'
   * fields): a course meant for a trade named so is theirs too («für FaGe» for a «Fachfrau Gesundheit»). Read
   * only to tell a course meant for another trade, never searched.
   */
  tradeWords?: string;
  point?: GeoPoint;
  radiusKm?: number;
  now: Date;
  /** Only trainings of these countries (their prices and funding apply there); undefined = any. */
  countries?: readonly Country[];
  /** The person's language levels: the course a level above theirs closes a gap, one below it is none (see languageLevelFit). */
  languages?: readonly ProfileLanguage[];
  /** The person's age group, when known: a course meant for the other one is no proposal (see learnerAudience). */
  audience?: CourseAudience;
  /** The person's situation (returner, career changer, supported): a course meant for it fits as a gap closed (see courseSituation). */
  situation?: Situation;
  /** An adult without a vocational qualification: a course leading to a first one (Nachholbildung, Teilqualifikation) fits as a gap closed. */
  unqualified?: boolean;
  /** The working conditions the person rules out (ruledOutConditions): a course whose title names one trains for work they refuse. */
  avoided?: readonly WorkCondition[];
  /** The skills the person has: a course for beginners that teaches one of them teaches them nothing (see isBeginnerCourse). */
  have?: readonly string[];
  /** The person's age, when their words state it: from 50 a course for people over 50 fits as a gap closed. */
  age?: number;
}

/** One ranked training. */
export interface ScoredTraining {
  training: Training;
  score: number;
  /** The gap skills this training teaches. */
  teaches: string[];
  /** The person's words (else their skills' words) found in the course, as indexed (folded); empty without words. */
  words: string[];
  distanceKm?: number;
}

const DAY = 86_400_000;

/** 1 for online; near classroom trainings 1 → 0 at twice the radius; neutral without coordinates. */
function placeFit(distanceKm: number | undefined, online: boolean, radiusKm: number): number {
  if (online) return 0.8;
  if (distanceKm === undefined) return NEUTRAL;
  return Math.max(0, 1 - distanceKm / (2 * radiusKm));
}

/** 1 when starting within START_SOON_DAYS, then falling to 0 at START_HORIZON_DAYS; neutral without a date. */
function startFit(start: Date | undefined, nowMs: number): number {
  if (!start) return NEUTRAL;
  const days = (start.getTime() - nowMs) / DAY;
  if (days <= START_SOON_DAYS) return 1;
  return Math.max(0, 1 - (days - START_SOON_DAYS) / (START_HORIZON_DAYS - START_SOON_DAYS));
}

function costFit(training: Training): number {
  if (!training.cost) return NEUTRAL;
  return Math.max(0, 1 - training.cost.amount / EXPENSIVE);
}

/** The list a map holds under `key`, created empty on first use. */
function listIn<K>(map: Map<K, number[]>, key: K): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

export class TrainingIndex {
  private readonly bySkill = new Map<string, number[]>();
  private readonly byId = new Map<string, Training>();
  /** Per training: the language course its title names, and the age group it is meant for. */
  private readonly languageCourses: (LanguageCourse | undefined)[];
  private readonly audiences: (CourseAudience | undefined)[];
  private readonly situations: (Situation | undefined)[];
  /** Per training: the trades its title says it is meant for («Deutsch für die Küche»), often none. */
  private readonly trades: string[][];
  /**
   * Per training: the working conditions its title names («Telefontraining für Callcenter-Agenten»: phone work). Not
   * the office: an office course teaches office skills, and a returner «not in the office for years» rules nothing out.
   */
  private readonly conditions: ReadonlySet<WorkCondition>[];
  /** Language → its language courses, situation → its courses: the candidates a level or a situation brings in. */
  private readonly byLanguage = new Map<string, number[]>();
  private readonly bySituation = new Map<Situation, number[]>();
  /** The courses meant for pupils and school leavers. */
  private readonly forYouth: number[] = [];
  /** The courses leading adults without a vocational qualification to one (leadsToFirstQualification). */
  private readonly firstQualification: number[] = [];
  private readonly isFirstQualification: boolean[];
  /** Per training: whether it is meant for beginners in its subject («für Einsteiger», «ohne Vorkenntnisse»). */
  private readonly forBeginners: boolean[];
  /** The courses for people over 50 («Standortbestimmung 50+»). */
  private readonly overFifty: number[] = [];
  private readonly isOverFifty: boolean[];
  private lexical?: LexicalIndex;

  /** The trainings, equal to those given, their repeated values held once (Interner): the index keeps them for the whole process. */
  readonly trainings: readonly Training[];

  /** `skillLabel` turns a taught skill into words for the lexical index (ids stay unread without it). */
  constructor(
    trainings: readonly Training[],
    private readonly skillLabel: (conceptId: string) => string | undefined = () => undefined,
  ) {
    const interner = new Interner();
    this.trainings = trainings = trainings.map((t) => interner.training(t));
    this.languageCourses = trainings.map((t) => languageCourse(t.title));
    this.audiences = trainings.map((t) => courseAudienceOf(t));
    this.situations = trainings.map((t) => courseSituation(t.title));
    this.trades = trainings.map((t) => courseTrades(t.title));
    this.conditions = trainings.map((t) => new Set([...conditionsOfPosting(t.title)].filter((c) => c !== 'office')));
    this.isFirstQualification = trainings.map((t) => leadsToFirstQualification(t.title));
    this.isOverFifty = trainings.map((t) => forOverFifties(t.title));
    // A language course's level is read on its own (languageLevelFit): «Deutsch A1 für Anfänger» is no beginners' course here.
    this.forBeginners = trainings.map((t, i) => !this.languageCourses[i] && isBeginnerCourse(t));
    trainings.forEach((t, i) => {
      this.byId.set(t.id, t);
      const language = this.languageCourses[i]?.language;
      if (language) listIn(this.byLanguage, language).push(i);
      const situation = this.situations[i];
      if (situation) listIn(this.bySituation, situation).push(i);
      if (this.audiences[i] === 'youth') this.forYouth.push(i);
      if (this.isFirstQualification[i]) this.firstQualification.push(i);
      if (this.isOverFifty[i]) this.overFifty.push(i);
      for (const s of new Set(t.skills)) {
        const list = this.bySkill.get(s);
        if (list) list.push(i);
        else this.bySkill.set(s, [i]);
      }
    });
  }

  /** The training with this id. */
  get(id: string): Training | undefined {
    return this.byId.get(id);
  }

  /** Trainings teaching the gap (and, with words, those the words find); far classroom trainings only when nothing near is found (relaxed "place"). */
  forGap(query: GapQuery, options: { limit?: number; offset?: number } = {}): { items: ScoredTraining[]; total: number; relaxed: Relaxation[] } {
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(0, options.limit ?? 5);
    const weights = gapWeights(query.gap);
    const candidates = new Set<number>();
    for (const skill of weights.keys()) for (const i of this.bySkill.get(skill) ?? []) candidates.add(i);
    // The course a level above the person's closes a gap of its own, whether or not a job names the language.
    const levelFit = (i: number) => {
      const course = this.languageCourses[i];
      return course && query.languages ? languageLevelFit(course, query.languages) : undefined;
    };
    // So does a course meant for the person's situation (the returners' course for a returner), and
    // for a pupil or school leaver a course meant for pupils (taster days, application training):
    // what a counsellor proposes first to someone who has no occupation yet to close a gap of.
    // And for an adult without a vocational qualification a course leading to one (Nachholbildung, Teilqualifikation).
    const unqualified = !!query.unqualified && query.audience !== 'youth';
    // And for a person of 50 or more a course for people over 50 (Standortbestimmung 50+).
    const older = query.age !== undefined && query.age >= OVER_FIFTY_AGE;
    const ownAge = (i: number) => older && this.isOverFifty[i]!;
    const situationFit = (i: number) =>
      (query.situation && this.situations[i] === query.situation) || (query.audience === 'youth' && this.audiences[i] === 'youth') || ownAge(i)
        ? SITUATION_COURSE_FIT
        : unqualified && this.isFirstQualification[i]
          ? FIRST_QUALIFICATION_FIT
          : 0;
    for (const { language } of query.languages ?? []) for (const i of this.byLanguage.get(language) ?? []) if ((levelFit(i) ?? 0) > 0) candidates.add(i);
    if (query.situation) for (const i of this.bySituation.get(query.situation) ?? []) candidates.add(i);
    if (query.audience === 'youth') for (const i of this.forYouth) candidates.add(i);
    if (unqualified) for (const i of this.firstQualification) candidates.add(i);
    if (older) for (const i of this.overFifty) candidates.add(i);
    const hybrid = query.words !== undefined;
    const words = this.wordHits(query, query.words, candidates);
    const field = this.wordHits(query, hybrid ? query.skillWords : undefined, candidates);
    for (const i of [...words.keys(), ...field.keys()]) candidates.add(i);
    const ordered = [...candidates].sort((a, b) => a - b);
    // A course meant for a trade the person's words and skills never name («German B1 for IT professionals» for a
    // ramp agent, «Wiedereinstieg in die Kita für FaBe» for a cook) is meant for other people, as one for another age group.
    const own = [query.words ?? '', query.skillWords ?? ''].join('\n');
    const namesOwnTrade = tradeReader([own, query.tradeWords ?? ''].join('\n'));
    const otherTrade = (i: number) => own.trim() !== '' && this.trades[i]!.length > 0 && !namesOwnTrade(this.trades[i]!);
    const fit = this.gapFit(ordered, weights, hybrid);
    // A beginners' course in a skill the person already has («CNC-Grundkurs für Einsteiger» for a CNC miller of eight years);
    // not for one who never trained: the cleaner's «Grundkurs für Einsteiger» is the helper's first certificate.
    const have = new Set(unqualified ? [] : (query.have ?? []));
    const belowLevel = (i: number) => this.forBeginners[i]! && this.trainings[i]!.skills.some((s) => have.has(s));
    const wordFit = relativeTo(words);
    const fieldFit = relativeTo(field);
    for (const nearOnly of [true, false]) {
      const top = new TopK(offset + limit);
      let total = 0;
      for (const i of ordered) {
        const audience = this.audiences[i];
        const fits = {
          gap: fit(i),
          words: wordFit(i),
          field: fieldFit(i),
          level: levelFit(i),
          situation: situationFit(i),
          otherAudience: !!audience && !!query.audience && audience !== query.audience,
          ownAudience: !!audience && audience === query.audience,
          otherTrade: otherTrade(i),
          avoided: !!query.avoided?.some((c) => this.conditions[i]!.has(c)),
          beginner: belowLevel(i),
          ownAge: ownAge(i),
        };
        const score = this.score(this.trainings[i]!, fits, hybrid, query, nearOnly);
        if (score === undefined) continue;
        total++;
        top.push(score, i);
      }
      if (total === 0 && nearOnly && query.point) continue;
      const items = top.sorted().slice(offset).map(({ score, item }) => this.scored(this.trainings[item]!, score, weights, words.get(item) ?? field.get(item), query));
      return { items, total, relaxed: nearOnly || total === 0 ? [] : ['place'] };
    }
    return { items: [], total: 0, relaxed: [] };
  }

  /**
   * The share of the gap each candidate covers; in the hybrid ranking relative to the best
   * candidate's, so that the gap of many jobs (never covered whole) still outweighs the words.
   */
  private gapFit(candidates: readonly number[], weights: Map<string, number>, relative: boolean): (i: number) => number {
    const covered = new Map<number, number>();
    let best = 0;
    for (const i of candidates) {
      let c = 0;
      for (const s of new Set(this.trainings[i]!.skills)) c += weights.get(s) ?? 0;
      covered.set(i, c);
      best = Math.max(best, c);
    }
    let all = 0;
    for (const w of weights.values()) all += w;
    const whole = relative ? best : all;
    return (i) => (whole > 0 ? (covered.get(i) ?? 0) / whole : 0);
  }

  /** BM25 hits of the person's words among the courses that keep every hard constraint (the words never relax one). */
  private wordHits(q: GapQuery, text: string | undefined, candidates: Set<number>): Map<number, LexicalHit> {
    if (!text?.trim()) return new Map();
    this.lexical ??= new LexicalIndex(this.trainings, this.skillLabel);
    const nowMs = q.now.getTime();
    const radius = q.radiusKm ?? DEFAULT_RADIUS_KM;
    const keeps = (i: number) => {
      const t = this.trainings[i]!;
      if (!this.open(t, q, nowMs)) return false;
      const distance = this.distance(t, q);
      return t.online || distance === undefined || distance <= 2 * radius;
    };
    return this.lexical.search(withoutQualificationForms(text), TRAINING_POOL, keeps, candidates);
  }

  /** Of the person's countries, not over and not yet started. */
  private open(t: Training, q: GapQuery, nowMs: number): boolean {
    if (q.countries && !q.countries.includes(t.country)) return false;
    if (t.endDate && t.endDate.getTime() < nowMs) return false;
    return !(t.startDate && t.startDate.getTime() < nowMs - DAY);
  }

  /** Score of one training, or undefined when it is over, already started, too far or of another country. */
  private score(t: Training, fit: { gap: number; words: number; field: number; level?: number; situation: number; otherAudience: boolean; ownAudience: boolean; otherTrade: boolean; avoided: boolean; beginner: boolean; ownAge: boolean }, hybrid: boolean, q: GapQuery, nearOnly: boolean): number | undefined {
    const nowMs = q.now.getTime();
    if (!this.open(t, q, nowMs)) return undefined;
    const radius = q.radiusKm ?? DEFAULT_RADIUS_KM;
    const distance = this.distance(t, q);
    if (nearOnly && !t.online && distance !== undefined && distance > 2 * radius) return undefined;
    const w = hybrid ? HYBRID_TRAINING_WEIGHTS : { ...TRAINING_WEIGHTS, words: 0, field: 0 };
    // As for jobs (UNRELATED): a course that shares (almost) nothing with the person's words or
    // their skills' words is about another field, whatever gap of theirs it teaches. Its gap counts
    // in proportion to that evidence, up to UNRELATED.words, and with less than that it costs
    // UNRELATED.penalty: the gap of a job far down their proposals (an electrician's for a car
    // mechatronics technician wishing for electromobility) must not outrank their own field's course.
    // A language course at the next level is a gap closed and evidence enough (the language is
    // the person's, not a field); one below their level teaches nothing they lack.
    // So is the gap a pupils' course closes for a pupil: a pupil's jobs are the apprenticeships they wish
    // for, and the Windenergie-Camp that teaches their gap is of their field though it shares no word
    // with «Windmöhlen».
    const level = fit.level ?? 0;
    const youthGap = fit.ownAudience && q.audience === 'youth' ? fit.gap : 0;
    // And so is the age of a person over 50 for a course meant for them: it is of no field.
    const ageGap = fit.ownAge ? fit.situation : 0;
    const evidence = hybrid ? Math.max(fit.words, fit.field, level, youthGap, ageGap) : 1;
    const gapShare = Math.min(1, evidence / UNRELATED.words);
    return (
      (evidence < UNRELATED.words ? -UNRELATED.penalty : 0) +
      (level < 0 ? -LANGUAGE_BELOW_PENALTY : 0) +
      (fit.otherAudience ? -COURSE_AUDIENCE_PENALTY : 0) +
      (fit.otherTrade ? -OTHER_TRADE_PENALTY : 0) +
      (fit.avoided ? -AVOIDED_COURSE_PENALTY : 0) +
      (fit.beginner ? -BEGINNER_COURSE_PENALTY : 0) +
      w.teaches * Math.max(fit.gap, level, fit.situation) * gapShare +
      w.words * fit.words +
      w.field * fit.field +
      w.place * placeFit(distance, t.online, radius) +
      w.start * startFit(t.startDate, nowMs) +
      w.cost * costFit(t) +
      w.funding * (t.funding.length > 0 ? 1 : 0)
    );
  }

  private distance(t: Training, q: GapQuery): number | undefined {
    return q.point && t.point ? pointDistanceKm(q.point, t.point) : undefined;
  }

  private scored(t: Training, score: number, weights: Map<string, number>, hit: LexicalHit | undefined, q: GapQuery): ScoredTraining {
    const distance = this.distance(t, q);
    return {
      training: t,
      // A course about another field ranks below zero (UNRELATED.penalty); the score shown is never negative.
      score: Math.round(Math.max(0, score) * 1000) / 1000,
      teaches: [...new Set(t.skills)].filter((s) => weights.has(s)),
      words: hit?.terms ?? [],
      distanceKm: distance === undefined ? undefined : Math.round(distance * 10) / 10,
    };
  }
}

/** BM25 scores scaled to the best hit (0 for a course without a hit). */
function relativeTo(hits: Map<number, LexicalHit>): (i: number) => number {
  let best = 0;
  for (const hit of hits.values()) best = Math.max(best, hit.score);
  return (i) => (best > 0 ? (hits.get(i)?.score ?? 0) / best : 0);
}

/** Gap skills weighted by how often they are missing (a skill most jobs ask for counts most). */
function gapWeights(gap: readonly string[] | ReadonlyMap<string, number>): Map<string, number> {
  if (!Array.isArray(gap)) return new Map(gap as ReadonlyMap<string, number>);
  const weights = new Map<string, number>();
  for (const s of gap as readonly string[]) weights.set(s, (weights.get(s) ?? 0) + 1);
  return weights;
}
