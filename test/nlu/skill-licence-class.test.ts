import { otherLicenceClass } from '../../src/nlu/skill-evidence';
import { resolveSkills } from '../../src/nlu/skill-resolver';

const stored = (text: string) =>
  resolveSkills(text, { locale: 'de-CH', mode: 'phrase' })
    .skills.filter((s) => s.tier === 'sure')
    .map((s) => s.label);

describe('a licence word that goes on with another class is not the car licence', () => {
  it('reads "Kat. C/CE", "Kat. G", "Klasse CE" after the licence word as another class', () => {
    const truck = 'Führerausweis Kat. C/CE mit Fahrerkarte';
    expect(otherLicenceClass(truck, [0, 13], 'Führerausweis Kat. B')).toBe(true);
    expect(stored(truck)).not.toContain('Führerausweis Kat. B');
    expect(stored('Führerausweis Kat. G für Traktoren')).not.toContain('Führerausweis Kat. B');
    const german = 'Führerschein Klasse CE';
    expect(otherLicenceClass(german, [0, 12], 'Führerschein Klasse B')).toBe(true);
  });

  it('keeps the car licence when the class is B or none is named', () => {
    expect(otherLicenceClass('Führerausweis Kat. B', [0, 13], 'Führerausweis Kat. B')).toBe(false);
    expect(otherLicenceClass('Führerschein vorhanden', [0, 12], 'Führerschein Klasse B')).toBe(false);
    expect(otherLicenceClass('Fahrausweis B', [0, 11], 'Führerausweis Kat. B')).toBe(false);
    expect(stored('Führerausweis Kat. B')).toContain('Führerausweis Kat. B');
    expect(stored('Führerschein vorhanden')).toContain('Führerausweis Kat. B');
  });
});
