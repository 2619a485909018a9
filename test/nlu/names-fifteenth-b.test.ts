/**
 * First names after the Swiss «ich heiss» (without the final e) and after the misspelt «meine Name ist»
 * (fifteenth session, branch u-intents15b), and the Swiss role endings «-maa», «-wart». New sentences on the same mechanisms, not the sets' messages.
 */
import { findFirstName, parseIntroduction } from '../../src/nlu/introductions';

describe('first names', () => {
  it('reads a capitalised name after Swiss «ich heiss» / «i heiss»', () => {
    expect(findFirstName('Hoi zäme, ich heiss Arben und bi 20')).toBe('Arben');
    expect(findFirstName('i heiss Selina, sueche e Lehrstell')).toBe('Selina');
  });
  it('does not read a lower-case word after «ich heiss» as a name', () => {
    expect(findFirstName('ich heiss nöd so')).toBeUndefined();
    expect(findFirstName('ich heiss eigentlich anders')).toBeUndefined();
  });
  it('reads the name after «meine Name ist»', () => {
    expect(findFirstName('Guten Tag, meine Name ist Irina, ich suche Arbeit')).toBe('Irina');
  });
});

describe('Swiss role endings', () => {
  const NOW = new Date(Date.UTC(2026, 11, 7, 12));
  it('reads Swiss «-maa» (for «-mann») and «-wart» titles as occupations', () => {
    expect(parseIntroduction('Hoi, ich bi de Nils, Chaufmaa vo Bruef, 29 Johr', NOW).occupation).toBe('Chaufmaa');
    expect(parseIntroduction('Ich bi Hauswart und ha 10 Johr in ere Schuel gschaffet', NOW).occupation).toBe('Hauswart');
  });
});
