import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { resolveSkills } from '../../src/nlu/skill-resolver';
import type { Locale } from '../../src/profile/types';

const lexicon = skillLexicon();
const resolve = (text: string, mode: 'message' | 'phrase' | 'document' = 'phrase', locale: Locale = 'de-CH') => resolveSkills(text, { locale, mode, lexicon });
const sure = (text: string, mode?: 'message' | 'phrase' | 'document') => resolve(text, mode).skills.filter((s) => s.tier === 'sure').map((s) => s.label);
const asked = (text: string) => resolve(text).skills.filter((s) => s.tier === 'ask').map((s) => s.label);

describe('one skill resolution with a precision safeguard', () => {
  it('recognises technologies by name instead of guessing a neighbour', () => {
    expect(sure('Vue.js')).toEqual(['Vue.js']);
    expect(sure('TensorFlow')).toEqual(['TensorFlow']);
    expect(sure('J2EE')).toEqual(['Java EE']);
    expect(sure('.Net Applikationen')).toEqual(['.NET']);
    expect(sure('Docker')).toEqual(['Docker']);
  });

  it('names the curated concept a technology belongs to', () => {
    const [docker] = resolve('Docker').skills;
    expect(docker!.broader.map((id) => lexicon.label(id, 'de-CH'))).toEqual(['DevOps und CI/CD']);
  });

  it('knows ESCO skills below the curated taxonomy, by their ESCO URI', () => {
    const [hadoop] = resolve('Hadoop').skills;
    expect(hadoop).toMatchObject({ label: 'Hadoop', tier: 'sure' });
    expect(hadoop!.conceptId).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(sure('Radarnavigation nutzen')).toEqual(['Radarnavigation nutzen']);
  });

  it('never stores caring for a family member silently', () => {
    expect(sure('Pflege der Grossmutter')).toEqual([]);
    expect(sure('Ich habe meine Oma gepflegt', 'message')).toEqual([]);
    expect(asked('Ich habe meine Oma gepflegt')).toEqual(['Grundpflege']);
  });

  it('asks back when only a thing or a place is named, and stores the activity', () => {
    expect(sure('Velo')).toEqual([]);
    expect(asked('Velo')).toEqual(['Zweiräder reparieren']);
    expect(sure('Velo flicke')).toEqual(['Zweiräder reparieren']);
    expect(asked('Lager')).toEqual(['Lagerbewirtschaftung']);
  });

  it('understands Swiss German', () => {
    expect(sure('Chind ghüetet')).toEqual(['Kinder betreuen']);
    expect(sure('choche')).toEqual(['Kochen']);
    expect(sure('Buechhaltig')).toEqual(['Buchhaltung']);
  });

  it('takes a long word with one typo as a known misspelling, a short one as a guess', () => {
    expect(sure('Kommisionieren')).toEqual(['Kommissionieren']);
    expect(sure('Exl')).toEqual([]);
  });

  it('reads an occupation named as a phrase as the occupation', () => {
    expect(sure('Logistiker EFZ')).toEqual(['Logistiker/in EFZ']);
    expect(resolve('Logistiker EFZ').skills[0]!.conceptId).toMatch(/occupation/);
  });

  it('reads a bare job title as the occupation, in either gender, but a work noun as the work', () => {
    expect(sure('Polymechaniker')).toEqual(['Polymechaniker/in EFZ']);
    expect(sure('Fachfrau Gesundheit')).toEqual(['Fachfrau/Fachmann Gesundheit EFZ']);
    expect(sure('FaGe')).toEqual(['Fachfrau/Fachmann Gesundheit EFZ']);
    expect(sure('Kfz-Mechatroniker')).toEqual(['Kfz-Mechatroniker/in']);
    expect(sure('Kaufmann für Büromanagement')).toEqual(['Kaufmann/Kauffrau für Büromanagement']);
    expect(sure('Staplerfahrer')).toEqual(['Gabelstapler fahren']);
  });

  it('stores nothing from private life: drinks, holidays, the zoo, one\'s own dog, paying one\'s taxes', () => {
    for (const text of ['Kaffee trinken', 'Python Schlange im Zoo', 'Java Insel Urlaub', 'mein Hund', 'Steuer zahlen', 'Einkaufen gehen']) {
      expect([text, ...sure(text)]).toEqual([text]);
    }
    // The veto holds for its own clause only.
    expect(sure('Ich programmiere Python, in der Freizeit Kaffee trinken', 'message')).toContain('Python');
  });

  it('stores the work of a Swiss person noun («Hauswart», «Serviertochter») instead of asking', () => {
    expect(sure('Hauswart')).toEqual(['Hauswartung']);
    expect(sure('Abwart')).toEqual(['Hauswartung']);
    expect(sure('Serviertochter')).toEqual(['Gäste bedienen']);
  });

  it('stores a listed compound of an activity and a product name with one typo, but still asks about a bare thing', () => {
    expect(sure('Gartenpflege')).toEqual(['Garten- und Landschaftsbau']);
    expect(sure('Nothelferkurs')).toEqual(['Erste Hilfe leisten']);
    expect(sure('Exel')).toEqual(['Microsoft Excel']);
    expect(sure('Lager')).toEqual([]);
    expect(sure('Velo')).toEqual([]);
  });

  it('reads a Swiss participle through its Standard German infinitive («gschwiisst»)', () => {
    expect(sure('gschwiisst')).toEqual(['Schweissen']);
    expect(sure('Ich ha jahrelang gschwiisst', 'message')).toEqual(['Schweissen']);
  });

  it('does not read «Steuerungen» as taxes', () => {
    expect(sure('Steuerungen')).toEqual(['Mess-, Steuer- und Regeltechnik']);
    expect(sure('Steuererklärungen')).toEqual(['Steuererklärungen und Steuern']);
  });

  it('reads «ich kann mit SAP umgehen» as the SAP concept', () => {
    expect(sure('ich kann mit SAP umgehen', 'message')).toEqual(['SAP']);
  });

  it('stores the work a person noun names by its ending («Kranführer», «Tellerwäscher», «Reinigungskraft», «Kundenservice»)', () => {
    expect(sure('Kranführer')).toEqual(['Kran bedienen']);
    expect(sure('Tellerwäscher')).toEqual(['Abwasch und Küchenhygiene']);
    expect(sure('Reinigungskraft')).toEqual(['Reinigung']);
    expect(sure('Kundenservice')).toEqual(['Kundendienst']);
  });

  it('stores a compound whose head is the activity itself («Büroreinigung»), but never reads «Kasse» in «Krankenkasse» as the till', () => {
    expect(sure('Büroreinigung')).toEqual(['Reinigung']);
    expect(sure('Krankenkasse')).toEqual([]);
    expect(sure('Sparkasse')).toEqual([]);
    expect(resolve('Krankenkasse').skills.map((s) => s.label)).not.toContain('Kasse bedienen');
  });

  it('stores a thing beside a verb of the concept («Parkett legen», «Töff flicke»), but asks beside another verb («Velo fahre»)', () => {
    expect(sure('Parkett legen')).toEqual(['Bodenbeläge verlegen']);
    expect(sure('Töff flicke')).toEqual(['Zweiräder reparieren']);
    expect(sure('Velo fahre')).toEqual([]);
  });

  it('stores nothing one receives, watches, visits or plays («Spritze beim Arzt bekommen», «Kran im Hafen gesehen», «Go spielen»)', () => {
    expect(sure('Spritze beim Arzt bekommen')).toEqual([]);
    expect(sure('Kran im Hafen gesehen')).toEqual([]);
    expect(sure('Go spielen')).toEqual([]);
    expect(sure('Spritzen geben')).toEqual(['Injektionen und Infusionen']);
  });

  it('finds the qualities a job ad asks for as adjectives, not those it offers', () => {
    const labelsIn = (text: string) => resolve(text, 'document').skills.map((s) => s.label);
    expect(labelsIn('Sie sind teamfähig und arbeiten eigenverantwortlich.')).toEqual(expect.arrayContaining(['Teamarbeit', 'Selbstständiges Arbeiten']));
    expect(labelsIn('Wir erwarten eine strukturierte Arbeitsweise.')).toContain('Organisationstalent');
    expect(labelsIn('Wir bieten flexible Arbeitszeiten und einen strukturierten Einarbeitungsplan.')).toEqual([]);
  });

  it('keeps what it cannot resolve as the person\'s own words', () => {
    const result = resolve('Python, Quantenflöten, Docker');
    expect(result.skills.map((s) => s.label)).toEqual(['Python', 'Docker']);
    expect(result.ownWords).toEqual(['Quantenflöten']);
  });

  it('finds the qualities and tasks a job ad asks for in one word or as its own phrase', () => {
    const text = 'Sie übernehmen die Inbetriebnahme, die Fehleranalyse und die Monats- und Jahresabschlüsse. Wir erwarten Kommunikationsstärke, Eigeninitiative und agiles Arbeiten.';
    const found = Object.fromEntries(resolve(text, 'document').skills.map((s) => [text.slice(...s.span), s.label]));
    expect(found).toMatchObject({
      Inbetriebnahme: 'Anlagen in Betrieb nehmen',
      Fehleranalyse: 'IT-Fehler analysieren und beheben',
      'Monats- und Jahresabschlüsse': 'Jahresabschluss erstellen',
      Kommunikationsstärke: 'Kommunikationsfähigkeit',
      Eigeninitiative: 'Selbstständiges Arbeiten',
      'agiles Arbeiten': 'Agile Methoden',
    });
    // A long listed synonym counts in prose; a short one that stems to an everyday word does not.
    const ad = 'Gefragt sind Sicherheitsbewusstsein und Garantiereparaturen; sicher im Umgang mit Kunden.';
    const spans = resolve(ad, 'document').skills.map((s) => [ad.slice(...s.span), s.label]);
    expect(spans).toEqual(
      expect.arrayContaining([
        ['Sicherheitsbewusstsein', 'Arbeitssicherheit'],
        ['Garantiereparaturen', 'Fahrzeuge warten und reparieren'],
      ]),
    );
    expect(spans.map(([text]) => text)).not.toContain('sicher');
  });

  it('finds skill and technology terms in a job ad with their spans', () => {
    const text = 'Du betreust Kubernetes-Cluster, planst Netzwerktechnikprojekte und kennst Ansible sowie Elektrotechnik.';
    const found = resolve(text, 'document').skills.map((s) => text.slice(...s.span));
    expect(found).toEqual(expect.arrayContaining(['Kubernetes', 'Netzwerktechnikprojekte', 'Ansible', 'Elektrotechnik']));
  });
  it('reads a job title people write as the curated occupation ESCO files it under', () => {
    expect(sure('ich bin gelernte Kauffrau im Einzelhandel', 'message')).toEqual(['Kaufmann/Kauffrau im Einzelhandel']);
    expect(sure('ich bin gelernte Fachverkäuferin für Obst und Gemüse', 'message')).toEqual(['Kaufmann/Kauffrau im Einzelhandel']);
    expect(sure('Fachverkäuferin für Obst und Gemüse')).toEqual(['Kaufmann/Kauffrau im Einzelhandel']);
    expect(sure('ich habe als Fachverkäuferin für Bekleidung gearbeitet', 'message')).toEqual(['Kaufmann/Kauffrau im Einzelhandel']);
    // ESCO's alternative titles are often wider than the occupation: asked, not stored.
    // The curated lexicon names the front desk, so the wider ESCO title is not offered.
    expect(sure('Empfangsmitarbeiterin')).toEqual(['Empfang und Administration']);
    expect(asked('Empfangsmitarbeiterin')).not.toContain('Hotel-Kommunikationsfachfrau/-mann EFZ');
  });

  it('reads a practitioner\'s title as the field it is named after («Physiotherapeutin», «Kardiologe»)', () => {
    expect(sure('Physiotherapeutin')).toEqual(['Physiotherapie']);
    expect(sure('ich bin Physiotherapeut', 'message')).toEqual(['Physiotherapie']);
    expect(sure('Kardiologe')).toEqual(['Kardiologie']);
  });

  it('stores a concept\'s name said in fewer words («Termine koordinieren», «Rechnungsstellung»), but not care for one\'s family', () => {
    expect(sure('Termine koordinieren')).toEqual(['Termine planen und koordinieren']);
    expect(sure('Rechnungsstellung')).toEqual(['Rechnungen stellen und Mahnwesen']);
    expect(sure('taking care of my grandmother')).toEqual([]);
  });

  it('meets an ESCO abbreviation only as written in capitals («RAD», not the «Rad» one rides)', () => {
    expect(sure('RAD')).toEqual(['Rapid Application Development']);
    expect(sure('Rad fahren am Wochenende')).toEqual([]);
  });

  it('asks about an English one-word name that is only part of a compound written apart («video games»)', () => {
    const en = (text: string) => resolve(text, 'phrase', 'en').skills;
    expect(en('video games').filter((s) => s.tier === 'sure')).toEqual([]);
    expect(en('network administration').filter((s) => s.tier === 'sure').map((s) => s.label)).not.toContain('Office administration');
    expect(en('video editing').filter((s) => s.tier === 'sure').map((s) => s.label)).toEqual(['Video editing']);
  });

  it('reads the sound alternations of Swiss German (ä/e, ch/k, uu/au, -ige/-ungen)', () => {
    expect(sure('Rächnige gschriebe')).toEqual(['Rechnungen stellen und Mahnwesen']);
    expect(sure('Chüeh mälche')).toEqual(['Landwirtschaft']);
    expect(sure('gmuuret')).toEqual(['Mauern']);
    // A short word changed is too often one typo away from another word.
    expect(sure('mit em Grosi Znacht gässe')).toEqual([]);
  });

  it('does not store a verb read as the tool or person its stem also names («verteilen» is no Verteiler)', () => {
    expect(sure('Tabletten verteilen im Heim')).toEqual(['Medikamente richten und verabreichen']);
    expect(resolve('Tabletten verteilen im Heim').skills.map((s) => s.label)).not.toContain('Schaltanlagen und Verteiler');
    // An action noun of the same verb is the same word.
    expect(sure('Lüt berate')).toEqual(['Kundenberatung']);
  });

  it('does not store a word the stemmer cuts to the stem of another word («Montag» is no Montage, «fertig» no Fertigung, «Sprinter» no Sprint)', () => {
    expect(sure('Montag')).toEqual([]);
    expect(sure('im Stau stehen')).toEqual([]);
    expect(sure('Schule fertig')).toEqual([]);
    expect(sure('sicherer Umgang mit dem PC')).toEqual(['Computerkenntnisse']);
    expect(sure('Ware zu Kunden ausfahren mit dem Sprinter')).not.toContain('Agile Methoden');
    // A one-word thing met by its stem is a hint, as when it is met whole.
    expect(sure('Posts für Instagram machen')).toEqual(['Social Media']);
    // The same word in another form stays sure: an agent noun, an inflected adjective, a verb and its activity noun.
    expect(sure('Finanzbuchhalter')).toEqual(['Buchhaltung']);
    expect(sure('exakte Arbeitsweise')).toEqual(['Genauigkeit und Sorgfalt']);
    expect(sure('telefonieren mit Kunden')).toEqual(['Professionell telefonieren']);
  });

  it('does not read an everyday word as a specialist skill («wickeln», «Wort», «bestellen», «messen», «Steuerung»)', () => {
    expect(sure('Kleinkinder wickeln und füttern')).toEqual(['Kinder betreuen']);
    expect(sure('Kabel wickeln')).toEqual([]);
    expect(sure('stilsicheres Deutsch in Wort und Schrift')).toEqual(['Deutsch schriftlich']);
    expect(sure('Sushi bestellen')).toEqual([]);
    expect(sure('Teile messen mit der Schieblehre')).not.toContain('Elektrische Messungen durchführen');
    expect(sure('Gipsplatten montieren')).toEqual(['Trockenbau']);
    // «Steuerung von Projekten» is the steering of projects, never taxes.
    expect(new Set(sure('Erfahrung in der Planung und Steuerung von Projekten'))).toEqual(new Set(['Projektmanagement']));
    // The specialist names stay sure.
    expect(sure('Motoren wickeln')).toEqual(['Wickeln und Trafobau']);
    expect(sure('Maschinensteuerungen')).toEqual(['Mess-, Steuer- und Regeltechnik']);
    expect(sure('Baugruppen montieren')).toEqual(['Montage von Maschinen und Baugruppen']);
    // A person who does the work names it, also when met by the stem of the work.
    expect(sure('Nageldesignerin')).toEqual(['Kosmetik']);
    expect(sure('Elektromonteur')).toEqual(['Elektroinstallationen ausführen']);
  });

  it('reads a trade\'s person noun as the work, and leaves a title with its own occupation to the occupation', () => {
    expect(sure('Schornsteinfeger')).toEqual(['Kaminfegen und Feuerungskontrolle']);
    expect(sure('Möbelpacker')).toEqual(['Umzüge und Möbeltransport']);
    expect(sure('Zimmerfrau')).toEqual(['Zimmerreinigung und Housekeeping']);
    expect(sure('Primarlehrer')).toEqual(['Unterrichten und Kurse geben']);
    expect(sure('Bürokaufmann')).toEqual(['Kaufmann/Kauffrau für Büromanagement']);
    expect(sure('Maler')).toEqual(['Maler/in EFZ']);
  });

  it('knows the everyday vocabulary of small trades (upholstery, glazing, optics, hearing aids, watches)', () => {
    expect(sure('Polsterarbeiten')).toEqual(['Polstern und Raumausstattung']);
    expect(sure('Glasreparaturen')).toEqual(['Glas bearbeiten und einbauen']);
    expect(sure('Hörgeräte anpassen')).toEqual(['Hörakustik']);
    expect(sure('Uhrenservice')).toEqual(['Uhrmacherei und Feinmechanik']);
  });

  it('reads more of Swiss German spelling: long vowels, -let/-ret participles, a verb\'s umlaut, final -e and -ä, everyday words', () => {
    expect(sure('gmuuret')).toEqual(['Mauern']);
    expect(sure('Gschirr abwäsche')).toEqual(['Abwasch und Küchenhygiene']);
    expect(sure('Wösch gmacht im Heim')).toEqual(['Wäscherei']);
    expect(sure('mit em Camion unterwegs gsi')).toEqual(['Lastwagen fahren']);
    expect(sure('Chunde beraten')).toEqual(['Kundenberatung']);
    // Standard German keeps its umlaut: «zählen» is not «zahlen».
    expect(sure('Bestand zählen')).not.toContain('Zahlungsverkehr');
    // Another form of a single word counts only when it meets a name, not one typo away from one («Katzen» is no «Kaizen»).
    expect(sure('Katze füttern')).toEqual([]);
  });

  it('stores an English gerund with the kind or object named beside it («arc welding», «tiling bathrooms»), and an object beside a gerund of work', () => {
    const en = (text: string) => resolve(text, 'phrase', 'en').skills.filter((s) => s.tier === 'sure').map((s) => s.label);
    expect(en('arc welding')).toEqual(['Welding']);
    expect(en('tiling bathrooms')).toEqual(['Tiling']);
    expect(en('giving injections')).toEqual(['Injections and infusions']);
    expect(en('forklift operation')).toEqual(['Forklift driving']);
    expect(en('mixing cocktails')).toEqual(['Beverage service and bar']);
    expect(en('drinking cocktails')).toEqual([]);
    // The gerund and the other words of the name say the name ("managing" for "management").
    expect(en('managing projects')).toEqual(['Project management']);
    expect(en('handling customer complaints')).toEqual(['Customer retention and complaints']);
  });

  it('reads a compound as its object and the verb of its head («Autoreparatur», «Gabelstaplerführerin», «Kita-Betreuerin»)', () => {
    expect(sure('Autoreparatur')).toEqual(['Fahrzeuge warten und reparieren']);
    expect(sure('Gabelstaplerführerin')).toEqual(['Gabelstapler fahren']);
    expect(sure('Buschauffeurin')).toEqual(['Bus fahren']);
    expect(sure('Kita-Betreuerin')).toEqual(['Kinder betreuen']);
    // The verb alone names too little, and a place as the first part is no skill.
    expect(sure('Rohrmontage')).toEqual([]);
    expect(sure('Bäckereiverkäuferin')).not.toContain('Backen');
  });

  it('stores a technology, not the kind of thing written beside it («Typo3 CMS», «GraphQL API»), unless the kind carries its name («SAP ABAP»)', () => {
    expect(sure('Typo3 CMS')).toEqual(['TYPO3']);
    expect(sure('GraphQL API')).toEqual(['GraphQL']);
    expect(sure('Bildbearbeitung mit Photoshop')).toEqual(['Adobe Photoshop']);
    expect(sure('SAP ABAP')).toEqual(['SAP-Entwicklung (ABAP)']);
    // Joined by «und» both stay.
    expect(sure('Python und Buchhaltung', 'message')).toEqual(['Python', 'Buchhaltung']);
  });

  it('reads a misspelt technology name as the technology, not the curated concept that lists it («Doker»)', () => {
    expect(sure('Doker')).toEqual(['Docker']);
    expect(sure('PostgeSQL')).toEqual(['PostgreSQL']);
  });

  it('stores a compound synonym whose head is an action noun of a bare verb stem («Reifenwechsel», «Wareneingangskontrolle»)', () => {
    expect(sure('Reifenwechsel')).toEqual(['Reifen- und Räderservice']);
    expect(sure('Wareneingangskontrolle')).toEqual(['Wareneingang prüfen']);
  });

  it('asks, never stores, what one does with one\'s family or friends («mit meinem Sohn basteln»)', () => {
    expect(sure('mit meinem Sohn basteln')).toEqual([]);
    expect(asked('mit meinem Sohn basteln')).toEqual(['Handwerkliches Geschick']);
    expect(sure('mit meiner Freundin telefonieren')).toEqual([]);
    expect(sure('Kinder betreuen mit meinem Team')).toEqual(['Kinder betreuen']);
  });

  it('stores an object word with a verb of work in its clause («Homepages für Vereine erstellen»), not with riding or collecting', () => {
    expect(sure('Homepages für Vereine erstellen')).toEqual(['Webentwicklung']);
    expect(sure('Stundenzettel in Löhne umrechnen')).toEqual(['Lohnbuchhaltung']);
    expect(sure('Velo fahre')).toEqual([]);
    expect(sure('Pilze sammeln im Wald')).toEqual([]);
    // A verb that names its own skill is not also the object's verb.
    expect(sure('Fassade gstriche')).toEqual(['Malerarbeiten']);
  });

  it('reads an action noun and its object written apart as the compound they form («Verwaltung von Datenbanken», «Betreuung von Kindern»)', () => {
    expect(sure('Verwaltung von Datenbanken')).toEqual(['Datenbanken verwalten']);
    expect(sure('Betreuung von Kindern')).toEqual(['Kinder betreuen']);
    expect(sure('Bedienung von Gabelstaplern')).toEqual(['Gabelstapler fahren']);
    // A capitalised infinitive is its own action noun; an adjective before the object does not matter.
    expect(sure('Verlegen von Fliesen')).toEqual(['Plattenlegen']);
    // An ESCO skill is met whole through the reading.
    expect(sure('Entwicklung von neuen Energiesparkonzepten')).toEqual(['Energiesparkonzepte entwickeln']);
    // One's own children or one's family are no work.
    expect(sure('Betreuung meiner Kinder')).toEqual([]);
    expect(sure('Pflege der Grossmutter')).toEqual([]);
  });

  it('reads the analytic form in a job ad\'s requirements, in place of its action noun alone', () => {
    const text = 'Techniker Datenbanken\nIhr Profil: Verwaltung von Datenbanken, Teamfähigkeit';
    const found = resolve(text, 'document', 'de-DE').skills;
    const at = text.indexOf('Verwaltung');
    expect(found.filter((s) => s.span[0] <= at && at < s.span[1]).map((s) => s.label)).toEqual(['Datenbanken verwalten']);
  });

  it('reads action nouns coordinated before «von» with the same object («Planung und Organisation von Veranstaltungen»)', () => {
    expect(new Set(sure('Planung und Organisation von Veranstaltungen'))).toEqual(new Set(['Veranstaltungen organisieren']));
  });

  it('reads an ESCO skill from a compound of object and action noun only as its whole reading («Kundendatenanalyse»)', () => {
    expect(sure('Kundendatenanalyse')).toEqual(['Kundendaten analysieren']);
  });

  it('reads a task an ad writes as a clause as its object and verb («Sie installieren Software und verwalten Datenbanken»)', () => {
    const text = 'Administrator\nIhre Aufgaben: Sie installieren Software und verwalten Datenbanken. Du verlegst Fliesen.';
    const found = resolve(text, 'document', 'de-DE').skills;
    const at = (word: string) => found.filter((s) => s.span[0] <= text.indexOf(word) && text.indexOf(word) < s.span[1]).map((s) => s.label);
    expect(at('installieren')).toEqual(['Software installieren']);
    // «verwalten» alone is no public administration here.
    expect(at('verwalten')).toEqual(['Datenbanken verwalten']);
    expect(at('verlegst')).toEqual(['Fliesen legen']);
  });

  it('reads the action noun of a whole verb as a derivation, not a compound («Sicherstellung», «Begleitung»)', () => {
    expect(sure('Sicherstellung')).toEqual([]);
    expect(sure('Begleitung')).toEqual([]);
    // A compound of object and action noun stays one.
    expect(sure('Maschinenwartung')).toEqual(['Instandhaltung und Wartung']);
  });

  it('reads analytic forms and task clauses in odd input without throwing (prototype keys, a long repeated text)', () => {
    expect(sure('Pflege von constructor und Verwaltung von __proto__')).toEqual(expect.any(Array));
    expect(resolve('Sie constructor __proto__ und toString von Hasen', 'document', 'de-DE').skills).toEqual(expect.any(Array));
    const long = 'Ihr Profil: Verwaltung von Datenbanken, Sie installieren Software. '.repeat(500);
    expect(resolve(long, 'message').skills.map((s) => s.label)).toEqual(['Datenbanken verwalten', 'Software installieren']);
  });
});

describe('a compound of a name and a noun', () => {
  it('reads the head as well, with its verb or as a skill of its own', () => {
    expect(sure('Ich habe Linux-Server aufgesetzt', 'message')).toEqual(['Linux', 'Server betreuen']);
    expect(sure('SAP-Buchhaltung gemacht', 'message')).toEqual(['SAP', 'Buchhaltung']);
  });

  it('reads no thing the head names without a verb of its work', () => {
    expect(sure('Docker-Container gebaut', 'message')).toEqual(['Docker']);
    expect(sure('Gerüstbau-Monteur', 'message')).toEqual(['Gerüstbau']);
  });
});
