/**
 * Refreshing registered sources against a local feed server: postings appear, follow changes and
 * leave when they leave the feed or expire; a failed or broken feed removes nothing.
 */
import { importJobsFile } from '../../src/importers/run';
import { addressPolicy } from '../../src/sources/fetch';
import { refreshAllSources, refreshSource, SOURCES_LEASE, type RefreshDeps } from '../../src/sources/refresh';
import { startSourcesScheduler } from '../../src/sources/scheduler';
import { CatalogStore } from '../../src/store/catalog-store';
import type { Database } from '../../src/store/database';
import { LeaseStore } from '../../src/store/leases';
import { sourceTag, SourceStore, type SourceRecord } from '../../src/store/source-store';
import { createLogger } from '../../src/log';
import { builtinTaxonomy } from '../../src/matching/taxonomy';
import { createProposalService } from '../../src/services/proposals';
import { databaseCatalog } from '../../src/sources/catalog';
import { profile } from '../matching/helpers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testDatabases } from '../support/databases';
import { schemaOrgFeed, startFeedServer, type FeedServer, type FixtureJob } from './feed-server';

const extractSkills = (text: string) => (/löten/i.test(text) ? [{ conceptId: 'skill:loeten' }] : []);
const JOBS: FixtureJob[] = [
  { id: 'A-1', title: 'Elektroniker/in EFZ', skills: 'Löten' },
  { id: 'A-2', title: 'Polymechaniker/in EFZ' },
  { id: 'A-3', title: 'Konstrukteur/in EFZ' },
];

