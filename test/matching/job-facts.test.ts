/** Pay and excerpts read from a posting's own text. */
import { excerptOf, openableLink, salaryOf } from '../../src/matching/job-facts';

describe('job facts', () => {
  it('reads the pay an ad names, in francs or euros, and nothing when it names none', () => {
    expect(salaryOf('Wir bieten dir:\n– einen Lohn von 850 Franken im 1. Lehrjahr\n– Team')).toBe('850 Franken im 1. Lehrjahr');
    expect(salaryOf('– eine Ausbildungsvergütung von 1.100 Euro im 1. Jahr')).toBe('1.100 Euro im 1. Jahr');
    expect(salaryOf('Jahreslohn CHF 78\'000–85\'000')).toBe("CHF 78'000–85'000");
    expect(salaryOf('Wir freuen uns auf deine Bewerbung mit Gehaltsvorstellung.')).toBeUndefined();
  });

  it('keeps whole paragraphs of a description up to the limit and cuts a long first one at a sentence', () => {
    const text = 'Erster Absatz.\n\nZweiter Absatz mit Liste:\n– eins\n– zwei\n\nDritter Absatz, der nicht mehr passt.';
    expect(excerptOf(text, 60)).toBe('Erster Absatz.\n\nZweiter Absatz mit Liste:\n– eins\n– zwei');
    expect(excerptOf('Satz eins ist da. Satz zwei ist auch da und geht noch lange weiter', 40)).toBe('Satz eins ist da.');
  });

  it('opens only web addresses', () => {
    expect(openableLink('https://example.ch/jobs/1')).toBe('https://example.ch/jobs/1');
    expect(openableLink('javascript:alert(1)')).toBeUndefined();
    expect(openableLink(undefined)).toBeUndefined();
  });
});
