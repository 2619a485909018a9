/** The taxonomy's facts the hybrid ranking reads (one definition for the service and the benchmark). */
import type { ConceptFacts } from './hybrid';
import { qualificationLevel, type QualificationLevel } from './qualification';
import type { Taxonomy } from './taxonomy';

/**
 * What the hybrid ranking knows about concepts from `taxonomy` (nothing when there is none). An
 * occupation's names and level are asked for every candidate of every search: they are worked out
 * once per occupation (the taxonomy never changes; at most one entry per concept).
 */
export function taxonomyFacts(taxonomy: Taxonomy | undefined): ConceptFacts {
  const names = new Map<string, readonly string[]>();
  const levels = new Map<string, QualificationLevel | undefined>();
  /** Skill → the interests it shows; worked out on first use (the taxonomy never changes). */
  let shown: Map<string, string[]> | undefined;
  /**
   * Occupation → the occupations that list it as related. The taxonomy lists a relation on one
   * side only (the MPA names the FaGe, not the other way round), but closeness goes both ways: a
   * FaGe moving on is as close to the MPA as an MPA to the FaGe.
   */
  let reverse: Map<string, string[]> | undefined;
  const related = new Map<string, string[]>();
  return {
    isSoft: (id) => taxonomy?.get(id)?.field === 'transversal',
    interestsShown: (id) => {
      shown ??= interestsBySkill(taxonomy);
      return shown.get(id) ?? [];
    },
    isLanguage: (id) => taxonomy?.get(id)?.field === 'sprachen',
    isInterest: (id) => taxonomy?.isInterest(id) === true,
    relatedOccupations: (id) => {
      reverse ??= reverseRelations(taxonomy);
      return once(related, id, () => [...new Set([...(taxonomy?.get(id)?.related ?? []), ...(reverse!.get(id) ?? [])])]);
    },
    label: (id) => taxonomy?.label(id, 'de-CH'),
    names: (id) =>
      once(names, id, () => {
        const concept = taxonomy?.get(id);
        return concept ? [...new Set([...Object.values(concept.labels), ...concept.synonyms])] : [];
      }),
    occupationLevel: (id) =>
      once(levels, id, () => {
        const concept = taxonomy?.get(id);
        return concept?.kind === 'occupation' ? qualificationLevel([concept.labels['de-CH'], concept.labels['de-DE']]) : undefined;
      }),
    fieldOf: (id) => taxonomy?.get(id)?.field,
  };
}

/**
 * The interests ("Interesse an Naturwissenschaften", slug `…-interesse`) each skill shows: the
 * interest's related field skills ("Biologie", "Chemie", "Physik"). A soft skill shows none: being
 * handy ("Handwerkliches Geschick") is no interest in technology.
 */
function interestsBySkill(taxonomy: Taxonomy | undefined): Map<string, string[]> {
  const shown = new Map<string, string[]>();
  for (const interest of taxonomy?.concepts('skill') ?? []) {
    if (!taxonomy?.isInterest(interest.id)) continue;
    for (const skill of interest.related) {
      if (taxonomy?.get(skill)?.field !== 'transversal') shown.set(skill, [...(shown.get(skill) ?? []), interest.id]);
    }
  }
  return shown;
}

/** Occupation → the occupations that name it as related. */
function reverseRelations(taxonomy: Taxonomy | undefined): Map<string, string[]> {
  const reverse = new Map<string, string[]>();
  for (const o of taxonomy?.concepts('occupation') ?? []) for (const r of o.related) reverse.set(r, [...(reverse.get(r) ?? []), o.id]);
  return reverse;
}

function once<T>(memo: Map<string, T>, id: string, work: () => T): T {
  if (memo.has(id)) return memo.get(id) as T;
  const value = work();
  memo.set(id, value);
  return value;
}
