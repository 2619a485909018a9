import { createProposalService, type ProposalCatalog } from '../../src/services/proposals';
import type { SkillVocabulary } from '../../src/services/ports';
import type { JobPosting, Training } from '../../src/matching/types';
import type { Locale } from '../../src/profile/types';
import { BRAUNSCHWEIG, NOW, OLTEN, ess, job, opt, profile, training } from './helpers';

const LABELS: Record<string, Record<Locale, string>> = {
  loeten: { 'de-CH': 'Löten', 'de-DE': 'Löten', en: 'soldering' },
  cad: { 'de-CH': 'CAD', 'de-DE': 'CAD', en: 'CAD' },
  sps: { 'de-CH': 'SPS-Programmierung', 'de-DE': 'SPS-Programmierung', en: 'PLC programming' },
  pflege: { 'de-CH': 'Grundpflege', 'de-DE': 'Grundpflege', en: 'basic care' },
};

const vocabulary: SkillVocabulary = {
  find: () => [],
  label: (id, locale) => LABELS[id]?.[locale],
  related: () => [],
};

function catalogOf(jobs: JobPosting[], trainings: Training[] = []): ProposalCatalog & { version: number } {
  return {
    version: 0,
    activeJobs: async () => jobs,
    allTrainings: async () => trainings,
  };
}

const LAST_WEEK = new Date(NOW.getTime() - 7 * 86_400_000);
const elektroniker = job({ publishedAt: LAST_WEEK, title: 'Lehrstelle Elektroniker/in EFZ', kind: 'apprenticeship', skills: [ess('loeten'), ess('cad'), ess('sps')] });
const pflege = job({ title: 'Fachfrau/Fachmann Gesundheit EFZ', kind: 'apprenticeship', skills: [ess('pflege')] });
const spsKurs = training({ title: 'SPS-Grundkurs', skills: ['sps'], startDate: new Date('2026-11-20T00:00:00Z'), cost: { amount: 1200, currency: 'CHF' }, funding: ['bundesbeitraege'] });
const onlineKurs = training({ title: 'SPS online', skills: ['sps'], online: true, point: undefined, cost: { amount: 300, currency: 'EUR' } });

const person = (locale: Locale) =>
  profile({ locale, positionKinds: ['apprenticeship'], skills: [{ conceptId: 'loeten', label: 'Löten', level: 'good' }, { conceptId: 'cad', label: 'CAD', level: 'good' }] });

function service(jobs: JobPosting[], trainings: Training[] = [], feedback: { itemType: string; itemId: string; verdict: string }[] = []) {
  return createProposalService({ catalog: catalogOf(jobs, trainings), vocabulary, feedback: async () => feedback, now: () => NOW });
}

