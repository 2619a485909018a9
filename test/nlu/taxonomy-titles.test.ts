import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { createUnderstander } from '../../src/nlu/understand';
import type { Locale } from '../../src/profile/types';

const NOW = new Date(Date.UTC(2026, 11, 7, 12));
const taxonomy = builtinTaxonomy();
const understander = createUnderstander(taxonomy, { now: () => NOW });
const skills = (text: string, locale: Locale = 'de-CH') => understander.understand(text, locale).skills.map((s) => taxonomy.label(s.conceptId, 'de-CH'));

describe('job titles and Swiss wording the taxonomy knows', () => {
  it('knows English titles of occupations and gives their core skill, only to the writer', () => {
    expect(skills('I work as a chef de partie', 'en')).toContain('Kochen');
    expect(skills("I'm a social worker, child protection mostly", 'en')).toContain('Soziale Beratung');
    expect(skills("I'm a pharmacist technician", 'en')).toContain('Arzneimittel beraten und abgeben');
    expect(skills('My brother is a social worker', 'en')).toEqual([]);
    expect(skills('I want to become a chef de partie', 'en')).toEqual([]);
  });

  it('reads Swiss wording for shop and workshop skills', () => {
    expect(skills('Ware bstelle, Inventur, Kasseabrächnig, Lehrlinge betreue')).toEqual(expect.arrayContaining(['Ware bestellen im Laden', 'Kasse und Tagesabrechnung', 'Lernende ausbilden']));
    expect(skills('Ich ha i de Schreinerei Chuchene montiert')).toContain('Küchen und Möbel montieren');
  });
});

describe('occupations found for a German person', () => {
  it('are named without the Swiss diploma, as their labels are (a Schlosser in Sindelfingen is no «Metallbauer/in EFZ»)', () => {
    const [german] = taxonomy.findOccupations('Schlosser', 'de-DE', 1);
    const [swiss] = taxonomy.findOccupations('Schlosser', 'de-CH', 1);
    expect(german?.label).toBe('Metallbauer/in');
    expect(swiss?.label).toBe('Metallbauer/in EFZ');
    expect(german?.label).toBe(taxonomy.label(german!.conceptId, 'de-DE'));
  });
});
