import { parseIntroduction } from '../../src/nlu/introductions';
import { extractEntities } from '../../src/nlu/entities';

const NOW = new Date(Date.UTC(2026, 11, 5, 12));

describe('introductions', () => {
  it('reads name, age and place from a self-introduction', () => {
    expect(extractEntities('Hallo, ich bin Samira, 23 Jahre alt, aus Aarau.', NOW)).toMatchObject({ firstName: 'Samira', age: 23, placeName: 'Aarau' });
  });

  it('reads a letter-style introduction with a wished job', () => {
    expect(parseIntroduction('Sehr geehrte Damen und Herren, mein Name ist Goran Jovanović, ich bewerbe mich als Lagerlogistiker.', NOW)).toMatchObject({
      firstName: 'Goran',
      wishedJob: 'Lagerlogistiker',
    });
  });

  it('tells the occupation a person has from the one asked for', () => {
    expect(parseIntroduction('Ich bin gelernte Floristin und suche eine Stelle als Verkäuferin', NOW)).toMatchObject({ occupation: 'Floristin', wishedJob: 'Verkäuferin' });
    expect(parseIntroduction('Ich habe eine Lehre als Maler abgeschlossen', NOW)).toEqual(expect.objectContaining({ occupation: 'Maler', wishedJob: undefined }));
  });

  it('takes no role, state or percentage for a name or an age', () => {
    expect(parseIntroduction('Ich bin Elektriker und suche Arbeit', NOW).firstName).toBeUndefined();
    expect(parseIntroduction('I am confused, what should I type?', NOW).firstName).toBeUndefined();
    expect(parseIntroduction('zwischen 70 und 90 Prozent', NOW).age).toBeUndefined();
    expect(parseIntroduction('Ich habe 12 Jahre Erfahrung als Koch', NOW).age).toBeUndefined();
  });

  it('reads lower-case chat style and a year of birth', () => {
    expect(extractEntities('hoi ich bin nina 17 us grenchen', NOW)).toMatchObject({ firstName: 'Nina', age: 17, placeName: 'Grenchen' });
    expect(parseIntroduction('Jahrgang 2004, wohne in Bern', NOW).age).toBe(22);
  });
});
