import { demoCatalog } from '../../src/demo/catalog';
import { DEMO_EMPLOYERS } from '../../src/demo/employers';
import { occupationsFor } from '../../src/demo/occupations';
import { builtinTaxonomy } from '../../src/matching/taxonomy';
import { MatchIndex } from '../../src/matching/match-index';
import { makeQuery } from '../../src/matching/query';
import { TrainingIndex } from '../../src/matching/training-index';
import { placeByPostalCode } from '../../src/nlu/places';

const NOW = new Date('2026-11-22T10:00:00Z');
const catalog = demoCatalog({ now: NOW });
const taxonomy = builtinTaxonomy();

describe('demo catalog', () => {
  it('is deterministic for a day', () => {
    const again = demoCatalog({ now: new Date('2026-11-22T23:00:00Z') });
    expect(JSON.stringify(again)).toBe(JSON.stringify(catalog));
  });

  it('has the promised size and mix', () => {
    expect(catalog.companies.length).toBeGreaterThanOrEqual(40);
    expect(catalog.jobs.length).toBeGreaterThanOrEqual(300);
    expect(catalog.trainings.length).toBeGreaterThanOrEqual(100);
    const share = (kind: string) => catalog.jobs.filter((j) => j.kind === kind).length / catalog.jobs.length;
    expect(share('apprenticeship')).toBeGreaterThanOrEqual(0.4);
    for (const kind of ['internship', 'permanent', 'temporary']) expect(share(kind)).toBeGreaterThan(0.05);
    expect(catalog.jobs.some((j) => j.country === 'DE')).toBe(true);
    expect(catalog.trainings.some((t) => t.online)).toBe(true);
    expect(catalog.trainings.some((t) => t.funding.includes('bildungsgutschein'))).toBe(true);
    expect(catalog.trainings.some((t) => t.funding.includes('aufstiegs-bafoeg'))).toBe(true);
  });

  it('uses only taxonomy skills and occupations, and known places', () => {
    for (const job of catalog.jobs) {
      expect(job.skills.length).toBeGreaterThan(0);
      expect(job.skills.some((s) => s.essential)).toBe(true);
      for (const s of job.skills) expect(taxonomy.get(s.conceptId)?.kind).toBe('skill');
      expect(taxonomy.get(job.occupationId!)?.kind).toBe('occupation');
      const place = placeByPostalCode(job.postalCode!);
      expect(place?.name).toBe(job.placeName);
      expect(place?.country).toBe(job.country);
    }
    for (const t of catalog.trainings) {
      expect(t.skills.length).toBeGreaterThan(0);
      for (const s of t.skills) expect(taxonomy.get(s)?.kind).toBe('skill');
    }
  });

  it('lets specialised employers advertise only their occupations, all known in their country', () => {
    for (const employer of DEMO_EMPLOYERS) {
      const available = new Set(occupationsFor(taxonomy, employer.country, employer.fields).map((o) => o.concept.slug));
      for (const slug of employer.occupations ?? []) expect([employer.slug, slug, available.has(slug)]).toEqual([employer.slug, slug, true]);
      const jobs = catalog.jobs.filter((j) => j.employerName === employer.name);
      expect(jobs.length).toBeGreaterThan(0);
      if (employer.occupations) for (const j of jobs) expect(employer.occupations).toContain(taxonomy.get(j.occupationId!)!.slug);
    }
  });

  it('has plausible fields everywhere', () => {
    const ids = new Set<string>();
    for (const job of catalog.jobs) {
      expect(ids.has(job.id)).toBe(false);
      ids.add(job.id);
      expect(job.title.length).toBeGreaterThan(5);
      expect(job.description.length).toBeGreaterThan(300);
      expect(job.pensum.min).toBeLessThanOrEqual(job.pensum.max);
      expect(job.validUntil!.getTime()).toBeGreaterThan(NOW.getTime());
      expect(job.publishedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(job.link).toMatch(/^https:\/\//);
      if (job.country === 'CH') expect(`${job.title} ${job.description}`).not.toMatch(/ß/);
      if (job.kind === 'apprenticeship') expect(job.title).toMatch(job.country === 'CH' ? /^Lehrstelle .*\b(EFZ|EBA)\b/ : /^Ausbildung .*\(m\/w\/d\)/);
    }
    for (const t of catalog.trainings) {
      expect(t.startDate!.getTime()).toBeGreaterThan(NOW.getTime());
      expect(t.endDate!.getTime()).toBeGreaterThan(t.startDate!.getTime());
      expect(t.cost!.currency).toBe(t.country === 'CH' ? 'CHF' : 'EUR');
      expect(t.online || t.point !== undefined).toBe(true);
      if (t.country === 'CH') expect(`${t.title} ${t.description}`).not.toMatch(/ß/);
    }
  });

  it('writes descriptions with real variety', () => {
    const distinct = new Set(catalog.jobs.map((j) => j.description));
    expect(distinct.size).toBe(catalog.jobs.length);
  });

  it('proposes electronics/IT Lehrstellen near Solothurn to a young person who solders and programs, care jobs to a carer', () => {
    const index = new MatchIndex(catalog.jobs);
    const id = (slug: string) => taxonomy.get(slug)!.id;
    const solothurn = { latitude: 47.208, longitude: 7.537 };
    const techie = index.search(
      makeQuery({ skills: [{ conceptId: id('loeten'), level: 'good' }, { conceptId: id('programmieren'), level: 'basic' }], point: solothurn, radiusKm: 30, kinds: ['apprenticeship'], now: NOW }),
      { limit: 5 },
    );
    expect(techie.relaxed).toEqual([]);
    expect(techie.items[0]!.relaxed).toBeUndefined();
    const byId = new Map(catalog.jobs.map((j) => [j.id, j]));
    for (const item of techie.items) {
      // A short page is filled up with neighbouring jobs, each saying which wish it does not meet.
      if (item.relaxed) expect(item.relaxed.length).toBeGreaterThan(0);
      else expect(byId.get(item.id)!.kind).toBe('apprenticeship');
      expect(['elektro', 'it']).toContain(taxonomy.get(item.occupationId!)!.field);
    }
    const carer = index.search(
      makeQuery({ skills: [{ conceptId: id('grundpflege'), level: 'good' }, { conceptId: id('vitalzeichen'), level: 'good' }], point: solothurn, radiusKm: 30, now: NOW }),
      { limit: 5 },
    );
    for (const item of carer.items) expect(taxonomy.get(item.occupationId!)!.field).toBe('gesundheit');
    const trainings = new TrainingIndex(catalog.trainings).forGap({ gap: [id('sps-programmierung')], point: solothurn, radiusKm: 30, now: NOW });
    expect(trainings.items[0]!.teaches).toEqual([id('sps-programmierung')]);
  });
});
