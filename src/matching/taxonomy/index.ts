/** The skills and occupations taxonomy (pure): curated concepts, fuzzy lookup, relations. */
export { Taxonomy, builtinTaxonomy, type SearchOptions } from './taxonomy';
export { curatedConcepts, swissSpelling } from './builtin';
export { fold, stem, exactKey, compactKey, stemKey } from './normalize';
export type { Concept, ConceptKind, ConceptMatch, OccupationMatch, TaxonomyField, RawConcept, RawField } from './types';
