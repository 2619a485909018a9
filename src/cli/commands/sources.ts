/**
 * `lotse sources add|list|refresh|remove`: feeds the operator registers and Lotse refreshes daily.
 * Only http(s) URLs: a source is fetched by the server, so it must never read local files.
 */
import { randomUUID } from 'node:crypto';
import { addressPolicy, checkSourceUrl, SourceFetchError, type AddressPolicy } from '../../sources/fetch';
import { refreshAllSources, refreshSource, SOURCE_FORMATS, sourceParseOptions, type SourceFormat, type SourceRefreshSummary } from '../../sources/refresh';
import { CatalogStore } from '../../store/catalog-store';
import { LeaseStore } from '../../store/leases';
import { SourceStore, type SourceKind, type SourceRecord } from '../../store/source-store';
import { CommandFailed, UsageError, type Command } from '../command';
import { withDatabase } from '../database';

async function withSources<T>(work: (stores: { sources: SourceStore; catalog: CatalogStore; lease: LeaseStore; addresses: AddressPolicy }) => Promise<T>): Promise<T> {
  return withDatabase((db, config) => work({ sources: new SourceStore(db.prisma), catalog: new CatalogStore(db.prisma), lease: new LeaseStore(db.prisma), addresses: addressPolicy(config.SOURCES_ALLOWED_NETWORKS) }));
}

function sourceJson(s: SourceRecord) {
  return {
    id: s.id,
    name: s.name,
    url: s.url,
    format: s.format,
    kind: s.kind,
    items: s.itemCount,
    lastRefreshAt: s.lastRefreshAt?.toISOString() ?? null,
    lastStatus: s.lastStatus ?? null,
    lastError: s.lastError ?? null,
    lastSummary: s.lastSummary ?? null,
  };
}

const ADD_USAGE = 'sources add <url> --format schemaorg|ba|wbsuche|csv --name "<name>" [--kind jobs|trainings]';

function kindOf(format: SourceFormat, kind: unknown): SourceKind {
  const implied = SOURCE_FORMATS[format];
  if (kind === undefined) {
    if (!implied) throw new UsageError('--kind jobs|trainings is needed for csv sources');
    return implied;
  }
  if (kind !== 'jobs' && kind !== 'trainings') throw new UsageError('--kind must be jobs or trainings');
  if (implied && implied !== kind) throw new UsageError(`${format} sources carry ${implied}`);
  return kind;
}

export const sourcesAddCommand: Command = {
  summary: 'Register a feed (http/https URL) that is refreshed every day',
  usage: ADD_USAGE,
  options: { format: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' } },
  async run({ values, positionals }, io) {
    const [url] = positionals;
    if (!url || positionals.length > 1) throw new UsageError(`Usage: lotse ${ADD_USAGE}`);
    const format = values.format as SourceFormat;
    if (typeof format !== 'string' || !Object.hasOwn(SOURCE_FORMATS, format)) throw new UsageError(`--format must be one of ${Object.keys(SOURCE_FORMATS).join(', ')}`);
    const name = typeof values.name === 'string' ? values.name.trim() : '';
    if (!name || name.length > 100) throw new UsageError('--name is needed (up to 100 characters)');
    if (url.length > 2000) throw new UsageError('the URL is longer than 2000 characters');
    try {
      checkSourceUrl(url);
    } catch (err) {
      if (err instanceof SourceFetchError) throw new UsageError(err.message);
      throw err;
    }
    const kind = kindOf(format, values.kind);
    const source = await withSources(({ sources }) => sources.add({ name, url, format, kind }));
    io.print(`Source ${source.id} added: ${name} (${format}, ${kind}). Run "lotse sources refresh" to fetch it now.`);
    return { source: sourceJson(source) };
  },
};

export const sourcesListCommand: Command = {
  summary: 'The registered feeds with their last refresh',
  usage: 'sources list',
  async run(_args, io) {
    const list = await withSources(({ sources }) => sources.list());
    if (list.length === 0) io.print('No sources yet. Add one with "lotse sources add <url> --format … --name …".');
    for (const s of list) {
      const last = s.lastRefreshAt ? `${s.lastRefreshAt.toISOString()} ${s.lastStatus}${s.lastError ? `: ${s.lastError}` : ''}` : 'never refreshed';
      io.print(`${s.id}  ${s.name} (${s.format}, ${s.itemCount} ${s.kind})  ${s.url}\n    ${last}`);
    }
    return { sources: list.map(sourceJson) };
  },
};

function summaryLine(s: SourceRefreshSummary): string {
  const counts = `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.removed} removed, ${s.errors} errors`;
  return `${s.name} [${s.status}] ${counts}${s.error ? `\n    ${s.error}` : ''}`;
}

export const sourcesRefreshCommand: Command = {
  summary: 'Fetch every source now: add, update, and remove what left the feed or expired',
  usage: 'sources refresh [--id <source id>]',
  options: { id: { type: 'string' } },
  async run({ values }, io) {
    const result = await withSources(async ({ sources, catalog, lease, addresses }) => {
      const deps = { sources, catalog, addresses, parseOptions: sourceParseOptions };
      if (values.id === undefined) return refreshAllSources({ ...deps, lease, owner: `cli:${randomUUID()}` });
      const source = await sources.get(String(values.id));
      if (!source) throw new UsageError(`No source with id ${String(values.id)}`);
      return { ran: true, sources: [await refreshSource(deps, source)] };
    });
    if (!result.ran) io.print('Another instance is refreshing the sources right now; nothing done.');
    for (const s of result.sources) io.print(summaryLine(s));
    const failed = result.sources.filter((s) => s.status === 'failed');
    const json = { ran: result.ran, failed: failed.length, sources: result.sources };
    // A failed source makes the command fail (cron and monitoring see it), naming each source and why.
    if (failed.length > 0) throw new CommandFailed(`${failed.length} of ${result.sources.length} sources failed: ${failed.map((s) => `${s.name} (${s.id}): ${s.error}`).join('; ')}`, json);
    return json;
  },
};

export const sourcesRemoveCommand: Command = {
  summary: 'Unregister a source and remove its postings',
  usage: 'sources remove <source id>',
  async run({ positionals }, io) {
    const [id] = positionals;
    if (!id || positionals.length > 1) throw new UsageError('Usage: lotse sources remove <source id>');
    const result = await withSources(({ sources }) => sources.remove(id));
    if (!result.removed) throw new UsageError(`No source with id ${id}`);
    io.print(`Source ${id} removed with ${result.items} postings.`);
    return { id, ...result };
  },
};
