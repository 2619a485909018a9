/**
 * Entity parsers on shapes first met in untuned17.json (twelfth session, branch u-entities): start dates, Pensum,
 * languages, the driving licence and the job asked for. New sentences on the same mechanisms, not the set's messages.
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { parseDate } from '../../src/nlu/dates';
import { parseDrivingLicence } from '../../src/nlu/hints';
import { parseIntroduction, type OccupationLookup } from '../../src/nlu/introductions';
import { parseLanguages } from '../../src/nlu/languages';
import { parsePensum } from '../../src/nlu/quantities';

const NOW = new Date(Date.UTC(2026, 11, 7, 12));
const taxonomy = builtinTaxonomy();
const lookup: OccupationLookup = (phrase) => taxonomy.findOccupations(phrase, 'de-CH', 1)[0]?.confidence ?? 0;
const wished = (text: string) => parseIntroduction(text, NOW, lookup).wishedJob;

describe('start dates', () => {
  it('reads «Mitte»/«Mitti»/«mid» before a month as the 15th', () => {
    expect(parseDate('ab Mitte April', NOW)).toBe('2027-04-15');
    expect(parseDate('starting mid February', NOW)).toBe('2027-02-15');
  });
  it('reads Swiss month names and «so schnäll wie möglich», «as soon as possible»', () => {
    expect(parseDate('im Auguscht', NOW)).toBe('2027-08-01');
    expect(parseDate('so schnäll wie möglich', NOW)).toBe('asap');
    expect(parseDate('as soon as possible please', NOW)).toBe('asap');
  });
  it('reads «nächsten Monat» as the first of the next month', () => {
    expect(parseDate('ab Anfang nächsten Monats', NOW)).toBe('2027-01-01');
  });
});

describe('Pensum', () => {
  it('takes the kind named first and a 40-hour week as full time', () => {
    expect(parsePensum('lieber Teilzeit als Vollzeit')).toEqual({ min: 50, max: 90 });
    expect(parsePensum('a normal 42-hour week')).toEqual({ min: 100, max: 100 });
  });
});

describe('languages', () => {
  it('gives a level said on its own to the language before it', () => {
    expect(parseLanguages('Portugiesisch hani vergässe, B1')).toEqual([{ language: 'pt', level: 'B1' }]);
    expect(parseLanguages('I speak Tamil too, native')).toEqual([{ language: 'ta', level: 'native' }]);
    expect(parseLanguages('nöd so guet Französisch, A2')).toEqual([{ language: 'fr', level: 'A2' }]);
  });
  it('reads Swiss «Muetersproch», English adverbs, and one level for languages joined by «und»/«and»', () => {
    expect(parseLanguages('Italienisch isch mini Muetersproch')).toEqual([{ language: 'it', level: 'native' }]);
    expect(parseLanguages('I speak Polish natively')).toEqual([{ language: 'pl', level: 'native' }]);
    expect(parseLanguages('guet Englisch und Spanisch')).toEqual([{ language: 'en', level: 'B2' }, { language: 'es', level: 'B2' }]);
  });
});

describe('driving licence', () => {
  it('reads «… hab ich keinen», Swiss «kei Fahrusweis», «Uto-Prüefig», and «never learned to drive»', () => {
    expect(parseDrivingLicence('Fahrausweis habe ich keinen')).toBe(false);
    expect(parseDrivingLicence('kei Fahrusswiis')).toBe(false);
    expect(parseDrivingLicence('d Uto-Prüefig han i gmacht')).toBe(true);
    expect(parseDrivingLicence("I never learned to drive")).toBe(false);
  });
  it('reads a class named with «Klasse»/«category», not a school class', () => {
    expect(parseDrivingLicence('Klasse C1 und B')).toBe(true);
    expect(parseDrivingLicence('category B')).toBe(true);
    expect(parseDrivingLicence('ich bin in der 9. Klasse')).toBeUndefined();
  });
});

describe('the job asked for', () => {
  it('reads «Festanstellig», «…plätze», «Inserat als», Swiss «mi … bewerbe» and «emol … wärde»', () => {
    expect(wished('Ich sueche e Festanstellig als Maler')).toBe('Maler');
    expect(wished('Gibt es Ausbildungsplätze als Koch?')).toBe('Koch');
    expect(wished('Ich bewerbe mich auf Ihre Stellenanzeige als Logistiker')).toBe('Logistiker');
    expect(wished('Ich wür mi gärn als Koch bewerbe')).toBe('Koch');
    expect(wished('Ich möcht emol Gärtnerin wärde')).toBe('Gärtnerin');
  });
  it('reads «Mein Traum wäre X», not «es»', () => {
    expect(wished('Mein Traum wäre Tierärztin')).toBe('Tierärztin');
    expect(wished('Mein Traum ist es, Pilot zu werden')).toBe('Pilot');
  });
  it('keeps an English role noun after a capitalised word, ends a title at «Kategorie», takes plurals without an article', () => {
    expect(wished('looking for a job as an IT consultant')).toBe('IT consultant');
    expect(wished('Hend ihr öppis als Chauffeur Kategorie C?')).toBe('Chauffeur');
    expect(wished('any jobs for plumbers in Bern?')).toBe('plumbers');
  });
  it('keeps the field of «Kaufmann»/«Kauffrau»/«Fachkraft im/für …»', () => {
    expect(wished('Ich suche eine Stelle als Kauffrau im Gesundheitswesen')).toBe('Kauffrau im Gesundheitswesen');
  });
});
