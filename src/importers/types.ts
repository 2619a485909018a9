/** Shared shapes of the job and training importers: pure parsers from file text to catalog items. */
import type { JobPosting, Training } from '../matching/types';

/** Finds taxonomy concepts in a piece of text (the NLU skill extractor, or the taxonomy's find). */
export type SkillExtractor = (text: string) => { conceptId: string; span?: [number, number] }[];

/** Coordinates (and a missing postal code or country) for a place named in a posting. */
export type Geocoder = (
  query: { postalCode?: string; placeName?: string },
) => { latitude: number; longitude: number; postalCode?: string; placeName?: string; country?: 'CH' | 'DE' } | undefined;

export interface ParseOptions {
  /** Finds skills in titles and descriptions (long texts: must be fast). */
  extractSkills?: SkillExtractor;
  /** Finds skills in the short skill phrases a source lists itself (defaults to extractSkills). */
  extractNamedSkills?: SkillExtractor;
  /** The occupation a posting's title names («Ausbildung Tischler/in» → Tischler/in), for postings whose source names none. */
  occupationOfTitle?: (title: string, country: 'CH' | 'DE') => string | undefined;
  /** Used when a posting has a place but no coordinates. */
  geocode?: Geocoder;
  /** Country when the source says nothing and the postal code does not tell. */
  defaultCountry?: 'CH' | 'DE';
  /** The import time (defaults to now): fallback for missing publication dates. */
  now?: Date;
  /** Postings without an end date close this many days after publication (BA search results carry none). */
  validDays?: number;
}

/** An input record that was left out, and why (shown in the import summary). */
export interface Skipped {
  /** Position (1-based record or CSV line) and the record's id when it has one. */
  at: string;
  reason: string;
}

export interface ParseResult<T> {
  items: T[];
  skipped: Skipped[];
  warnings: string[];
}

export type JobParseResult = ParseResult<JobPosting>;
export type TrainingParseResult = ParseResult<Training>;

/** Thrown when a file is not in the expected format at all (as opposed to single bad records). */
export class ImportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFormatError';
  }
}
