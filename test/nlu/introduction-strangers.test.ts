/**
 * Introductions in shapes first met in untuned10.json (issue 12, fifth round): the sentences here
 * are new ones built on the same mechanisms, not copies of the set's messages.
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { extractEntities } from '../../src/nlu/entities';
import { parseDrivingLicence, parsePositionKinds, parseSituation } from '../../src/nlu/hints';
import { parseIntroduction, type OccupationLookup } from '../../src/nlu/introductions';
import { parsePensum, parseYears } from '../../src/nlu/quantities';
import { answerBias } from '../../src/nlu/understand';

const NOW = new Date(Date.UTC(2026, 11, 6, 12));
const taxonomy = builtinTaxonomy();
const lookup: OccupationLookup = (phrase) => taxonomy.findOccupations(phrase, 'de-CH', 1)[0]?.confidence ?? 0;
const intro = (text: string) => parseIntroduction(text, NOW, lookup);

describe('first names', () => {
  it('reads Bernese "ig heisse", the typo "heise" and the mixed "mein name is"', () => {
    expect(intro('Grüessech, ig heisse Vreni')).toMatchObject({ firstName: 'Vreni' });
    expect(intro('guten tag ich heise Samuel und suche arbeit').firstName).toBe('Samuel');
    expect(intro('hello mein name is Oksana').firstName).toBe('Oksana');
  });

  it('reads "heisse X" without "ich" at the start of a clause, even a name that ends like a role', () => {
    expect(intro('Guten Abend, bin erst seit Mai hier, heisse Karin').firstName).toBe('Karin');
    expect(intro('Das ist eine heisse Sache').firstName).toBeUndefined();
  });

  it('reads a name before "hier", "here" or "am Apparat" after a stretched or addressed greeting, with a surname', () => {
    expect(intro('Hiii, Lukas hier')).toMatchObject({ firstName: 'Lukas' });
    expect(intro('Hallo zusammen, Nadja hier aus Bern').firstName).toBe('Nadja');
    expect(intro('Guten Tag, Beat Keller am Apparat').firstName).toBe('Beat');
    expect(intro('Hi, Priya here, looking for work').firstName).toBe('Priya');
    expect(intro('Hallo, ich bin hier neu').firstName).toBeUndefined();
  });

  it('reads a capitalised name before "da" at the end of the first clause', () => {
    expect(intro('Moin, Jannik da, suche was im Lager').firstName).toBe('Jannik');
    expect(intro('Hallo, Frage da: gibt es Lehrstellen?').firstName).toBeUndefined();
  });

  it('reads a capitalised name with an age as the first clause after a greeting, not a town', () => {
    expect(intro('Hey! Leonie, 17, aus Olten, suche eine Lehrstelle')).toMatchObject({ firstName: 'Leonie', age: 17 });
    expect(intro('Hallo! Olten, 25 km Umkreis').firstName).toBeUndefined();
  });

  it('reads Swiss "bi d Name" only with an age after it ("bi de Migros" is a place of work)', () => {
    expect(intro('Hoi zäme, bi d Corinne, 29, und sueche öppis')).toMatchObject({ firstName: 'Corinne', age: 29 });
    expect(intro('Hoi, bi de Migros gsi, 3 Jahr lang').firstName).toBeUndefined();
  });

  it('reads a lower-case name followed by ", bin NN"', () => {
    expect(intro('hey ich bin timo, bin 19 und suche was').firstName).toBe('Timo');
  });
});

describe('ages', () => {
  it('reads the Swiss suffixes "-i" and Bernese "-gi" anywhere, but not a time of day', () => {
    expect(intro('Sali, ich bi de Nico us Olten, 17i, und wett Maurer wärde').age).toBe(17);
    expect(intro('Grüessech, bi 52gi u sueche Arbeit').age).toBe(52);
    expect(intro('Chum am 10i verbi').age).toBeUndefined();
  });

  it('reads a number that is a clause of its own after the name and the role', () => {
    expect(intro('Hallo, ich bin Goran, Maler, 48')).toMatchObject({ firstName: 'Goran', age: 48 });
    expect(intro('Servus, ich bin der Sepp, Zimmerer, 61, aus Rosenheim').age).toBe(61);
  });
});

describe('occupations', () => {
  it('reads "examinierte" and "staatlich geprüfte" as qualifiers before the title', () => {
    expect(intro('Ich bin examinierter Krankenpfleger').occupation).toBe('Krankenpfleger');
    expect(intro('Ich bin staatlich geprüfte Technikerin').occupation).toBe('Technikerin');
  });

  it('reads a role after the name with a surname, a home town or "hier"', () => {
    expect(intro('Guten Tag, ich bin Murat Demir, 44, Elektroniker, und suche eine neue Stelle').occupation).toBe('Elektroniker');
    expect(intro('Hallo, ich bin Igor aus Reutlingen, Busfahrer seit 12 Jahren').occupation).toBe('Busfahrer');
    expect(intro('Ich bin Lea aus Aarau, 17').occupation).toBeUndefined();
  });

  it('drops an English qualifier after the article and reads a technology before an English role noun', () => {
    expect(intro("Hi, I'm Ana, 29, a qualified welder").occupation).toBe('welder');
    expect(intro('Hello, Tomasz here, Python developer with 5 years of experience').occupation).toBe('Python developer');
  });

  it('reads a dialect title after a message-initial "Bi" when it starts with a role word', () => {
    expect(intro('Bi Fachmann Betriebsunterhalt und ha lang im Spital gschaffet').occupation).toBe('Fachmann Betriebsunterhalt');
    expect(intro('Bi Fachfrau Gsundheit').occupation).toBe('Fachfrau Gsundheit');
  });
});

describe('wished jobs', () => {
  it('reads "möchte arbeiten als X" and the question "Kann ich als X arbeiten?"', () => {
    expect(intro('Ich möchte arbeiten als Gärtner').wishedJob).toBe('Gärtner');
    expect(intro('Kann ich vorerst als Hilfskoch arbeiten?').wishedJob).toBe('Hilfskoch');
  });

  it('reads compound position words ("Teilziitstell", "Ausbildungsplätze") and "schnuppern als"', () => {
    expect(intro('I sueche e Vollziitstell als Chauffeur').wishedJob).toBe('Chauffeur');
    expect(intro('Habt ihr Ausbildungsplätze zum Mechatroniker?').wishedJob).toBe('Mechatroniker');
    expect(intro('Darf ich schnuppern als Schreiner?').wishedJob).toBe('Schreiner');
    expect(intro('Ich möchte mich vorstellen als neue Mitarbeiterin').wishedJob).toBeUndefined();
  });
});

describe('position kinds, Pensum and situation', () => {
  it('reads an occupation one wants to learn as an apprenticeship', () => {
    expect(extractEntities('Ich würde gern Koch lernen', NOW, lookup).positionKinds).toEqual(['apprenticeship']);
    expect(extractEntities('Ich möchte Deutsch lernen', NOW, lookup).positionKinds).toBeUndefined();
  });

  it('reads the certificate of an occupation the person has as what they learned, not a wish for a Lehrstelle', () => {
    expect(extractEntities('Ich bin Maurer EFZ, 36. Der Arzt sagt: kein Bau mehr.', NOW, lookup).positionKinds).toBeUndefined();
    expect(extractEntities('Bin gelernte Kauffrau EFZ und suche Teilzeit', NOW, lookup).positionKinds).toBeUndefined();
    expect(extractEntities('Ich suche eine Lehrstelle als Maurer EFZ', NOW, lookup).positionKinds).toEqual(['apprenticeship']);
    expect(extractEntities('Ich möchte Koch EFZ werden', NOW, lookup).positionKinds).toEqual(['apprenticeship']);
  });

  it('reads Swiss "Festastellig", "wieder iistiige", "Teilziit" and "ganztags"', () => {
    expect(parsePositionKinds('sueche e Festastellig')).toEqual(['permanent']);
    expect(parsePositionKinds('ich habe festgestellt, dass es schwer ist')).toEqual([]);
    expect(parseSituation('möcht wieder iistiige')).toBe('returner');
    expect(parsePensum('lieber Teilziit')).toEqual({ min: 50, max: 90 });
    expect(parsePensum('ich will ganztags arbeiten')).toEqual({ min: 100, max: 100 });
  });
});

describe('the answer bias', () => {
  it('keeps a change of languages that names a language, while a statement naming languages stays an answer', () => {
    const unsure = { name: 'edit_languages' as const, confidence: 0.6 };
    expect(answerBias(unsure, { skills: false, languages: true }).name).toBe('edit_languages');
    expect(answerBias({ name: 'help', confidence: 0.6 }, { skills: false, languages: true }).name).toBe('none');
    expect(answerBias(unsure, { skills: true, languages: true }).name).toBe('none');
  });
});

describe('shapes first met in untuned9.json', () => {
  it('reads a first name that ends like a role when it is a known first name ("Kevin", "Martin")', () => {
    expect(intro('Guten Tag, ich bin Kevin und suche Arbeit').firstName).toBe('Kevin');
    expect(intro('ich bin Martin, 40').firstName).toBe('Martin');
  });

  it('reads a name and a Swiss age without a comma between them after a greeting', () => {
    expect(intro('Sali, Jonas 16i us Olten, sueche e Lehrstell')).toMatchObject({ firstName: 'Jonas', age: 16 });
  });

  it('reads a Swiss participle after a finished training and "gearbeitet … als" with words between', () => {
    expect(intro('ha d Lehr als Koch abgschlosse').occupation).toBe('Koch');
    expect(intro('ich habe lange gearbeitet in Polen als fahrer').occupation).toBe('fahrer');
  });

  it('reads an English role noun after "I am" without an article, not an adjective', () => {
    expect(intro('Hi, I am baker from Eritrea').occupation).toBe('baker');
    expect(intro('I am eager to start soon').occupation).toBeUndefined();
  });

  it('reads a doubled-letter typo of "Stelle" as a position', () => {
    expect(intro('suche eine lehrstele als gärtner').wishedJob).toBe('gärtner');
    expect(parsePositionKinds('suche eine lehrstele')).toEqual(['apprenticeship']);
  });

  it('reads a licence denied after "habe ich … noch nicht"', () => {
    expect(parseDrivingLicence('Den Fahrausweis habe ich bis jetzt noch nicht')).toBe(false);
    expect(parseDrivingLicence('Den Fahrausweis habe ich seit zwei Jahren')).toBe(true);
  });

  it('reads years of experience after an «ß» earlier in the message, and «volles Pensum»', () => {
    expect(parseYears('Ich heiße Ute und bin seit 12 Jahren Köchin', NOW)).toBe(12);
    expect(parsePensum('volles Pensum, bitte')).toEqual({ min: 100, max: 100 });
  });
});
