import { courseAudience, courseAudienceOf, courseSituation, courseTrades, forOverFifties, isBeginnerCourse, isCarLicence, leadsToFirstQualification, saysNoQualification, namesTrade, tradeNames, languageCourse, languageLevelFit, learnerAudience, learnerLanguages, withoutCarLicence } from '../../src/matching/course-facts';
import { withoutQualificationForms } from '../../src/nlu/qualifications';

const NOW = new Date('2026-12-07T00:00:00Z');

describe('what a course title says about whom it is for', () => {
  it('reads the language and levels of a language course, and none where the title names no language or no level', () => {
    expect(languageCourse('German A2→B1 for professionals (evening, online)')).toEqual({ language: 'de', entry: 2, target: 3 });
    expect(languageCourse('Berufssprachkurs B2 für MINT-Berufe (online)')).toEqual({ language: 'de', entry: 4, target: 4 });
    expect(languageCourse('Englisch für den Beruf A2 → B1 (Technik)')).toEqual({ language: 'en', entry: 2, target: 3 });
    expect(languageCourse('Stützkurs Deutsch und Mathematik für Lehrstellensuchende')).toBeUndefined();
    expect(languageCourse('Drohnenführerschein A2 mit Praxistag')).toBeUndefined();
    expect(languageCourse('English for Hospitality and German Basics B1')).toBeUndefined();
  });

  it('reads the trade a course is meant for after «für»/«for», none for learners in general, an age group or an occupation\'s name', () => {
    expect(courseTrades('Deutsch für die Küche A2–B1')).toEqual(['Küche']);
    expect(courseTrades('German B1 for IT professionals (virtual)')).toEqual(['IT']);
    expect(courseTrades('Kinderernährung für Köchinnen und Köche')).toEqual(['Köchinnen']);
    expect(courseTrades('Elektrofachkraft für festgelegte Tätigkeiten (EFKffT) für Mechaniker')).toEqual(['Mechaniker']);
    expect(courseTrades('German A2 for expats (evening, online)')).toEqual([]);
    expect(courseTrades('Deutsch B1–B2 im Beruf für Französischsprachige')).toEqual([]);
    expect(courseTrades('Hausinstallation für Quereinsteiger')).toEqual([]);
    expect(courseTrades('Excel für Einsteiger')).toEqual([]);
    expect(courseTrades('SAP EWM für Anwender und Key User')).toEqual([]);
    expect(courseTrades('Umschulung Kaufmann/-frau für Büromanagement (IHK)')).toEqual([]);
    expect(courseTrades('Fachkraft für Lagerlogistik – Externenprüfung')).toEqual([]);
  });

  it('finds a trade in the person\'s words by its stem, a compound or a shared beginning; an abbreviation only as written', () => {
    expect(namesTrade(['Köchinnen'], 'Köchin EFZ, Menüplanung')).toBe(true);
    expect(namesTrade(['Installateure'], 'Elektroinstallateur EFZ')).toBe(true);
    expect(namesTrade(['Instandhalter'], 'Instandhaltung und Wartung')).toBe(true);
    expect(namesTrade(['Zimmerleute'], 'Zimmermann, Dachstühle')).toBe(true);
    expect(namesTrade(['Kaufleute'], 'Kauffrau EFZ, Buchhaltung')).toBe(true);
    expect(namesTrade(['Kaufleute'], 'Kaufhaus, Verkauf an der Kasse')).toBe(false);
    expect(namesTrade(['IT'], 'Support in der IT-Abteilung')).toBe(true);
    expect(namesTrade(['IT'], 'I love it, shift work is fine')).toBe(false);
    expect(namesTrade(['Küche'], 'Python, Django, Docker')).toBe(false);
    expect(namesTrade([], 'Koch')).toBe(false);
  });

  it('names the person\'s trade by their occupations\' other names and their fields\' names', () => {
    const facts = {
      names: (id: string) => (id === 'fage' ? ['Fachfrau/Fachmann Gesundheit EFZ', 'FaGe'] : []),
      fieldOf: (id: string) => ({ fage: 'gesundheit', python: 'it', teamwork: 'transversal' })[id],
    };
    const fage = tradeNames(['fage'], ['teamwork'], facts);
    expect(namesTrade(['FaGe'], fage)).toBe(true);
    expect(namesTrade(['Pflege'], fage)).toBe(true);
    expect(namesTrade(['IT'], fage)).toBe(false);
    expect(namesTrade(['IT'], tradeNames([], ['python'], facts))).toBe(true);
    expect(tradeNames([], ['teamwork'], facts)).toBe('');
  });

  it('the next level fits best, the person\'s own level and two levels up less, a level below (or any for a native speaker) not at all', () => {
    const a2 = [{ language: 'de', level: 'A2' as const }];
    expect(languageLevelFit(languageCourse('Deutsch B1 intensiv')!, a2)).toBe(1);
    expect(languageLevelFit(languageCourse('Deutsch A2–B1 für Fachleute')!, a2)).toBe(1);
    expect(languageLevelFit(languageCourse('Deutsch B2 für den Beruf')!, a2)).toBeLessThan(1);
    expect(languageLevelFit(languageCourse('Integrationskurs Deutsch A1')!, a2)).toBeLessThan(0);
    expect(languageLevelFit(languageCourse('Deutsch B2 für den Beruf')!, [{ language: 'de', level: 'native' }])).toBeLessThan(0);
    expect(languageLevelFit(languageCourse('Deutsch B2 für den Beruf')!, [{ language: 'en', level: 'C1' }])).toBeUndefined();
  });

  it('tells pupils\' courses from courses that presuppose a working life, and a course open to both from either', () => {
    expect(courseAudience('Berufswahl-Workshop Handwerk, Bau und Holz für Schülerinnen')).toBe('youth');
    expect(courseAudience('Bewerbungscoaching für Lehrstellensuchende Rheintal')).toBe('youth');
    expect(courseAudience('Wiedereinstieg ins Berufsleben – Kurs für Frauen nach der Familienpause')).toBe('adult');
    expect(courseAudience('Hauswart/in mit eidg. Fachausweis – Vorbereitung')).toBe('adult');
    expect(courseAudience('Hygiene-Grundkurs für die Küche (für Jugendliche und Quereinsteigende)')).toBeUndefined();
    expect(courseAudience('Teilqualifikation Büro: Kundenservice und Office (TQ 1)')).toBe('adult');
    expect(courseAudience('PC-Grundlagen 50plus – Windows, E-Mail, Excel')).toBe('adult');
    expect(courseAudience('Dipl. Techniker/in HF Maschinenbau')).toBe('adult');
    expect(courseAudience('Geprüfte/r Bilanzbuchhalter/in (IHK)')).toBe('adult');
    expect(courseAudience('Vorbereitung Externenprüfung Verfahrensmechaniker/in')).toBe('adult');
    expect(courseAudience('Staplerfahrerausweis SUVA')).toBeUndefined();
  });

  it('knows a pupils\' course by its aptitude test or an application for an apprenticeship, though no pupil is named', () => {
    expect(courseAudience('Multicheck und Basic-Check online üben')).toBe('youth');
    expect(courseAudience('Einstellungstest-Training Metall und Elektro')).toBe('youth');
    expect(courseAudience('Bewerbungstraining Ausbildung – Anschreiben, Vorstellungsgespräch')).toBe('youth');
    expect(courseAudience('Bewerbung für den Ausbildungsplatz im Handwerk')).toBe('youth');
    expect(courseAudience('Berufsinfotag Gesundheit und Soziales')).toBe('youth');
    expect(courseAudience('Coding-Camp für Abiturient/innen: Java, Git und Teamprojekt')).toBe('youth');
    expect(courseAudience('Bewerbungscoaching für Führungskräfte')).toBeUndefined();
    expect(courseAudience('Ausbildung der Ausbilder (AdA)')).toBeUndefined();
  });

  it('knows a course for people over 50 by its title', () => {
    expect(forOverFifties('Standortbestimmung 50+ Rheintal')).toBe(true);
    expect(forOverFifties('Bewerbungscoaching 50plus')).toBe(true);
    expect(forOverFifties('Bewerben ab 50: Coaching für erfahrene Berufsleute')).toBe(true);
    expect(forOverFifties('Staplerausweis in 50 Stunden')).toBe(false);
  });

  it('knows a course for beginners by its title or description, not by «Grundkurs» or «Grundlagen» alone', () => {
    expect(isBeginnerCourse({ title: 'Staplerschein für Einsteiger/innen' })).toBe(true);
    expect(isBeginnerCourse({ title: 'Python für Anfänger – Grundkurs', description: 'Erste Schritte.' })).toBe(true);
    expect(isBeginnerCourse({ title: 'CNC-Grundkurs Drehen und Fräsen', description: 'Für Menschen ohne Zerspanungserfahrung.' })).toBe(true);
    expect(isBeginnerCourse({ title: 'SPS-Grundkurs S7', description: 'Erste Schritte, kein Vorwissen nötig.' })).toBe(true);
    expect(isBeginnerCourse({ title: 'Java Grundlagen', description: 'Für alle ohne Vorkenntnisse.' })).toBe(true);
    expect(isBeginnerCourse({ title: 'KNX-Grundkurs mit Zertifikat', description: 'Planung, Programmierung mit ETS.' })).toBe(false);
    expect(isBeginnerCourse({ title: 'CNC-Programmieren Heidenhain Grundkurs', description: 'Für Berufsleute: Heidenhain TNC, Zyklen.' })).toBe(false);
  });

  it('knows a course for the apprenticeship to come as a pupils\' course, not a course on a theory («Farbenlehre»)', () => {
    expect(courseAudience('Englisch für die Hotel-Lehre (A2–B1)')).toBe('youth');
    expect(courseAudience('Lernstart: Deutsch und Mathe vor der EBA-Lehre')).toBe('youth');
    expect(courseAudience('Farbenlehre für Malerinnen und Maler')).toBeUndefined();
  });

  it('takes German as the own language of a person who talks German and names no language, in the profile or among the skills, and the languages named otherwise', () => {
    expect(learnerLanguages({ languages: [], locale: 'de-CH', languageSkills: 0 })).toEqual([{ language: 'de', level: 'native' }]);
    expect(learnerLanguages({ languages: [{ language: 'de', level: 'A2' }], locale: 'de-DE', languageSkills: 0 })).toEqual([{ language: 'de', level: 'A2' }]);
    // A language among the skills («Deutsch (B1)») is named: nothing is assumed.
    expect(learnerLanguages({ languages: [], locale: 'de-DE', languageSkills: 1 })).toEqual([]);
    expect(learnerLanguages({ languages: [], locale: 'en', languageSkills: 0 })).toEqual([]);
  });

  it('knows a car driving licence among the skills and in the words, not a truck or bus licence', () => {
    expect(isCarLicence('lotse:skill/fuehrerschein-b')).toBe(true);
    expect(isCarLicence('lotse:skill/lkw-fahren')).toBe(false);
    expect(withoutCarLicence('Ich habe den Führerausweis B und BE. Ich suche eine Stelle.').split(/\W+/u).filter(Boolean)).toEqual(['Ich', 'habe', 'den', 'Ich', 'suche', 'eine', 'Stelle']);
    expect(withoutCarLicence('Führerschein Klasse B habe ich, Führerausweis Kat. B/BE auch')).not.toMatch(/führer|klasse|kat/iu);
    expect(withoutCarLicence('Den Führerschein D habe ich noch nicht.')).toBe('Den Führerschein D habe ich noch nicht.');
  });

  it('knows a course for adults by the state\'s German course for immigrants, by seniors or by trained staff, and a pupils\' course by a lowest age below 18', () => {
    expect(courseAudience('Berufssprachkurs Deutsch B1–B2 Technik und Handwerk')).toBe('adult');
    expect(courseAudience('Deutsch A2 (Integrationskurs)')).toBe('adult');
    expect(courseAudience('Smartphone-Kurs für Seniorinnen und Senioren')).toBe('adult');
    expect(courseAudience('Wiedereinstieg Kinderbetreuung für ausgebildete FaBe')).toBe('adult');
    expect(courseAudience('Einstieg in die Spitex für diplomierte Pflegefachpersonen')).toBe('adult');
    expect(courseAudience('Deutsch A2–B1 intensiv für IT-Fachkräfte')).toBe('adult');
    expect(courseAudience('Sachbearbeiter/in Bau (für Berufsleute vom Bau)')).toBe('adult');
    expect(courseAudience('GWO Refresher (BSTR) für zertifiziertes Personal')).toBe('adult');
    expect(courseAudience('Babysitter-Kurs mit Erste Hilfe am Kind (ab 14)')).toBe('youth');
    expect(courseAudience('Traktorprüfung Kategorie G ab 14')).toBe('youth');
    expect(courseAudience('Staplerausweis Kategorie R1 (ab 18 Jahren)')).toBeUndefined();
    expect(courseAudience('Deutsch für Jugendliche (Integrationskurs)')).toBeUndefined();
  });

  it('knows a person\'s age group from their age, situation or the jobs they wish for, and says nothing without them', () => {
    expect(learnerAudience({ text: 'Ich bin Nico, 15, und zocke viel.', now: NOW, kinds: [] })).toBe('youth');
    expect(learnerAudience({ text: 'Maurer EFZ, 36, Oberriet.', now: NOW, kinds: ['apprenticeship'] })).toBe('adult');
    expect(learnerAudience({ text: 'Logistikfachmann mit eidg. Fachausweis, 39, Gossau. Aktuell Gruppenleiter.', now: NOW, kinds: [] })).toBe('adult');
    expect(learnerAudience({ text: 'Ich suche Arbeit im Lager.', now: NOW, kinds: ['permanent'] })).toBe('adult');
    expect(learnerAudience({ text: 'Realschule Erlangen, 10. Klasse. Suche eine Ausbildung, was mit Computern.', now: NOW, kinds: ['apprenticeship'] })).toBe('youth');
    // A school named for the children is not the person's: wishing for a permanent job says more.
    expect(learnerAudience({ text: 'Bin Berufskraftfahrer. Die Kinder sind jetzt in der Schule.', now: NOW, kinds: ['permanent'] })).toBe('adult');
    expect(learnerAudience({ text: 'Ich suche eine Lehrstelle.', now: NOW, kinds: ['apprenticeship'] })).toBeUndefined();
  });

  it('tells the courses meant for returners, career changers and people with IV or rehabilitation support', () => {
    expect(courseSituation('Wiedereinstieg ins Berufsleben – Kurs für Frauen nach der Familienpause')).toBe('returner');
    expect(courseSituation('Umschulung Kaufmann/-frau für Büromanagement (IHK)')).toBe('career_changer');
    expect(courseSituation('Arbeitstraining Logistik mit Job Coaching (IV-Integrationsmassnahme)')).toBe('supported');
    expect(courseSituation('Berufsfindung und Arbeitserprobung (Reha-Assessment)')).toBe('supported');
    expect(courseSituation('Werkstatt-Schnupperkurs Kfz und Metall für Jugendliche')).toBeUndefined();
  });

  it('reads an adult\'s age in a course description when the title names no age group', () => {
    expect(courseAudienceOf({ title: 'Staplerfahrerausweis SUVA (Kat. R1)', description: 'Theorie und Praxis, mit Prüfung. Mindestalter 18 Jahre.' })).toBe('adult');
    expect(courseAudienceOf({ title: 'Gartenkurs: Gemüse im Hochbeet', description: 'Zwei Abende für Erwachsene: Hochbeet anlegen.' })).toBe('adult');
    expect(courseAudienceOf({ title: 'Mobilitätstraining', description: 'Für Jugendliche und Erwachsene mit Unterstützungsbedarf.' })).toBeUndefined();
    expect(courseAudienceOf({ title: 'Babysitting-Kurs', description: 'Für Jugendliche ab 13: Spielideen.' })).toBeUndefined();
    // Years of work asked for are an adult's.
    expect(courseAudienceOf({ title: 'Kita-Leitung – Zertifikatslehrgang', description: 'Führung, Personal für Erzieher/innen mit Leitungserfahrung.' })).toBe('adult');
    expect(courseAudienceOf({ title: 'CNC-Programmierung Heidenhain', description: 'Zyklen und 5-Achs-Bearbeitung. Für erfahrene Fräser.' })).toBe('adult');
    expect(courseAudienceOf({ title: 'Geprüfte Logistikmeister (IHK)', description: 'Für Fachkräfte mit mehrjähriger Erfahrung.' })).toBe('adult');
    expect(courseAudienceOf({ title: 'Bewerben mit Erfolg', description: 'Erfahrung zeigen, Lebenslauf.' })).toBeUndefined();
    // The title comes first.
    expect(courseAudienceOf({ title: 'Schnuppertage Logistik für Jugendliche', description: 'Stapler fahren erst ab 18 Jahren.' })).toBe('youth');
  });

  it('tells the courses leading adults to a first vocational qualification, and the people who never trained', () => {
    expect(leadsToFirstQualification('Logistiker/in EBA für Erwachsene (Berufsabschluss nach Art. 32)')).toBe(true);
    expect(leadsToFirstQualification('Teilqualifikation Fachlagerist/in (TQ 1)')).toBe(true);
    expect(leadsToFirstQualification('Fachkraft für Lagerlogistik – Vorbereitung auf die Externenprüfung (IHK)')).toBe(true);
    expect(leadsToFirstQualification('Laborant/in Nachholbildung für Erwachsene')).toBe(true);
    // The EFZ of three or four years is a long way for someone who never trained; a forklift course leads to no qualification.
    expect(leadsToFirstQualification('Logistiker/in EFZ für Erwachsene (Art. 32)')).toBe(false);
    expect(leadsToFirstQualification('Staplerschein (Flurförderzeuge) mit Lagerpraxis')).toBe(false);
    expect(saysNoQualification('Ich bin 45, habe keine Lehre gemacht und arbeite seit Jahren temporär.')).toBe(true);
    expect(saysNoQualification('Ich habe keine abgeschlossene Ausbildung, arbeite aber seit 10 Jahren im Lager.')).toBe(true);
    expect(saysNoQualification('Ungelernt, 20 Jahre Produktion.')).toBe(true);
    expect(saysNoQualification('I ha kei Lehr gmacht.')).toBe(true);
    expect(saysNoQualification('Ich bin Logistiker EFZ und suche eine Stelle im Lager.')).toBe(false);
    // A wish is no qualification missing.
    expect(saysNoQualification('Ich will keine Ausbildung mehr machen, nur arbeiten.')).toBe(false);
  });

  it('drops the words naming the form of a qualification, keeping its field', () => {
    expect(withoutQualificationForms('Buchhalter mit eidg. Fachausweis, Kaufmann (IHK), Logistiker EFZ').split(/\W+/).filter(Boolean)).toEqual(['Buchhalter', 'mit', 'Kaufmann', 'Logistiker']);
  });
});
