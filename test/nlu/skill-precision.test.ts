import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { resolveSkills } from '../../src/nlu/skill-resolver';
import type { Locale } from '../../src/profile/types';

const lexicon = skillLexicon();
const resolved = (text: string, locale: Locale = 'de-CH') => resolveSkills(text, { locale, mode: 'message', lexicon }).skills;
/** Every concept a chat message yields, stored or asked. */
const named = (text: string, locale: Locale = 'de-CH') => resolved(text, locale).map((s) => s.label);
/** The concepts a chat message stores without asking. */
const stored = (text: string, locale: Locale = 'de-CH') =>
  resolved(text, locale)
    .filter((s) => s.tier === 'sure')
    .map((s) => s.label);

describe('what someone else does is theirs, whatever the verb', () => {
  it('leaves out the work of a partner named with any verb', () => {
    expect(named('Mein Mann fährt Lastwagen, ich selber habe keinen Führerschein')).toEqual([]);
    expect(named('Meine Frau repariert Velos')).toEqual([]);
  });

  it('keeps the child the writer speaks for and what the writer says of themselves', () => {
    expect(named('Mein Sohn kocht gern')).toEqual(['Kochen']);
    expect(named('Mein Mann ist krank und ich fahre Lastwagen')).toEqual(['Lastwagen fahren']);
  });
});

describe('a denial after the skill', () => {
  it('reads «keine Ahnung» after the skill as a denial', () => {
    expect(named('Von Programmieren habe ich keine Ahnung')).toEqual([]);
  });

  it('keeps «keine Probleme»', () => {
    expect(named('Mit Excel habe ich keine Probleme')).toEqual(['Microsoft Excel']);
  });
});

describe('wishes said politely or in Swiss German', () => {
  it('leaves out the field of jobs asked for', () => {
    expect(named('Ich hätte gern eine Liste mit offenen Stellen im Verkauf')).toEqual([]);
    expect(named('Salü, ich wett mi für es Praktikum im Verkauf bewerbe')).toEqual([]);
  });
});

describe('the addressee of a letter', () => {
  it('is not a skill of the writer', () => {
    expect(named('Liebes HR-Team, ich bin Fatma und suche eine Stelle')).toEqual([]);
    expect(named('Sehr geehrtes Team der Lehrstellenbörse, ich bin Noah')).toEqual([]);
  });

  it('keeps the skills said after the salutation', () => {
    expect(named('Liebes Team, ich kann schweissen')).toEqual(['Schweissen']);
  });
});

describe('a verb read by its stem as the noun of another concept', () => {
  it('asks instead of storing a field or quality that only shares the noun', () => {
    expect(stored('Ich habe die Firmenhandys verwaltet')).not.toContain('Öffentliche Verwaltung');
    expect(stored('Ich automatisiere das Anlegen von Benutzerkonten')).not.toContain('Automatisierungstechnik');
    expect(stored('Reisen für den Chef planen')).not.toContain('Organisationstalent');
  });

  it('still stores a verb whose concept is named by its own action noun, and reads the compound', () => {
    expect(stored('Ich schweisse')).toEqual(['Schweissen']);
    expect(stored('Lüt berate')).toEqual(['Kundenberatung']);
    expect(stored('Kreditorenverwaltung')).toEqual(['Kreditorenbuchhaltung']);
  });
});

describe('a compound said again by its head', () => {
  it('is the same thing, not another field', () => {
    expect(named('Ich habe Softwarearchitektur gemacht, Architektur ist mein Ding')).toEqual(['Softwarearchitektur']);
  });

  it('keeps the head alone', () => {
    expect(named('Ich mache Architektur')).toEqual(['Architektur und Bauplanung']);
  });
});

describe('private life and Swiss function words', () => {
  it('reads what one drinks as private life', () => {
    expect(named('Ich trinke morgens immer einen Espresso')).toEqual([]);
  });

  it('keeps the work said in another claim of the clause', () => {
    expect(named('Ich programmiere Python und trinke dabei Kaffee')).toContain('Python');
  });

  it('reads Swiss «Gits» as «gibt es», not Git', () => {
    expect(named('Gits Kürs für Ältere.')).toEqual([]);
    expect(named('Ich arbeite mit Git')).toEqual(['Versionsverwaltung mit Git']);
  });
});

describe('a general skill named by its own word beside a compound', () => {
  it('is kept, as the person names both', () => {
    expect(named('Buchhaltung und Lohnbuchhaltung')).toEqual(expect.arrayContaining(['Buchhaltung', 'Lohnbuchhaltung']));
  });
});

describe('a verb guessed beside sure skills', () => {
  it('is not asked about when the message names what was done', () => {
    expect(named('Monitoring mit Zabbix und Grafana habe ich eingerichtet')).not.toContain('Werkzeugmaschinen einrichten');
    expect(named('Ich habe die Firmenhandys über ein MDM verwaltet')).toEqual(['IT-Geräte verwalten']);
  });

  it('is still asked about alone', () => {
    expect(named('Ich habe eingerichtet')).toEqual(['Werkzeugmaschinen einrichten']);
  });
});

describe('the business one works for', () => {
  it('is a workplace beside the work done', () => {
    expect(named('Retouren bearbeitet und Sendungen verfolgt für einen Onlineshop')).toEqual(['Retouren bearbeiten', 'Sendungen verfolgen']);
  });

  it('is still a hint alone', () => {
    expect(named('Ich arbeite für einen Onlineshop')).toEqual(['Onlinehandel']);
  });
});

describe('one\'s own home and belongings (s-ads round)', () => {
  it('stores nothing for work done at or for one\'s own home, or a service used for one\'s own things', () => {
    expect(stored('unser Kinderzimmer selber neu gestrichen')).toEqual([]);
    expect(stored('im eigenen Garten den Rasen gemäht')).toEqual([]);
    expect(stored('mini Wohnig sälber tapeziert')).toEqual([]);
    expect(stored('am Flughafen meinen Koffer aufgegeben')).toEqual([]);
    expect(stored('nach dem Znacht zu Hause das Geschirr abgewaschen')).toEqual([]);
    expect(stored('I painted my own flat before moving in', 'en')).toEqual([]);
  });

  it('keeps the same work done for others, and care given in people\'s homes', () => {
    expect(stored('Wohnungen gestrichen')).toEqual(['Malerarbeiten']);
    expect(stored('elderly care at home', 'en')).toContain('Elderly care');
  });
});
