/**
 * What a person or a posting lists is read as a counsellor reads it: a qualification's certificate
 * marks do not change the occupation, alternatives are each read, an interest names its subject;
 * nothing is guessed where the words name nothing surely.
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy';
import { listedReading, personWords, resolvePhrases } from '../../src/nlu/phrases';
import { resolveSkills } from '../../src/nlu/skill-resolver';
import { interestSubject, nonSkillKind, qualificationReadings, withoutQualificationMarks } from '../../src/nlu/qualifications';
import type { Locale } from '../../src/profile/types';

const taxonomy = builtinTaxonomy();
const id = (slug: string) => taxonomy.get(slug)!.id;
const listed = (text: string, locale: Locale = 'de-CH') => resolvePhrases([{ text }], taxonomy, locale);

describe('listed qualifications: certificate marks, alternatives, interests', () => {
  it('reads a title without the marks of its certificate', () => {
    expect(withoutQualificationMarks('Dipl. Pflegefachperson HF/FH')).toBe('Pflegefachperson');
    expect(withoutQualificationMarks('Logistikfachmann mit eidg. FA')).toBe('Logistikfachmann');
    expect(withoutQualificationMarks('Chemikantin (IHK)')).toBe('Chemikantin');
    expect(withoutQualificationMarks('Staatlich anerkannte/r Erzieher/in')).toBe('Erzieher');
    expect(withoutQualificationMarks('Kaufmann/-frau für Büromanagement')).toBe('Kaufmann für Büromanagement');
    expect(withoutQualificationMarks('Landwirt (abgeschlossene Ausbildung)')).toBe('Landwirt');
  });

  it('a nurse with her diploma named is a nurse, in Switzerland and in Germany', () => {
    expect(listed('Dipl. Pflegefachperson HF/FH').occupations).toEqual([id('pflegefachmann')]);
    expect(listed('Examinierte Pflegefachkraft', 'de-DE').occupations).toEqual([id('pflegefachmann')]);
    expect(listed('Gesundheits- und Krankenpflegerin (examiniert)', 'de-DE').occupations).toEqual([id('pflegefachmann')]);
    expect(listed('Dipl. Pflegefachperson HF/FH').ownWords).toEqual([]);
  });

  it('a German title with "für" and a gendered half is the occupation ("Kaufmann/-frau für Büromanagement")', () => {
    expect(listed('Kaufmann/-frau für Büromanagement', 'de-DE').occupations).toEqual([id('kaufmann-bueromanagement')]);
    expect(listed('Kaufmann/Kauffrau für Spedition', 'de-DE').occupations).toEqual([id('kaufmann-spedition')]);
  });

  it('alternatives are each read: a posting asking for a Mechatroniker or an Elektroniker names both', () => {
    expect(qualificationReadings('Mechatroniker oder Elektroniker (abgeschlossene Ausbildung)').alternatives).toEqual(['Mechatroniker', 'Elektroniker']);
    expect(listedReading('Mechatroniker oder Elektroniker (abgeschlossene Ausbildung)', taxonomy, 'de-DE').occupations).toEqual([id('mechatroniker'), id('elektroniker-geraete-systeme')]);
    expect(listedReading('Polymechaniker oder Automatiker EFZ', taxonomy, 'de-CH').occupations).toEqual([id('polymechaniker-efz'), id('automatiker-efz')]);
  });

  it('a posting that asks for an occupation by its label names that occupation ("Fachkraft für Lagerlogistik")', () => {
    expect(listedReading('Fachkraft für Lagerlogistik', taxonomy, 'de-DE').occupations).toEqual([id('fachkraft-lagerlogistik')]);
  });

  it('an interest is read through its subject, at a basic level: "Freude am Kochen" is a wish to cook, not a cook', () => {
    expect(interestSubject('Interesse an Computern')).toBe('Computern');
    expect(interestSubject('CAD-Interesse')).toBe('CAD');
    expect(interestSubject('technisch interessiert')).toBe('technisch');
    const cooking = listed('Freude am Kochen');
    expect(cooking.skills).toEqual([expect.objectContaining({ conceptId: id('kochen'), level: 'basic' })]);
    expect(cooking.occupations).toEqual([]);
    expect(listed('technisch interessiert').skills.map((s) => s.conceptId)).toEqual([id('technik-interesse')]);
    expect(listed('Interesse an Computern und Netzwerken').skills.map((s) => s.conceptId)).toEqual([id('computerkenntnisse'), id('netzwerktechnik')]);
  });

  it('guesses nothing where the words name nothing surely', () => {
    expect(listed('Bautechniker oder Bauingenieur', 'de-DE')).toMatchObject({ occupations: [], skills: [], ownWords: ['Bautechniker oder Bauingenieur'] });
    expect(listedReading('Interesse an Menschen', taxonomy, 'de-CH')).toMatchObject({ occupations: [], skills: [] });
  });

  it('the one skill resolution reads a listed qualification the same way, as an import reads a posting\'s requirements', () => {
    const sure = (text: string, locale: Locale = 'de-DE') => resolveSkills(text, { locale, mode: 'phrase' }).skills.filter((s) => s.tier === 'sure').map((s) => s.conceptId);
    expect(sure('Dipl. Pflegefachperson HF/FH', 'de-CH')).toEqual([id('pflegefachmann')]);
    expect(sure('Examinierte Pflegefachkraft')).toEqual([id('pflegefachmann')]);
    expect(sure('Kaufmann/-frau für Büromanagement')).toEqual([id('kaufmann-bueromanagement')]);
    expect(sure('Bautechniker oder Bauingenieur')).toEqual([]);
  });

  it('school certificates, working conditions and situations are no skills: nothing is looked for, the words still count', () => {
    expect(nonSkillKind('Sekundarschule')).toBe('school');
    expect(nonSkillKind('Realschulabschluss angestrebt')).toBe('school');
    expect(nonSkillKind('Abitur oder guter Realschulabschluss')).toBe('school');
    expect(nonSkillKind('Schichtbereitschaft')).toBe('condition');
    expect(nonSkillKind('keine Nachtschicht mehr')).toBe('condition');
    expect(nonSkillKind('Teilzeit')).toBe('condition');
    expect(nonSkillKind('Wiedereinstieg nach Familienpause')).toBe('situation');
    // A skill that names a shift or a school is still a skill.
    expect(nonSkillKind('Schichtleitung')).toBeUndefined();
    expect(nonSkillKind('Nachhilfe für Sekundarschüler')).toBeUndefined();
    const words = personWords([{ text: 'keine Nachtschicht mehr' }, { text: 'Sekundarschule' }], '', taxonomy, 'de-DE');
    expect(words.ownWords).toEqual([]);
    expect(words.nonSkills).toEqual([
      { text: 'keine Nachtschicht mehr', kind: 'condition' },
      { text: 'Sekundarschule', kind: 'school' },
    ]);
    // The hybrid ranking still reads the condition ruled out in the person's words.
    expect(words.text).toBe('keine Nachtschicht mehr\nSekundarschule');
  });

  it('experience is read through its field, a word with a code through the code or else the word; a field is never guessed', () => {
    const skillsOf = (text: string) => listedReading(text, taxonomy, 'de-CH').skills.map((s) => s.conceptId);
    expect(skillsOf('Erfahrung im Verkauf')).toEqual([id('verkauf')]);
    // HACCP is food hygiene, not the hygiene of a hospital the word "Hygiene" alone names.
    expect(skillsOf('Hygiene HACCP')).toEqual([id('lebensmittelhygiene')]);
    expect(skillsOf('SAP MM')).toEqual([id('erp-systeme')]);
    expect(skillsOf('Zeiss Calypso')).toEqual([]);
    const sure = (text: string) => resolveSkills(text, { locale: 'de-CH', mode: 'phrase' }).skills.filter((s) => s.tier === 'sure').map((s) => s.label);
    expect(sure('Hygiene HACCP')).toEqual(['Lebensmittelhygiene']);
  });
});

describe('a self-description read for occupations', () => {
  it('reads «erst mal» as the adverb, not as the painter («Ich suche erst mal ein Praktikum»)', () => {
    const words = personWords([], 'Ich bin 15. Ich suche erst mal ein Praktikum und dann vielleicht eine Ausbildung.', taxonomy, 'de-DE');
    expect(words.occupations).toEqual([]);
    expect(personWords([], 'Ich bin gelernter Maler und suche eine Stelle.', taxonomy, 'de-DE').occupations).toEqual([id('maler-efz')]);
  });
});
