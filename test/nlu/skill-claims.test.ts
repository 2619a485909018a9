import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { resolveSkills } from '../../src/nlu/skill-resolver';
import type { Locale } from '../../src/profile/types';

const lexicon = skillLexicon();
/** Every concept a chat message yields, stored or asked. */
const named = (text: string, locale: Locale = 'de-CH') => resolveSkills(text, { locale, mode: 'message', lexicon }).skills.map((s) => s.label);

describe('a skill the writer does not claim is not theirs', () => {
  it('leaves out technologies and skills named in a question to the company', () => {
    expect(named('Arbeitet ihr mit SAP?')).toEqual([]);
    expect(named('Muss ich schweissen können?')).toEqual([]);
    expect(named('Kann ich mit Excel-Kenntnissen bei euch anfangen?')).toEqual([]);
  });

  it('keeps the skill of a statement before the question', () => {
    expect(named('Ich kann schweissen, habt ihr etwas für mich?')).toEqual(['Schweissen']);
  });

  it('leaves out what the writer says they cannot do or have never done', () => {
    expect(named('Schweissen kann ich leider nicht')).toEqual([]);
    expect(named('Ich habe keine Erfahrung mit SAP')).toEqual([]);
    expect(named('Ich habe nie programmiert')).toEqual([]);
    expect(named('I have no experience with Python', 'en')).toEqual([]);
  });

  it('keeps what follows the denial and a skill only done less well', () => {
    expect(named('Ich habe keine Erfahrung im Verkauf, aber ich kann kochen')).toEqual(['Kochen']);
    expect(named('Ich kann Excel, aber kein SAP')).toEqual(['Microsoft Excel']);
    expect(named('Excel kann ich nicht so gut')).toEqual(['Microsoft Excel']);
    expect(named('Ich habe nicht viel Erfahrung mit Excel')).toEqual(['Microsoft Excel']);
  });

  it('leaves out what the writer finds hard, both things where two are named', () => {
    expect(named('Rechnen fällt mir schwer')).toEqual([]);
    expect(named('Lesen und Rechnen fallen mir schwer, aber ich arbeite gern mit Metall')).not.toContain('Mathematik');
  });

  it('reads a day of the week or an hour as when one works, not as a skill', () => {
    expect(named('Am liebsten Montag bis Freitag')).not.toContain('Montage von Maschinen und Baugruppen');
    expect(named('Spätschicht bis 20 Uhr ist zu lang')).not.toContain('Uhrmacherei und Feinmechanik');
    expect(named('Ich repariere Uhren')).toContain('Uhrmacherei und Feinmechanik');
  });

  it('leaves out what the writer wishes for, looks for or wants to learn', () => {
    expect(named('Ich suche eine Stelle mit Python')).toEqual([]);
    expect(named('Ich interessiere mich für Informatik')).toEqual([]);
    expect(named('I would like to learn React', 'en')).toEqual([]);
    expect(named('Ich brauche Beratung')).toEqual([]);
  });

  it('keeps the trade named before the search', () => {
    expect(named('Ich kann schweissen und suche eine Stelle')).toEqual(['Schweissen']);
  });
});

describe('a typo guess must be a likely typo', () => {
  it('does not read a short word, another first letter or an abbreviation as a typo', () => {
    expect(named('Ich habe Kühe gemolken')).not.toContain('Kochen');
    expect(named('Ich war Hausfrau')).not.toContain('Büroorganisation');
    expect(named('Ich habe eine Frage')).toEqual([]);
  });

  it('still reads a misspelt product name', () => {
    expect(named('Javascipt')).toEqual(['JavaScript']);
  });
});

describe('everyday words that look like skills', () => {
  it('reads English words that name a technology as the words when written so', () => {
    expect(named('rust on my car', 'en')).toEqual([]);
    expect(named('spring break', 'en')).toEqual([]);
    expect(named('I know Rust and Go', 'en')).toEqual(['Rust', 'Go']);
  });

  it('reads a singer or a concert as no programming language', () => {
    expect(named('Taylor Swift Konzert')).toEqual([]);
    expect(named('Ich kann Swift und Kotlin')).toEqual(['Swift', 'Kotlin']);
  });

  it('keeps a technology whose everyday sense belongs to another name: a game in Java, coffee beside Python', () => {
    expect(named('I developed a game in Java', 'en')).toContain('Java');
    expect(named('Ich programmiere Python und trinke dabei Kaffee')).toContain('Python');
    expect(named('ich programmiere in go')).toContain('Go');
  });

  it('reads inherited object keys typed as words as nothing, without failing', () => {
    expect(named('constructor')).toEqual([]);
    expect(named('__proto__ toString hasOwnProperty')).toEqual([]);
  });

  it('does not read one\'s health insurance as a skill: «Kasse» in «Krankenkasse» is no till', () => {
    expect(named('Ich habe die Krankenkasse gewechselt')).toEqual([]);
    expect(named('Krankenkasse')).not.toContain('Kasse bedienen');
  });
});

