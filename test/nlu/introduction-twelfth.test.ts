/**
 * Introductions in shapes first met in untuned17.json (twelfth session, branch u-entities): the sentences
 * here are new ones built on the same mechanisms, not copies of the set's messages.
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { parseIntroduction, type OccupationLookup } from '../../src/nlu/introductions';

const NOW = new Date(Date.UTC(2026, 11, 7, 12));
const taxonomy = builtinTaxonomy();
const lookup: OccupationLookup = (phrase) => taxonomy.findOccupations(phrase, 'de-CH', 1)[0]?.confidence ?? 0;
const intro = (text: string) => parseIntroduction(text, NOW, lookup);

describe('names and ages after a greeting', () => {
  it('reads Swiss «hie» (hier) and a home town between the name and «hier»', () => {
    expect(intro('Hoi, Jonas hie, 24, Maurer')).toMatchObject({ firstName: 'Jonas', age: 24, occupation: 'Maurer' });
    expect(intro('Guten Abend, Lena aus Bern hier')).toMatchObject({ firstName: 'Lena' });
  });

  it('reads a greeting with «there», an emoji, and «N’Abend»', () => {
    expect(intro('Hi there 🙂 Nora, 27, trained baker')).toMatchObject({ firstName: 'Nora', age: 27, occupation: 'baker' });
    expect(intro('N’Abend, Timo hier')).toMatchObject({ firstName: 'Timo' });
  });

  it('reads Swiss «d Anna wär da» with the age after an emoji', () => {
    expect(intro('Sali, d Seraina wär da 🙋 31 und Floristin vo Bruef')).toMatchObject({ firstName: 'Seraina', age: 31, occupation: 'Floristin' });
  });

  it('reads «bi de …, 17» in a message written all in lower case', () => {
    expect(intro('sali, bi de nico, 16, vo olte')).toMatchObject({ firstName: 'Nico', age: 16 });
    expect(intro('ich bi bi de migros, 20 jahre')).not.toHaveProperty('firstName', 'Migros');
  });

  it('reads a first name and surname before a role word (a surname may end like a role)', () => {
    expect(intro('Grüessech, Heidi Keller, Coiffeuse, us Thun')).toMatchObject({ firstName: 'Heidi' });
    expect(intro('Guten Tag, Anna Schneider, Malerin, wohnhaft in Olten')).toMatchObject({ firstName: 'Anna', occupation: 'Malerin' });
  });
});

describe('occupations', () => {
  it('leaves «früener»/«früher» out of a title after the name and age', () => {
    expect(intro('Hoi, da schriibt d Rösli, 58i, früener Verkäuferin').occupation).toBe('Verkäuferin');
  });

  it('ends an English title before «on», «living», «based»', () => {
    expect(intro('I was a forklift operator on night shifts').occupation).toBe('forklift operator');
    expect(intro('Hi, I am Ana, 30, a pharmacist living in Basel').occupation).toBe('pharmacist');
  });

  it('reads English «used to be a», «I have been a», «years as a», «freelance», and role nouns such as -smith, -clerk, -keeper', () => {
    expect(intro('I used to be a bank clerk, now I want something new').occupation).toBe('bank clerk');
    expect(intro("I've been a goldsmith for ten years").occupation).toBe('goldsmith');
    expect(intro('I have five years as a shop attendant').occupation).toBe('shop attendant');
    expect(intro("I'm a freelance interpreter for Tigrinya").occupation).toBe('interpreter');
    expect(intro("I'm a bit tired today").occupation).toBeUndefined();
  });

  it('takes the role word, not the noun after it, in «als X Y gemacht»', () => {
    expect(intro('Ich habe als Bürokauffrau Rechnungen geschrieben').occupation).toBe('Bürokauffrau');
    expect(intro('Ich habe als Verwaltungsangestellte Akten geführt').occupation).toBe('Verwaltungsangestellte');
  });

  it('reads «Als X <verb> ich» with any verb, without a qualifier', () => {
    expect(intro('Als Elektroplaner zeichne ich Schemas').occupation).toBe('Elektroplaner');
    expect(intro('Als gelernte Köchin bewerbe ich mich bei Ihnen').occupation).toBe('Köchin');
    expect(intro('Als Kind wollte ich Pilot werden').occupation).toBeUndefined();
  });

  it('reads a diploma named with a possessive («Mis Diplom als …»)', () => {
    expect(intro('Mis Diplom als Physiotherapeutin isch us Spanie').occupation).toBe('Physiotherapeutin');
  });

  it('reads a former role said without a verb, or before «gsi» after a duration', () => {
    expect(intro('Früher Maurer, heute suche ich was im Büro').occupation).toBe('Maurer');
    expect(intro('Ich bi 12 Johr Chauffeur gsi').occupation).toBe('Chauffeur');
    expect(intro('Früher Abend war besser').occupation).toBeUndefined();
  });

  it('reads «Title vo Bruef» after «und»', () => {
    expect(intro('Ich bi 40 und Schreiner vo Bruef').occupation).toBe('Schreiner');
  });
});
