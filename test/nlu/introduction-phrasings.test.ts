import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { parseIntroduction, type OccupationLookup } from '../../src/nlu/introductions';

const NOW = new Date(Date.UTC(2026, 11, 6, 12));
const taxonomy = builtinTaxonomy();
const lookup: OccupationLookup = (phrase) => taxonomy.findOccupations(phrase, 'de-CH', 1)[0]?.confidence ?? 0;
const intro = (text: string) => parseIntroduction(text, NOW, lookup);

describe('ages as people write them in introductions', () => {
  it('reads an age in brackets after the name', () => {
    expect(intro('Hoi, ich bin Selina (16) und suche eine Lehrstelle')).toMatchObject({ firstName: 'Selina', age: 16 });
  });

  it('reads an age before the chat "u" for "und"', () => {
    expect(intro('hoi bin jan 15 u suech e lehr')).toMatchObject({ firstName: 'Jan', age: 15 });
  });

  it('reads Swiss "Johr", "jöhrig" and English "years of age"', () => {
    expect(intro('Ich bi 16 Johr alt')).toMatchObject({ age: 16 });
    expect(intro('E 19-jöhrigi Lernendi')).toMatchObject({ age: 19 });
    expect(intro('I am 27 years of age and new here')).toMatchObject({ age: 27 });
  });

  it('reads "mit meinen 58 Jahren" but not an age spoken of in the past', () => {
    expect(intro('Mit meinen 61 Jahren finde ich schwer etwas')).toMatchObject({ age: 61 });
    expect(intro('Mit 17 habe ich die Lehre begonnen').age).toBeUndefined();
  });

  it('reads a name with the age in brackets at the start of a clause', () => {
    expect(intro('Noah (15) aus Olten, suche eine Schnupperlehre')).toMatchObject({ firstName: 'Noah', age: 15 });
  });

  it('reads short and English forms: "16j", "19 y.o.", "aged 34", "Ich, 17, …"', () => {
    expect(intro('16j, wohne in Thun')).toMatchObject({ age: 16 });
    expect(intro('I am a 21 y.o. nurse')).toMatchObject({ age: 21 });
    expect(intro('aged 38, looking for work')).toMatchObject({ age: 38 });
    expect(intro('Ich, 18, suche eine Stelle')).toMatchObject({ age: 18 });
    expect(intro('Ich arbeite 20j als Koch').age).toBeUndefined();
  });

  it('reads an age after a capitalised name or title, but not years of experience', () => {
    expect(intro('Guten Tag, ich bin Herr Keller, 59')).toMatchObject({ age: 59 });
    expect(intro('Ich bin Schreiner, 25 Jahre Erfahrung').age).toBeUndefined();
  });

  it('reads form-like fields after a comma, and takes no field name for an occupation', () => {
    expect(intro('Hoi, Name: Leonie, Alter: 17')).toMatchObject({ firstName: 'Leonie', age: 17, occupation: undefined });
  });

  it('takes no word of a year of birth for a name', () => {
    expect(intro('ich bin jahrgang 2006 und suche arbeit')).toMatchObject({ firstName: undefined, age: 20 });
  });
});

describe('names and occupations in introductions', () => {
  it('reads a name before "mein Name", with the age and occupation after it', () => {
    expect(intro('Grüezi, Beat mein Name, 52, Maurer')).toMatchObject({ firstName: 'Beat', age: 52, occupation: 'Maurer' });
    expect(intro('Guten Abend Selin Aksoy ist mein Name').firstName).toBe('Selin');
  });

  it('reads the occupation after the name and a year of birth', () => {
    expect(intro('Ich bin die Vreni, Jahrgang 1968, Köchin, und suche eine Stelle')).toMatchObject({ firstName: 'Vreni', occupation: 'Köchin' });
  });

  it('reads a lower-case English occupation after the name and age', () => {
    expect(intro("Hi, I'm Omar, 29, civil engineer from Cairo")).toMatchObject({ firstName: 'Omar', occupation: 'civil engineer' });
  });

  it('reads a former occupation and a training the person is in', () => {
    expect(intro('ehemalige Pflegehelferin, suche Arbeit')).toMatchObject({ occupation: 'Pflegehelferin' });
    expect(intro('Moin, Azubi zur Industriekauffrau im 2. Lehrjahr')).toMatchObject({ occupation: 'Industriekauffrau', wishedJob: undefined });
  });

  it('never gives the name that ends like a role as the occupation too', () => {
    expect(intro('Hallo, ich bin Kerstin, 19, und interessiere mich für Gärtnerei')).toMatchObject({ firstName: 'Kerstin', occupation: undefined });
  });
});

describe('the job wished for in introductions', () => {
  it('reads work asked for after "suche ich", not taking it for work one does', () => {
    expect(intro('Ich war Fahrer. Nun suche ich Arbeit als Hauswart')).toMatchObject({ occupation: 'Fahrer', wishedJob: 'Hauswart' });
    expect(intro('ich arbeite als Koch in Bern').wishedJob).toBeUndefined();
  });

  it('reads the job one applies for with "mich als … bewerben"', () => {
    expect(intro('Ich möchte mich gern als Malerin bewerben')).toMatchObject({ wishedJob: 'Malerin' });
  });

  it('reads a dream job', () => {
    expect(intro('Mein Wunschjob wäre Tierpfleger')).toMatchObject({ wishedJob: 'Tierpfleger' });
  });

  it('reads a field one wants to move into, without a verb or after "aber"', () => {
    expect(intro('Bisher Büro, jetzt möchte ich in die Logistik')).toMatchObject({ wishedJob: 'Logistik' });
    expect(intro('Ich bin Verkäuferin, will aber in die Pflege wechseln')).toMatchObject({ occupation: 'Verkäuferin', wishedJob: 'Pflege' });
    expect(intro('Ich möchte in die Schweiz').wishedJob).toBeUndefined();
  });

  it('reads a field sought after the search, but not a region', () => {
    expect(intro('Ich suche etwas in der Gastronomie')).toMatchObject({ wishedJob: 'Gastronomie' });
    expect(intro('Suche eine Lehrstelle im Bereich Logistik')).toMatchObject({ wishedJob: 'Logistik' });
    expect(intro('Ich suche eine Stelle im Raum Basel').wishedJob).toBeUndefined();
  });
});
