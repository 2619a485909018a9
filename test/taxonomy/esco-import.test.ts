/** The ESCO CSV importer on a small ESCO-format fixture, and the CSV reader underneath. */
import path from 'node:path';
import { EscoCollector, importEscoDirectory, splitLabels } from '../../src/importers/esco';
import { Taxonomy, builtinTaxonomy } from '../../src/matching/taxonomy';

const FIXTURE = path.join(__dirname, '../fixtures/esco');
const SOLDER = 'http://data.europa.eu/esco/skill/26ed52cf-30ca-451e-9699-a6c04a30649f';
const FORKLIFT = 'http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000001';
const LEAD = 'http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000002';
const ELECTRONICS = 'http://data.europa.eu/esco/occupation/bbbbbbbb-0000-4000-8000-000000000001';
const WAREHOUSE = 'http://data.europa.eu/esco/occupation/bbbbbbbb-0000-4000-8000-000000000002';

describe('ESCO label lists', () => {
  it('splits ESCO label lists on newlines and " | "', () => {
    expect(splitLabels('a\nb\r\nc')).toEqual(['a', 'b', 'c']);
    expect(splitLabels('a | b|c')).toEqual(['a', 'b|c']);
    expect(splitLabels('')).toEqual([]);
  });
});

describe('importEscoDirectory on the fixture', () => {
  const { concepts, stats } = importEscoDirectory(FIXTURE);
  const byId = new Map(concepts.map((c) => [c.id, c]));

  it('imports released skills and occupations and counts what it skipped', () => {
    expect(concepts.map((c) => c.id).sort()).toEqual([SOLDER, FORKLIFT, LEAD, ELECTRONICS, WAREHOUSE].sort());
    expect(stats.concepts).toBe(5);
    expect(stats.reasons).toEqual({ 'not released': 1, 'no concept URI': 1, 'no preferred label': 1, 'not a skill or occupation': 1 });
    expect(stats.skipped).toBe(4);
    expect(stats.files).toContain('skills_de.csv');
    expect(stats.files).not.toContain('README.md');
  });

  it('reads quoted multiline altLabels and hiddenLabels as synonyms', () => {
    expect(byId.get(SOLDER)!.synonyms).toEqual(['Elektronikbauteile löten', 'elektronische Komponenten verlöten', 'Lötarbeiten an Elektronik ausführen']);
    expect(byId.get(FORKLIFT)!.synonyms).toEqual(expect.arrayContaining(['Stapler fahren', 'Flurförderzeug führen', 'Gabelstabler', 'Hubstapler fahren', 'Stapler lenken']));
    expect(byId.get(ELECTRONICS)!.synonyms).toEqual(['Elektroniker', 'Elektronikerin', 'Elektronikmechaniker']);
  });

  it('sets kinds, labels (de-CH without ß, English from *_en.csv) and the esco field', () => {
    const solder = byId.get(SOLDER)!;
    expect(solder).toMatchObject({ kind: 'skill', field: 'esco' });
    expect(solder.labels).toEqual({ 'de-DE': 'Elektronikkomponenten löten', 'de-CH': 'Elektronikkomponenten löten', en: 'solder electronics' });
    expect(byId.get(FORKLIFT)!.labels.en).toBe('Gabelstapler bedienen');
    expect(byId.get(ELECTRONICS)!.kind).toBe('occupation');
  });

  it('applies skill relations and occupation skills, dropping dangling ends', () => {
    expect(byId.get(SOLDER)!.related).toEqual([LEAD]);
    expect(byId.get(WAREHOUSE)!.essentialSkills).toEqual([FORKLIFT]);
    expect(byId.get(WAREHOUSE)!.optionalSkills).toEqual([SOLDER]);
    expect(stats.relations).toBe(4);
  });

  it('feeds a taxonomy: imported labels are found, curated concepts keep their labels', () => {
    const t = Taxonomy.withConcepts(concepts);
    expect(t.find('Bleiglasruten löten', 'de-CH')[0]).toMatchObject({ conceptId: LEAD, confidence: 1 });
    expect(t.find('Elektronikbauteile löten', 'de-CH')[0].conceptId).toBe(SOLDER);
    expect(t.label(SOLDER, 'de-CH')).toBe(builtinTaxonomy().label(SOLDER, 'de-CH'));
    expect(t.occupationsFor([FORKLIFT], 20).map((m) => m.occupation.id)).toContain(WAREHOUSE);
  });

  it('ignores files of other kinds and is order-independent', () => {
    const collector = new EscoCollector();
    expect(collector.add('skillUri,foo\nx,y\n', 'other.csv')).toBe('other');
    expect(collector.add('occupationUri,relationType,skillType,skillUri\nA,essential,skill,B\n', 'rel.csv')).toBe('occupation-relations');
    const result = collector.result();
    expect(result.concepts).toEqual([]);
    expect(result.stats.relations).toBe(0);
  });

  it('fails clearly on a directory without CSV files', () => {
    expect(() => importEscoDirectory(__dirname)).toThrow(/no \.csv files/);
  });
});
