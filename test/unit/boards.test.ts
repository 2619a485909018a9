/** The boards' query over a small catalog around Olten: filters, the radius from a town, paging and expired postings. */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import type { JobPosting } from '../../src/matching/types';
import { createBoardService, PAGE_SIZE } from '../../src/services/boards';
import { testJobs, testTrainings } from '../dialogs/support/catalog';

const NOW = new Date('2026-12-01T00:00:00Z');

function boardsOver(jobs: JobPosting[]) {
  return createBoardService({
    catalog: {
      activeJobs: async () => jobs,
      job: async (id) => jobs.find((j) => j.id === id),
      allTrainings: async () => testTrainings(),
      training: async (id) => testTrainings().find((t) => t.id === id),
    },
    vocabulary: builtinTaxonomy(),
    now: () => NOW,
  });
}

const base = { radiusKm: 20, page: 1 };

it('finds jobs by skill, words and kind, and only near the place asked', async () => {
  const boards = boardsOver(testJobs());
  const titles = async (query: Parameters<ReturnType<typeof boardsOver>['jobs']>[0]) => (await boards.jobs(query, 'de-CH')).hits.map((h) => h.item.title);
  expect(await titles({ ...base, skill: 'SPS programmieren' })).toEqual(expect.arrayContaining(['Elektronikmonteur/in', 'Automatiker/in']));
  expect(await titles({ ...base, skill: 'SPS programmieren' })).toHaveLength(2);
  expect(await titles({ ...base, words: 'betrieb 4 ag' })).toEqual(['Software-Tester/in']);
  expect(await titles({ ...base, kind: 'apprenticeship' })).toEqual(['Elektroniker/in EFZ']);
  expect(await titles({ ...base, place: 'Olten' })).toHaveLength(7);
  expect(await titles({ ...base, place: '8001' })).toEqual([]);
  const unknown = await boards.jobs({ ...base, place: 'Nirgendwo' }, 'de-CH');
  expect(unknown.unknownPlace).toBe(true);
  expect(unknown.total).toBe(7);
});

it('pages by twenty and clamps a page beyond the end to the last one', async () => {
  const many = Array.from({ length: 45 }, (_, i) => ({ ...testJobs()[0]!, id: `j${i}`, externalId: `${i}` }));
  const boards = boardsOver(many);
  const third = await boards.jobs({ ...base, page: 3 }, 'de-CH');
  expect(third.pages).toBe(3);
  expect(third.hits).toHaveLength(45 - 2 * PAGE_SIZE);
  expect((await boards.jobs({ ...base, page: 99 }, 'de-CH')).page).toBe(3);
});

it('hides a posting that expired after the list was loaded, in the list and as a detail page', async () => {
  const [expired, ...rest] = testJobs();
  const boards = boardsOver([{ ...expired!, validUntil: new Date('2026-11-30T00:00:00Z') }, ...rest]);
  expect((await boards.jobs(base, 'de-CH')).hits.map((h) => h.item.id)).not.toContain(expired!.id);
  expect(await boards.job(expired!.id)).toBeUndefined();
  expect(await boards.job(rest[0]!.id)).toBeDefined();
});
