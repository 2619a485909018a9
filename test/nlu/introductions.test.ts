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

  it('never takes the pronoun of «Ich bin 44, Automechaniker» for a name, so Lotse does not greet a person as «Ich»', () => {
    expect(parseIntroduction('Ich bin 44, Automechaniker, muss raus aus der Werkstatt.', NOW)).toMatchObject({ firstName: undefined, age: 44 });
    expect(parseIntroduction('Hallo! Ich bin 17 und suche eine Lehrstelle.', NOW)).toMatchObject({ firstName: undefined, age: 17 });
    expect(parseIntroduction('Wir sind 3 Kinder und ich suche Teilzeit.', NOW).firstName).toBeUndefined();
  });

  it('reads the occupation said right after the age («Ich bin 44, Automechaniker»), so a trained person is not offered Lehrstellen', () => {
    expect(parseIntroduction('Ich bin 44, Automechaniker, muss raus aus der Werkstatt wegen dem Rücken.', NOW)).toMatchObject({ age: 44, occupation: 'Automechaniker' });
    expect(parseIntroduction('Bin 52 Jahre alt, Maurer und suche was Leichteres.', NOW)).toMatchObject({ age: 52, occupation: 'Maurer' });
    expect(parseIntroduction('i bi 38 u Schreiner', NOW)).toMatchObject({ age: 38, occupation: 'Schreiner' });
    // A state or a family role after the age is no occupation.
    expect(parseIntroduction('Ich bin 34, Mutter von zwei Kindern.', NOW).occupation).toBeUndefined();
    expect(parseIntroduction('Ich bin 17, Schüler und suche eine Lehrstelle.', NOW).occupation).toBeUndefined();
  });

  it('never takes an abbreviated occupation for a name, so Lotse does not greet a person as "MPA"', () => {
    expect(parseIntroduction('Ich bin MPA und habe zuletzt bei einer Krankenkasse gearbeitet.', NOW).firstName).toBeUndefined();
    expect(parseIntroduction('Hallo, ich bin die FaGe aus dem Spital', NOW).firstName).toBeUndefined();
    expect(parseIntroduction('Ich bin KV-Lernende im 2. Lehrjahr', NOW).firstName).toBeUndefined();
    expect(parseIntroduction('hallo ich bin der Kevin, 17', NOW).firstName).toBe('Kevin');
    expect(parseIntroduction('Hoi, ich bin Anna-Lena aus Olten', NOW).firstName).toBe('Anna-Lena');
  });

  it('reads lower-case chat style and a year of birth', () => {
    expect(extractEntities('hoi ich bin nina 17 us grenchen', NOW)).toMatchObject({ firstName: 'Nina', age: 17, placeName: 'Grenchen' });
    expect(parseIntroduction('Jahrgang 2004, wohne in Bern', NOW).age).toBe(22);
  });

  it('reads the occupation a person has from more phrasings', () => {
    const occupation = (text: string) => parseIntroduction(text, NOW).occupation;
    expect(occupation('Ich habe eine Ausbildung zur Pflegefachfrau abgeschlossen')).toBe('Pflegefachfrau');
    expect(occupation('Nach meiner Lehre als Maurer war ich fünf Jahre auf dem Bau')).toBe('Maurer');
    expect(occupation('Ich bin seit 5 Jahren Pflegefachfrau')).toBe('Pflegefachfrau');
    expect(occupation('Ich bin Koch')).toBe('Koch');
    expect(occupation('ich bin koch und suche arbeit')?.toLowerCase()).toBe('koch');
    expect(occupation('ich ha Schriiner glernt')).toBe('Schriiner');
    expect(occupation('ich schaffe als Chauffeur bi de Post')).toBe('Chauffeur');
    expect(occupation('Ich habe 12 Jahre Erfahrung als Koch')).toBe('Koch');
    expect(occupation('Ich mache eine Lehre als Coiffeuse')).toBe('Coiffeuse');
    expect(occupation("I'm a trained electrician")).toBe('electrician');
  });

  it('reads the job a person wishes for from more phrasings, and tells it from one they have', () => {
    const wished = (text: string) => parseIntroduction(text, NOW).wishedJob;
    expect(wished('Ich möchte Fachfrau Gesundheit werden')).toBe('Fachfrau Gesundheit');
    expect(wished('ich will später mal Koch werden')).toBe('Koch');
    expect(wished('i wett Schriiner wärde')).toBe('Schriiner');
    expect(wished('Ich möchte gerne als Fachfrau Betreuung arbeiten')).toBe('Fachfrau Betreuung');
    expect(wished('I want to become a nurse')).toBe('nurse');
    expect(parseIntroduction('I would like to work as a cook', NOW)).toEqual(expect.objectContaining({ wishedJob: 'cook', occupation: undefined }));
    expect(wished('Ich suche was als Verkäuferin')).toBe('Verkäuferin');
    expect(parseIntroduction('Ich habe eine Lehre als Koch und suche jetzt eine Stelle als Küchenchef', NOW)).toMatchObject({ occupation: 'Koch', wishedJob: 'Küchenchef' });
    expect(parseIntroduction('Ich habe 10 Jahre als Koch gearbeitet und möchte jetzt als Hauswart arbeiten', NOW)).toMatchObject({ occupation: 'Koch', wishedJob: 'Hauswart' });
  });

  it('reads ages written as a year of birth, a word or Swiss German, and no school year as an age', () => {
    const age = (text: string) => parseIntroduction(text, NOW).age;
    expect(age('Jg. 08, wohne in Olten')).toBe(18);
    expect(age('Ich bin 2007 geboren')).toBe(19);
    expect(age('ich bi 17i und wohne z Olten')).toBe(17);
    expect(age('Ich bin siebzehn Jahre alt')).toBe(17);
    expect(age('Ich bin eine 17-jährige Schülerin')).toBe(17);
    expect(age('Ich bin im 2. Lehrjahr als Koch')).toBeUndefined();
    expect(age('ich bin in der 9. Klasse')).toBeUndefined();
  });

  it('reads a name after "Hier ist", "Name:" or under a letter, but not a role or a possessive', () => {
    const name = (text: string) => parseIntroduction(text, NOW).firstName;
    expect(name('Hier ist Lea, ich suche eine Lehrstelle')).toBe('Lea');
    expect(name('Name: Lea Meier')).toBe('Lea');
    expect(name('Sehr geehrte Damen und Herren, anbei meine Bewerbung.\nFreundliche Grüsse\nDragan Petrović')).toBe('Dragan');
    expect(name('Hier ist mein Lebenslauf')).toBeUndefined();
    expect(name('Ich bin Koch')).toBeUndefined();
    expect(name("I'm a bit lost")).toBeUndefined();
  });
});
