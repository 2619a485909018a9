/**
 * Refreshes registered sources: fetch, parse with the importers, write through the CatalogStore,
 * then remove what left the feed or passed its end date. A source that fails (unreachable, wrong
 * format, nothing readable) keeps everything it had; a partial read adds and updates but removes
 * only expired items, since a record that failed to parse may still be open.
 */
import { defaultExtractors, defaultGeocoder } from '../importers/defaults';
import { parseJobs, parseTrainings, type JobFormat, type TrainingFormatName } from '../importers/index';
import { importInput } from '../importers/run';
import type { ParseOptions, ParseResult } from '../importers/types';
import type { JobPosting, Training } from '../matching/types';
import type { CatalogStore } from '../store/catalog-store';
import type { LeaseStore } from '../store/leases';
import { sourceTag, type SourceKind, type SourceRecord, type SourceStore } from '../store/source-store';
import { DEFAULT_FETCH_LIMITS, fetchSourceText, type AddressPolicy, type FetchLimits } from './fetch';

/** Formats and the kind of item each one carries; csv carries either and needs --kind. */
export const SOURCE_FORMATS = { schemaorg: 'jobs', ba: 'jobs', wbsuche: 'trainings', csv: undefined } as const satisfies Record<string, SourceKind | undefined>;
export type SourceFormat = keyof typeof SOURCE_FORMATS;

export type SourceStatus = 'ok' | 'partial' | 'failed';

export interface SourceRefreshSummary {
  id: string;
  name: string;
  kind: SourceKind;
  status: SourceStatus;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Records of the feed that could not be read. */
  errors: number;
  /** What went wrong, for failed and partial refreshes. */
  error?: string;
}

export interface RefreshDeps {
  catalog: CatalogStore;
  sources: SourceStore;
  /** Extractors and geocoder for the importers; called at the first refresh (building them takes a moment). */
  parseOptions?: () => ParseOptions;
  limits?: FetchLimits;
  /** Private networks sources may reach (SOURCES_ALLOWED_NETWORKS); none by default. */
  addresses?: AddressPolicy;
  now?: () => Date;
}

/** The lease that makes a scheduled or manual refresh run once across instances. */
export const SOURCES_LEASE = 'sources-refresh';
const LEASE_TTL_MS = 60 * 60_000;

type Item = JobPosting | Training;

/**
 * The item as this source's own: source "src:<id>", so removal never touches another source or a
 * manual import. A posting the feed gives no date keeps the date it was first seen; otherwise the
 * importers' fallback (the refresh time) would make every refresh an update.
 */
function ownItem<T extends Item>(source: SourceRecord, item: T, firstSeen: Map<string, Date>, now: Date): T {
  const tag = sourceTag(source.id);
  const owned = { ...item, source: tag, id: `${tag}:${item.externalId}` };
  const seen = firstSeen.get(item.externalId);
  if ('publishedAt' in owned && seen && owned.publishedAt.getTime() === now.getTime()) owned.publishedAt = seen;
  return owned;
}

function expired(item: Item, now: Date): boolean {
  const end = 'validUntil' in item ? item.validUntil : (item as Training).endDate;
  return end !== undefined && end !== null && end.getTime() < now.getTime();
}

function parserOf(source: SourceRecord, options: ParseOptions): (input: string) => ParseResult<Item> {
  return source.kind === 'jobs'
    ? (input) => parseJobs(source.format as JobFormat, input, options)
    : (input) => parseTrainings(source.format as TrainingFormatName, input, options);
}

/** Refreshes one source; never throws for a source's own failure (it is recorded and returned). */
export async function refreshSource(deps: RefreshDeps, source: SourceRecord): Promise<SourceRefreshSummary> {
  const now = (deps.now ?? (() => new Date()))();
  const base = { id: source.id, name: source.name, kind: source.kind };
  let summary: SourceRefreshSummary;
  try {
    const input = await fetchSourceText(source.url, deps.limits ?? DEFAULT_FETCH_LIMITS, deps.addresses);
    const parse = parserOf(source, { ...deps.parseOptions?.(), now });
    const firstSeen = await deps.sources.publishedAt(source);
    let kept: Item[] = [];
    let skipped = 0;
    const result = await importInput(
      source.kind,
      source.format,
      source.url,
      input,
      (text) => {
        const parsed = parse(text);
        // Zero readable items is a broken or wrong feed, not an empty one: keep what we have.
        if (parsed.items.length === 0) throw new Error(`no ${source.kind} readable as ${source.format}${parsed.skipped.length ? ` (${parsed.skipped.length} records skipped, e.g. ${parsed.skipped[0].reason})` : ''}`);
        skipped = parsed.skipped.length;
        kept = parsed.items.filter((item) => !expired(item, now)).map((item) => ownItem(source, item, firstSeen, now));
        return { ...parsed, items: kept };
      },
      (items) => (source.kind === 'jobs' ? deps.catalog.upsertJobs(items as JobPosting[]) : deps.catalog.upsertTrainings(items as Training[])),
    );
    const removed =
      skipped === 0
        ? await deps.sources.removeAllBut(source, new Set(kept.map((i) => i.externalId)))
        : await deps.sources.removeExpired(source, now);
    const partial = skipped > 0 ? `${skipped} records could not be read (${result.skippedReasons[0]?.reason}); only expired items were removed` : undefined;
    summary = { ...base, status: partial ? 'partial' : 'ok', added: result.created, updated: result.updated, unchanged: result.unchanged, removed, errors: skipped, error: partial };
  } catch (err) {
    summary = { ...base, status: 'failed', added: 0, updated: 0, unchanged: 0, removed: 0, errors: 1, error: (err as Error).message };
  }
  const { added, updated, unchanged, removed, errors } = summary;
  await deps.sources.recordOutcome(source.id, { status: summary.status, error: summary.error, summary: { added, updated, unchanged, removed, errors }, at: now });
  return summary;
}

export interface RefreshAllResult {
  /** False when another instance holds the refresh lease. */
  ran: boolean;
  sources: SourceRefreshSummary[];
}

/** Refreshes every source one after another, under the lease so that one instance does it at a time. */
export async function refreshAllSources(deps: RefreshDeps & { lease: LeaseStore; owner: string }): Promise<RefreshAllResult> {
  if (!(await deps.lease.tryAcquire(SOURCES_LEASE, deps.owner, LEASE_TTL_MS))) return { ran: false, sources: [] };
  try {
    const summaries: SourceRefreshSummary[] = [];
    for (const source of await deps.sources.list()) summaries.push(await refreshSource(deps, source));
    await deps.lease.markRun(SOURCES_LEASE, (deps.now ?? (() => new Date()))());
    return { ran: true, sources: summaries };
  } finally {
    await deps.lease.release(SOURCES_LEASE, deps.owner);
  }
}

/** The importers' extractors and geocoder (as the CLI's imports use them), built once on first use. */
export const sourceParseOptions: () => ParseOptions = (() => {
  let built: ParseOptions | undefined;
  return () => (built ??= { ...defaultExtractors(), geocode: defaultGeocoder });
})();
