import { OCCUPATIONS, SOURCES, WRITTEN_ON } from '../../src/welcome/recognition-data';
import { acceptsEnglish, courseLevel, findCountry, findOccupation, germanCourses, germanFit, nextGermanLevel, recognitionRule } from '../../src/welcome/welcome';
import { training } from '../matching/helpers';

const NOW = new Date('2026-12-01T00:00:00Z');
const later = new Date('2027-01-10T00:00:00Z');

describe('welcome desk rules', () => {
  it('reads the occupation and the country of origin from English and German messages', () => {
    expect(findOccupation('I am a nurse from the Philippines')?.id).toBe('nurse');
    expect(findOccupation('Ich bin Krankenschwester aus Italien')?.id).toBe('nurse');
    expect(findOccupation('I worked as an electronics technician')?.id).toBe('electronics');
    expect(findOccupation('I bake bread')).toBeUndefined();
    expect(findCountry('I am a nurse from the Philippines')).toEqual({ code: 'PH', euEfta: false });
    expect(findCountry('Ich komme aus Italien')).toEqual({ code: 'IT', euEfta: true });
    expect(findCountry('from Atlantis')).toBeUndefined();
  });

  it('names for each occupation and country of work whether it is regulated and an authority with a web address', () => {
    expect(WRITTEN_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(SOURCES.DE.map((s) => s.url)).toContain('https://www.anerkennung-in-deutschland.de');
    expect(SOURCES.CH.map((s) => s.url)).toContain('https://www.sbfi.admin.ch/diploma');
    const nurse = OCCUPATIONS.find((o) => o.id === 'nurse')!;
    expect(recognitionRule(nurse, 'CH')).toMatchObject({ regulated: true, authority: expect.stringContaining('Rotes Kreuz') });
    expect(recognitionRule(nurse, 'DE').regulated).toBe(true);
    const electronics = OCCUPATIONS.find((o) => o.id === 'electronics')!;
    expect(recognitionRule(electronics, 'DE')).toMatchObject({ regulated: false, authority: expect.stringContaining('IHK FOSA') });
    for (const o of OCCUPATIONS) for (const country of ['CH', 'DE'] as const) expect(o.rules[country].url).toMatch(/^https:\/\//);
  });

  it('lets the German level decide: met, one level up "mit Deutschkurs", further off not proposed', () => {
    const job = (level: 'A2' | 'B1' | 'B2' | 'C1') => ({ languages: [{ language: 'de', level }] });
    expect(germanFit(job('B1'), 'B1')).toBe('fits');
    expect(germanFit(job('A2'), 'B1')).toBe('fits');
    expect(germanFit(job('B1'), 'A2')).toBe('with_course');
    expect(germanFit(job('B2'), 'A2')).toBe('too_high');
    expect(germanFit(job('C1'), 'B1')).toBe('too_high');
    expect(germanFit({ languages: [] }, undefined)).toBe('fits');
    expect(germanFit(job('A2'), undefined)).toBe('too_high');
    expect(acceptsEnglish({ languages: [{ language: 'en', level: 'B2' }, { language: 'de', level: 'A2' }] })).toBe(true);
    expect(acceptsEnglish(job('B1'))).toBe(false);
  });

  it('proposes German courses that lead to the next level, in the country of work or online', () => {
    expect(nextGermanLevel('A2')).toBe('B1');
    expect(nextGermanLevel(undefined)).toBe('A1');
    expect(nextGermanLevel('native')).toBeUndefined();
    expect(courseLevel({ title: 'Deutsch für Pflegeberufe B2' })).toBe('B2');
    expect(courseLevel({ title: 'Englisch B2' })).toBeUndefined();
    const courses = [
      training({ title: 'Deutsch B1 – Intensivkurs', country: 'CH', startDate: later }),
      training({ title: 'Deutsch B1 – Berufssprachkurs', country: 'DE', startDate: later }),
      training({ title: 'Deutsch B1 online', country: 'DE', online: true, startDate: later }),
      training({ title: 'Deutsch B2', country: 'CH', startDate: later }),
      training({ title: 'Deutsch B1 – schon vorbei', country: 'CH', startDate: new Date('2026-10-01T00:00:00Z') }),
    ];
    expect(germanCourses(courses, 'A2', 'CH', NOW).map((t) => t.title)).toEqual(['Deutsch B1 – Intensivkurs', 'Deutsch B1 online']);
    expect(germanCourses(courses, 'B1', 'CH', NOW).map((t) => t.title)).toEqual(['Deutsch B2']);
  });
});