describe.each(testDatabases())('sources refreshed from a feed on $name', ({ open }) => {
  let db: Database;
  let server: FeedServer;
  let sources: SourceStore;
  let catalog: CatalogStore;
  let deps: RefreshDeps;
  let source: SourceRecord;

  const titles = async (s: SourceRecord = source) =>
    (await db.prisma.jobPosting.findMany({ where: { source: sourceTag(s.id) }, orderBy: { externalId: 'asc' } })).map((j) => `${j.externalId} ${j.title}`);

  beforeEach(async () => {
    db = await open();
    server = await startFeedServer();
    sources = new SourceStore(db.prisma);
    catalog = new CatalogStore(db.prisma);
    // The feed server listens on 127.0.0.1: allowed here as an operator allows an intranet feed.
    deps = { sources, catalog, addresses: addressPolicy('loopback'), parseOptions: () => ({ extractSkills }) };
    server.serve('/jobs.json', { body: schemaOrgFeed(JOBS) });
    source = await sources.add({ name: 'Muster Technik', url: server.url('/jobs.json'), format: 'schemaorg', kind: 'jobs' });
  });
  afterEach(async () => {
    await server.close();
    await db.close();
  });

  it('adds the feed, then follows one change, one removal and one addition', async () => {
    expect(await refreshSource(deps, source)).toMatchObject({ status: 'ok', added: 3, updated: 0, unchanged: 0, removed: 0, errors: 0 });
    expect(await titles()).toEqual(['A-1 Elektroniker/in EFZ', 'A-2 Polymechaniker/in EFZ', 'A-3 Konstrukteur/in EFZ']);

    server.serve('/jobs.json', { body: schemaOrgFeed([JOBS[0]!, { ...JOBS[1]!, title: 'Polymechaniker/in EFZ (Start August)' }, { id: 'A-4', title: 'Automatiker/in EFZ' }]) });
    expect(await refreshSource(deps, source)).toMatchObject({ status: 'ok', added: 1, updated: 1, unchanged: 1, removed: 1, errors: 0 });
    expect(await titles()).toEqual(['A-1 Elektroniker/in EFZ', 'A-2 Polymechaniker/in EFZ (Start August)', 'A-4 Automatiker/in EFZ']);
    expect(await db.prisma.jobSkill.count()).toBe(1);

    const [listed] = await sources.list();
    expect(listed).toMatchObject({ lastStatus: 'ok', itemCount: 3, lastSummary: { added: 1, updated: 1, unchanged: 1, removed: 1, errors: 0 } });
    expect(listed!.lastError).toBeUndefined();
  });

  it('removes only its own postings: a manual import with the same ids and another source stay', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-sources-'));
    try {
      const file = path.join(dir, 'manual.json');
      fs.writeFileSync(file, schemaOrgFeed(JOBS));
      await importJobsFile(catalog, file, 'schemaorg', { extractSkills });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    server.serve('/other.json', { body: schemaOrgFeed([JOBS[0]!]) });
    const other = await sources.add({ name: 'Andere AG', url: server.url('/other.json'), format: 'schemaorg', kind: 'jobs' });
    await refreshSource(deps, source);
    await refreshSource(deps, other);

    server.serve('/jobs.json', { body: schemaOrgFeed([JOBS[2]!]) });
    expect(await refreshSource(deps, source)).toMatchObject({ removed: 2 });
    expect(await titles()).toEqual(['A-3 Konstrukteur/in EFZ']);
    expect(await titles(other)).toEqual(['A-1 Elektroniker/in EFZ']);
    expect(await db.prisma.jobPosting.count({ where: { source: 'schemaorg' } })).toBe(3);
  });

  it('records an unreachable source, an error status, a broken file and an empty feed as failed, and removes nothing', async () => {
    await refreshSource(deps, source);
    const before = await titles();

    server.serve('/jobs.json', { status: 500, body: 'oops' });
    expect(await refreshSource(deps, source)).toMatchObject({ status: 'failed', removed: 0, error: 'HTTP 500' });
    server.serve('/jobs.json', { body: '[{"@type": "JobPosting", "title": ' });
    expect(await refreshSource(deps, source)).toMatchObject({ status: 'failed', removed: 0, error: expect.stringMatching(/Not valid JSON-LD/) });
    server.serve('/jobs.json', { body: '[]' });
    expect(await refreshSource(deps, source)).toMatchObject({ status: 'failed', removed: 0, error: expect.stringMatching(/No schema.org JobPosting/) });
    server.serve('/jobs.json', { body: JSON.stringify([{ '@type': 'JobPosting', identifier: 'A-1', title: 'Elektroniker/in EFZ' }]) });
    expect(await refreshSource(deps, source)).toMatchObject({ status: 'failed', removed: 0, error: 'no jobs readable as schemaorg (1 records skipped, e.g. no employer)' });
    expect(await titles()).toEqual(before);

    const url = server.url('/jobs.json');
    await server.close();
    server = await startFeedServer();
    const unreachable = { ...source, url };
    expect(await refreshSource(deps, unreachable)).toMatchObject({ status: 'failed', removed: 0, error: expect.stringMatching(/^unreachable/) });
    expect(await titles()).toEqual(before);
    expect(await sources.get(source.id)).toMatchObject({ lastStatus: 'failed', lastError: expect.stringMatching(/^unreachable/), itemCount: 3 });
  });

  it('removes a posting once it passed validThrough, whether the feed still lists it or not', async () => {
    server.serve('/jobs.json', { body: schemaOrgFeed([JOBS[0]!, { ...JOBS[1]!, validThrough: '2027-03-31' }, { ...JOBS[2]!, validThrough: '2027-06-30' }]) });
    const march = () => new Date('2027-03-01T05:30:00Z');
    expect(await refreshSource({ ...deps, now: march }, source)).toMatchObject({ added: 3 });

    const april = () => new Date('2027-04-15T05:30:00Z');
    expect(await refreshSource({ ...deps, now: april }, source)).toMatchObject({ status: 'ok', removed: 1, unchanged: 2 });
    expect(await titles()).toEqual(['A-1 Elektroniker/in EFZ', 'A-3 Konstrukteur/in EFZ']);
  });

  it('on a partial read adds and updates, but keeps postings that may only have failed to parse', async () => {
    await refreshSource(deps, source);
    const broken = JSON.parse(schemaOrgFeed([JOBS[0]!, JOBS[1]!])) as Record<string, unknown>[];
    delete broken[1]!.hiringOrganization;
    server.serve('/jobs.json', { body: JSON.stringify([...broken, JSON.parse(schemaOrgFeed([{ id: 'A-5', title: 'Laborant/in EFZ' }]))[0]]) });
    const summary = await refreshSource(deps, source);
    expect(summary).toMatchObject({ status: 'partial', added: 1, unchanged: 1, removed: 0, errors: 1 });
    expect(summary.error).toMatch(/1 records could not be read \(no employer\)/);
    expect(await titles()).toHaveLength(4);
  });

  it('refreshes trainings from a Weiterbildungssuche feed and a CSV, removing courses that ended or left the feed', async () => {
    const termin = (id: number, titel: string, ende: string) => ({
      id,
      angebot: { id: id + 1000, titel, bildungsanbieter: { name: 'Bildungswerk Solothurn' } },
      ende: new Date(ende).getTime(),
    });
    const wbsuche = (...termine: ReturnType<typeof termin>[]) => JSON.stringify({ _embedded: { termine } });
    server.serve('/kurse.json', { body: wbsuche(termin(1, 'SPS-Grundkurs', '2027-06-30'), termin(2, 'Löten für Einsteiger', '2027-02-01')) });
    const courses = await sources.add({ name: 'Kurse', url: server.url('/kurse.json'), format: 'wbsuche', kind: 'trainings' });
    const trainings = async (s: SourceRecord) => (await db.prisma.training.findMany({ where: { source: sourceTag(s.id) }, orderBy: { externalId: 'asc' } })).map((t) => t.title);

    expect(await refreshSource({ ...deps, now: () => new Date('2027-01-15T05:30:00Z') }, courses)).toMatchObject({ status: 'ok', kind: 'trainings', added: 2 });
    server.serve('/kurse.json', { body: wbsuche(termin(1, 'SPS-Grundkurs (TIA Portal)', '2027-06-30'), termin(2, 'Löten für Einsteiger', '2027-02-01')) });
    expect(await refreshSource({ ...deps, now: () => new Date('2027-02-15T05:30:00Z') }, courses)).toMatchObject({ status: 'ok', updated: 1, removed: 1 });
    expect(await trainings(courses)).toEqual(['SPS-Grundkurs (TIA Portal)']);

    server.serve('/kurse.csv', { body: 'id,title,provider\nK-1,Staplerkurs,Logistikschule Olten\nK-2,Excel für Einsteiger,Online Campus\n', headers: { 'content-type': 'text/csv' } });
    const csv = await sources.add({ name: 'Kurse CSV', url: server.url('/kurse.csv'), format: 'csv', kind: 'trainings' });
    expect(await refreshSource(deps, csv)).toMatchObject({ status: 'ok', added: 2 });
    server.serve('/kurse.csv', { body: 'id,title,provider\nK-2,Excel für Einsteiger,Online Campus\n' });
    expect(await refreshSource(deps, csv)).toMatchObject({ status: 'ok', unchanged: 1, removed: 1 });
    expect(await trainings(csv)).toEqual(['Excel für Einsteiger']);
    expect(await trainings(courses)).toEqual(['SPS-Grundkurs (TIA Portal)']);
  });

  it('a running matcher drops a posting that a refresh elsewhere (the CLI, another instance) removed', async () => {
    server.serve('/jobs.json', { body: schemaOrgFeed([JOBS[0]!, { ...JOBS[1]!, skills: 'Löten' }]) });
    await refreshSource(deps, source);
    const proposals = createProposalService({
      catalog: databaseCatalog(catalog, sources, () => new Date()),
      vocabulary: builtinTaxonomy(),
      feedback: async () => [],
      // Check for changes on every request (the app checks at most once a minute).
      refreshEveryMs: -1,
    });
    const person = profile({ skills: [{ conceptId: 'skill:loeten', label: 'Löten', level: 'basic' }] });
    const shown = async () => (await proposals.jobs(person, { limit: 10 })).items.map((p) => p.job.externalId).sort();
    expect(await shown()).toEqual(['A-1', 'A-2']);

    server.serve('/jobs.json', { body: schemaOrgFeed([{ ...JOBS[1]!, skills: 'Löten' }]) });
    expect(await refreshSource(deps, source)).toMatchObject({ removed: 1, unchanged: 1 });
    expect(await shown()).toEqual(['A-2']);
  });

  it('refreshes once across instances: a held lease means no run, and the schedule runs once a day', async () => {
    const lease = new LeaseStore(db.prisma);
    expect(await lease.tryAcquire(SOURCES_LEASE, 'other-instance', 60_000)).toBe(true);
    expect(await refreshAllSources({ ...deps, lease, owner: 'me' })).toEqual({ ran: false, sources: [] });
    expect(await titles()).toEqual([]);
    await lease.release(SOURCES_LEASE, 'other-instance');

    let clock = new Date(2027, 0, 10, 6, 0);
    const refreshed: number[] = [];
    const scheduler = startSourcesScheduler({
      ...deps,
      schedule: '05:30',
      lease,
      owner: 'me',
      log: createLogger('silent'),
      clock: () => clock,
      checkEveryMs: 3_600_000,
      onRefreshed: async (result) => void refreshed.push(result.sources.length),
    });
    try {
      const first = await scheduler.check();
      expect(first?.sources).toMatchObject([{ id: source.id, added: 3 }]);
      expect(await scheduler.check()).toBeUndefined();
      clock = new Date(2027, 0, 11, 5, 0);
      expect(await scheduler.check()).toBeUndefined();
      clock = new Date(2027, 0, 11, 5, 31);
      expect((await scheduler.check())?.sources).toMatchObject([{ unchanged: 3 }]);
      expect(refreshed).toEqual([1, 1]);
    } finally {
      scheduler.stop();
    }
  });
});
