/**
 * Wished jobs and fields on shapes met in the tuning sets (fifteenth session, branch u-intents15b):
 * a workplace or field wished after «in einem/einer» («in einem Pflegeheim arbeiten»), fields the taxonomy's
 * titles do not start with («Instandhaltung», «Immobilienverwaltung», «Spitex»), and a time after «für» that
 * ends the title («als Maler für den Winter»). New sentences on the same mechanisms, not the sets' messages.
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { findWishedJob, type OccupationLookup } from '../../src/nlu/introductions';

const taxonomy = builtinTaxonomy();
const lookup: OccupationLookup = (phrase) => taxonomy.findOccupations(phrase, 'de-CH', 1)[0]?.confidence ?? 0;
const wish = (text: string) => findWishedJob(text, lookup);

describe('wished workplaces and fields', () => {
  it('reads a workplace wished after «in einem», «in einer», Swiss «inere»', () => {
    expect(wish('Am liebsten möchte ich in einem Altersheim arbeiten')).toBe('Altersheim');
    expect(wish('ich wett gärn inere Klinik schaffe')).toBe('Klinik');
    expect(wish('Ich würde gern in einem Spital anfangen')).toBe('Spital');
  });
  it('reads «Instandhaltung», «…verwaltung» and «Spitex» as fields of work', () => {
    expect(wish('Ich möchte in die Instandhaltung wechseln')).toBe('Instandhaltung');
    expect(wish('Ich suche eine Stelle in der Gemeindeverwaltung')).toBe('Gemeindeverwaltung');
    expect(wish('Ich möchte in der Spitex arbeiten')).toBe('Spitex');
  });
  it('does not read a workplace the person does not wish for', () => {
    expect(wish('Ich möchte nicht mehr im Spital arbeiten')).toBeUndefined();
  });
});

describe('the end of a wished title', () => {
  it('ends the title before a season or month after «für»', () => {
    expect(wish('ich suech e stell als chauffeur für de summer')).toBe('chauffeur');
    expect(wish('Gibt es eine Lehrstelle als Fachmann Kundendialog für September?')).toBe('Fachmann Kundendialog');
    expect(wish('Ich suche eine Stelle als Fachkraft für Lagerlogistik')).toBe('Fachkraft für Lagerlogistik');
  });
  it('ends an English title before «starting»', () => {
    expect(wish('I want to apply for the job as a baker starting in spring')).toBe('baker');
  });
});
