import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { extractEntities } from '../../src/nlu/entities';
import { parseIntroduction, type OccupationLookup } from '../../src/nlu/introductions';
import { parsePensum, parseYears } from '../../src/nlu/quantities';

const NOW = new Date(Date.UTC(2026, 11, 6, 12));
const taxonomy = builtinTaxonomy();
const lookup: OccupationLookup = (phrase) => taxonomy.findOccupations(phrase, 'de-CH', 1)[0]?.confidence ?? 0;
const intro = (text: string) => parseIntroduction(text, NOW, lookup);
const entities = (text: string) => extractEntities(text, NOW, lookup);

describe('names in Swiss German and chat introductions', () => {
  it('reads Bernese "ig bi" and "ich bins"', () => {
    expect(intro('Grüessech, ig bi d Vreni us Spiez')).toMatchObject({ firstName: 'Vreni' });
    expect(intro('hey ich bins de Dario')).toMatchObject({ firstName: 'Dario' });
  });

  it('reads "s isch de …" and "da schriibt de …" with an article before the name', () => {
    expect(intro("Hoi, s'isch d Anina us Wil, 17i")).toMatchObject({ firstName: 'Anina', age: 17 });
    expect(intro('Guete Tag, da schreibt die Larissa.')).toMatchObject({ firstName: 'Larissa' });
  });

  it('reads a name after greetings of the time of day and after the bot addressed by name', () => {
    expect(intro('good morning, Tomasz here, welder from Poland')).toMatchObject({ firstName: 'Tomasz', occupation: 'welder' });
    expect(intro('Hallo Lotse, Dunja da, 39 Jahre alt')).toMatchObject({ firstName: 'Dunja', age: 39 });
  });

  it('reads a name with a surname before the age, also with "ich bi" before it', () => {
    expect(intro('Grüezi, Reto Blatti, 47, Polymechaniker')).toMatchObject({ firstName: 'Reto', age: 47, occupation: 'Polymechaniker' });
    expect(intro('Guten Tag, Sabine Roth, ich bin 51 und suche Arbeit')).toMatchObject({ firstName: 'Sabine', age: 51 });
  });

  it('reads "bi d Name us Town, 16" with the town before the age', () => {
    expect(intro('guete Abig, bi d Nora us Biel, 16, und suech e Lehr')).toMatchObject({ firstName: 'Nora', age: 16 });
  });

  it('reads English "im" without its apostrophe only before a name and an age', () => {
    expect(intro('hello im Marta, 31, from Spain')).toMatchObject({ firstName: 'Marta', age: 31 });
    expect(intro('Hallo im Büro arbeite ich gern').firstName).toBeUndefined();
  });

  it('reads the age right before "suche" in a lower-case message', () => {
    expect(intro('hallo ich bin yusuf 16 suche eine lehrstelle')).toMatchObject({ firstName: 'Yusuf', age: 16 });
  });
});

describe('places in Swiss German and English', () => {
  it('reads dialect names of towns', () => {
    expect(entities('ich wohne z Züri').placeName).toBe('Zürich');
    expect(entities('Ich bi vo Bärn').placeName).toBe('Bern');
    expect(entities('hoi bin lara 15 us olte').placeName).toBe('Olten');
  });

  it('reads a town that is also a word after Swiss and English cues', () => {
    expect(entities('Ig chume us Thun').placeName).toBe('Thun');
    expect(entities('I just moved to Zug with my family').placeName).toBe('Zug');
    expect(entities('Mit dem Zug komme ich').placeName).toBeUndefined();
  });
});