describe('proposal service', () => {
  it('explains a proposal in de-CH, de-DE and en', async () => {
    const proposals = service([elektroniker, pflege]);
    const ch = (await proposals.jobs(person('de-CH'))).items[0]!;
    expect(ch.job.id).toBe(elektroniker.id);
    expect(ch.explanation).toBe('Passt, weil du Löten und CAD kannst, es gleich bei dir ist und es eine Lehrstelle ist, wie du sie suchst; in der Lehre lernst du auch SPS-Programmierung.');
    const de = (await proposals.jobs(person('de-DE'))).items[0]!;
    expect(de.explanation).toContain('es ein Ausbildungsplatz ist, wie du ihn suchst; in der Ausbildung lernst du auch SPS-Programmierung.');
    const en = (await proposals.jobs(person('en'))).items[0]!;
    expect(en.explanation).toBe('A good fit because you know soldering and CAD, it is right where you are and it is an apprenticeship, as you wanted; in the apprenticeship you will also learn PLC programming.');
    expect(ch.matched.map((s) => s.label)).toEqual(['Löten', 'CAD']);
    expect(ch.missing.map((s) => s.conceptId)).toEqual(['sps']);
  });

  it('names a missing skill of a job as a gap, and of a Lehrstelle as what the Lehre teaches', async () => {
    const festanstellung = { ...elektroniker, id: 'fest', title: 'Elektroniker/in', kind: 'permanent' as const };
    const seeker = { ...person('de-CH'), positionKinds: ['permanent' as const] };
    const fest = (await service([festanstellung]).jobs(seeker)).items[0]!;
    expect(fest.explanation).toMatch(/; dir fehlt noch SPS-Programmierung\.$/);
    const lehre = (await service([elektroniker]).jobs(person('de-CH'))).items[0]!;
    expect(lehre.explanation).not.toContain('fehlt');
  });

  it('gives people with different skills different lists', async () => {
    const proposals = service([elektroniker, pflege]);
    const carer = profile({ skills: [{ conceptId: 'pflege', label: 'Grundpflege', level: 'good' }] });
    expect((await proposals.jobs(carer)).items[0]!.job.id).toBe(pflege.id);
    expect((await proposals.jobs(person('de-CH'))).items[0]!.job.id).toBe(elektroniker.id);
  });

  it('uses feedback: rejected jobs disappear, saved ones are named', async () => {
    const other = job({ kind: 'apprenticeship', skills: [ess('loeten'), opt('cad')] });
    const rejecting = service([elektroniker, other], [], [{ itemType: 'job', itemId: elektroniker.id, verdict: 'rejected' }]);
    expect((await rejecting.jobs(person('de-CH'))).items.map((p) => p.job.id)).toEqual([other.id]);
    const saving = service([elektroniker, other], [], [{ itemType: 'job', itemId: other.id, verdict: 'saved' }]);
    const saved = (await saving.jobs(person('de-CH'))).items.find((p) => p.job.id === other.id)!;
    expect(saved.explanation).toContain('du die Stelle gemerkt hast');
  });

  it('proposes trainings for the gap of one job, near and soon first', async () => {
    const proposals = service([elektroniker], [onlineKurs, spsKurs]);
    const page = await proposals.trainings(person('de-CH'), { forJobId: elektroniker.id });
    expect(page.items.map((t) => t.training.id)).toEqual([spsKurs.id, onlineKurs.id]);
    expect(page.items[0]!.explanation).toBe("Bringt dir SPS-Programmierung bei – in Olten (32 km), ab 20. November 2026, 1'200 Franken, Bundesbeiträge möglich.");
    expect(page.items[1]!.explanation).toBe('Bringt dir SPS-Programmierung bei – online, 300 Euro.');
    const en = await proposals.trainings(person('en'), { forJobId: elektroniker.id });
    expect(en.items[0]!.explanation).toBe('Teaches you PLC programming – in Olten (32 km), from 20 November 2026, CHF 1,200, eligible for Swiss federal contributions.');
  });

  it('derives the gap from the best jobs when no job is given', async () => {
    const proposals = service([elektroniker], [spsKurs]);
    const page = await proposals.trainings(person('de-DE'));
    expect(page.items[0]!.teaches.map((s) => s.conceptId)).toEqual(['sps']);
    expect(page.items[0]!.explanation).toContain('1.200 Franken');
  });

  it('proposes jobs and trainings of the person\'s own country only, unless more countries are asked for', async () => {
    const stuttgart = { latitude: 48.776, longitude: 9.18 };
    const deJob = job({ point: stuttgart, country: 'DE', placeName: 'Stuttgart', kind: 'apprenticeship', skills: [ess('loeten'), ess('cad'), ess('sps')] });
    const deKurs = training({ title: 'SPS-Kurs IHK', skills: ['sps'], point: stuttgart, country: 'DE', placeName: 'Stuttgart', cost: { amount: 1190, currency: 'EUR' }, funding: ['bildungsgutschein'] });
    const deOnline = training({ title: 'SPS online (DE)', skills: ['sps'], online: true, point: undefined, country: 'DE', cost: { amount: 300, currency: 'EUR' } });
    const proposals = service([elektroniker, deJob], [spsKurs, deKurs, deOnline]);
    const swiss = person('de-CH');
    expect((await proposals.jobs(swiss)).items.map((p) => p.job.id)).toEqual([elektroniker.id]);
    expect((await proposals.trainings(swiss)).items.map((p) => p.training.id)).toEqual([spsKurs.id]);
    // Where the person wants to work decides, whatever their German.
    const inStuttgart = { ...swiss, place: { postalCode: '70173', name: 'Stuttgart', country: 'DE' as const, point: stuttgart } };
    expect((await proposals.jobs(inStuttgart)).items.map((p) => p.job.id)).toEqual([deJob.id]);
    expect((await proposals.trainings(inStuttgart)).items.map((p) => p.training.id).sort()).toEqual([deKurs.id, deOnline.id].sort());
    // Without a place, the German variant says the country; English without a place sees all.
    const noPlace = { ...person('de-DE'), place: undefined };
    expect((await proposals.jobs(noPlace)).items.map((p) => p.job.id)).toEqual([deJob.id]);
    expect((await proposals.jobs({ ...person('en'), place: undefined })).items).toHaveLength(2);
    const asked = await proposals.trainings(swiss, { countries: ['CH', 'DE'] });
    expect(asked.items.map((p) => p.training.id)).toContain(deOnline.id);
  });

  it('says which constraint was relaxed, in the person\'s words', async () => {
    const far = job({ point: BRAUNSCHWEIG, country: 'DE', kind: 'apprenticeship', skills: [ess('loeten')] });
    const proposals = service([far]);
    const page = await proposals.jobs(person('de-CH'), { countries: ['CH', 'DE'] });
    expect(page.relaxed).toEqual(['radius', 'place']);
    expect(proposals.relaxationTexts('de-CH', page.relaxed)[1]).toBe('Ich habe auch ausserhalb deiner Region gesucht.');
    expect(proposals.relaxationTexts('de-DE', page.relaxed)[1]).toBe('Ich habe auch außerhalb deiner Region gesucht.');
  });

  it('rebuilds the index on refresh and finds the jobs published since the last alert', async () => {
    const jobs = [elektroniker];
    const proposals = createProposalService({ catalog: catalogOf(jobs), vocabulary, feedback: async () => [], now: () => NOW });
    expect((await proposals.size()).jobs).toBe(1);
    const fresh = job({ kind: 'apprenticeship', point: OLTEN, skills: [ess('loeten'), ess('cad')], publishedAt: NOW });
    jobs.push(fresh);
    expect((await proposals.size()).jobs).toBe(1);
    await proposals.refresh();
    expect((await proposals.size()).jobs).toBe(2);
    const since = new Date(NOW.getTime() - 1000);
    const found = await proposals.newJobs({ ...person('de-CH'), jobAlert: true, radiusKm: 40 }, since);
    expect(found.map((p) => p.job.id)).toEqual([fresh.id]);
  });

  it('skips a rebuild when the catalog reports no change', async () => {
    let loads = 0;
    const catalog: ProposalCatalog = {
      activeJobs: async () => {
        loads++;
        return [elektroniker];
      },
      jobsByIds: async (ids) => [elektroniker].filter((j) => ids.includes(j.id)),
      allTrainings: async () => [],
      jobsChangedSince: async () => false,
    };
    const proposals = createProposalService({ catalog, vocabulary, feedback: async () => [], refreshEveryMs: 0 });
    await proposals.jobs(person('de-CH'));
    await proposals.jobs(person('de-CH'));
    await proposals.refresh(false);
    expect(loads).toBe(1);
  });

  it('shows each proposal as the catalog holds it now: an edited posting with its new text, a removed one not at all', async () => {
    const rows = new Map([elektroniker, pflege].map((j) => [j.id, j]));
    const catalog: ProposalCatalog = {
      activeJobs: async () => [...rows.values()],
      jobsByIds: async (ids) => ids.flatMap((id) => (rows.has(id) ? [rows.get(id)!] : [])),
      allTrainings: async () => [],
      jobsChangedSince: async () => false,
    };
    const proposals = createProposalService({ catalog, vocabulary, feedback: async () => [], now: () => NOW });
    expect((await proposals.jobs(person('de-CH'))).items[0]!.job.title).toBe('Lehrstelle Elektroniker/in EFZ');
    rows.set(elektroniker.id, { ...elektroniker, title: 'Lehrstelle Elektroniker/in EFZ (Start August)', link: 'https://example.org/lehre' });
    const edited = (await proposals.jobs(person('de-CH'))).items[0]!;
    expect(edited.job).toMatchObject({ id: elektroniker.id, title: 'Lehrstelle Elektroniker/in EFZ (Start August)', link: 'https://example.org/lehre' });
    expect(await proposals.job(elektroniker.id)).toMatchObject({ title: 'Lehrstelle Elektroniker/in EFZ (Start August)' });
    rows.delete(elektroniker.id);
    const page = await proposals.jobs(person('de-CH'));
    expect(page.items.map((p) => p.job.id)).not.toContain(elektroniker.id);
    expect(await proposals.job(elektroniker.id)).toBeUndefined();
    expect(await proposals.fit(person('de-CH'), elektroniker.id)).toBeUndefined();
  });

  it('builds its indexes from the catalog in batches when the catalog offers them, and finds jobs of every batch', async () => {
    const nurse = { ...pflege, id: 'nurse-2', externalId: 'nurse-2' };
    const catalog: ProposalCatalog = {
      activeJobs: async () => Promise.reject(new Error('the whole catalog is not read at once')),
      activeJobCount: async () => 2,
      async *activeJobBatches() {
        yield [elektroniker];
        yield [pflege, nurse];
      },
      jobsByIds: async (ids) => [elektroniker, pflege, nurse].filter((j) => ids.includes(j.id)),
      allTrainings: async () => [],
    };
    const proposals = createProposalService({ catalog, vocabulary, feedback: async () => [], now: () => NOW });
    expect(await proposals.size()).toEqual({ jobs: 3, trainings: 0 });
    expect((await proposals.jobs(person('de-CH'))).items[0]!.job.id).toBe(elektroniker.id);
    const carer = profile({ skills: [{ conceptId: 'pflege', label: 'Grundpflege', level: 'good' }] });
    expect((await proposals.jobs(carer)).items.map((p) => p.job.id).sort()).toEqual([nurse.id, pflege.id].sort());
    expect((await proposals.jobs({ ...carer, ownWords: 'Gesundheit' })).items.map((p) => p.job.id)).toContain(nurse.id);
  });
});
