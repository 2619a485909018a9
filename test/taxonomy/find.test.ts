/** Taxonomy lookups with real-world inputs, typos, compounds; relations and occupations. */
import { Taxonomy, builtinTaxonomy, type Concept } from '../../src/matching/taxonomy';

const t = builtinTaxonomy();
const top = (text: string) => t.find(text, 'de-CH', 3)[0];
const idOf = (slug: string) => t.get(slug)!.id;

describe('Taxonomy.find on the curated data', () => {
  it.each([
    ['Löten', 'loeten'],
    ['Lötten', 'loeten'],
    ['löte gerne', 'loeten'],
    ['Schweissen', 'schweissen'],
    ['Schweißtechnik', 'schweissen'],
    ['Pyton', 'python'],
    ['Excel-Kenntnisse', 'excel'],
    ['gute Excel Kenntnisse', 'excel'],
    ['Gabelstaplerschein', 'gabelstapler'],
    ['Stapler fahren', 'gabelstapler'],
    ['SPS', 'sps-programmierung'],
    ['SPS progr.', 'sps-programmierung'],
    ['programmiere', 'programmieren'],
    ['CNC-Fräsen', 'cnc-fraesen'],
    ['CNC Fräsen', 'cnc-fraesen'],
    ['cncfraesen', 'cnc-fraesen'],
    ['Teamfähigkeit', 'teamarbeit'],
    ['Deutsch B1', 'deutsch-b1'],
    ['Führerschein B', 'fuehrerschein-b'],
    ['Fahrausweis', 'fuehrerschein-b'],
    ['MS Office', 'ms-office'],
    ['Kommisionierung', 'kommissionieren'],
    ['Blutdruck messen', 'vitalzeichen'],
  ])('%s → %s', (text, slug) => {
    expect(top(text)?.conceptId).toBe(idOf(slug));
  });

  it('calibrates confidence: label 1.0 > synonym 0.95 > stem/fuzzy', () => {
    expect(top('Löten')!.confidence).toBe(1);
    expect(top('Weichlöten')!.confidence).toBe(0.95);
    const stemmed = t.search('Kommisionierung', { kind: 'skill' })[0];
    expect(stemmed.confidence).toBeLessThan(0.9);
    expect(stemmed.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('labels results in the asked locale', () => {
    expect(t.find('Schweißen', 'de-CH')[0].label).toBe('Schweissen');
    expect(t.find('Schweissen', 'de-DE')[0].label).toBe('Schweißen');
    expect(t.find('Schweissen', 'en')[0].label).toBe('Welding');
  });

  it('returns nothing for noise and never throws on odd input', () => {
    expect(t.find('', 'de-CH')).toEqual([]);
    expect(t.find('   ', 'de-CH')).toEqual([]);
    expect(t.find('xqzjvw', 'de-CH')).toEqual([]);
    expect(t.find('🙂🙂', 'de-CH')).toEqual([]);
    expect(t.find('a'.repeat(5000), 'de-CH')).toEqual([]);
    expect(t.find(undefined as unknown as string, 'de-CH')).toEqual([]);
  });

  it('finds occupations with search(kind: occupation)', () => {
    expect(t.search('Polymech', { kind: 'occupation' })[0].concept.slug).toBe('polymechaniker-efz');
    expect(t.search('FaGe', { kind: 'occupation' })[0].concept.slug).toBe('fage-efz');
    expect(t.search('Fachinformatikerin Anwendungsentwicklung', { kind: 'occupation' })[0].concept.slug).toBe('fachinformatiker-anwendungsentwicklung');
  });
});

describe('lookup mechanisms on a small taxonomy (independent of the data files)', () => {
  const concept = (slug: string, de: string, synonyms: string[] = []): Concept => ({
    id: `lotse:skill/${slug}`,
    kind: 'skill',
    field: 'metall',
    labels: { 'de-DE': de, 'de-CH': de.replace(/ß/g, 'ss'), en: slug },
    synonyms,
    related: [],
  });
  const small = new Taxonomy([
    concept('schweissen', 'Schweißen'),
    concept('fraesen', 'Fräsen'),
    concept('gabelstapler', 'Gabelstapler fahren'),
    concept('programmieren', 'Programmieren'),
    concept('qm', 'Qualitätsmanagement'),
  ]);
  const first = (q: string) => small.search(q)[0];

  it('folds umlauts and ß', () => {
    expect(first('schweissen')).toMatchObject({ confidence: 1, via: 'label' });
    expect(first('FRAESEN')).toMatchObject({ confidence: 1, via: 'label' });
  });

  it('stems German inflections', () => {
    expect(first('Programmierung')).toMatchObject({ via: 'stem', confidence: 0.85 });
    expect(first('programmiere')?.concept.id).toBe('lotse:skill/programmieren');
  });

  it('splits compounds', () => {
    expect(first('Schweißtechnik')).toMatchObject({ via: 'compound' });
    expect(first('Schweißtechnik')?.concept.id).toBe('lotse:skill/schweissen');
    expect(first('Gabelstaplerschein')?.concept.id).toBe('lotse:skill/gabelstapler');
    expect(first('Qualitätsmanagementkurs')?.concept.id).toBe('lotse:skill/qm');
  });

  it('corrects typos in tokens of 5+ characters, with lower confidence', () => {
    const typo = first('Schweisen');
    expect(typo?.concept.id).toBe('lotse:skill/schweissen');
    expect(typo?.via).toBe('fuzzy');
    expect(typo!.confidence).toBeLessThan(0.85);
    expect(typo!.confidence).toBeGreaterThan(0.6);
    expect(first('Qualitätsmanagment')?.concept.id).toBe('lotse:skill/qm');
    expect(small.search('Frasn')).toEqual([]);
  });
});

describe('relations and occupations', () => {
  it('related: curated neighbours first, labelled in the locale', () => {
    const related = t.related(idOf('loeten'), 'de-DE', 5);
    expect(related.map((r) => r.conceptId)).toContain(idOf('elektronik-bestuecken'));
    expect(related.every((r) => r.label && r.confidence > 0)).toBe(true);
    expect(t.related('unknown', 'de-CH')).toEqual([]);
  });

  it('relations are symmetric', () => {
    expect(t.related(idOf('elektronik-bestuecken'), 'de-CH', 20).map((r) => r.conceptId)).toContain(idOf('loeten'));
  });

  it('skillsOf gives essential and optional skills', () => {
    const { essential, optional } = t.skillsOf(idOf('polymechaniker-efz'));
    expect(essential).toContain(idOf('cnc-fraesen'));
    expect(optional).toContain(idOf('cad'));
    expect(t.skillsOf('nope')).toEqual({ essential: [], optional: [] });
  });

  it('occupationsFor: solder + program → electronics and IT; care skills → care', () => {
    const tech = t.occupationsFor([idOf('loeten'), idOf('programmieren'), idOf('elektronik'), idOf('mikrocontroller')], 5);
    expect(tech[0].occupation.field).toMatch(/elektro|it/);
    expect(tech.map((m) => m.occupation.slug)).toContain('elektroniker-efz');
    const care = t.occupationsFor([idOf('grundpflege'), idOf('vitalzeichen'), idOf('empathie')], 5);
    expect(care[0].occupation.field).toBe('gesundheit');
    expect(care[0].missing.length).toBeGreaterThan(0);
    expect(care[0].score).toBeGreaterThan(care[care.length - 1].score - 1e-9);
  });

  it('label() per locale, undefined for unknown ids', () => {
    expect(t.label(idOf('fuehrerschein-b'), 'de-CH')).toBe('Führerausweis Kat. B');
    expect(t.label(idOf('fuehrerschein-b'), 'de-DE')).toBe('Führerschein Klasse B');
    expect(t.label('lotse:skill/nope', 'en')).toBeUndefined();
  });

  it('withConcepts adds imported concepts and merges synonyms into curated ones', () => {
    const loeten = t.get('loeten')!;
    const extra: Concept[] = [
      { ...loeten, labels: { ...loeten.labels, 'de-DE': 'anders' }, synonyms: ['Zinnlöten'] },
      { id: 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000001', kind: 'skill', field: 'esco', labels: { 'de-DE': 'Bleiglasruten löten', 'de-CH': 'Bleiglasruten löten', en: 'solder lead came joints' }, synonyms: [], related: [] },
    ];
    const bigger = Taxonomy.withConcepts(extra);
    expect(bigger.label(loeten.id, 'de-DE')).toBe('Löten');
    expect(bigger.find('Zinnlöten', 'de-CH')[0].conceptId).toBe(loeten.id);
    expect(bigger.find('Bleiglasruten löten', 'de-CH')[0].confidence).toBe(1);
    expect(bigger.concepts().length).toBe(t.concepts().length + 1);
    expect(t.get(loeten.id)!.synonyms).not.toContain('Zinnlöten');
  });
});

describe('occupation names by country', () => {
  it('names a Swiss occupation without its Swiss diploma for a German posting or person («Konstrukteur/in», not «Konstrukteur/in EFZ»), and with it in Switzerland', () => {
    expect(t.label(idOf('konstrukteur-efz'), 'de-DE')).toBe('Konstrukteur/in');
    expect(t.label(idOf('elektroinstallateur-efz'), 'de-DE')).toBe('Elektroinstallateur/in');
    expect(t.label(idOf('konstrukteur-efz'), 'de-CH')).toBe('Konstrukteur/in EFZ');
    // Skills keep their names; only occupations carry diplomas.
    expect(t.label(idOf('loeten'), 'de-DE')).toBe('Löten');
  });
});
