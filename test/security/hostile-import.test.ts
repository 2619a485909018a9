/**
 * Import files come from third parties. A record of the wrong shape, with prototype keys, absurd
 * sizes or broken entities is a skipped row with its reason; the good records of the same file are
 * imported; a file nested beyond any real feed is a clear format error, never a stack overflow.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseJobs, parseTrainings } from '../../src/importers/index';
import { importJobsFile } from '../../src/importers/run';
import { ImportFormatError } from '../../src/importers/types';
import { CatalogStore } from '../../src/store/catalog-store';
import type { Database } from '../../src/store/database';
import { testDatabases } from '../support/databases';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const posting = (fields: Record<string, unknown>) => ({ '@type': 'JobPosting', hiringOrganization: 'Muster AG', title: 'Koch/Köchin EFZ', ...fields });

describe('hostile records in job and training files', () => {
  it('a numeric entity beyond Unicode stays text instead of ending the import', () => {
    const input = JSON.stringify([posting({ identifier: 'a', description: 'Kochen &#99999999; und &#x110000; Backen' }), posting({ identifier: 'b' })]);
    const result = parseJobs('schemaorg', input);
    expect(result.items.map((j) => j.externalId)).toEqual(['a', 'b']);
    expect(result.items[0]!.description).toContain('&#99999999;');
  });

  it('a record that breaks its reader (a lone surrogate in the BA reference number) is skipped with the reason', () => {
    const input = `{"stellenangebote":[{"refnr":"\\ud800","titel":"Koch","arbeitgeber":"Muster AG"},{"refnr":"ok-1","titel":"Koch","arbeitgeber":"Muster AG"}]}`;
    const result = parseJobs('ba', input);
    expect(result.items.map((j) => j.externalId)).toEqual(['ok-1']);
    expect(result.skipped).toEqual([{ at: '#1', reason: expect.stringMatching(/^unreadable record: /) }]);
  });

  it('absurd sizes are skipped rows naming the field', () => {
    const input = JSON.stringify([
      posting({ identifier: 'long-title', title: 'K'.repeat(2_000_000) }),
      posting({ identifier: 'long-id'.repeat(100) }),
      posting({ identifier: 'skills', skills: Array.from({ length: 500 }, (_, i) => `Skill ${i}`) }),
      posting({ identifier: 'fine' }),
    ]);
    const result = parseJobs('schemaorg', input);
    expect(result.items.map((j) => j.externalId)).toEqual(['fine']);
    expect(result.skipped.map((s) => s.reason)).toEqual(['title: longer than 500 characters', 'externalId: longer than 200 characters', 'namedSkills: more than 200 entries']);
  });

  it('prototype keys in a record pollute nothing and the record is read like any other', () => {
    const input = `[{"@type":"JobPosting","identifier":"p","title":"Koch","hiringOrganization":"Muster AG","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]`;
    const result = parseJobs('schemaorg', input);
    expect(result.items.map((j) => j.externalId)).toEqual(['p']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const csv = parseJobs('csv', 'title,employer,__proto__,constructor,toString\nKoch,Muster AG,x,y,z\n');
    expect(csv.items).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a date beyond the calendar is left out, not stored as an invalid date', () => {
    const result = parseJobs('schemaorg', JSON.stringify([posting({ identifier: 'd', validThrough: 1e20, datePosted: { nested: true } })]));
    expect(result.items).toHaveLength(1);
    expect(result.items[0]!.validUntil).toBeUndefined();
  });

  it('files nested 20,000 levels deep are a format error, not a stack overflow', () => {
    for (const [kind, format, input] of [
      ['jobs', 'schemaorg', `{"@graph":${nested(20_000)}}`],
      ['jobs', 'ba', nested(20_000)],
      ['trainings', 'wbsuche', `${'{"_embedded":'.repeat(20_000)}{}${'}'.repeat(20_000)}`],
    ] as const) {
      const parse = () => (kind === 'jobs' ? parseJobs(format as 'ba', input) : parseTrainings(format as 'wbsuche', input));
      expect(parse).toThrow(ImportFormatError);
      expect(parse).toThrow(/nested deeper than 64 levels/);
    }
  });

  it('training rows of the wrong size are skipped with the reason', () => {
    const csv = `title,provider,description\nSchweisskurs,Kursanbieter AG,kurz\nLöten,Kursanbieter AG,${'x'.repeat(120_000)}\n`;
    const result = parseTrainings('csv', csv);
    expect(result.items.map((t) => t.title)).toEqual(['Schweisskurs']);
    expect(result.skipped).toEqual([{ at: 'line 3', reason: 'description: longer than 100000 characters' }]);
  });
});

describe.each(testDatabases())('importing a file with hostile rows into $name', ({ open }) => {
  let db: Database;
  let dir: string;
  beforeEach(async () => {
    db = await open();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-hostile-import-'));
  });
  afterEach(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores the good rows and reports every bad one with its reason', async () => {
    const file = path.join(dir, 'jobs.csv');
    fs.writeFileSync(
      file,
      [
        'id,title,employer,description,__proto__',
        'j1,Koch/Köchin EFZ,Hotel Krone,Kochen &#99999999;,x',
        `j2,${'T'.repeat(600)},Hotel Krone,zu lang,x`,
        `j3,Polymechaniker/in,Muster AG,${'y'.repeat(150_000)},x`,
        'j4,Logistiker/in EFZ,Muster AG,Lager,x',
      ].join('\n'),
    );
    const summary = await importJobsFile(new CatalogStore(db.prisma), file, 'csv', {});
    expect(summary).toMatchObject({ parsed: 2, created: 2, skipped: 2 });
    expect(summary.skippedReasons.map((r) => r.reason).sort()).toEqual(['description: longer than 100000 characters', 'title: longer than 500 characters']);
    expect((await db.prisma.jobPosting.findMany({ orderBy: { externalId: 'asc' } })).map((j) => j.externalId)).toEqual(['j1', 'j4']);
  });
});
