/** Qualification levels read from occupation names, as the hybrid ranking compares them. */
import { qualificationLevel, statedLevel } from '../../src/matching/qualification';
import { fold } from '../../src/matching/taxonomy/normalize';
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
    expect(qualificationLevel(['Küchenhilfe'])).toBe(1);
    expect(qualificationLevel(['Aushilfe Verkauf'])).toBe(1);
    expect(qualificationLevel(['Dipl. Pflegefachperson'])).toBe(3);
  });

  it('reads a "-hilfe" that names a service or a field as no helper level', () => {
    expect(qualificationLevel(['Fachkraft Eingliederungshilfe'])).toBe(2);
    expect(qualificationLevel(['Sozialarbeiter/in Jugendhilfe'])).toBe(2);
    expect(qualificationLevel(['Ersthelfer'])).toBe(1);
  });
});

describe('the training a person states in their own words', () => {
  const stated = (text: string) => statedLevel(fold(text));
  it('reads a diploma, a completed apprenticeship and a helper course, and nothing from someone who names none', () => {
    expect(stated('Ich bin diplomierte Pflegefachfrau HF')).toBe(3);
    expect(stated('Ich habe in Bielefeld Informatik studiert (Bachelor)')).toBe(3);
    expect(stated('Ich bin gelernter Bäcker')).toBe(2);
    expect(stated('Ich habe die Kochlehre abgeschlossen')).toBe(2);
    expect(stated('I am a trained electrician')).toBe(2);
    expect(stated('Ich habe den Pflegehelferkurs SRK gemacht')).toBe(1);
    expect(stated('Ich habe zwei Jahre meine Mutter gepflegt')).toBe(0);
    expect(stated('Ich bin 15 und suche eine Lehrstelle')).toBe(0);
  });
});
