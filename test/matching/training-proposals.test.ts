import { builtinTaxonomy } from '../../src/matching/taxonomy';
import { TrainingIndex } from '../../src/matching/training-index';
import { createProposalService } from '../../src/services/proposals';
import type { SkillVocabulary } from '../../src/services/ports';
import type { JobPosting, Training } from '../../src/matching/types';
import type { Profile } from '../../src/profile/types';
import { NOW, OLTEN, ess, job, profile, training } from './helpers';

const LABELS: Record<string, string> = { excel: 'Excel', buchhaltung: 'Buchhaltung', word: 'Word', kasse: 'Kasse bedienen' };
const vocabulary: SkillVocabulary = { find: () => [], label: (id) => LABELS[id], related: () => [] };

function service(jobs: JobPosting[], trainings: Training[]) {
  return createProposalService({ catalog: { activeJobs: async () => jobs, allTrainings: async () => trainings }, vocabulary, feedback: async () => [], now: () => NOW });
}

const GENF = { latitude: 46.2044, longitude: 6.1432 };
const IN_A_MONTH = new Date(NOW.getTime() + 30 * 86_400_000);
const sachbearbeitung = job({ title: 'Sachbearbeiter/in Administration', kind: 'permanent', skills: [ess('word'), ess('excel'), ess('buchhaltung')] });
/** Nearer, cheaper and funded: without words it comes first. */
const buchhaltungKurs = training({ title: 'Buchhaltung Grundkurs', description: 'Buchen, Kontenplan, Abschluss.', skills: ['buchhaltung'], startDate: IN_A_MONTH, cost: { amount: 400, currency: 'CHF' }, funding: ['bundesbeitraege'] });
const excelKurs = training({ title: 'Excel für Einsteiger', description: 'Tabellen, Formeln und Diagramme in Excel.', skills: ['excel'], startDate: IN_A_MONTH, cost: { amount: 900, currency: 'CHF' } });

const office = (ownWords?: string): Profile =>
  profile({ positionKinds: ['permanent'], skills: [{ conceptId: 'word', label: 'Word', level: 'good' }], ownWords });

