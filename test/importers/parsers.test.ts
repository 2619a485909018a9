import fs from 'node:fs';
import path from 'node:path';
import { chunks, deriveSkills } from '../../src/importers/enrich';
import { date, inferKind, pensumFrom, plainText } from '../../src/importers/fields';
import { ImportFormatError, parseJobs, parseTrainings, type SkillExtractor } from '../../src/importers/index';
import { parseLanguages } from '../../src/importers/jobs-csv';
import { readCsv } from '../../src/importers/csv';
import { defaultExtractors } from '../../src/importers/defaults';
import { builtinTaxonomy } from '../../src/matching/taxonomy';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'importers', name), 'utf8');
const NOW = new Date('2026-05-15T12:00:00Z');

/** A deterministic stand-in for the NLU extractor: a few keywords → concept ids. */
const KEYWORDS: Record<string, string> = {
  sps: 'skill:sps',
  löten: 'skill:loeten',
  schweissen: 'skill:schweissen',
  'cnc-fräs': 'skill:cnc',
  zeichnung: 'skill:zeichnen',
  'technisches zeichnen': 'skill:zeichnen',
  elektronik: 'skill:elektronik',
  automatisierung: 'skill:automation',
  steuerungstechnik: 'skill:steuerung',
  stapler: 'skill:stapler',
  pflege: 'skill:pflege',
  informatik: 'skill:informatik',
};
const extractSkills: SkillExtractor = (text) =>
  Object.entries(KEYWORDS)
    .filter(([word]) => text.toLowerCase().includes(word))
    .map(([, conceptId]) => ({ conceptId }));
const geocode = jest.fn(({ postalCode }: { postalCode?: string }) =>
  postalCode === '4500' ? { latitude: 47.2088, longitude: 7.5323, placeName: 'Solothurn', country: 'CH' as const } : undefined,
);
const options = { extractSkills, geocode, now: NOW };

describe('BA Jobsuche', () => {
  it('reads the search response with its field names', () => {
    const { items, skipped } = parseJobs('ba', fixture('ba-search.json'), options);
    expect(items).toHaveLength(2);
    const [ausbildung, lager] = items;
    expect(ausbildung).toMatchObject({
      source: 'ba',
      externalId: '10001-1000123456-S',
      title: 'Ausbildung zum Elektroniker für Automatisierungstechnik (m/w/d) 2027',
      employerName: 'Hochrhein Antriebe GmbH',
      kind: 'apprenticeship',
      postalCode: '79539',
      placeName: 'Lörrach',
      country: 'DE',
      point: { latitude: 47.6156, longitude: 7.6614 },
      startDate: '2027-09-01',
      publishedAt: new Date('2026-05-04T00:00:00Z'),
      link: 'https://www.arbeitsagentur.de/jobsuche/jobdetail/10001-1000123456-S',
    });
    expect(ausbildung!.skills.map((s) => s.conceptId)).toEqual(['skill:elektronik', 'skill:automation']);
    expect(ausbildung!.skills.every((s) => s.essential)).toBe(true);
    expect(ausbildung!.validUntil).toBeUndefined();
    expect(lager).toMatchObject({ kind: 'temporary', pensum: { min: 20, max: 80 }, link: 'https://karriere.dreilaender-logistik.example/jobs/4711' });
    expect(skipped).toEqual([{ at: '#3 (10001-1000999999-S)', reason: 'no employer' }]);
  });

  it('reads v3 job details with renamed fields, HTML description and skill list', () => {
    const { items } = parseJobs('ba', fixture('ba-details-v3.json'), options);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      externalId: '12265-44221133-S',
      title: 'Mechatroniker*in Instandhaltung',
      employerName: 'Schwarzwald Präzision GmbH',
      kind: 'permanent',
      postalCode: '78048',
      point: { latitude: 48.06, longitude: 8.46 },
      pensum: { min: 100, max: 100 },
      validUntil: new Date('2026-07-20T00:00:00Z'),
    });
    expect(items[0]!.description).toBe('Wir suchen Verstärkung für die Instandhaltung.\n• Fehlersuche an SPS-gesteuerten Anlagen\n• Schweissen und Löten');
    const skills = Object.fromEntries(items[0]!.skills.map((s) => [s.conceptId, s.essential]));
    expect(skills).toEqual({ 'skill:steuerung': true, 'skill:sps': false, 'skill:schweissen': false, 'skill:loeten': false });
  });

  it('closes postings without an end date after --valid-days', () => {
    const { items } = parseJobs('ba', fixture('ba-search.json'), { ...options, validDays: 30 });
    expect(items[0]!.validUntil).toEqual(new Date('2026-06-03T00:00:00Z'));
  });

  it('rejects files that are not BA responses with a clear error', () => {
    expect(() => parseJobs('ba', '{"foo": 1}', options)).toThrow(ImportFormatError);
    expect(() => parseJobs('ba', 'not json', options)).toThrow(/Not valid JSON/);
  });
});

