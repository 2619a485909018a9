import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { resolveSkills } from '../../src/nlu/skill-resolver';
import type { Locale } from '../../src/profile/types';

const lexicon = skillLexicon();
/** Every concept a chat message yields, stored or asked. */
const named = (text: string, locale: Locale = 'de-CH') => resolveSkills(text, { locale, mode: 'message', lexicon }).skills.map((s) => s.label);

describe('a department named by its work is that work, a place is not', () => {
  it('keeps «im Verkauf», «im Einkauf» beside another skill', () => {
    expect(named('Ich habe im Verkauf gearbeitet und Regale aufgefüllt')).toContain('Verkauf');
    expect(named('SAP MM im Einkauf, drei Jahre lang.')).toContain('Einkauf und Beschaffung');
  });

  it('still drops a place worked in beside the work done there', () => {
    expect(named('Ich habe im Lager gearbeitet und Regale aufgefüllt')).not.toContain('Lagerbewirtschaftung');
    expect(named('Pflästern und Mauern im Gartenbau, 5 Jahre')).not.toContain('Garten- und Landschaftsbau');
  });

  it('reads the firm a workplace belongs to, and an employer with an adjective, as places', () => {
    expect(named('Ich ha i de Chuchi vom Altersheim abgwäsche')).not.toContain('Betreuung älterer Menschen');
    expect(named('Im Lager vom Baumarkt han i gschaffet')).not.toContain('Bau- und Heimwerkermarkt');
    expect(named('Wunden versorgen hab ich beim ambulanten Pflegedienst gemacht.')).not.toContain('Ambulante Pflege (Spitex)');
  });
});

describe('learning is not teaching', () => {
  it('reads «Lehr», Swiss «glehrt» and teaching oneself as learning', () => {
    expect(named('Bewerbig für d Lehr als Kaminfeger')).not.toContain('Unterrichten und Kurse geben');
    expect(named('i chan nähe und flicke, vo mim Grosi glehrt')).not.toContain('Unterrichten und Kurse geben');
    expect(named("I'm teaching myself JavaScript at the moment", 'en')).not.toContain('Teaching and training');
  });

  it('keeps teaching others', () => {
    expect(named('I have been teaching adults for years', 'en')).toContain('Teaching and training');
  });
});

describe('the one who writes for someone else', () => {
  it('does not give their own role to the profile', () => {
    expect(named("I'm a job coach writing for a client, former truck driver", 'en')).not.toContain('Teaching and training');
    expect(named("I'm a job coach writing for a client, former truck driver", 'en')).toContain('Truck driving');
    expect(named('Ich bin Jobcoach und schreibe für einen Klienten, er hat als Lastwagenfahrer gearbeitet')).not.toContain('Unterrichten und Kurse geben');
  });
});

describe('what was done to a thing in the passive is no skill', () => {
  it('reads «wurde meine Stelle gestrichen» as a job cut, not painting', () => {
    expect(named('Ich habe in der Buchhaltung gearbeitet, jetzt wurde meine Stelle gestrichen.')).not.toContain('Malerarbeiten');
    expect(named('Ich habe Wände gestrichen')).toContain('Malerarbeiten');
  });
});