describe('training proposals with the person\'s own words', () => {
  it('puts the Excel course first for a person who wrote «ich möchte Excel lernen», though both courses close a gap of the job', async () => {
    const proposals = service([sachbearbeitung], [buchhaltungKurs, excelKurs]);
    const withoutWords = await proposals.trainings(office());
    expect(withoutWords.items.map((t) => t.training.id)).toEqual([buchhaltungKurs.id, excelKurs.id]);
    const withWords = await proposals.trainings(office('Ich möchte Excel lernen'));
    expect(withWords.items.map((t) => t.training.id)).toEqual([excelKurs.id, buchhaltungKurs.id]);
    expect(withWords.items[0]!.explanation).toMatch(/^Bringt dir Excel bei – in Olten/);
  });

  it('proposes a course that only the words find, and quotes the person\'s words it contains as they wrote them', async () => {
    const kasse = job({ title: 'Detailhandelsassistent/in', kind: 'permanent', skills: [ess('kasse')] });
    const proposals = service([kasse], [excelKurs]);
    const page = await proposals.trainings(office('Ich möchte Excel lernen'));
    expect(page.items.map((t) => t.training.id)).toEqual([excelKurs.id]);
    expect(page.items[0]!.explanation).toMatch(/^Passt zu dem, was du erzählt hast \(Excel\) – in Olten \(\d+ km\)/);
    expect(page.items[0]!.teaches).toEqual([]);
  });

  it('never lets the words bring in a course that is too far away, already over or of another country', async () => {
    const far = training({ title: 'Excel kompakt', description: 'Excel für das Büro.', placeName: 'Genf', point: GENF, startDate: IN_A_MONTH });
    const over = training({ title: 'Excel Aufbaukurs', description: 'Pivot-Tabellen in Excel.', startDate: new Date('2026-09-01T00:00:00Z'), endDate: new Date('2026-10-15T00:00:00Z') });
    const german = training({ title: 'Excel online', description: 'Excel im Selbststudium.', online: true, point: undefined, country: 'DE' });
    const proposals = service([], [far, over, german, excelKurs]);
    const page = await proposals.trainings(office('Ich möchte Excel lernen'));
    expect(page.items.map((t) => t.training.id)).toEqual([excelKurs.id]);
    expect(page.relaxed).toEqual([]);
    // Nothing near: the words do not widen the radius (only a gap course may be proposed farther away, said so).
    const nothingNear = await service([], [far, over, german]).trainings(office('Ich möchte Excel lernen'));
    expect(nothingNear.items).toEqual([]);
  });

  it('a language the person speaks is not the field they come from: the customer-service course comes before the cheaper, funded English course', async () => {
    const taxonomy = builtinTaxonomy();
    const id = (slug: string) => taxonomy.get(slug)!.id;
    const english = training({ title: 'Englisch für den Kundendienst', description: 'Englisch im Beruf: Englisch am Telefon und in E-Mails.', skills: [id('englisch')], startDate: IN_A_MONTH, cost: { amount: 300, currency: 'CHF' }, funding: ['bundesbeitraege'] });
    const service2 = training({ title: 'Kundendienst professionell', description: 'Kundendienst am Telefon und am Schalter.', skills: [id('kundenservice')], startDate: IN_A_MONTH, cost: { amount: 900, currency: 'CHF' } });
    const proposals = createProposalService({ catalog: { activeJobs: async () => [], allTrainings: async () => [english, service2] }, vocabulary: taxonomy, feedback: async () => [], now: () => NOW });
    const person = profile({ skills: [{ conceptId: id('kundenservice'), label: 'Kundendienst', level: 'good' }, { conceptId: id('englisch'), label: 'Englisch', level: 'good' }], ownWords: 'Ich arbeite an der Rezeption eines Hotels.' });
    const page = await proposals.trainings(person);
    expect(page.items[0]!.training.id).toBe(service2.id);
  });

  it('the town a person lives in is not a word of a course: a course that only names Olten is not proposed for «ich wohne in Olten»', async () => {
    const olten = training({ title: 'Yoga am Abend', description: 'Kurs in Olten, 10 Abende.', startDate: IN_A_MONTH });
    const page = await service([], [olten, excelKurs]).trainings(profile({ place: { postalCode: '4600', name: 'Olten', country: 'CH', point: OLTEN }, ownWords: 'Ich wohne in Olten und möchte Excel lernen, 10 Stunden die Woche.' }));
    expect(page.items.map((t) => t.training.id)).toEqual([excelKurs.id]);
  });

  it('a working condition the person rules out is not a word of a course: «keine Schicht mehr» does not pull the shift leaders\' course', async () => {
    const schichtleiter = training({ title: 'Schichtleiter/in Produktion', description: 'Führen im Schichtbetrieb: Schichtübergabe und Schichtplanung.', startDate: IN_A_MONTH });
    const page = await service([], [schichtleiter, excelKurs]).trainings(office('Ich möchte Excel lernen. Wegen der Familie will ich keine Schicht mehr.'));
    expect(page.items.map((t) => t.training.id)).toEqual([excelKurs.id]);
  });

  it('the family of a break is not a word of a course: «8 Jahre zu Hause mit den Kindern» does not pull a course on working with children', async () => {
    const kinder = training({ title: 'Kinder begleiten: Grundlagen der Pädagogik', description: 'Entwicklung und Spiel von Kindern im Alltag.', startDate: IN_A_MONTH });
    const page = await service([], [kinder, excelKurs]).trainings(office('Ich möchte Excel lernen. Ich war 8 Jahre zu Hause mit den Kindern.'));
    expect(page.items.map((t) => t.training.id)).toEqual([excelKurs.id]);
  });

  it('a course that shares nothing with the person\'s words or field ranks behind their field\'s course, however much of their gap it teaches', () => {
    const schaltplan = training({ title: 'Schaltpläne professionell erstellen', description: 'EPLAN für Elektroplaner.', skills: ['elektrotechnik'], startDate: IN_A_MONTH });
    const ladesaeulen = training({ title: 'Ladeinfrastruktur für Elektrofahrzeuge', description: 'Wallboxen für die Elektromobilität installieren und prüfen.', startDate: IN_A_MONTH });
    const index = new TrainingIndex([schaltplan, ladesaeulen], (id) => (id === 'elektrotechnik' ? 'Elektrotechnik' : undefined));
    const page = index.forGap({
      gap: ['elektrotechnik'],
      words: 'Ich bin Kfz-Mechatroniker und möchte mich in Richtung Elektromobilität weiterentwickeln.',
      skillWords: 'Fahrzeugdiagnose, Fahrzeuge warten und reparieren',
      point: OLTEN,
      radiusKm: 25,
      now: NOW,
    });
    expect(page.items.map((t) => t.training.id)).toEqual([ladesaeulen.id, schaltplan.id]);
    expect(page.items[1]!.score).toBeGreaterThanOrEqual(0);
  });
});

