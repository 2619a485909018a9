/**
 * The relaxation plan: the constraints of a search, loosened one at a time until something is
 * found (radius ×2, ×4, then kind, Pensum, essential skills, languages, place).
 */
import type { Relaxation } from '../services/ports';
import type { MatchQuery } from './query';
import { skillsSuffice, type Features } from './score';
import { RADIUS_STEPS } from './weights';

/** The hard constraints of one search attempt. */
export interface Constraints {
  /** Effective radius in km; Infinity once the place is relaxed. */
  radiusKm: number;
  kind: boolean;
  pensum: boolean;
  skills: boolean;
  languages: boolean;
  /** What was loosened to get here, in order. */
  relaxed: Relaxation[];
}

/** The attempts of a search in order; the first is the strict one. Steps that loosen nothing are left out. */
export function relaxationPlan(query: MatchQuery, relax = true): Constraints[] {
  const hasPlace = query.point !== undefined;
  let current: Constraints = {
    radiusKm: hasPlace ? query.radiusKm : Infinity,
    kind: query.kinds.length > 0,
    pensum: query.pensum !== undefined,
    skills: query.skills.length > 0,
    languages: query.languages.length > 0,
    relaxed: [],
  };
  const plan = [current];
  if (!relax) return plan;
  const loosen = (change: Partial<Constraints>, reason: Relaxation) => {
    const relaxed = current.relaxed.includes(reason) ? current.relaxed : [...current.relaxed, reason];
    current = { ...current, ...change, relaxed };
    plan.push(current);
  };
  if (hasPlace) for (const factor of RADIUS_STEPS.slice(1)) loosen({ radiusKm: query.radiusKm * factor }, 'radius');
  if (current.kind) loosen({ kind: false }, 'kind');
  if (current.pensum) loosen({ pensum: false }, 'pensum');
  if (current.skills) loosen({ skills: false }, 'essential_skills');
  if (current.languages) loosen({ languages: false }, 'languages');
  if (hasPlace) loosen({ radiusKm: Infinity }, 'place');
  return plan;
}

/** Ways to take back one relaxation of a successful step (radius: each smaller radius step, smallest first). */
function undoOptions(step: Constraints, reason: Relaxation, query: MatchQuery): Constraints[] {
  const without = step.relaxed.filter((r) => r !== reason);
  switch (reason) {
    case 'radius':
      if (!Number.isFinite(step.radiusKm)) return [];
      return RADIUS_STEPS.map((f) => query.radiusKm * f)
        .filter((r) => r < step.radiusKm)
        .map((radiusKm) => ({ ...step, radiusKm, relaxed: radiusKm === query.radiusKm ? without : step.relaxed }));
    case 'kind':
      return [{ ...step, kind: true, relaxed: without }];
    case 'pensum':
      return [{ ...step, pensum: true, relaxed: without }];
    case 'essential_skills':
      return [{ ...step, skills: true, relaxed: without }];
    case 'languages':
      return [{ ...step, languages: true, relaxed: without }];
    case 'place':
      return [];
  }
}

/**
 * Runs attempts along the relaxation plan until one finds something, then takes back every earlier
 * relaxation that was not needed, so the person is told only what really was loosened.
 */
export function relaxedSearch<R extends { total: number }>(
  query: MatchQuery,
  relax: boolean,
  attempt: (constraints: Constraints) => R,
): { result: R; constraints: Constraints } {
  const plan = relaxationPlan(query, relax);
  for (const step of plan) {
    const result = attempt(step);
    if (result.total > 0) return tighten(query, step, result, attempt);
    if (step === plan[plan.length - 1]) return { result, constraints: { ...step, relaxed: [] } };
  }
  throw new Error('relaxation plan is never empty');
}

function tighten<R extends { total: number }>(query: MatchQuery, step: Constraints, result: R, attempt: (c: Constraints) => R) {
  let best = { result, constraints: step };
  for (const reason of step.relaxed.slice(0, -1)) {
    for (const candidate of undoOptions(best.constraints, reason, query)) {
      const tried = attempt(candidate);
      if (tried.total > 0) {
        best = { result: tried, constraints: candidate };
        break;
      }
    }
  }
  return best;
}

/**
 * Where a short page is filled up from: every constraint loosened but the place (the radius only
 * up to its largest step). Undefined when that admits nothing the search did not already admit.
 */
export function neighbourhood(query: MatchQuery, strict: Constraints): Constraints | undefined {
  const largest = Number.isFinite(strict.radiusKm) ? Math.max(strict.radiusKm, query.radiusKm * RADIUS_STEPS[RADIUS_STEPS.length - 1]!) : Infinity;
  const looser = largest > strict.radiusKm || strict.kind || strict.pensum || strict.skills || strict.languages;
  if (!looser) return undefined;
  return { radiusKm: largest, kind: false, pensum: false, skills: false, languages: false, relaxed: strict.relaxed };
}

/** Which of the search's constraints a job from the neighbourhood breaks (its features, as scored). */
export function brokenConstraints(strict: Constraints, f: Features, pensumOverlaps: boolean, hasLanguages: boolean): Relaxation[] {
  const broken: Relaxation[] = [];
  if (Number.isFinite(strict.radiusKm) && !(f.distanceKm <= strict.radiusKm)) broken.push('radius');
  if (strict.kind && f.kind === 0) broken.push('kind');
  if (strict.pensum && !pensumOverlaps) broken.push('pensum');
  if (strict.skills && !skillsSuffice(f)) broken.push('essential_skills');
  if (strict.languages && hasLanguages && f.languages < 1) broken.push('languages');
  return broken;
}
