import type { JobPosting, Training } from '../../src/matching/types';
import { CatalogStore } from '../../src/store/catalog-store';
import type { Database } from '../../src/store/database';
import { testDatabases } from '../support/databases';

const NOW = new Date('2026-06-01T08:00:00Z');

function job(externalId: string, patch: Partial<JobPosting> = {}): JobPosting {
  return {
    id: `tmp-${externalId}`,
    source: 'test',
    externalId,
    employerName: 'Muster Elektro AG',
    title: 'Lernende/r Elektroinstallateur/in EFZ',
    description: 'Du installierst, lötest und prüfst.',
    kind: 'apprenticeship',
    postalCode: '4500',
    placeName: 'Solothurn',
    country: 'CH',
    point: { latitude: 47.2088, longitude: 7.5323 },
    pensum: { min: 100, max: 100 },
    startDate: '2027-08-01',
    languages: [{ language: 'de', level: 'B1' }],
    skills: [
      { conceptId: 'skill:loeten', essential: true, level: 'basic' },
      { conceptId: 'skill:elektro', essential: false, level: 'basic' },
    ],
    link: 'https://example.ch/jobs/1',
    publishedAt: new Date('2026-05-01T00:00:00Z'),
    updatedAt: NOW,
    ...patch,
  };
}

function training(externalId: string, patch: Partial<Training> = {}): Training {
  return {
    id: `tmp-${externalId}`,
    source: 'test',
    externalId,
    provider: 'Bildungszentrum Solothurn',
    title: 'SPS-Programmierung Grundkurs',
    description: 'Siemens S7',
    country: 'CH',
    online: false,
    startDate: new Date('2026-09-01T00:00:00Z'),
    durationHours: 40,
    cost: { amount: 1200, currency: 'CHF' },
    funding: ['bundesbeitraege'],
    format: 'classroom',
    skills: ['skill:sps'],
    updatedAt: NOW,
    ...patch,
  };
}