describe('what a person brings that is no field of theirs', () => {
  const taxonomy = builtinTaxonomy();
  const id = (slug: string) => taxonomy.get(slug)!.id;
  const proposalsOf = (trainings: Training[]) => createProposalService({ catalog: { activeJobs: async () => [], allTrainings: async () => trainings }, vocabulary: taxonomy, feedback: async () => [], now: () => NOW });

  it('a car driving licence does not pull the professional drivers\' course for a carpenter', async () => {
    const czv = training({ title: 'CZV-Weiterbildung Lastwagen', description: 'Pflichtkurs für Chauffeure Kat. C/CE: Ladungssicherung.', startDate: IN_A_MONTH });
    const holzbau = training({ title: 'Vorarbeiter/in Holzbau', description: 'Führen einer Gruppe im Holzbau.', startDate: IN_A_MONTH, cost: { amount: 2900, currency: 'CHF' } });
    const person = profile({
      skills: [{ conceptId: id('fuehrerschein-b'), label: 'Führerausweis Kat. B', level: 'good' }, { conceptId: id('anhaenger'), label: 'Anhänger fahren (Kat. BE)', level: 'good' }],
      ownWords: 'Zimmermann, 28. Seit 9 Jahren im Holzbau. Ich habe den Führerausweis B und BE.',
    });
    expect((await proposalsOf([czv, holzbau]).trainings(person)).items.map((t) => t.training.id)).toEqual([holzbau.id]);
  });

  it('the trade a person leaves is no field: a taxi driver who wants to drive buses is not proposed the taxi course first', async () => {
    const taxi = training({ title: 'Vorbereitung Ortskundeprüfung Taxi', description: 'Taxi: Ortskunde und P-Schein.', startDate: IN_A_MONTH });
    const bus = training({ title: 'Führerschein Klasse D (Quereinstieg Bus)', description: 'Linienbus fahren: Führerschein D mit Grundqualifikation.', startDate: IN_A_MONTH, cost: { amount: 6000, currency: 'CHF' } });
    const person = profile({
      skills: [{ conceptId: id('taxi-fahren'), label: 'Personen befördern (Taxi)', level: 'good' }],
      ownWords: 'Zwölf Jahre Taxi in der Stadt. Die Nächte im Taxi will ich nicht mehr. Busfahrer wäre mein Ziel, Linienbus.',
    });
    expect((await proposalsOf([taxi, bus]).trainings(person)).items.map((t) => t.training.id)[0]).toBe(bus.id);
  });
});