describe('a compound is read when both its parts fit one skill', () => {
  it('reads the work a compound names through its thing and its action', () => {
    expect(named('Staplerbedienung')).toEqual(['Gabelstapler fahren']);
    expect(named('Bodenreinigung')).toEqual(['Reinigung']);
    expect(named('Altenbetreuung')).toEqual(['Betreuung älterer Menschen']);
  });

  it('reads a general head of care by the one skill its label names the thing of', () => {
    expect(named('Wundpflege')).toEqual(['Wundversorgung']);
  });

  it('reads nothing where only one part fits or the head is a thing', () => {
    expect(named('Kassensturz')).not.toContain('Kasse bedienen');
    expect(named('Krankenkassenprämie')).toEqual([]);
    expect(named('Arzttermin')).toEqual([]);
    expect(named('Lagerkoller')).toEqual([]);
  });
});

describe('an employer is where, not what', () => {
  it('leaves out the shop or firm named after «bei» when the message names the work', () => {
    expect(named('Ich habe bei Coop an der Kasse gearbeitet')).toEqual(['Kasse bedienen']);
    expect(named('Ich arbeite als Lagerist bei Migros')).toEqual(['Lagerbewirtschaftung']);
  });
});

describe('a specific skill stands for its general one', () => {
  it('keeps the welding process and not welding in general', () => {
    expect(named('I can weld MIG and TIG', 'en')).toEqual(['MAG welding', 'TIG welding']);
    expect(named('Käse verkaufen an der Theke')).not.toContain('Verkauf');
    expect(named('Schweisen MAG')).toEqual(['MAG-Schweissen']);
  });

  it('keeps a general skill named as an item of its own in a list', () => {
    expect(named('Ich kann Schweissen, MAG und WIG')).toEqual(['Schweissen', 'MAG-Schweissen', 'WIG-Schweissen']);
    expect(named('ich chan schwiisse, aber nur MAG')).toEqual(['Schweissen', 'MAG-Schweissen']);
  });
});

describe('a request to edit the profile', () => {
  it('reads no skill in its verb', () => {
    expect(named('Füeg bitte no Excel dezue')).toEqual(['Microsoft Excel']);
    expect(named('Bitte füge Staplerfahren zu meinen Fähigkeiten hinzu')).toEqual(['Gabelstapler fahren']);
    expect(named('Bauteile fügen und verschrauben')).toContain('Schraub- und Verbindungstechnik');
  });

  it('reads Swiss "no" as "noch", not as a denial', () => {
    expect(named('Ich cha no Excel')).toEqual(['Microsoft Excel']);
    expect(named('I have no Excel skills', 'en')).toEqual([]);
  });
});

describe('a verb done to a named thing', () => {
  it('adds no general skill of its own after the noun whose skill says the work', () => {
    expect(named('Solaranlagen montiert')).toEqual(['Photovoltaikanlagen installieren']);
    expect(named('Ich habe in der Schreinerei Holz geschliffen')).not.toContain('Schleifen');
  });

  it('keeps a verb whose skill is named together with the noun\'s', () => {
    expect(named('Ich programmiere Python')).toEqual(['Programmieren', 'Python']);
  });
});

describe('Swiss words of learning and cutting', () => {
  it('reads «glehrt» as learned, not taught, and cutting vegetables as no tailoring', () => {
    expect(named('Ich ha Schwiisse glehrt')).toEqual(['Schweissen']);
    expect(resolveSkills('Ich ha Gmüess gschnitte', { locale: 'de-CH', mode: 'message', lexicon }).skills.filter((s) => s.tier === 'sure').map((s) => s.label)).not.toContain('Nähen und Textilverarbeitung');
  });
});

describe('a driving licence is read with its category', () => {
  it('reads category C as truck driving, not as the car licence', () => {
    expect(named('Chauffeur Kat. C')).toEqual(['Lastwagen fahren']);
    expect(named('Ich habe den Führerausweis Kategorie C')).toEqual(['Lastwagen fahren']);
    expect(named('Führerschein B')).toEqual(['Führerausweis Kat. B']);
  });
});

describe('stress', () => {
  it('is Stressresistenz only when the writer copes with it', () => {
    expect(named('Ich ha grad mega viel Stress, drum antwort i langsam')).toEqual([]);
    expect(named('Ich habe Stress mit meinem Chef')).toEqual([]);
    expect(named('Stress macht mir nichts aus')).toEqual(['Stressresistenz']);
    expect(named('Ich kann gut mit Stress umgehen')).toEqual(['Stressresistenz']);
  });
});
