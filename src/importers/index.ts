/** The job and training importers by format name (`lotse import jobs|trainings <file> --format …`). */
import { parseBaJobs } from './jobs-ba';
import { parseCsvJobs } from './jobs-csv';
import { parseSchemaOrgJobs } from './jobs-schemaorg';
import { parseCsvTrainings } from './trainings-csv';
import { parseWbsucheTrainings } from './trainings-wbsuche';
import type { JobParseResult, ParseOptions, TrainingParseResult } from './types';

export const JOB_FORMATS = { schemaorg: parseSchemaOrgJobs, ba: parseBaJobs, csv: parseCsvJobs } as const;
export const TRAINING_FORMATS = { wbsuche: parseWbsucheTrainings, csv: parseCsvTrainings } as const;

export type JobFormat = keyof typeof JOB_FORMATS;
export type TrainingFormatName = keyof typeof TRAINING_FORMATS;

/** Parses a jobs file of the given format. */
export function parseJobs(format: JobFormat, input: string, options: ParseOptions = {}): JobParseResult {
  return JOB_FORMATS[format](input, options);
}

/** Parses a trainings file of the given format. */
export function parseTrainings(format: TrainingFormatName, input: string, options: ParseOptions = {}): TrainingParseResult {
  return TRAINING_FORMATS[format](input, options);
}

export type { JobParseResult, ParseOptions, SkillExtractor, Geocoder, Skipped, TrainingParseResult } from './types';
export { ImportFormatError } from './types';