describe('occupations said in other ways', () => {
  it('reads "Landwirt" and "Wirtin" as roles', () => {
    expect(intro('Hoi, bin Ueli, Landwirt aus dem Entlebuch')).toMatchObject({ occupation: 'Landwirt' });
  });

  it('reads "vo Bruef", "Erfahrig als" and "X Jahre lang"', () => {
    expect(intro('Vo Bruef bin i Gärtner.')).toMatchObject({ occupation: 'Gärtner' });
    expect(intro('drei Johr Erfahrig als Lagerist')).toMatchObject({ occupation: 'Lagerist' });
    expect(intro('Ich war 20 Jahre lang Buchhalterin')).toMatchObject({ occupation: 'Buchhalterin' });
  });

  it('reads "seit … putze ich als …" and "ich arbeit … als" but not a search for work', () => {
    expect(intro('Seit drei Jahren fahre ich als Chauffeur')).toMatchObject({ occupation: 'Chauffeur' });
    expect(intro('Ich arbeit in Hotel als Kellner')).toMatchObject({ occupation: 'Kellner' });
    expect(intro('Nun suche ich Arbeit als Kellner').occupation).toBeUndefined();
  });

  it('reads English "I was a …" only with a role noun', () => {
    expect(intro('I was a bus driver in Kenya')).toMatchObject({ occupation: 'bus driver' });
    expect(intro('I was a bit confused').occupation).toBeUndefined();
  });

  it('reads the role before "war ich" only when the taxonomy knows it', () => {
    expect(intro('Koch war ich schon in Syrien')).toMatchObject({ occupation: 'Koch' });
    expect(intro('Früher war ich oft krank').occupation).toBeUndefined();
  });
});

describe('jobs and fields asked for', () => {
  it('reads "öppis als" (a word starting with an umlaut)', () => {
    expect(intro('Hesch öppis als Maler?')).toMatchObject({ wishedJob: 'Maler' });
  });

  it('reads plural trainings and application papers as cues', () => {
    expect(intro('Gibt es Weiterbildungen zum Techniker?')).toMatchObject({ wishedJob: 'Techniker' });
    expect(intro('anbei meine Bewerbungsunterlagen als Logistiker')).toMatchObject({ wishedJob: 'Logistiker' });
  });

  it('reads Swiss "wiiterbilde" and a pause before "als … arbeiten"', () => {
    expect(intro('I möcht mi zum Elektriker wiiterbilde')).toMatchObject({ wishedJob: 'Elektriker' });
    expect(intro('Ich möchte nach der Elternzeit wieder als Floristin arbeiten')).toMatchObject({ wishedJob: 'Floristin' });
  });

  it('reads a position in a field of work, but not one once held', () => {
    expect(intro('Habt ihr Stellen in der Gastronomie?')).toMatchObject({ wishedJob: 'Gastronomie' });
    expect(intro('Gibt es Jobs in der Reinigung?')).toMatchObject({ wishedJob: 'Reinigung' });
    expect(intro('Ich hatte eine Stelle in der Reinigung abgeschlossen').wishedJob).toBeUndefined();
  });

  it('reads a direction of change ("Richtung Pflege umsatteln")', () => {
    expect(intro('Ich will Richtung Logistik umsteigen')).toMatchObject({ wishedJob: 'Logistik' });
  });

  it('reads the whole title the taxonomy knows after a wish', () => {
    expect(intro('Suche eine Lehrstelle als Kaufmann im Einzelhandel')).toMatchObject({ wishedJob: 'Kaufmann im Einzelhandel' });
  });
});

describe('Swiss quantities', () => {
  it('reads "Prozänt" as percent', () => {
    expect(parsePensum('so 70 bis 90 Prozänt')).toEqual({ min: 70, max: 90 });
  });

  it('reads "Johr" and "sit" for years', () => {
    expect(parseYears('8 Johr als Schriiner', NOW)).toBe(8);
    expect(parseYears('sit 2020 im Betrieb', NOW)).toBe(6);
  });

  it('reads time away from work as no experience («8 Jahre zu Hause mit den Kindern», «sit 2019 nüm im Bruef»)', () => {
    expect(parseYears('war 8 Jahre zu Hause mit den Kindern', NOW)).toBeUndefined();
    expect(parseYears('nach 5 Jahren Familienpause', NOW)).toBeUndefined();
    expect(parseYears('sit 2019 nüm im Bruef', NOW)).toBeUndefined();
    expect(parseYears('I stayed 4 years at home with my kids', NOW)).toBeUndefined();
    // The work before the break still counts.
    expect(parseYears('8 Jahre als Pflegerin, dann 5 Jahre Familienpause', NOW)).toBe(8);
  });
});
