/** The taxonomy's facts the hybrid ranking reads (one definition for the service and the benchmark). */
import type { ConceptFacts } from './hybrid';
import { qualificationLevel } from './qualification';
import type { Taxonomy } from './taxonomy';

/** What the hybrid ranking knows about concepts from `taxonomy` (nothing when there is none). */
export function taxonomyFacts(taxonomy: Taxonomy | undefined): ConceptFacts {
  return {
    isSoft: (id) => taxonomy?.get(id)?.field === 'transversal',
    isLanguage: (id) => taxonomy?.get(id)?.field === 'sprachen',
    relatedOccupations: (id) => taxonomy?.get(id)?.related ?? [],
    label: (id) => taxonomy?.label(id, 'de-CH'),
    occupationNames: (id) => {
      const concept = taxonomy?.get(id);
      return concept ? [...new Set([...Object.values(concept.labels), ...concept.synonyms])] : [];
    },
    occupationLevel: (id) => {
      const concept = taxonomy?.get(id);
      return concept?.kind === 'occupation' ? qualificationLevel([concept.labels['de-CH'], concept.labels['de-DE']]) : undefined;
    },
    fieldOf: (id) => taxonomy?.get(id)?.field,
  };
}
