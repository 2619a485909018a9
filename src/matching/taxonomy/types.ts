/** Types of the skills and occupations taxonomy (pure data, no behaviour). */
import type { Locale } from '../../profile/types';

/** Whether a concept is something a person can do or a job title. */
export type ConceptKind = 'skill' | 'occupation';

/** The fields the regional networks care about; imported ESCO concepts use "esco". */
export type TaxonomyField =
  | 'mint'
  | 'it'
  | 'elektro'
  | 'metall'
  | 'handwerk'
  | 'bau'
  | 'logistik'
  | 'gesundheit'
  | 'kaufmaennisch'
  | 'gastro'
  | 'detailhandel'
  | 'transversal'
  | 'sprachen'
  | 'esco';

/** One taxonomy concept: a skill or an occupation. */
export interface Concept {
  /** The ESCO concept URI where one exists, else `lotse:skill/<slug>` or `lotse:occupation/<slug>`. */
  id: string;
  kind: ConceptKind;
  field: TaxonomyField;
  /** Preferred label per locale (de-CH without ß). */
  labels: Record<Locale, string>;
  /** German synonyms, colloquial forms and common misspellings ("Stapler fahren", "Lötten"). */
  synonyms: string[];
  /** Concepts often named together with this one. */
  related: string[];
  /** Occupations only: the skills nearly every job in it asks for. */
  essentialSkills?: string[];
  /** Occupations only: skills often asked for. */
  optionalSkills?: string[];
  /** The authoring slug of a curated concept (stable, used by demo data and tests). */
  slug?: string;
}

/** A concept found for a piece of text, with how it was found. */
export interface ConceptMatch {
  concept: Concept;
  /** 0..1: exact label 1.0, synonym 0.95, stem 0.85, partial and fuzzy lower. */
  confidence: number;
  via: 'label' | 'synonym' | 'stem' | 'compound' | 'partial' | 'fuzzy';
  /** The label or synonym the text met (for label and synonym matches). */
  form?: string;
  /** Typos corrected on the way (fuzzy matches): the most edits in one word. */
  edits?: number;
}

/** An occupation ranked for a set of skills (career changers, "Welche Berufe passen zu mir?"). */
export interface OccupationMatch {
  occupation: Concept;
  /** Weighted share of the occupation's skills the person has (essential 1, optional 0.5). */
  score: number;
  matched: string[];
  /** Essential skills of the occupation the person lacks (the gap to train). */
  missing: string[];
}

/** One authored skill or occupation in a data file (short keys keep the files readable). */
export interface RawConcept {
  slug: string;
  /** German label (de-DE spelling, with ß where it belongs). */
  de: string;
  /** Swiss label when it differs by more than ß→ss (e.g. "… EFZ"). */
  ch?: string;
  en: string;
  /** The UUID of the ESCO concept (skill or occupation) this concept is. */
  esco?: string;
  alt?: string[];
  rel?: string[];
  /** Occupations: slugs of essential skills. */
  ess?: string[];
  /** Occupations: slugs of optional skills. */
  opt?: string[];
}

/** One data file: the concepts of a field. */
export interface RawField {
  field: TaxonomyField;
  skills: RawConcept[];
  occupations?: RawConcept[];
}
