/**
 * Entity readers on shapes first met in untuned20.json (fifteenth session, branch u-intents15): the person's
 * situation, kinds of position, the driving licence, language levels, ages and occupations in introductions.
 * New sentences on the same mechanisms, not the set's messages.
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { parseDrivingLicence, parsePositionKinds, parseSituation } from '../../src/nlu/hints';
import { parseIntroduction, type OccupationLookup } from '../../src/nlu/introductions';
import { parseLanguages } from '../../src/nlu/languages';

const NOW = new Date(Date.UTC(2026, 11, 7, 12));
const taxonomy = builtinTaxonomy();
const lookup: OccupationLookup = (phrase) => taxonomy.findOccupations(phrase, 'de-CH', 1)[0]?.confidence ?? 0;
const intro = (text: string) => parseIntroduction(text, NOW, lookup);

describe('situation', () => {
  it('reads Swiss «Wiedereistieg» and «Familiepause» and English returns to work as a return', () => {
    expect(parseSituation('bin Wiedereistiegerin, suech öppis Chliises')).toBe('returner');
    expect(parseSituation('nach füf Johr Familiepause')).toBe('returner');
    expect(parseSituation('I am returning to work next spring')).toBe('returner');
    expect(parseSituation('back to the job market after raising the children')).toBe('returner');
  });
  it('reads Swiss «Sekundarschuel» and «still at school» as a pupil', () => {
    expect(parseSituation('ich bi i de Sekundarschuel z Olte')).toBe('pupil');
    expect(parseSituation('I am still at school until summer')).toBe('pupil');
  });
});

describe('kinds of position', () => {
  it('reads Swiss «Feschtastellig» as permanent', () => {
    expect(parsePositionKinds('lieber e Feschtastellig')).toEqual(['permanent']);
  });
  it('reads Swiss «Lernendi» and a «Lehrbetrieb» sought as an apprenticeship', () => {
    expect(parsePositionKinds('nimmt de Garage no Lernendi?')).toEqual(['apprenticeship']);
    expect(parsePositionKinds('ich bruuch en andere Lehrbetrieb')).toEqual(['apprenticeship']);
  });
});

describe('driving licence', () => {
  it('reads a class C or D after «Kat.»', () => {
    expect(parseDrivingLicence('Kat. D hani sit zwöi Johr')).toBe(true);
  });
  it('reads a licence that «fehlt» as none', () => {
    expect(parseDrivingLicence('der Führerschein fehlt mir noch')).toBe(false);
  });
});

describe('language levels', () => {
  it('reads «basics» as A2', () => {
    expect(parseLanguages('Spanish only the basics')).toEqual([{ language: 'es', level: 'A2' }]);
  });
});

describe('introductions', () => {
  it('keeps a word cut off with a hyphen together with the word after «und»', () => {
    expect(intro('Ich bin 35, gelernte Haus- und Familienpflegerin und suche was in Ulm').occupation).toBe('Haus- und Familienpflegerin');
    expect(intro('Ich bewerbe mich als Fachkraft für Lager- und Logistikprozesse bei Ihnen.').wishedJob).toBe('Fachkraft für Lager- und Logistikprozesse');
  });
  it('reads an age after a title with a qualifier or with «und»', () => {
    expect(intro('Ich bi glernti Floristin, 27, und suech öppis Neus').age).toBe(27);
    expect(intro('Ich bin Koch und Konditor, 33, aus Ulm').age).toBe(33);
  });
  it('reads an age with the verb first («jetzt bin ich 18»)', () => {
    expect(intro('Schule abgebrochen, jetzt bin ich 18 und will arbeiten').age).toBe(18);
  });
  it('reads a role word before «bin ich» even when the taxonomy does not know the title', () => {
    expect(intro('Seilbahnführer bin ich sit 2015, meistens im Winter').occupation).toBe('Seilbahnführer');
    expect(intro('Früher war ich oft im Ausland').occupation).toBeUndefined();
  });
});
