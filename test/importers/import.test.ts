/** Importing files into the database: re-imports update instead of duplicating, expired postings leave activeJobs, the CLI reports it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importJobsCommand } from '../../src/cli/commands/import-jobs';
import { importTrainingsCommand } from '../../src/cli/commands/import-trainings';
import { dbMigrateCommand } from '../../src/cli/commands/db-migrate';
import type { CommandIO } from '../../src/cli/command';
import { UsageError } from '../../src/cli/command';
import { defaultExtractors } from '../../src/importers/defaults';
import { importJobsFile, importTrainingsFile, summaryLines } from '../../src/importers/run';
import { builtinTaxonomy } from '../../src/matching/taxonomy';
import { personWords } from '../../src/nlu/phrases';
import { searchProfile } from '../../src/profile/search-profile';
import { createProposalService } from '../../src/services/proposals';
import { databaseCatalog } from '../../src/sources/catalog';
import { CatalogStore } from '../../src/store/catalog-store';
import { SourceStore } from '../../src/store/source-store';
import type { Database } from '../../src/store/database';
import { tempSqliteUrl, testDatabases } from '../support/databases';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'importers');
const extractSkills = (text: string) => (/sps/i.test(text) ? [{ conceptId: 'skill:sps' }] : []);

describe.each(testDatabases())('importing into $name', ({ open }) => {
  let db: Database;
  let catalog: CatalogStore;
  let dir: string;
  beforeEach(async () => {
    db = await open();
    catalog = new CatalogStore(db.prisma);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-import-'));
  });
  afterEach(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('updates instead of duplicating on re-import, and reports skipped records with reasons', async () => {
    const file = path.join(FIXTURES, 'ba-search.json');
    const first = await importJobsFile(catalog, file, 'ba', { extractSkills });
    expect(first).toMatchObject({ parsed: 2, created: 2, updated: 0, unchanged: 0, skipped: 1 });
    expect(first.skippedReasons).toEqual([{ reason: 'no employer', count: 1, examples: ['#3 (10001-1000999999-S)'] }]);
    expect(summaryLines(first)[0]).toContain('2 created');

    const again = await importJobsFile(catalog, file, 'ba', { extractSkills });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });

    const changed = path.join(dir, 'changed.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    json.stellenangebote[0].titel = 'Ausbildung Elektroniker/in Betriebstechnik (m/w/d)';
    fs.writeFileSync(changed, JSON.stringify(json));
    expect(await importJobsFile(catalog, changed, 'ba', { extractSkills })).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect((await catalog.counts()).jobs).toBe(2);
  });

  it('drops expired postings from activeJobs after a re-import moves their end date into the past', async () => {
    const file = path.join(dir, 'jobs.jsonld');
    const posting = (validThrough: string) =>
      JSON.stringify({ '@type': 'JobPosting', identifier: 'X-1', title: 'Koch/Köchin EFZ', hiringOrganization: 'Hotel Krone', validThrough });
    fs.writeFileSync(file, posting('2099-01-01'));
    await importJobsFile(catalog, file, 'schemaorg', {});
    expect(await catalog.activeJobs()).toHaveLength(1);
    fs.writeFileSync(file, posting('2020-01-01'));
    expect(await importJobsFile(catalog, file, 'schemaorg', {})).toMatchObject({ updated: 1 });
    expect(await catalog.activeJobs()).toHaveLength(0);
  });

  it('a posting that names a skill the taxonomy does not know is found, through the store, by a person whose words name it', async () => {
    const now = new Date('2026-11-01T00:00:00Z');
    const solothurn = { '@type': 'Place', address: { postalCode: '4500', addressLocality: 'Solothurn', addressCountry: 'CH' }, geo: { latitude: 47.2088, longitude: 7.5323 } };
    const posting = (identifier: string, title: string, skills: string, datePosted: string) => ({
      '@type': 'JobPosting',
      identifier,
      title,
      hiringOrganization: 'Praxis am Aarequai',
      employmentType: 'FULL_TIME',
      jobLocation: solothurn,
      description: 'Kleines, freundliches Team.',
      skills,
      datePosted,
    });
    const file = path.join(dir, 'jobs.jsonld');
    fs.writeFileSync(
      file,
      JSON.stringify({
        '@graph': [
          posting('P-1', 'Mitarbeiter/in Zahnarztpraxis', 'Abrechnung nach BEMA und GOZ, Heil- und Kostenpläne, Telefonieren', '2026-09-01'),
          // Newer, and as near: without the phrases nothing would put the practice before it.
          posting('P-2', 'Mitarbeiter/in Administration', 'Telefonieren, Ablage', '2026-10-30'),
        ],
      }),
    );
    expect(await importJobsFile(catalog, file, 'schemaorg', defaultExtractors())).toMatchObject({ created: 2 });
    const stored = await catalog.activeJobs(now);
    const practice = stored.find((j) => j.externalId === 'P-1')!;
    expect(practice.skillPhrases).toEqual(expect.arrayContaining(['Abrechnung nach BEMA und GOZ', 'Heil- und Kostenpläne']));
    expect(practice.skillPhrases).not.toContain('Telefonieren');

    const taxonomy = builtinTaxonomy();
    const words = personWords([{ text: 'Abrechnung nach BEMA' }, { text: 'Heil- und Kostenpläne' }, { text: 'GOZ' }], '', taxonomy, 'de-CH');
    expect(words.skills).toEqual([]);
    const profile = searchProfile(
      { id: 'p', locale: 'de-CH', place: { point: { latitude: 47.2088, longitude: 7.5323 } }, radiusKm: 25, positionKinds: ['permanent'], skills: words.skills, occupations: words.occupations, ownWords: words.text || undefined },
      now,
    );
    const proposals = createProposalService({ catalog: databaseCatalog(catalog, new SourceStore(db.prisma), () => now), vocabulary: taxonomy, feedback: async () => [], now: () => now });
    const page = await proposals.jobs(profile, { limit: 10 });
    expect(page.items[0]?.job.id).toBe(practice.id);
  });

  it('imports trainings and reports the progress of each batch', async () => {
    const progress: number[] = [];
    const summary = await importTrainingsFile(catalog, path.join(FIXTURES, 'wbsuche.json'), 'wbsuche', {
      extractSkills,
      onProgress: (done) => progress.push(done),
    });
    expect(summary).toMatchObject({ kind: 'trainings', parsed: 2, created: 2, skipped: 1 });
    expect(progress).toEqual([2]);
    const trainings = await catalog.allTrainings();
    expect(trainings.find((t) => t.externalId === '188000001')?.skills).toEqual(['skill:sps']);
  });
});

describe('import CLI commands', () => {
  const lines: string[] = [];
  const io: CommandIO = { json: false, print: (l) => lines.push(l), error: (l) => lines.push(l) };
  let cleanup: () => void;
  let previous: string | undefined;
  beforeAll(() => {
    const temp = tempSqliteUrl();
    cleanup = temp.cleanup;
    previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = temp.url;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
    cleanup();
  });

  it('migrates, imports jobs and trainings with the real skill extractor, and prints a summary', async () => {
    expect(await dbMigrateCommand.run({ values: {}, positionals: [] }, io)).toMatchObject({ database: 'sqlite', applied: ['0001_init'] });
    expect(await dbMigrateCommand.run({ values: {}, positionals: [] }, io)).toMatchObject({ applied: [], alreadyApplied: ['0001_init'] });
    const jobs = await importJobsCommand.run({ values: { format: 'csv' }, positionals: [path.join(FIXTURES, 'jobs.csv')] }, io);
    expect(jobs).toMatchObject({ created: 2, skipped: 2 });
    const trainings = await importTrainingsCommand.run({ values: { format: 'wbsuche' }, positionals: [path.join(FIXTURES, 'wbsuche.json')] }, io);
    expect(trainings).toMatchObject({ created: 2 });
    expect(lines.some((l) => /jobs from .*jobs\.csv \(csv\): 2 read, 2 created/.test(l))).toBe(true);
    expect(lines.some((l) => /skipped 1× no title/.test(l))).toBe(true);
  });

  it('explains wrong usage', async () => {
    await expect(importJobsCommand.run({ values: { format: 'xml' }, positionals: ['x'] }, io)).rejects.toThrow(UsageError);
    await expect(importJobsCommand.run({ values: { format: 'ba' }, positionals: [] }, io)).rejects.toThrow(UsageError);
    await expect(importJobsCommand.run({ values: { format: 'ba', 'valid-days': '0' }, positionals: ['x'] }, io)).rejects.toThrow(/valid-days/);
    await expect(importJobsCommand.run({ values: { format: 'ba' }, positionals: ['/nonexistent/file.json'] }, io)).rejects.toThrow(/File not found/);
  });
});
