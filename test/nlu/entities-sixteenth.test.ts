/**
 * Entity readers on shapes first met in untuned21.json (sixteenth session, branch u-intents16): a question how to
 * become something, English titles before the work sought, and a bare title opening the message with the years
 * done. New sentences on the same mechanisms, not the set's messages.
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { parseIntroduction, type OccupationLookup } from '../../src/nlu/introductions';

const NOW = new Date(Date.UTC(2026, 11, 8, 12));
const taxonomy = builtinTaxonomy();
const lookup: OccupationLookup = (phrase) => taxonomy.findOccupations(phrase, 'de-CH', 1)[0]?.confidence ?? 0;
const intro = (text: string) => parseIntroduction(text, NOW, lookup);

describe('a question how to become something', () => {
  it('reads «wie werde ich», Swiss «wie wird mer» and «wie kann ich … werden» as the job wished', () => {
    expect(intro('Wie werde ich eigentlich Hörakustiker?').wishedJob).toBe('Hörakustiker');
    expect(intro('wie wird mer zimmermaa, bruucht mer e matur?').wishedJob).toBe('zimmermaa');
    expect(intro('Wie kann ich Busfahrer in Leipzig werden?').wishedJob).toBe('Busfahrer');
  });
  it('reads English «how do I become a …»', () => {
    expect(intro('how do I become a lab technician here?').wishedJob).toBe('lab technician');
  });
  it('takes no word that is no role', () => {
    expect(intro('Wie werde ich meine alten Daten los?').wishedJob).toBeUndefined();
  });
});

describe('English titles before the work sought', () => {
  it('reads «looking for … work», «any … positions», «are there any … jobs»', () => {
    expect(intro('looking for plumber work near Zurich').wishedJob).toBe('plumber');
    expect(intro('any driving instructor positions in Bern?').wishedJob).toBe('driving instructor');
    expect(intro('are there any security guard jobs at night?').wishedJob).toBe('security guard');
  });
  it('takes no kind of work for a title', () => {
    expect(intro('looking for part time work in Basel').wishedJob).toBeUndefined();
  });
});

describe('a bare title opening the message with the years done', () => {
  it('reads «X seit N Jahren», Swiss «X sit N johr», «N johr X» and English «X for N years»', () => {
    expect(intro('Metzger seit 15 Jahren, Wurst und Zerlegung').occupation).toBe('Metzger');
    expect(intro('maler sit 9 johr, vor allem fassade').occupation).toBe('maler');
    expect(intro('12 johr coiffeuse, schniide und färbe').occupation).toBe('coiffeuse');
    expect(intro('welder for 8 years, MIG and TIG').occupation).toBe('welder');
  });
  it('takes no place of work after the years', () => {
    expect(intro('10 Jahre Lager, Stapler und Kommissionierung').occupation).toBeUndefined();
  });
});

describe('a name with an age after a greeting', () => {
  it('reads a lower-case name and «Jahre», «vo» after the age', () => {
    expect(intro('hoi, nico 19, suech e lehrstell').firstName).toBe('Nico');
    expect(intro('Moin, Heike, 52 Jahre, Bürokauffrau').firstName).toBe('Heike');
    expect(intro('Grüezi, Beat, 58i vo Chur').firstName).toBe('Beat');
  });
  it('leaves the verb after the age out of the title', () => {
    expect(intro('grüezi, reto, 33, bi Schriiner, suech öppis z Chur').occupation).toBe('Schriiner');
  });
  it('takes no verb or adverb before a number for a name', () => {
    expect(intro('hallo, bin 23, suche was').firstName).toBeUndefined();
    expect(intro('hallo, knapp 60, suche noch was').firstName).toBeUndefined();
  });
});