describe('schema.org JobPosting', () => {
  it('reads an @graph with identifiers, places, employment types and named skills', () => {
    const { items, skipped } = parseJobs('schemaorg', fixture('schemaorg-graph.jsonld'), options);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      source: 'schemaorg',
      externalId: 'JM-2026-017',
      title: 'Polymechaniker/in EFZ 80-100%',
      employerName: 'Jura Mechanik AG',
      kind: 'permanent',
      country: 'CH',
      postalCode: '2540',
      point: { latitude: 47.1921, longitude: 7.3959 },
      pensum: { min: 80, max: 100 },
      validUntil: new Date('2026-08-31T21:59:59Z'),
      link: 'https://jura-mechanik.example/jobs/polymechaniker',
    });
    expect(items[0]!.description).toBe('Du programmierst und bedienst CNC-Fräsmaschinen & liest technische Zeichnungen.');
    expect(items[0]!.skills.filter((s) => s.essential).map((s) => s.conceptId).sort()).toEqual(['skill:cnc', 'skill:zeichnen']);
    expect(items[1]).toMatchObject({ kind: 'internship', country: 'CH', pensum: { min: 100, max: 100 } });
    expect(items[1]!.externalId).toMatch(/^h-[0-9a-f]{24}$/);
    expect(skipped).toEqual([{ at: '#3', reason: 'no title' }]);
  });

  it('keeps the named skills that name no concept as skill phrases, trimmed and once each, but not the prose of the description', () => {
    const posting = {
      '@type': 'JobPosting',
      identifier: 'ZP-1',
      title: 'Dentalassistent/in',
      hiringOrganization: 'Zahnarztpraxis Aare',
      description: 'Erfahrung mit Praxissoftware Dampsoft ist ein Plus.',
      skills: ['  Abrechnung nach \t BEMA ', 'CNC-Fräsen', 'abrechnung nach bema', 'Heil- und Kostenpläne; __proto__'],
    };
    const [job] = parseJobs('schemaorg', JSON.stringify(posting), options).items;
    expect(job!.skillPhrases).toEqual(['Abrechnung nach BEMA', 'Heil- und Kostenpläne', '__proto__']);
    expect(job!.skills).toEqual([{ conceptId: 'skill:cnc', essential: true, level: 'basic' }]);
    // Every named skill resolved: no phrases at all.
    const [resolved] = parseJobs('schemaorg', JSON.stringify({ ...posting, skills: 'CNC-Fräsen, Löten' }), options).items;
    expect(resolved).not.toHaveProperty('skillPhrases');
  });

  it('gives a posting whose source names no occupation the occupation its title names, Swiss or German by the country of the posting', () => {
    const { occupationOfTitle } = defaultExtractors();
    const posting = (title: string, country: string) => ({
      '@type': 'JobPosting',
      identifier: title,
      title,
      hiringOrganization: 'Betrieb',
      jobLocation: { address: { postalCode: country === 'CH' ? '4500' : '91052', addressCountry: country } },
    });
    const feed = JSON.stringify([posting('Ausbildung Industriemechaniker/in', 'DE'), posting('Tischler/in Möbelbau (m/w/d)', 'DE'), posting('Verkäufer/in Sportartikel', 'CH'), posting('Mitarbeiter/in Tankstelle', 'DE')]);
    const slugs = parseJobs('schemaorg', feed, { ...options, occupationOfTitle }).items.map((job) => (job.occupationId ? builtinTaxonomy().get(job.occupationId)?.slug : undefined));
    expect(slugs).toEqual(['industriemechaniker', 'schreiner-efz', 'detailhandelsfachmann-efz', undefined]);
    // Without the title reader nothing is guessed.
    expect(parseJobs('schemaorg', feed, options).items.every((job) => job.occupationId === undefined)).toBe(true);
  });

  it('bounds the skill phrases a hostile feed names: at most 30, none longer than 80 characters', () => {
    const long = `Sehr lange Fertigkeit ${'mit vielen Worten '.repeat(12)}`.trim();
    expect(long.length).toBeGreaterThan(80);
    const skills = [long, ...Array.from({ length: 150 }, (_, i) => `Fertigkeit ${i}`)];
    const { items } = parseJobs('schemaorg', JSON.stringify({ '@type': 'JobPosting', identifier: 'H-1', title: 'Hilfskraft', hiringOrganization: 'X AG', skills }), options);
    expect(items[0]!.skillPhrases).toHaveLength(30);
    expect(items[0]!.skillPhrases![0]).toBe('Fertigkeit 0');
    expect(items[0]!.skillPhrases!.every((p) => p.length <= 80)).toBe(true);
  });

  it('keeps no skill phrase from a skills field of the wrong shape: an object with a prototype key, nesting, a deep chain', () => {
    const deep = `${'{"a":'.repeat(5000)}null${'}'.repeat(5000)}`;
    const record = (identifier: string, skills: string) =>
      `{"@type":"JobPosting","identifier":"${identifier}","title":"Hilfskraft","hiringOrganization":"X AG","skills":${skills}}`;
    const { items } = parseJobs('schemaorg', `[${record('O', '{"__proto__":{"polluted":1}}')},${record('D', deep)},${record('N', '[["Lager",["Kasse"]]]')}]`, options);
    const byId = new Map(items.map((job) => [job.externalId, job]));
    expect(byId.get('O')?.skillPhrases).toBeUndefined();
    expect(byId.get('D')?.skillPhrases).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const phrase of byId.get('N')?.skillPhrases ?? []) expect(typeof phrase).toBe('string');
  });

  it('gives records without an identifier the same id on every import', () => {
    const a = parseJobs('schemaorg', fixture('schemaorg-graph.jsonld'), options).items[1]!.externalId;
    const b = parseJobs('schemaorg', fixture('schemaorg-graph.jsonld'), { ...options, now: new Date() }).items[1]!.externalId;
    expect(a).toBe(b);
  });

  it('reads JSON-LD embedded in an HTML page, geocoding the postal code', () => {
    const { items } = parseJobs('schemaorg', fixture('schemaorg-page.html'), options);
    expect(items).toMatchObject([
      { externalId: 'KV-LEHRE-2027', kind: 'apprenticeship', placeName: 'Solothurn', point: { latitude: 47.2088, longitude: 7.5323 } },
    ]);
  });

  it('accepts a single posting or an array, and rejects JSON without postings', () => {
    const single = JSON.stringify({ '@type': 'JobPosting', title: 'Koch/Köchin', hiringOrganization: 'Restaurant Krone' });
    expect(parseJobs('schemaorg', single, options).items).toHaveLength(1);
    expect(parseJobs('schemaorg', `[${single}, ${single}]`, options).items).toHaveLength(2);
    expect(() => parseJobs('schemaorg', '{"@type": "Organization"}', options)).toThrow(/No schema.org JobPosting/);
    expect(() => parseJobs('schemaorg', '<html></html>', options)).toThrow(/ld\+json/);
  });
});

