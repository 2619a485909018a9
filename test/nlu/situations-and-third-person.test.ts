/**
 * Situations, kinds of position, ages of the person written for, «aus» typed for «als» and Swiss
 * "Muetersprach" (issue 12, tuning round on the understanding fixtures): new sentences built on the
 * same mechanisms, not copies of the fixtures' messages.
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { familyBreakWords, parsePositionKinds, parseSituation } from '../../src/nlu/hints';
import { findAge, parseIntroduction, type OccupationLookup } from '../../src/nlu/introductions';
import { parseLanguages } from '../../src/nlu/languages';

const NOW = new Date(Date.UTC(2026, 11, 7, 12));
const taxonomy = builtinTaxonomy();
const lookup: OccupationLookup = (phrase) => taxonomy.findOccupations(phrase, 'de-CH', 1)[0]?.confidence ?? 0;

describe('situations', () => {
  it('reads a family break told without the word "Wiedereinstieg" as a returner', () => {
    expect(parseSituation('Nach neun Jahren Familienzeit möchte ich zurück ins Berufsleben')).toBe('returner');
    expect(parseSituation('Ich war lange daheim mit den Kindern, jetzt sind sie gross')).toBe('returner');
    expect(parseSituation('Ich bi 12 Johr Hausfrau gsi')).toBe('returner');
    expect(parseSituation('I was a stay-at-home mom for eight years')).toBe('returner');
    expect(parseSituation('Nach fünf Jahren Pause wegen der Kinder suche ich Teilzeit')).toBe('returner');
  });

  it('reads a change of career told as "umsatteln", Swiss "Quereisteiger" or "was ganz anderes"', () => {
    expect(parseSituation('Ich möchte mit 45 nochmal umsatteln')).toBe('career_changer');
    expect(parseSituation('Ich bi Quereisteigerin')).toBe('career_changer');
    expect(parseSituation('Nach 15 Jahren im Verkauf will ich etwas ganz anderes machen')).toBe('career_changer');
    expect(parseSituation('Ich will weg vom Büro und in die Pflege')).toBe('career_changer');
    expect(parseSituation('Ich will etwas anderes als gestern essen')).toBeUndefined();
  });

  it('reads school leavers and pupils in everyday and Swiss words', () => {
    expect(parseSituation('Ich habe letztes Jahr mein Abi gemacht')).toBe('school_leaver');
    expect(parseSituation('Ich bin jetzt raus aus der Schule und suche was')).toBe('school_leaver');
    expect(parseSituation('Ich bi no Schüeler')).toBe('pupil');
    expect(parseSituation('i gang no i d Schuel')).toBe('pupil');
  });

  it('reads a severe disability and protected work as supported employment', () => {
    expect(parseSituation('Ich bin schwerbehindert und suche eine Stelle im Lager')).toBe('supported');
    expect(parseSituation('Er sucht einen Platz in einer geschützten Werkstatt')).toBe('supported');
  });
});

describe('a break for the family', () => {
  it('names the family and home of the break, which are no words of a field', () => {
    expect(familyBreakWords('Ich bin Anja, war 8 Jahre zu Hause mit den Kindern und will jetzt wieder einsteigen')).toEqual(['Hause', 'Kindern']);
    expect(familyBreakWords('Nach der Elternzeit für meine Tochter suche ich wieder etwas im Büro')).toEqual(['Tochter']);
    expect(familyBreakWords('I was a stay-at-home mum for 6 years with my kids')).toEqual(['home', 'kids']);
  });

  it('leaves children named as the work one wants', () => {
    expect(familyBreakWords('Ich möchte gern mit Kindern arbeiten, am liebsten in einer Kita')).toEqual([]);
  });
});

describe('kinds of position', () => {
  it('reads "was Festes" and Swiss "öppis Feschts" as permanent, a holiday job as temporary', () => {
    expect(parsePositionKinds('Ich suche endlich was Festes')).toEqual(['permanent']);
    expect(parsePositionKinds('am liebschte öppis Feschts')).toEqual(['permanent']);
    expect(parsePositionKinds('Hesch e feschti Stell für mi?')).toEqual(['permanent']);
    expect(parsePositionKinds('Ich suche einen Ferienjob im August')).toEqual(['temporary']);
  });

  it('leaves out a kind the message rules out, but not Swiss "no" (noch) nor "noch keine"', () => {
    expect(parsePositionKinds('Festanstellung, kei Temporärstell bitte')).toEqual(['permanent']);
    expect(parsePositionKinds('unbefristet, nix Befristetes')).toEqual(['permanent']);
    expect(parsePositionKinds('Hend ihr no Lehrstelle als Maurer?')).toEqual(['apprenticeship']);
    expect(parsePositionKinds('Ich habe noch keine Lehrstelle gefunden')).toEqual(['apprenticeship']);
  });
});

describe('ages', () => {
  it('reads the age of the person someone writes for', () => {
    expect(findAge('Meine Tochter ist 16 und sucht eine Lehrstelle', NOW)).toBe(16);
    expect(findAge('Mini Klientin isch 31 und het e IV-Rente', NOW)).toBe(31);
    expect(findAge('My daughter is 17 and loves animals', NOW)).toBe(17);
    expect(findAge('Ich schreibe für meinen Sohn, er ist 15', NOW)).toBe(15);
    expect(findAge('Mein Sohn (14) sucht eine Schnupperlehre', NOW)).toBe(14);
    expect(findAge('Ich begleite einen Klienten: 47, gelernter Maurer', NOW)).toBe(47);
    expect(findAge('Meine Tochter ist 80% krankgeschrieben', NOW)).toBeUndefined();
  });

  it('does not read how long someone worked as an age', () => {
    expect(findAge("I'm 49 and I have worked in kitchens for 25 years", NOW)).toBe(49);
    expect(findAge('Seit 20 Jahren bin ich Schreiner', NOW)).toBeUndefined();
  });
});

describe('occupations', () => {
  it('reads «aus» typed for «als» after a training when a role word follows', () => {
    expect(parseIntroduction('Ich ha e Lehr aus Schreiner gmacht', NOW, lookup).occupation).toBe('Schreiner');
    expect(parseIntroduction('Ich habe eine Ausbildung aus Syrien', NOW, lookup).occupation).toBeUndefined();
  });
});

describe('languages', () => {
  it('reads Swiss "Muetersprach" as native', () => {
    expect(parseLanguages('Türkisch isch mini Muetersprach')).toEqual([{ language: 'tr', level: 'native' }]);
  });
});
