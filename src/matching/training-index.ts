/**
 * Trainings that close a skill gap: an inverted list per taught skill, ranked by how much of the
 * gap a training covers, how near (or online) it is, how soon it starts, its cost and funding.
 */
import type { Country, GeoPoint } from '../profile/types';
import type { Relaxation } from '../services/ports';
import { pointDistanceKm } from './geo';
import { TopK } from './heap';
import type { Training } from './types';
import { DEFAULT_RADIUS_KM, EXPENSIVE, NEUTRAL, START_HORIZON_DAYS, START_SOON_DAYS, TRAINING_WEIGHTS } from './weights';

export interface GapQuery {
  /** Missing skills, most important first; a skill listed more often weighs more. */
  gap: string[];
  point?: GeoPoint;
  radiusKm?: number;
  now: Date;
  /** Only trainings of these countries (their prices and funding apply there); undefined = any. */
  countries?: readonly Country[];
}

/** One ranked training. */
export interface ScoredTraining {
  training: Training;
  score: number;
  /** The gap skills this training teaches. */
  teaches: string[];
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

export class TrainingIndex {
  private readonly bySkill = new Map<string, number[]>();
  private readonly byId = new Map<string, Training>();

  constructor(readonly trainings: readonly Training[]) {
    trainings.forEach((t, i) => {
      this.byId.set(t.id, t);
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

  /** Trainings teaching the gap; far classroom trainings only when nothing near is found (relaxed "place"). */
  forGap(query: GapQuery, options: { limit?: number; offset?: number } = {}): { items: ScoredTraining[]; total: number; relaxed: Relaxation[] } {
    const offset = Math.max(0, options.offset ?? 0);
    const limit = Math.max(0, options.limit ?? 5);
    const weights = gapWeights(query.gap);
    const candidates = new Set<number>();
    for (const skill of weights.keys()) for (const i of this.bySkill.get(skill) ?? []) candidates.add(i);
    const ordered = [...candidates].sort((a, b) => a - b);
    for (const nearOnly of [true, false]) {
      const top = new TopK(offset + limit);
      let total = 0;
      for (const i of ordered) {
        const score = this.score(this.trainings[i]!, weights, query, nearOnly);
        if (score === undefined) continue;
        total++;
        top.push(score, i);
      }
      if (total === 0 && nearOnly && query.point) continue;
      const items = top.sorted().slice(offset).map(({ score, item }) => this.scored(this.trainings[item]!, score, weights, query));
      return { items, total, relaxed: nearOnly || total === 0 ? [] : ['place'] };
    }
    return { items: [], total: 0, relaxed: [] };
  }

  /** Score of one training, or undefined when it is over, already started, too far or of another country. */
  private score(t: Training, weights: Map<string, number>, q: GapQuery, nearOnly: boolean): number | undefined {
    if (q.countries && !q.countries.includes(t.country)) return undefined;
    const nowMs = q.now.getTime();
    if (t.endDate && t.endDate.getTime() < nowMs) return undefined;
    if (t.startDate && t.startDate.getTime() < nowMs - DAY) return undefined;
    const radius = q.radiusKm ?? DEFAULT_RADIUS_KM;
    const distance = this.distance(t, q);
    if (nearOnly && !t.online && distance !== undefined && distance > 2 * radius) return undefined;
    let covered = 0;
    let all = 0;
    for (const w of weights.values()) all += w;
    for (const s of new Set(t.skills)) covered += weights.get(s) ?? 0;
    const w = TRAINING_WEIGHTS;
    return (
      w.teaches * (all > 0 ? covered / all : 0) +
      w.place * placeFit(distance, t.online, radius) +
      w.start * startFit(t.startDate, nowMs) +
      w.cost * costFit(t) +
      w.funding * (t.funding.length > 0 ? 1 : 0)
    );
  }

  private distance(t: Training, q: GapQuery): number | undefined {
    return q.point && t.point ? pointDistanceKm(q.point, t.point) : undefined;
  }

  private scored(t: Training, score: number, weights: Map<string, number>, q: GapQuery): ScoredTraining {
    const distance = this.distance(t, q);
    return {
      training: t,
      score: Math.round(score * 1000) / 1000,
      teaches: [...new Set(t.skills)].filter((s) => weights.has(s)),
      distanceKm: distance === undefined ? undefined : Math.round(distance * 10) / 10,
    };
  }
}

/** Gap skills weighted by how often they are missing (a skill most jobs ask for counts most). */
function gapWeights(gap: readonly string[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const s of gap) weights.set(s, (weights.get(s) ?? 0) + 1);
  return weights;
}