describe('jobs CSV', () => {
  it('reads the documented columns with quotes, line breaks and ; as delimiter', () => {
    const { items, skipped } = parseJobs('csv', fixture('jobs.csv'), options);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      source: 'csv',
      externalId: 'C-1',
      kind: 'apprenticeship',
      country: 'CH',
      pensum: { min: 100, max: 100 },
      startDate: '2027-08-01',
      validUntil: new Date('2026-12-31T00:00:00Z'),
      publishedAt: new Date('2026-05-01T00:00:00Z'),
      languages: [{ language: 'de', level: 'B1' }],
      description: 'Kommissionieren; Staplerfahren "mit Ausweis"',
    });
    expect(items[0]!.skills[0]).toEqual({ conceptId: 'skill:stapler', essential: true, level: 'basic' });
    expect(items[1]).toMatchObject({
      kind: 'permanent',
      pensum: { min: 60, max: 80 },
      description: 'Grundpflege im Team.\nMehrzeilig.',
      languages: [
        { language: 'de', level: 'B2' },
        { language: 'en', level: 'A2' },
      ],
    });
    expect(items[1]!.skills.map((s) => s.conceptId)).toEqual(['lotse:skill/grundpflege', 'skill:pflege']);
    expect(skipped).toEqual([
      { at: 'line 5', reason: 'no title' },
      { at: 'line 6 (C-4)', reason: 'no employer' },
    ]);
  });

  it('accepts common export headers (jobTitel, Company, Location, postDate) with a BOM', () => {
    const csv = '\uFEFFjobTitel,Company,Location,jobDescription,postDate\n"Data Analyst (m/w/d)",BD,"Kelberg, Germany","SPS und mehr",24-05-2022\n';
    const { items } = parseJobs('csv', csv, options);
    expect(items).toMatchObject([{ title: 'Data Analyst (m/w/d)', employerName: 'BD', placeName: 'Kelberg', country: 'DE', publishedAt: new Date('2022-05-24T00:00:00Z') }]);
  });

  it('rejects an empty file', () => {
    expect(() => parseJobs('csv', '', options)).toThrow(/empty/);
  });
  it('keeps skills of the skill column that name no concept as skill phrases, concept ids as skills', () => {
    const csv = 'id;title;employer;skills\nC-9;Dentalassistent/in;Praxis Aare;Abrechnung nach BEMA | Löten | lotse:skill/grundpflege\n';
    const [job] = parseJobs('csv', csv, options).items;
    expect(job!.skillPhrases).toEqual(['Abrechnung nach BEMA']);
    expect(job!.skills.map((s) => s.conceptId).sort()).toEqual(['lotse:skill/grundpflege', 'skill:loeten']);
  });
});

