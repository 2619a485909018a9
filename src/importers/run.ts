/**
 * Runs one import: reads the file, parses it in the given format, writes it through the CatalogStore
 * (re-imports update instead of duplicating) and summarises what happened.
 */
import fs from 'node:fs';
import type { CatalogStore, UpsertOptions, UpsertResult } from '../store/catalog-store';
import { parseJobs, parseTrainings, type JobFormat, type TrainingFormatName } from './index';
import type { ParseOptions, ParseResult, Skipped } from './types';

export interface ImportSummary extends UpsertResult {
  kind: 'jobs' | 'trainings';
  format: string;
  file: string;
  /** Records read from the file that became postings/trainings. */
  parsed: number;
  skipped: number;
  /** Skip reasons with their counts, most frequent first. */
  skippedReasons: { reason: string; count: number; examples: string[] }[];
  warnings: string[];
  seconds: number;
  /** Parsed items per second, parsing and writing together. */
  perSecond: number;
}

function reasons(skipped: Skipped[]): ImportSummary['skippedReasons'] {
  const byReason = new Map<string, string[]>();
  for (const s of skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.at]);
  return [...byReason.entries()]
    .map(([reason, at]) => ({ reason, count: at.length, examples: at.slice(0, 3) }))
    .sort((a, b) => b.count - a.count);
}

function readInput(file: string): string {
  if (!fs.existsSync(file)) throw new Error(`File not found: ${file}`);
  return fs.readFileSync(file, 'utf8');
}

/** Parses `input` and writes the items; `file` names where the input came from (a path or a URL). */
export async function importInput<T>(
  kind: ImportSummary['kind'],
  format: string,
  file: string,
  input: string,
  parse: (input: string) => ParseResult<T>,
  write: (items: T[]) => Promise<UpsertResult>,
): Promise<ImportSummary> {
  const started = process.hrtime.bigint();
  const parsed = parse(input);
  const result = await write(parsed.items);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    kind,
    format,
    file,
    parsed: parsed.items.length,
    ...result,
    skipped: parsed.skipped.length,
    skippedReasons: reasons(parsed.skipped),
    warnings: parsed.warnings,
    seconds: Math.round(seconds * 1000) / 1000,
    perSecond: seconds > 0 ? Math.round(parsed.items.length / seconds) : parsed.items.length,
  };
}

/** Imports a jobs file. */
export function importJobsFile(catalog: CatalogStore, file: string, format: JobFormat, options: ParseOptions & UpsertOptions = {}): Promise<ImportSummary> {
  return importInput('jobs', format, file, readInput(file), (input) => parseJobs(format, input, options), (items) => catalog.upsertJobs(items, options));
}

/** Imports a trainings file. */
export function importTrainingsFile(catalog: CatalogStore, file: string, format: TrainingFormatName, options: ParseOptions & UpsertOptions = {}): Promise<ImportSummary> {
  return importInput('trainings', format, file, readInput(file), (input) => parseTrainings(format, input, options), (items) => catalog.upsertTrainings(items, options));
}

/** The human-readable summary lines. */
export function summaryLines(s: ImportSummary): string[] {
  const lines = [
    `${s.kind} from ${s.file} (${s.format}): ${s.parsed} read, ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.skipped} skipped`,
    `${s.seconds.toFixed(2)} s, ${s.perSecond} ${s.kind}/s`,
  ];
  for (const r of s.skippedReasons) lines.push(`  skipped ${r.count}× ${r.reason} (e.g. ${r.examples.join(', ')})`);
  for (const w of s.warnings) lines.push(`  note: ${w}`);
  return lines;
}