describe.each(testDatabases())('CatalogStore on $name', ({ open }) => {
  let db: Database;
  let catalog: CatalogStore;
  beforeEach(async () => {
    db = await open();
    catalog = new CatalogStore(db.prisma);
  });
  afterEach(() => db.close());

  it('round-trips postings and counts created/updated/unchanged on re-import', async () => {
    expect(await catalog.isEmpty()).toBe(true);
    expect(await catalog.upsertJobs([job('1'), job('2', { validUntil: new Date('2026-12-31T00:00:00Z') })])).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    const [stored] = (await catalog.activeJobs(NOW)).filter((j) => j.externalId === '1');
    expect(stored!.id).not.toBe('tmp-1');
    const { id: _id, updatedAt: _u, ...rest } = job('1');
    const { id: _id2, updatedAt: _u2, skills, ...storedRest } = stored!;
    const { skills: _s, ...expected } = rest;
    expect(storedRest).toEqual(expected);
    expect(skills).toEqual(expect.arrayContaining(job('1').skills));

    const again = await catalog.upsertJobs([
      job('1'),
      job('2', { validUntil: new Date('2026-12-31T00:00:00Z'), title: 'Elektroniker/in EFZ', skills: [{ conceptId: 'skill:sps', essential: true, level: 'good' }] }),
      job('3'),
    ]);
    expect(again).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const all = await catalog.activeJobs(NOW);
    expect(all).toHaveLength(3);
    const two = all.find((j) => j.externalId === '2')!;
    expect(two.title).toBe('Elektroniker/in EFZ');
    expect(two.skills).toEqual([{ conceptId: 'skill:sps', essential: true, level: 'good' }]);
    expect((await catalog.job(two.id))?.title).toBe('Elektroniker/in EFZ');
    expect(await catalog.job('nope')).toBeUndefined();
    expect(await db.prisma.jobSkill.count()).toBe(5);
  });

  it('keeps a posting\'s skill phrases: read back by every load the matcher and the board use, and a re-import that changes only them updates the row', async () => {
    const phrases = ['Abrechnung nach BEMA', 'Heil- und Kostenpläne', '__proto__'];
    expect(await catalog.upsertJobs([job('1', { skillPhrases: phrases }), job('2')])).toMatchObject({ created: 2 });
    const stored = (await catalog.activeJobs(NOW)).find((j) => j.externalId === '1')!;
    expect(stored.skillPhrases).toEqual(phrases);
    // A posting without phrases has none, not an empty list.
    expect((await catalog.activeJobs(NOW)).find((j) => j.externalId === '2')).not.toHaveProperty('skillPhrases');
    expect((await catalog.job(stored.id))?.skillPhrases).toEqual(phrases);
    expect((await catalog.jobsByIds([stored.id], NOW))[0]?.skillPhrases).toEqual(phrases);
    const batches: JobPosting[] = [];
    for await (const batch of catalog.activeJobBatches(NOW)) batches.push(...batch);
    expect(batches.find((j) => j.id === stored.id)?.skillPhrases).toEqual(phrases);

    expect(await catalog.upsertJobs([job('1', { skillPhrases: phrases })])).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await catalog.upsertJobs([job('1', { skillPhrases: ['Abrechnung nach GOÄ'] })])).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect((await catalog.job(stored.id))?.skillPhrases).toEqual(['Abrechnung nach GOÄ']);
  });

  it('keeps the id of a posting across updates', async () => {
    await catalog.upsertJobs([job('1')]);
    const [before] = await catalog.activeJobs(NOW);
    await catalog.upsertJobs([job('1', { title: 'Neu' })]);
    const [after] = await catalog.activeJobs(NOW);
    expect(after!.id).toBe(before!.id);
    expect(after!.title).toBe('Neu');
  });

  it('excludes expired postings from activeJobs and counts', async () => {
    await catalog.upsertJobs([
      job('open'),
      job('future', { validUntil: new Date('2026-06-30T00:00:00Z') }),
      job('today', { validUntil: NOW }),
      job('past', { validUntil: new Date('2026-05-31T23:59:59Z') }),
    ]);
    expect((await catalog.activeJobs(NOW)).map((j) => j.externalId).sort()).toEqual(['future', 'open', 'today']);
    expect(await catalog.counts(NOW)).toEqual({ jobs: 4, activeJobs: 3, trainings: 0, companies: 0 });
  });

  it('lists postings changed since a moment', async () => {
    await catalog.upsertJobs([job('a'), job('b')]);
    const mark = new Date(Date.now() + 5);
    await new Promise((r) => setTimeout(r, 20));
    await catalog.upsertJobs([job('a'), job('b', { title: 'geändert' }), job('c')]);
    expect((await catalog.jobsChangedSince(mark)).map((j) => j.externalId).sort()).toEqual(['b', 'c']);
  });

  it('treats the same external id from two sources as two postings, and a repeated id in one feed as one', async () => {
    const result = await catalog.upsertJobs([job('1'), job('1', { source: 'other' }), job('1', { title: 'letzte Version' })]);
    expect(result).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const titles = (await catalog.activeJobs(NOW)).map((j) => `${j.source}:${j.title}`).sort();
    expect(titles).toEqual(['other:Lernende/r Elektroinstallateur/in EFZ', 'test:letzte Version']);
  });

  it('links postings to member companies by id or employer name', async () => {
    const ids = await catalog.upsertCompanies([
      { id: 'c-muster', name: 'Muster Elektro AG', country: 'CH', postalCode: '4500', placeName: 'Solothurn', subscriptionUntil: new Date('2027-01-01T00:00:00Z') },
    ]);
    expect(ids.get('Muster Elektro AG')).toBe('c-muster');
    await catalog.upsertCompanies([{ id: 'ignored', name: 'Muster Elektro AG', country: 'CH', website: 'https://muster.ch' }]);
    expect(await catalog.companies()).toEqual([
      { id: 'c-muster', name: 'Muster Elektro AG', country: 'CH', website: 'https://muster.ch' },
    ]);
    await catalog.upsertJobs([job('1'), job('2', { employerName: 'Andere GmbH', companyId: 'unknown-company' })]);
    const jobs = await catalog.activeJobs(NOW);
    expect(jobs.find((j) => j.externalId === '1')?.companyId).toBe('c-muster');
    expect(jobs.find((j) => j.externalId === '2')?.companyId).toBeUndefined();
    expect((await catalog.company('c-muster'))?.name).toBe('Muster Elektro AG');
  });

  it('round-trips trainings and updates them on re-import', async () => {
    expect(await catalog.upsertTrainings([training('t1'), training('t2', { online: true, format: 'online', cost: undefined })])).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(await catalog.upsertTrainings([training('t1'), training('t2', { online: true, format: 'online', cost: undefined, skills: ['skill:a', 'skill:a', 'skill:b'] })])).toEqual({
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    const all = await catalog.allTrainings();
    const t1 = all.find((t) => t.externalId === 't1')!;
    const { id: _i, updatedAt: _u, ...expected } = training('t1');
    expect(t1).toMatchObject(expected);
    expect(all.find((t) => t.externalId === 't2')).toMatchObject({ online: true, skills: ['skill:a', 'skill:b'] });
    expect(all.find((t) => t.externalId === 't2')?.cost).toBeUndefined();
    expect((await catalog.training(t1.id))?.title).toBe(t1.title);
  });

  it('imports thousands of postings with progress and re-imports them as unchanged', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => job(`bulk-${i}`, { title: `Stelle ${i}` }));
    const progress: number[] = [];
    expect(await catalog.upsertJobs(many, { onProgress: (done) => progress.push(done) })).toEqual({ created: 3000, updated: 0, unchanged: 0 });
    expect(progress.at(-1)).toBe(3000);
    expect(await catalog.upsertJobs(many)).toEqual({ created: 0, updated: 0, unchanged: 3000 });
    expect((await catalog.activeJobs(NOW)).length).toBe(3000);
  });

  it('reads the open postings in batches, newest first, exactly as the full read does', async () => {
    const day = (d: number) => new Date(Date.UTC(2026, 4, d));
    // Several postings share a publication date, so a batch boundary falls between equal dates.
    const jobs = Array.from({ length: 7 }, (_, i) => job(`b${i}`, { publishedAt: day(1 + (i % 3)) }));
    await catalog.upsertJobs([...jobs, job('gone', { validUntil: new Date('2026-05-31T00:00:00Z') })]);
    const batches: JobPosting[][] = [];
    for await (const batch of catalog.activeJobBatches(NOW, 2)) batches.push(batch);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 2, 1]);
    const full = await catalog.activeJobs(NOW);
    expect(batches.flat()).toEqual(full);
    expect(full.map((j) => j.publishedAt.getTime())).toEqual([...full.map((j) => j.publishedAt.getTime())].sort((a, b) => b - a));
    expect(full.map((j) => j.externalId)).not.toContain('gone');
  });

  it('reads the page of a search by ids: only open postings, with their skills, as last imported', async () => {
    await catalog.upsertJobs([job('open'), job('other'), job('gone', { validUntil: new Date('2026-05-31T00:00:00Z') })]);
    const ids = new Map((await catalog.activeJobs(new Date('2026-05-01T00:00:00Z'))).map((j) => [j.externalId, j.id]));
    await catalog.upsertJobs([job('open', { title: 'Elektroinstallateur/in EFZ (neu)' })]);
    const page = await catalog.jobsByIds([ids.get('open')!, ids.get('gone')!, 'no-such-id'], NOW);
    expect(page.map((j) => [j.externalId, j.title])).toEqual([['open', 'Elektroinstallateur/in EFZ (neu)']]);
    expect(page[0]!.skills.map((s) => s.conceptId).sort()).toEqual(['skill:elektro', 'skill:loeten']);
    expect(await catalog.jobsByIds([], NOW)).toEqual([]);
  });
});