describe('Weiterbildungssuche', () => {
  it('reads termine with provider, place, form, cost, dates and funding', () => {
    const { items, skipped } = parseTrainings('wbsuche', fixture('wbsuche.json'), options);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      source: 'wbsuche',
      externalId: '188000001',
      title: 'SPS-Programmierung mit TIA Portal',
      provider: 'Bildungswerk Südbaden e.V.',
      postalCode: '79539',
      placeName: 'Lörrach',
      country: 'DE',
      point: { latitude: 47.6139, longitude: 7.6612 },
      online: false,
      format: 'classroom',
      cost: { amount: 1450, currency: 'EUR' },
      funding: ['bildungsgutschein', 'aufstiegs-bafoeg'],
      startDate: new Date(1788220800000),
      endDate: new Date(1791849600000),
      link: 'https://bildungswerk-suedbaden.example/kurse/sps',
      updatedAt: new Date(1778000000000),
    });
    expect(items[0]!.skills).toEqual(['skill:sps', 'skill:automation']);
    expect(items[1]).toMatchObject({ online: true, format: 'online', country: 'DE', funding: [] });
    expect(items[1]!.cost).toBeUndefined();
    expect(items[1]!.postalCode).toBeUndefined();
    expect(skipped).toEqual([{ at: '#3 (188000003)', reason: 'no provider' }]);
  });

  it('gives an online course without an address the country of its currency (a Swiss e-learning course is Swiss)', () => {
    const online = (id: string, extra: Record<string, unknown>) => ({
      id,
      unterrichtsform: { id: 501, bezeichnung: 'E-Learning' },
      angebot: { titel: 'Excel online', bildungsanbieter: { name: 'Lernplattform' } },
      ...extra,
    });
    const input = JSON.stringify({
      termine: [
        online('a', { kostenWert: 290, kostenWaehrung: 'CHF' }),
        online('b', { kostenWaehrung: 'CHF' }),
        online('c', { kostenWert: 290, kostenWaehrung: 'EUR' }),
        online('d', {}),
      ],
    });
    const { items } = parseTrainings('wbsuche', input, options);
    expect(items.map((t) => [t.externalId, t.country])).toEqual([
      ['a', 'CH'],
      ['b', 'CH'],
      ['c', 'DE'],
      ['d', 'DE'],
    ]);
    expect(parseTrainings('wbsuche', JSON.stringify({ termine: [online('e', {})] }), { ...options, defaultCountry: 'CH' }).items[0]!.country).toBe('CH');
  });
});

