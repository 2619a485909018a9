/**
 * The job board's search in the database: the same pages as the in-memory filter over the demo
 * catalog, and on a large catalog a request reads one page of postings, not the catalog.
 */
import { demoCatalog, seedDemo } from '../../src/demo/catalog';
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import type { JobPosting } from '../../src/matching/types';
import { POSITION_KINDS } from '../../src/profile/types';
import { createBoardService, PAGE_SIZE, type BoardCatalog, type JobQuery, type JobSearch } from '../../src/services/boards';
import { jobToRow } from '../../src/store/catalog-mapping';
import { CatalogStore } from '../../src/store/catalog-store';
import type { Database } from '../../src/store/database';
import { testDatabases } from '../support/databases';

const NOW = new Date('2026-12-01T08:00:00Z');
const taxonomy = builtinTaxonomy();

function boards(catalog: CatalogStore, jobSearch?: JobSearch, activeJobs: BoardCatalog['activeJobs'] = () => catalog.activeJobs(NOW)) {
  return createBoardService({
    catalog: { activeJobs, job: (id) => catalog.job(id), allTrainings: async () => [], training: async () => undefined, jobSearch },
    vocabulary: taxonomy,
    now: () => NOW,
  });
}

describe.each(testDatabases())('job board search on $name', ({ open }) => {
  let db: Database;
  let catalog: CatalogStore;
  beforeEach(async () => {
    db = await open();
    catalog = new CatalogStore(db.prisma);
  });
  afterEach(() => db.close());

  it('gives the same pages from the database as from the in-memory filter on the demo catalog', async () => {
    await seedDemo(catalog, { now: NOW });
    const demo = demoCatalog({ now: NOW }).jobs;
    const skillLabels = [...new Set(demo.flatMap((j) => j.skills.map((s) => s.conceptId)))].slice(0, 4).map((id) => taxonomy.label(id, 'de-CH') ?? id);
    const base = { radiusKm: 20, page: 1 };
    const queries: JobQuery[] = [
      base,
      { ...base, page: 2 },
      { ...base, page: 99 },
      ...POSITION_KINDS.map((kind) => ({ ...base, kind })),
      ...skillLabels.map((skill) => ({ ...base, skill })),
      { ...base, skill: 'Unterwasserkorbflechten' },
      { ...base, pensum: 60 },
      { ...base, pensum: 100, kind: 'permanent' as const },
      { ...base, startFrom: '2027-03-01' },
      { ...base, place: 'Olten' },
      { ...base, place: 'Olten', page: 2 },
      { ...base, place: '8001', radiusKm: 5 },
      { ...base, place: 'Bern', radiusKm: 100, pensum: 80 },
      { ...base, place: 'Solothurn', radiusKm: 300, page: 3 },
      { ...base, place: 'Nirgendwo' },
      { ...base, place: 'Olten', skill: skillLabels[0] },
      // Words are tested folded in memory on the rows the database filtered.
      ...[demo[0]!.title, demo[5]!.employerName, 'Lötkolben', 'LOETEN', 'Bäcker', 'ag', '100%', 'a_b', '%', '_', 'e_', "d'", '"Olten"', '\\', 'ag%'].map((words) => ({ ...base, words })),
      { ...base, words: 'ag', place: 'Olten', radiusKm: 30, page: 2 },
      { ...base, words: 'ag', kind: 'apprenticeship' as const, pensum: 100 },
      { ...base, occupation: demo[3]!.title.split(/\s+/)[0] },
      // Words of occupation names (in two languages) that the titles may not hold, and one with _.
      ...[...new Set(demo.map((j) => j.occupationId ?? ''))].slice(0, 6).flatMap((id) => [
        { ...base, occupation: (taxonomy.label(id, 'de-CH') ?? 'Pflege').split(/[\s/-]+/)[0] },
        { ...base, occupation: (taxonomy.label(id, 'en') ?? 'nurse').split(/[\s/-]+/)[0] },
      ]),
      { ...base, occupation: 'fach_' },
      { ...base, occupation: 'Fachfrau Pflege', words: 'sonnmatt' },
      { ...base, occupation: taxonomy.label(demo[7]!.occupationId ?? '', 'de-CH') ?? 'Informatik', place: 'Bern', radiusKm: 60 },
    ];
    const inMemory = boards(catalog);
    const inDatabase = boards(catalog, catalog.boardSearch(() => NOW), async () => {
      throw new Error('the database search read all postings');
    });
    let compared = 0;
    for (const [query, locale] of queries.flatMap((q) => [[q, 'de-CH'], [q, 'en']] as const)) {
      const expected = await inMemory.jobs(query, locale);
      const found = await inDatabase.jobs(query, locale);
      expect({ query, locale, ...found }).toEqual({ query, locale, ...expected });
      compared += expected.hits.length;
    }
    // The queries are not all empty: the comparison covers real hits, distances and several pages.
    expect(compared).toBeGreaterThan(100);
  }, 120_000); // seeding the demo catalog and some 40 queries: seconds on PostgreSQL, far more on a loaded CI machine

  it('finds words folded alike in the database and in memory: umlauts, capitals from ™, % and _ taken literally', async () => {
    const template = demoCatalog({ now: NOW }).jobs[0]!;
    const texts = ['Bäckerei Müller: Word™ und Excel', 'BAECKEREI am See, 100% Pensum', 'Lager_Logistik, 100 Prozent', 'Straße und Strasse'];
    await catalog.upsertJobs(texts.map((description, i) => ({ ...template, id: `w${i}`, source: 'words', externalId: String(i), description, validUntil: undefined })));
    const inMemory = boards(catalog);
    const inDatabase = boards(catalog, catalog.boardSearch(() => NOW), async () => {
      throw new Error('the database search read all postings');
    });
    const expected: [string, string[]][] = [
      ['bäckerei', ['0', '1']],
      ['Baeckerei', ['0', '1']],
      ['wordtm', ['0']],
      ['100%', ['1']],
      ['%', ['1']],
      ['r_l', ['2']],
      ['_', ['2']],
      ['strasse', ['3']],
    ];
    for (const [words, ids] of expected) {
      for (const board of [inMemory, inDatabase]) {
        const found = await board.jobs({ radiusKm: 20, page: 1, words }, 'de-CH');
        expect({ words, ids: found.hits.map((h) => h.item.externalId).sort() }).toEqual({ words, ids });
      }
    }
  });

  it('reads one page of postings from a catalog of 20 000, with and without a place', async () => {
    const template = demoCatalog({ now: NOW }).jobs[0]!;
    // Spread over a grid of about 250 × 80 km around Switzerland; every tenth without a point.
    const generated: JobPosting[] = Array.from({ length: 20_000 }, (_, i) => ({
      ...template,
      id: `g${i}`,
      skills: [],
      description: '',
      source: 'generated',
      externalId: String(i),
      validUntil: undefined,
      publishedAt: new Date(NOW.getTime() - i * 60_000),
      point: i % 10 === 0 ? undefined : { latitude: 46.5 + (i % 97) * 0.008, longitude: 6.5 + (i % 89) * 0.04 },
    }));
    // Written directly (the import's change detection is not what this test is about, and is slower).
    for (let start = 0; start < generated.length; start += 500) {
      await db.prisma.jobPosting.createMany({ data: generated.slice(start, start + 500).map((job) => jobToRow(job, job.id, null, '')) });
    }
    const read = { postings: 0, points: 0 };
    const search = catalog.boardSearch(() => NOW);
    const counted: JobSearch = {
      count: (filter) => search.count(filter),
      occupationIds: () => search.occupationIds(),
      page: async (filter, skip, take) => {
        const rows = await search.page(filter, skip, take);
        read.postings += rows.length;
        return rows;
      },
      pointsIn: async (filter, box) => {
        const rows = await search.pointsIn(filter, box);
        read.points += rows.length;
        return rows;
      },
      byIds: async (ids) => {
        const rows = await search.byIds(ids);
        read.postings += rows.length;
        return rows;
      },
    };
    const board = boards(catalog, counted, async () => {
      throw new Error('the database search read all postings');
    });

    const middle = await board.jobs({ radiusKm: 20, page: 400 }, 'de-CH');
    expect(middle).toMatchObject({ total: 20_000, page: 400, pages: 1000 });
    expect(middle.hits.map((h) => h.item.externalId)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => String(399 * PAGE_SIZE + i)));
    expect(read.postings).toBe(PAGE_SIZE);

    read.postings = 0;
    const near = await board.jobs({ radiusKm: 10, page: 1, place: 'Bern', words: template.employerName }, 'de-CH');
    expect(near.total).toBeGreaterThan(PAGE_SIZE);
    expect(near.hits).toHaveLength(PAGE_SIZE);
    expect(read.postings).toBe(PAGE_SIZE);
    // The box around Bern holds a small part of the catalog's points, read as three columns.
    expect(read.points).toBeGreaterThanOrEqual(near.total);
    expect(read.points).toBeLessThan(20_000 / 5);

    read.postings = 0;
    const occupation = taxonomy.label(template.occupationId!, 'de-CH')!;
    const byOccupation = await board.jobs({ radiusKm: 20, page: 2, occupation, words: template.employerName }, 'de-CH');
    expect(byOccupation).toMatchObject({ total: 20_000, page: 2 });
    expect(read.postings).toBe(PAGE_SIZE);
  }, 120_000);
});
