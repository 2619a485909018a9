import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { parseIntroduction, type OccupationLookup } from '../../src/nlu/introductions';
import { createUnderstander } from '../../src/nlu/understand';
import type { Locale } from '../../src/profile/types';

const NOW = new Date(Date.UTC(2026, 11, 7, 12));
const taxonomy = builtinTaxonomy();
const lookup: OccupationLookup = (phrase) => taxonomy.findOccupations(phrase, 'de-CH', 1)[0]?.confidence ?? 0;
const understander = createUnderstander(taxonomy, { now: () => NOW });
const skills = (text: string, locale: Locale = 'de-CH') => understander.understand(text, locale).skills.map((s) => taxonomy.label(s.conceptId, 'de-CH'));
const intro = (text: string) => parseIntroduction(text, NOW, lookup);

describe('a job title the writer names as their own yields its occupation’s core skill', () => {
  it('reads a title before «vo Bruef» / «von Beruf», not one said of someone else', () => {
    expect(intro('hallo, ich bi d Nadine, MPA vo Bruef, und würd gern wieder in ere Hausarztpraxis schaffe').occupation).toBe('MPA');
    expect(skills('hallo, ich bi d Nadine, MPA vo Bruef, und würd gern wieder in ere Hausarztpraxis schaffe')).toContain('Praxisorganisation und Patientenempfang');
    expect(skills('Mini Mueter isch MPA vo Bruef')).toEqual([]);
    expect(skills('möchte MPA werden')).toEqual([]);
  });

  it('reads a Swiss article between «bin ich» and the title («bin ich d Filialleiterin gsi»)', () => {
    expect(intro('Im Volg bin ich d Filialleiterin gsi, 6 Persone').occupation).toBe('Filialleiterin');
    expect(skills('Im Volg bin ich d Filialleiterin gsi, 6 Persone')).toContain('Kunden im Laden beraten');
  });

  it('takes an apprenticeship being finished as the occupation, not as a wish', () => {
    expect(intro('Silvan da, 19i, us Bern, mach grad d Lehr als Drucktechnologe fertig')).toMatchObject({ occupation: 'Drucktechnologe', wishedJob: undefined });
    expect(skills('Silvan da, 19i, us Bern, mach grad d Lehr als Drucktechnologe fertig')).toContain('Drucktechnik');
  });

  it('takes a return to a job («wieder als … einsteigen») as the occupation held and the job asked for', () => {
    expect(intro('nach meiner Elternzeit möchte ich wieder als Steuerfachangestellte einsteigen')).toMatchObject({ occupation: 'Steuerfachangestellte', wishedJob: 'Steuerfachangestellte' });
    expect(skills('nach meiner Elternzeit möchte ich wieder als Steuerfachangestellte einsteigen', 'de-DE')).toContain('Buchhaltung');
    expect(intro('möchte nie wieder als Koch arbeiten').occupation).toBeUndefined();
    expect(intro('möchte als Steuerfachangestellte einsteigen').occupation).toBeUndefined();
  });

  it('reads English titles: -ician nouns and a title after the town', () => {
    expect(intro('I was a lab technician in a hospital, blood tests').occupation).toBe('lab technician');
    expect(intro('hi i am Mehmet 33 from Aarau, car body repairer, looking for job').occupation).toBe('car body repairer');
    expect(skills('hi i am Mehmet 33 from Aarau, car body repairer, looking for job', 'en')).toContain('Karosseriebau');
    expect(skills('I was a car body technician, dent repair', 'en')).toContain('Karosseriebau');
    expect(skills('I want to become a car body technician', 'en')).toEqual([]);
  });

  it('drops a skill read from a part of the title the occupation does not have («dental nurse» is no nurse)', () => {
    expect(skills("I'm a dental nurse, did sterilisation", 'en')).toContain('Assistenz in der Zahnmedizin');
    expect(skills("I'm a dental nurse, did sterilisation", 'en')).not.toContain('Grundpflege');
  });
});