describe('trainings CSV', () => {
  it('reads the documented columns', () => {
    const { items } = parseTrainings('csv', fixture('trainings.csv'), options);
    expect(items[0]).toMatchObject({
      externalId: 'K-1',
      provider: 'Logistikschule Olten',
      format: 'classroom',
      durationHours: 24,
      cost: { amount: 690, currency: 'CHF' },
      funding: ['bundesbeitraege'],
      skills: ['skill:stapler'],
      startDate: new Date('2026-09-01T00:00:00Z'),
    });
    expect(items[1]).toMatchObject({ online: true, cost: { amount: 120.5, currency: 'CHF' }, skills: ['lotse:skill/excel'] });
  });
});

describe('helpers', () => {
  it('parse dates, Pensum, kinds and HTML', () => {
    expect(date('03.02.2026')).toEqual(new Date('2026-02-03T00:00:00Z'));
    expect(date('2026-02-03T10:00:00')).toEqual(new Date('2026-02-03T10:00:00Z'));
    expect(date(1700000000000)).toEqual(new Date(1700000000000));
    expect(date('kein Datum')).toBeUndefined();
    expect(pensumFrom('Pensum 60 – 80 %')).toEqual({ min: 60, max: 80 });
    expect(pensumFrom('VOLLZEIT TEILZEIT')).toEqual({ min: 50, max: 100 });
    expect(pensumFrom('200%')).toBeUndefined();
    expect(inferKind('Lernende/r Koch EFZ')).toBe('apprenticeship');
    expect(inferKind('Werkstudent Data')).toBe('internship');
    expect(inferKind('Sachbearbeiter', 'ausbildung')).toBe('apprenticeship');
    expect(plainText('<p>A&amp;B&nbsp;&#228;</p><script>x()</script>')).toBe('A&B ä');
    expect(parseLanguages('de:B2; fr:XX; en:native')).toEqual([
      { language: 'de', level: 'B2' },
      { language: 'en', level: 'native' },
    ]);
  });

  it('reads long texts in bounded chunks and promotes the first description skills when nothing else is essential', () => {
    const long = 'Satz mit SPS. '.repeat(300);
    expect(chunks(long).every((c) => c.length <= 1400)).toBe(true);
    expect(chunks(long).join('')).toBe(long.slice(0, 8000));
    const { skills } = deriveSkills('Mitarbeiter/in', [], 'Löten, SPS, Schweissen, Pflege', extractSkills);
    expect(skills.filter((s) => s.essential)).toHaveLength(3);
    expect(deriveSkills('x', [], 'SPS', undefined).skills).toEqual([]);
  });

  it('reads CSV quoting rules', () => {
    const { rows } = readCsv('a,b\n"x, ""y""",2\r\n\n3,\n');
    expect(rows.map((r) => r.values)).toEqual([
      { a: 'x, "y"', b: '2' },
      { a: '3', b: '' },
    ]);
  });
});
