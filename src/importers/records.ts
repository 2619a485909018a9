/**
 * The guard every importer puts around single records: a record that breaks its reader, or whose
 * fields have the wrong type or an absurd size, becomes a skipped row with the reason; the rest of
 * the file is imported. Files come from third parties (feeds, partner exports), so a broken or
 * hostile record is expected, never a crash.
 */
import { z } from 'zod';
import { ImportFormatError, type ParseResult, type Skipped } from './types';

/** How deep records may sit in a file's JSON (BA and schema.org need fewer than ten levels). */
export const MAX_RECORD_DEPTH = 64;

/** A JSON API response as text (a leading byte-order mark is allowed). */
export function parseJsonInput(input: string): unknown {
  try {
    return JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ImportFormatError(`Not valid JSON: ${(err as Error).message}`);
  }
}

/** One record of a file: where it is (for the summary) and how to read it into a draft. */
export interface RecordEntry<D> {
  at: string;
  read: () => D;
}

/** A posting's identity: its source and the id it has there; `id` is unique across sources. */
export function postingIdentity<S extends string>(source: S, externalId: string): { id: string; source: S; externalId: string } {
  return { id: `${source}:${externalId}`, source, externalId };
}

/** The records of a JSON feed, numbered from #1 for the summary. */
export function numbered<R, D>(records: readonly R[], toDraft: (record: R) => D): RecordEntry<D>[] {
  return records.map((record, i) => ({ read: () => toDraft(record), at: `#${i + 1}` }));
}

/** Throws the file-level error when a walk through the file's structure goes deeper than any real feed. */
export function checkDepth(depth: number): void {
  if (depth > MAX_RECORD_DEPTH) throw new ImportFormatError(`The file is nested deeper than ${MAX_RECORD_DEPTH} levels.`);
}

/** An optional text field of at most `max` characters. */
export const textField = (max: number) => z.string({ message: 'expected text' }).max(max, `longer than ${max} characters`).optional();

/** An optional list of at most `count` short texts. */
export const textList = (count: number, max: number) =>
  z.array(z.string({ message: 'expected text' }).max(max, `an entry is longer than ${max} characters`)).max(count, `more than ${count} entries`).optional();

/** An optional date. */
export const dateField = z.date({ message: 'expected a date' }).optional();

/** The fields both kinds of draft share. */
export const commonDraft = {
  source: z.string({ message: 'expected text' }).min(1).max(64, 'longer than 64 characters'),
  externalId: textField(200),
  title: textField(500),
  description: textField(100_000),
  postalCode: textField(20),
  placeName: textField(200),
  country: textField(100),
  link: textField(2048),
  conceptIds: textList(200, 300),
};

function reasonOf(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || 'record'}: ${issue.message}`;
}

/**
 * Reads every record, checks its draft against the schema and builds the item; anything that
 * fails on the way is a skipped row naming the reason.
 */
export function collectRecords<D, T>(
  entries: readonly RecordEntry<D>[],
  schema: z.ZodType<unknown>,
  build: (draft: D, at: string) => T | Skipped,
): Pick<ParseResult<T>, 'items' | 'skipped'> {
  const items: T[] = [];
  const skipped: Skipped[] = [];
  for (const { at, read } of entries) {
    let draft: D;
    try {
      draft = read();
    } catch (err) {
      skipped.push({ at, reason: `unreadable record: ${err instanceof Error ? err.message.slice(0, 200) : 'unknown error'}` });
      continue;
    }
    const checked = schema.safeParse(draft);
    if (!checked.success) {
      skipped.push({ at, reason: reasonOf(checked.error) });
      continue;
    }
    const result = build(draft, at);
    if (result && typeof result === 'object' && 'reason' in result) skipped.push(result);
    else items.push(result as T);
  }
  return { items, skipped };
}