describe('training proposals for the person\'s language level and age group', () => {
  const kochkurs = training({ title: 'Küchenpraxis für Quereinsteigende', description: 'Kochen in der Gemeinschaftsgastronomie.', startDate: IN_A_MONTH });
  const a1 = training({ title: 'Deutsch A1 Grundkurs', description: 'Deutsch für den Alltag.', startDate: IN_A_MONTH });
  const b1 = training({ title: 'Berufssprachkurs Deutsch B1', description: 'Deutsch im Beruf: Gespräche, E-Mails, Formulare.', startDate: IN_A_MONTH });
  const c1 = training({ title: 'Deutsch C1 – Prüfungsvorbereitung', description: 'Vorbereitung auf die Prüfung.', startDate: IN_A_MONTH });

  it('proposes the German course one level above the person\'s first, though no job names German, before the course of their field, and none below their level', async () => {
    const person = profile({ languages: [{ language: 'de', level: 'A2' }], ownWords: 'Ich bin Koch und suche Arbeit in einer Küche.' });
    const page = await service([], [kochkurs, a1, b1, c1]).trainings(person, { limit: 4 });
    const ids = page.items.map((t) => t.training.id);
    expect(ids.slice(0, 2)).toEqual([b1.id, kochkurs.id]);
    // Neither a job's gap nor the words found it: the reason names the course, not an empty list.
    expect(page.items[0]!.explanation).toMatch(/^Bringt dir Berufssprachkurs Deutsch B1 bei/);
  });

  it('a German course meant for another trade does not come before the general course of the level; for that trade it does', async () => {
    const itDeutsch = training({ title: 'Deutsch B1 für IT-Fachkräfte (online)', description: 'Meetings, Tickets und E-Mails auf Deutsch.', online: true, funding: ['bildungsgutschein'], startDate: IN_A_MONTH });
    const general = training({ title: 'Deutsch B1 intensiv', description: 'Grammatik und Gespräche.', startDate: IN_A_MONTH });
    const cook = profile({ languages: [{ language: 'de', level: 'A2' }], ownWords: 'Ich bin Koch und suche Arbeit in einer Küche.' });
    expect((await service([], [itDeutsch, general]).trainings(cook)).items.map((t) => t.training.id)).toEqual([general.id, itDeutsch.id]);
    const developer = profile({ languages: [{ language: 'de', level: 'A2' }], ownWords: 'Ich arbeite seit sechs Jahren in der IT als Entwickler.' });
    expect((await service([], [itDeutsch, general]).trainings(developer)).items.map((t) => t.training.id)).toEqual([itDeutsch.id, general.id]);
  });

  it('a course meant for the person\'s trade by another of its names (an occupation\'s synonym) is theirs', async () => {
    const fageDeutsch = training({ title: 'Deutsch B1 für FaGe', description: 'Rapporte und Gespräche mit Patienten.', startDate: IN_A_MONTH });
    const general = training({ title: 'Deutsch B1 intensiv', description: 'Grammatik und Gespräche.', startDate: IN_A_MONTH });
    const taxonomy = builtinTaxonomy();
    const fage = taxonomy.concepts('occupation').find((c) => c.synonyms.includes('FaGe'))!;
    const proposals = createProposalService({ catalog: { activeJobs: async () => [], allTrainings: async () => [fageDeutsch, general] }, vocabulary: taxonomy, feedback: async () => [], now: () => NOW });
    const person = profile({ languages: [{ language: 'de', level: 'A2' }], occupations: [fage.id], ownWords: 'Ich habe die Lehre als Fachfrau Gesundheit gemacht.' });
    expect((await proposals.trainings(person)).items.map((t) => t.training.id)).toEqual([fageDeutsch.id, general.id]);
  });

  it('proposes no German course to a native speaker before the course of their field', async () => {
    const person = profile({ languages: [{ language: 'de', level: 'native' }], ownWords: 'Ich bin Koch und möchte Deutsch und Küche verbinden.' });
    const page = await service([], [kochkurs, b1]).trainings(person);
    expect(page.items.map((t) => t.training.id)).toEqual([kochkurs.id, b1.id]);
  });

  it('proposes no German course before the course of their field to a person who talks German and names no language', async () => {
    const person = profile({ ownWords: 'Ich bin Koch und möchte Deutsch und Küche verbinden.' });
    const page = await service([], [kochkurs, b1]).trainings(person);
    expect(page.items.map((t) => t.training.id)).toEqual([kochkurs.id, b1.id]);
  });

  it('a pupils\' course that teaches a pupil\'s gap is of their field, though it shares no word with them', () => {
    const camp = training({ title: 'Windenergie-Camp für Schülerinnen und Schüler', description: 'Eine Woche im Windpark.', skills: ['mechatronik'], startDate: IN_A_MONTH });
    const babysitter = training({ title: 'Babysitter-Kurs (ab 14)', description: 'Spielen und Trösten.', startDate: IN_A_MONTH });
    const index = new TrainingIndex([babysitter, camp], (skill) => (skill === 'mechatronik' ? 'Mechatronik' : undefined));
    const query = { gap: ['mechatronik'], words: 'Mien Vadder is Servicetechniker bi de Windmöhlen, dat will ik ok maken.', skillWords: 'Klettern', point: OLTEN, radiusKm: 25, now: NOW };
    expect(index.forGap({ ...query, audience: 'youth' }).items.map((t) => t.training.id)).toEqual([camp.id, babysitter.id]);
  });

  it('a beginners\' course in a skill the person has comes after their field\'s advanced course; for one who never trained it does not', () => {
    const einsteiger = training({ title: 'CNC-Grundkurs Drehen und Fräsen', description: 'Für Menschen ohne Zerspanungserfahrung: Grundlagen der CNC-Technik.', skills: ['cnc-fraesen'], startDate: IN_A_MONTH, cost: { amount: 200, currency: 'EUR' }, funding: ['bildungsgutschein'] });
    const cam = training({ title: 'CNC-Fräsen in fünf Achsen', description: 'Simulation und Postprozessor.', startDate: IN_A_MONTH, cost: { amount: 2500, currency: 'EUR' } });
    const index = new TrainingIndex([einsteiger, cam]);
    const query = { gap: [], words: 'Zerspanungsmechaniker, CNC-Fräsen an der Maschine', skillWords: 'CNC-Fräsen', point: OLTEN, radiusKm: 25, now: NOW };
    expect(index.forGap(query).items.map((t) => t.training.id)).toEqual([einsteiger.id, cam.id]);
    expect(index.forGap({ ...query, have: ['cnc-fraesen'] }).items.map((t) => t.training.id)).toEqual([cam.id, einsteiger.id]);
    expect(index.forGap({ ...query, have: ['cnc-fraesen'], unqualified: true }).items.map((t) => t.training.id)).toEqual([einsteiger.id, cam.id]);
  });

  it('a course whose title names a working condition the person rules out (phone work) comes after one that does not; an office course is never such', async () => {
    const callcenter = training({ title: 'Telefontraining für das Büro', description: 'Gespräche im Büro.', startDate: IN_A_MONTH, cost: { amount: 200, currency: 'CHF' }, funding: ['bundesbeitraege'] });
    const ablage = training({ title: 'Ablage für das Büro', description: 'Archivieren im Büro.', startDate: IN_A_MONTH, cost: { amount: 900, currency: 'CHF' } });
    const index = new TrainingIndex([callcenter, ablage]);
    const query = { gap: [], words: 'Bürostelle im Büro', skillWords: 'Büroorganisation', point: OLTEN, radiusKm: 25, now: NOW };
    expect(index.forGap(query).items.map((t) => t.training.id)).toEqual([callcenter.id, ablage.id]);
    expect(index.forGap({ ...query, avoided: ['phone'] }).items.map((t) => t.training.id)).toEqual([ablage.id, callcenter.id]);
    // «Nicht mehr im Büro gearbeitet» of a returner reads as the office ruled out: an office course still ranks as before.
    const wiedereinstieg = training({ title: 'Wiedereinstieg für das Büro', description: 'Administration im Büro.', startDate: IN_A_MONTH, cost: { amount: 200, currency: 'CHF' }, funding: ['bundesbeitraege'] });
    const withOffice = new TrainingIndex([wiedereinstieg]);
    expect(withOffice.forGap({ ...query, avoided: ['office'] }).items[0]!.score).toEqual(withOffice.forGap(query).items[0]!.score);
    // The person's words reach the courses: «nicht nur Telefon wie im Callcenter» rules out phone work.
    const page = await service([], [callcenter, ablage]).trainings(profile({ ownWords: 'Ich suche eine Stelle im Büro, bitte nicht nur Telefon wie im Callcenter.' }));
    expect(page.items.map((t) => t.training.id)).toEqual([ablage.id, callcenter.id]);
  });

  const pupils = training({ title: 'Berufswahl-Workshop Bau für Jugendliche', description: 'Bauberufe kennenlernen: Maurer, Strassenbauer.', startDate: IN_A_MONTH });
  const baupraxis = training({ title: 'Baupraktiker Strassenbau', description: 'Strassenbau und Pflästerungen für Bauarbeiter ohne Abschluss.', startDate: IN_A_MONTH });

  it('does not put a pupils\' course before the course for a builder of 45', async () => {
    const person = profile({ ownWords: 'Ich bin Bekim, 45, und habe 15 Jahre auf dem Bau gearbeitet, Strassenbau und Maurer.' });
    const page = await service([], [pupils, baupraxis]).trainings(person);
    expect(page.items.map((t) => t.training.id)).toEqual([baupraxis.id, pupils.id]);
  });

  it('does not put a returners\' course before the taster days for a pupil of 14', async () => {
    const returners = training({ title: 'Wiedereinstieg Pflege nach der Familienpause', description: 'Pflege auffrischen: Grundpflege, Dokumentation.', startDate: IN_A_MONTH });
    const taster = training({ title: 'Schnuppertage Pflege und Gesundheit', description: 'Pflegeberufe kennenlernen.', startDate: IN_A_MONTH });
    const person = profile({ ownWords: 'Ich bin 14 und möchte später in der Pflege arbeiten, Pflege interessiert mich sehr.' });
    const page = await service([], [returners, taster]).trainings(person);
    expect(page.items.map((t) => t.training.id)).toEqual([taster.id, returners.id]);
    // Nothing says how old an adult of unknown age is: the same courses keep their order by the words alone.
    const unknown = await service([], [pupils, baupraxis]).trainings(profile({ ownWords: 'Bau, Strassenbau' }));
    expect(unknown.items.length).toBe(2);
  });

  it('puts the pupils\' course of the field first for a pupil of 15, before a course for trained joiners that names more of their words', async () => {
    const taster = training({ title: 'Schnuppertage Holz für Jugendliche', description: 'Berufe am Holz kennenlernen.', startDate: IN_A_MONTH });
    const cnc = training({ title: 'CNC für Schreiner', description: 'Schreiner lernen die CNC-Maschine: Holz zuschneiden, Holz fräsen, Holzbearbeitung.', startDate: IN_A_MONTH });
    const pupil = profile({ ownWords: 'Ich bin 15 und suche eine Lehrstelle als Schreiner, ich arbeite gern mit Holz.' });
    expect((await service([], [cnc, taster]).trainings(pupil)).items.map((t) => t.training.id)).toEqual([taster.id, cnc.id]);
    // For an adult joiner the same courses keep their order by the words.
    const joiner = profile({ ownWords: 'Ich bin Schreiner, 38, und arbeite gern mit Holz.' });
    expect((await service([], [cnc, taster]).trainings(joiner)).items.map((t) => t.training.id)[0]).toBe(cnc.id);
  });

  it('does not put the Berufssprachkurs or the seniors\' course before the taster days for a pupil of 15', async () => {
    const technik = training({ title: 'Berufssprachkurs Deutsch B1–B2 Technik und Handwerk', description: 'Deutsch für Menschen in Technik und Handwerk.', startDate: IN_A_MONTH });
    const seniors = training({ title: 'Smartphone-Kurs für Seniorinnen und Senioren', description: 'Für Menschen, die mit Menschen in Kontakt bleiben wollen.', startDate: IN_A_MONTH });
    const taster = training({ title: 'Schnupperwoche soziale Berufe', description: 'Berufe mit Menschen kennenlernen: Kita und Pflege.', startDate: IN_A_MONTH });
    const pupil = profile({ ownWords: 'Ich bin 15 und geh in die 9. Klasse. Ich bin gern mit Menschen zusammen und interessiere mich für Technik.' });
    expect((await service([], [technik, seniors, taster]).trainings(pupil)).items.map((t) => t.training.id)[0]).toBe(taster.id);
  });

  it('puts the returners\' course of the person\'s field first for a returner, not for a saleswoman changing jobs', async () => {
    const comeback = training({ title: 'Wiedereinstieg in den Verkauf', description: 'Verkauf und Kundenberatung auffrischen, Kasse.', startDate: IN_A_MONTH });
    const sales = training({ title: 'Verkaufstraining Detailhandel', description: 'Verkauf und Kundenberatung im Detailhandel, Kasse.', startDate: IN_A_MONTH });
    const returner = profile({ ownWords: 'Ich habe im Verkauf im Detailhandel gearbeitet und will nach der Babypause wieder einsteigen.' });
    expect((await service([], [sales, comeback]).trainings(returner)).items.map((t) => t.training.id)).toEqual([comeback.id, sales.id]);
    const changer = profile({ ownWords: 'Ich habe im Verkauf im Detailhandel gearbeitet und suche eine neue Stelle.' });
    expect((await service([], [sales, comeback]).trainings(changer)).items.map((t) => t.training.id)).toEqual([sales.id, comeback.id]);
  });

  it('does not put a course asking for years of work before the taster days for a pupil of 17', async () => {
    const lead = training({ title: 'Kita-Leitung – Zertifikatslehrgang', description: 'Kita: Führung und Personal für Erzieherinnen mit Leitungserfahrung.', startDate: IN_A_MONTH, cost: { amount: 100, currency: 'CHF' }, funding: ['bundesbeitraege'] });
    const taster = training({ title: 'Hospitation Kita', description: 'Eine Woche in der Kita.', startDate: IN_A_MONTH, cost: { amount: 900, currency: 'CHF' } });
    const pupil = profile({ ownWords: 'Ich bin 17, gehe noch zur Schule und möchte Erzieherin in einer Kita werden.' });
    expect((await service([], [lead, taster]).trainings(pupil)).items.map((t) => t.training.id)).toEqual([taster.id, lead.id]);
  });

  it('puts the course for people over 50 before a course sharing a word with them for a warehouse worker of 60, not for one of 40', async () => {
    const fifty = training({ title: 'Standortbestimmung 50+', description: 'Nach Stellenverlust: Kompetenzbilanz, Arbeitsmarkt, Bewerbung.', startDate: IN_A_MONTH });
    const sap = training({ title: 'SAP EWM', description: 'Buchungen im Lager.', startDate: IN_A_MONTH });
    const picking = training({ title: 'Kommissionierung und Wareneingang im Lager', description: 'Kommissionierung, Wareneingang, Lager.', startDate: IN_A_MONTH });
    const ids = async (words: string) => (await service([], [sap, fifty, picking]).trainings(profile({ ownWords: words }))).items.map((t) => t.training.id);
    expect(await ids('Ich bin 60 und war 25 Jahre im Lager, Kommissionierung und Wareneingang.')).toEqual([picking.id, fifty.id, sap.id]);
    expect(await ids('Ich bin 40 und war 15 Jahre im Lager, Kommissionierung und Wareneingang.')).toEqual([picking.id, sap.id]);
  });

  it('does not put a course whose description sets an adult\'s age before the taster days for a pupil of 15', async () => {
    const forklift = training({ title: 'Staplerfahrerausweis R1 (Kompaktkurs)', description: 'Lager und Stapler: Theorie und Praxis, mit Prüfung. Mindestalter 18 Jahre.', startDate: IN_A_MONTH });
    const taster = training({ title: 'Schnuppertage Logistik', description: 'Berufe im Lager kennenlernen.', startDate: IN_A_MONTH });
    const pupil = profile({ ownWords: 'Ich bin 15 und will ins Lager, Stapler fahren finde ich toll.' });
    expect((await service([], [forklift, taster]).trainings(pupil)).items.map((t) => t.training.id)).toEqual([taster.id, forklift.id]);
  });

  it('puts the course leading to a first qualification before another course of the field for an adult who never trained, not for a trained one', async () => {
    const eba = training({ title: 'Logistiker/in EBA für Erwachsene: Lager', description: 'Lager und Kommissionierung, Qualifikationsverfahren.', startDate: IN_A_MONTH });
    const lead = training({ title: 'Teamleitung im Lager', description: 'Lager und Kommissionierung im Lager, Einsatzplanung.', startDate: IN_A_MONTH });
    const helper = profile({ ownWords: 'Ich bin 45, habe keine Lehre gemacht und arbeite seit Jahren im Lager, Kommissionierung.' });
    expect((await service([], [lead, eba]).trainings(helper)).items.map((t) => t.training.id)).toEqual([eba.id, lead.id]);
    const trained = profile({ ownWords: 'Ich bin 45, habe eine Lehre gemacht und arbeite seit Jahren im Lager, Kommissionierung.' });
    expect((await service([], [lead, eba]).trainings(trained)).items.map((t) => t.training.id)).toEqual([lead.id, eba.id]);
  });

  it('the form of the person\'s qualification is no field: a bookkeeper «mit eidg. Fachausweis» is not proposed the logistics Fachausweis', async () => {
    const logistik = training({ title: 'Logistikfachmann/-frau mit eidg. Fachausweis', description: 'Vorbereitung auf die Berufsprüfung.', startDate: IN_A_MONTH });
    const mwst = training({ title: 'MWST-Update für die Buchhaltung', description: 'Mehrwertsteuer: was sich ändert.', startDate: IN_A_MONTH });
    const person = profile({ ownWords: 'Ich bin Buchhalter mit eidg. Fachausweis und suche eine Stelle in der Buchhaltung.' });
    expect((await service([], [logistik, mwst]).trainings(person)).items.map((t) => t.training.id)).toEqual([mwst.id]);
  });
});
