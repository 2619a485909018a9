/** TaxonomyStore on SQLite (and PostgreSQL when TEST_DATABASE_URL is set), and `lotse import taxonomy`. */
import path from 'node:path';
import { importEscoDirectory } from '../../src/importers/esco';
import { builtinTaxonomy, type Concept } from '../../src/matching/taxonomy';
import { openDatabase, type Database } from '../../src/store/database';
import { TaxonomyStore, loadTaxonomy } from '../../src/store/taxonomy-store';
import { runLotse as lotse, useTempDatabase } from '../support/cli';
import { testDatabases } from '../support/databases';

const FIXTURE = path.join(__dirname, '../fixtures/esco');
const LEAD = 'http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000002';

describe.each(testDatabases())('TaxonomyStore on $name', ({ open }) => {
  let db: Database;
  let store: TaxonomyStore;
  beforeAll(async () => {
    db = await open();
    store = new TaxonomyStore(db.prisma);
  });
  afterAll(() => db.close());

  it('starts empty and loads the curated taxonomy alone', async () => {
    expect(await store.allConcepts()).toEqual([]);
    expect(await loadTaxonomy(store)).toBe(builtinTaxonomy());
  });

  it('stores imported concepts round-trip, and re-imports change nothing', async () => {
    const { concepts } = importEscoDirectory(FIXTURE);
    const progress: number[] = [];
    expect(await store.upsertConcepts(concepts, (done) => progress.push(done))).toEqual({ created: 5, updated: 0, unchanged: 0 });
    expect(progress.at(-1)).toBe(5);
    const stored = await store.allConcepts();
    const byId = new Map(stored.map((c) => [c.id, c]));
    for (const c of concepts) {
      expect(byId.get(c.id)).toMatchObject({ id: c.id, kind: c.kind, field: 'esco', labels: c.labels, synonyms: c.synonyms, related: c.related });
    }
    expect(await store.upsertConcepts(concepts)).toEqual({ created: 0, updated: 0, unchanged: 5 });
  });

  it('updates changed labels and keeps synonyms a reduced re-import lacks', async () => {
    const [lead] = (await store.allConcepts()).filter((c) => c.id === LEAD);
    const changed: Concept = { ...lead, labels: { ...lead.labels, 'de-DE': 'Bleiruten löten' }, synonyms: ['Bleiverglasung löten'] };
    expect(await store.upsertConcepts([changed])).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const reduced: Concept = { ...changed, synonyms: [] };
    expect(await store.upsertConcepts([reduced])).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const again = (await store.allConcepts()).find((c) => c.id === LEAD)!;
    expect(again.labels['de-DE']).toBe('Bleiruten löten');
    expect(again.synonyms).toEqual(['Bleiverglasung löten']);
  });

  it('loadTaxonomy joins curated and imported concepts', async () => {
    const t = await loadTaxonomy(store);
    expect(t.find('Bleiverglasung löten', 'de-DE')[0].conceptId).toBe(LEAD);
    expect(t.get('loeten')?.labels['de-CH']).toBe('Löten');
    expect(t.concepts().length).toBe(builtinTaxonomy().concepts().length + 4);
  });

  it('reads hand-broken JSON columns as empty lists instead of failing', async () => {
    await db.prisma.skillConcept.create({ data: { id: 'lotse:skill/kaputt', labelDe: 'Kaputt', altLabels: 'nicht json', related: '{"a":1}' } });
    const broken = (await store.allConcepts()).find((c) => c.id === 'lotse:skill/kaputt')!;
    expect(broken).toMatchObject({ synonyms: [], related: [], labels: { 'de-DE': 'Kaputt', 'de-CH': 'Kaputt', en: 'Kaputt' } });
  });
});

describe('lotse import taxonomy', () => {
  const url = useTempDatabase();

  it('imports the fixture with a JSON summary, then finds nothing new', async () => {
    const first = await lotse(['import', 'taxonomy', '--esco', FIXTURE]);
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({ concepts: 5, skills: 3, occupations: 2, created: 5, updated: 0, skipped: 4, relations: 4, dryRun: false });
    expect(first.json.seconds).toEqual(expect.any(Number));
    const second = await lotse(['import', 'taxonomy', '--esco', FIXTURE]);
    expect(second.json).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    const db = await openDatabase(url);
    expect(await db.prisma.skillConcept.count()).toBe(5);
    await db.close();
  });

  it('--dry-run reads without writing', async () => {
    const dry = await lotse(['import', 'taxonomy', '--esco', FIXTURE, '--dry-run']);
    expect(dry.json).toMatchObject({ concepts: 5, created: 0, dryRun: true });
  });

  it('answers usage errors with exit code 2', async () => {
    expect(await lotse(['import', 'taxonomy'])).toMatchObject({ code: 2, json: { error: expect.stringContaining('--esco') }, stderr: expect.stringContaining('Usage: lotse import taxonomy') });
    expect(await lotse(['import', 'taxonomy', '--esco', '/nonexistent/dir'])).toMatchObject({ code: 2, json: { error: expect.stringContaining('not a directory') } });
  });
});
