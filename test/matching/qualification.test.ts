/** Qualification levels read from occupation names, as the hybrid ranking compares them. */
import { qualificationLevel } from '../../src/matching/qualification';
import { builtinTaxonomy } from '../../src/matching/taxonomy';

const taxonomy = builtinTaxonomy();
const levelOf = (slug: string) => {
  const c = taxonomy.get(slug)!;
  return qualificationLevel([c.labels['de-CH'], c.labels['de-DE']]);
};

describe('qualification levels of occupations', () => {
  it('orders the care occupations helper/EBA < EFZ < HF, in Swiss and German names', () => {
    expect(levelOf('pflegefachhelfer')).toBe(1);
    expect(levelOf('assistent-gesundheit-soziales-eba')).toBe(1);
    expect(levelOf('fage-efz')).toBe(2);
    expect(levelOf('pflegefachmann')).toBe(2);
    expect(levelOf('pflegefachperson-hf')).toBe(3);
    // A German Ausbildung whose Swiss counterpart is an HF diploma counts at the higher level.
    expect(levelOf('rettungssanitaeter')).toBe(3);
  });

  it('counts a name that states no level as an apprenticeship', () => {
    expect(qualificationLevel(['Industriemechaniker/in'])).toBe(2);
    expect(qualificationLevel(['Hilfskraft Lager'])).toBe(1);
    expect(qualificationLevel(['Dipl. Pflegefachperson'])).toBe(3);
  });
});
