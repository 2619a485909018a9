import { defaultExtractors } from '../../src/importers/defaults';
import { parseJobs } from '../../src/importers/index';
import { adOfferRanges, adRequirementCandidates, attributeBefore, adRequirementRanges, escoObjectSkill, inflectionOf, kindModifiers, qualityModifiers } from '../../src/nlu/ad-requirements';
import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { resolveSkills } from '../../src/nlu/skill-resolver';

const NOW = new Date('2026-05-15T12:00:00Z');
const { extractSkills, extractNamedSkills } = defaultExtractors();

/** One posting of a CSV export with this description, read by the importer with the real skill extraction. */
function imported(description: string) {
  const csv = `id;title;employer;description;country\nA-1;Sachbearbeiter (m/w/d);Muster GmbH;"${description}";DE\n`;
  const { items } = parseJobs('csv', csv, { extractSkills, extractNamedSkills, now: NOW });
  return items[0]!.skills.map((s) => s.conceptId);
}

describe('what a job ad asks for in its requirement list', () => {
  it('reads the skills listed under «Was du mitbringst» that only a phrase reading knows («Forecast-Reportings», «Rechnungsstellung»)', () => {
    const skills = imported('Was du mitbringst: - Erfahrung mit Forecast-Reportings - Rechnungsstellung und Mahnlauf');
    expect(skills).toContain('lotse:skill/controlling');
    const rechnung = resolveSkills('Rechnungsstellung', { locale: 'de-DE', mode: 'phrase' }).skills[0]!;
    expect(skills).toContain(rechnung.conceptId);
  });

  it('keeps listed requirement words that no concept explains as the posting\'s own words, where they stand', () => {
    const text = 'Dein Profil: - Kenntnisse in Prüfkatalogen - Erfahrung mit Vorauszahlungen. Wir bieten: flexible Arbeitszeiten';
    const { ownWords, ownWordSpans } = resolveSkills(text, { locale: 'de-DE', mode: 'document' });
    expect(ownWords).toEqual(['Prüfkatalogen', 'Vorauszahlungen']);
    expect(ownWordSpans!.map((span) => text.slice(...span))).toEqual(['Prüfkatalogen', 'Vorauszahlungen']);
  });

  it('takes nothing from what the ad offers («Wir bieten: flexible Arbeitszeiten, einen zuverlässigen Partner und Homeoffice»)', () => {
    const text = 'Was du mitbringst: - Erfahrung mit SAP und Excel. Wir bieten: flexible Arbeitszeiten, einen zuverlässigen Partner und Homeoffice.';
    const { skills, ownWords } = resolveSkills(text, { locale: 'de-DE', mode: 'document' });
    expect(skills.map((s) => s.text)).toEqual(['SAP', 'Excel']);
    expect(ownWords).toEqual([]);
  });

  it('does not take adjectives, job titles or languages of the list as skills («Abgeschlossene Ausbildung als Industriekaufmann, sichere Deutschkenntnisse»)', () => {
    const text = 'Qualifikation: Abgeschlossene Ausbildung als Industriekaufmann. Sichere Deutschkenntnisse. Mehrjährige Erfahrung im Mahnwesen.';
    const { ownWords, skills } = resolveSkills(text, { locale: 'de-DE', mode: 'document' });
    expect(ownWords).toEqual([]);
    expect(skills.map((s) => s.text)).not.toContain('Sichere');
  });
});

describe('reading more of what an ad asks for (issue 12, fifth round)', () => {
  const document = (text: string) => resolveSkills(text, { locale: 'de-DE', mode: 'document' });
  const labels = (text: string) => document(text).skills.map((s) => s.label);
  const conceptOf = (phrase: string) => resolveSkills(phrase, { locale: 'de-DE', mode: 'phrase' }).skills[0]!.conceptId;

  it('reads an ad without headings (tasks and requirements as the whole text) as asked for, but not its title line', () => {
    const text = 'Senior Controller (m/w/d)\nErstellung von Forecast-Reportings und Prüfung der Budgets';
    expect(document(text).skills.map((s) => s.conceptId)).toContain('lotse:skill/controlling');
    expect(adRequirementCandidates(text).map((c) => c.text)).not.toContain('Senior');
  });

  it('finds a heading the collapsed list left standing alone («ab sofort Aufgaben Forecast-Reportings …»), not «spannende Aufgaben» among the benefits', () => {
    const text = 'Start: ab sofort Aufgaben Forecast-Reportings erstellen Benefits Obstkorb, spannende Aufgaben Homeoffice-Pauschale';
    const words = adRequirementCandidates(text).map((c) => c.text);
    expect(words).toContain('Forecast-Reportings');
    expect(words).not.toContain('Homeoffice-Pauschale');
  });

  it('stores a listed word that names a skill where the chat would ask back («Mahnlauf», «Teamplayer»)', () => {
    const found = labels('Dein Profil: Erfahrung in der Buchhaltung und im Mahnlauf. Teamplayer mit Freude an Zahlen.');
    expect(found).toContain(resolveSkills('Mahnwesen', { locale: 'de-DE', mode: 'phrase' }).skills[0]!.label);
    expect(found).toContain('Teamarbeit');
  });

  it('reads a compound as the skill its second part names, in a trade the ad names («Direktvertrieb», «Dialogmarketing»)', () => {
    const { skills } = document('Dein Profil: Erfahrung in Kundenberatung und Verkauf, im Direktvertrieb oder im Dialogmarketing.');
    const vertrieb = skills.find((s) => s.text === 'vertrieb');
    expect(vertrieb?.conceptId).toBe(conceptOf('Verkauf'));
    expect(skills.map((s) => s.conceptId)).toContain(conceptOf('Marketing'));
  });

  it('reads the words of a run whose list separators were lost one by one («Azure DevOps Teamplayer», «Außendienst Führungserfahrung»)', () => {
    const { skills } = document('Dein Profil: Erfahrung mit Azure DevOps Teamplayer. Erfahrung in Kundenberatung und Verkauf, Außendienst Führungserfahrung wünschenswert.');
    expect(skills.find((s) => s.text === 'Teamplayer')?.label).toBe('Teamarbeit');
    expect(skills.find((s) => s.text === 'Außendienst')?.conceptId).toBe(conceptOf('Verkauf'));
  });

  it('does not read a degree or a verb prefix as a compound («Hochschulabschluss», «Durchführung»)', () => {
    const found = labels('Dein Profil: Hochschulabschluss in Betriebswirtschaft, Erfahrung in Buchhaltung und Controlling. Durchführung von Audits.');
    expect(found.some((l) => /Jahresabschluss/.test(l))).toBe(false);
    expect(found).not.toContain('Führungskompetenz');
  });

  it('does not read one word as a skill of a trade the ad does not name («Pflege des Prüfkatalogs» in a test engineer\'s ad)', () => {
    const found = labels('Dein Profil: Kenntnisse in Fahrzeugtechnik und Elektrotechnik. Erstellung und Pflege des Prüfkatalogs. Vorbereitung von Versuchen.');
    expect(found).not.toContain('Grundpflege');
    expect(found.some((l) => /Mise en place/.test(l))).toBe(false);
  });
});

describe('coordinations and nouns that look like adjectives (issue 12, sixth round)', () => {
  const document = (text: string) => resolveSkills(text, { locale: 'de-DE', mode: 'document' });
  const conceptOf = (phrase: string) => resolveSkills(phrase, { locale: 'de-DE', mode: 'phrase' }).skills[0]!.conceptId;

  it('reads the truncated part of a coordination as the compound it stands for («Lohn- und Finanzbuchhaltung» names payroll accounting)', () => {
    const text = 'Ihr Profil: Kenntnisse in der Lohn- und Finanzbuchhaltung. Wir bieten: Obstkorb';
    const lohn = document(text).skills.find((s) => s.text === 'Lohn-');
    expect(lohn?.conceptId).toBe(conceptOf('Lohnbuchhaltung'));
    expect(document(text).ownWords).not.toContain('Lohn');
  });

  it('completes every truncated part of a chain («Kreditoren-, Debitoren- und Anlagenbuchhaltung»), in the importer too', () => {
    const text = 'Aufgaben: Kreditoren-, Debitoren- und Anlagenbuchhaltung';
    const kreditoren = document(text).skills.find((s) => s.text === 'Kreditoren-');
    expect(kreditoren?.conceptId).toBe(conceptOf('Kreditorenbuchhaltung'));
    expect(imported(text)).toContain(conceptOf('Kreditorenbuchhaltung'));
  });

  it('leaves a truncated part unread when its completion names no skill, and reads nothing from the offer («Betriebs- und Heizkostenabrechnungen»; «Wir bieten: Lohn- und Gehaltsfortzahlung»)', () => {
    expect(document('Aufgaben: Erstellung der Betriebs- und Heizkostenabrechnungen').skills.some((s) => s.text === 'Betriebs-')).toBe(false);
    expect(document('Aufgaben: Ablage. Wir bieten: Lohn- und Finanzbuchhaltung als Abteilung nebenan').skills.some((s) => s.text === 'Lohn-')).toBe(false);
  });

  it('takes nouns with an adjective-like ending as list words («Stellenanzeigen», «Datenmodellen», «Finanzwirtschaft»), not adjectives («Mehrjährige», «Abgeschlossene»)', () => {
    const words = adRequirementCandidates('Aufgaben: Erstellung von Stellenanzeigen, Pflege von Datenmodellen. Profil: Mehrjährige Erfahrung in der Finanzwirtschaft, Abgeschlossene Ausbildung').map((c) => c.text);
    expect(words).toEqual(expect.arrayContaining(['Stellenanzeigen', 'Datenmodellen', 'Finanzwirtschaft']));
    expect(words.some((w) => /Mehrjährige|Abgeschlossene/.test(w))).toBe(false);
  });

  it('opens the task part at a possessive heading of the work itself («Dein Arbeitsfeld», «Ihr Job»)', () => {
    const text = 'Produktmanager (m/w/d)\nÜber uns Wir sind ein Hersteller. Dein Arbeitsfeld Von Marktstudien bis zur Preisfindung. Dein Profil: Studium';
    expect(adRequirementCandidates(text).map((c) => c.text)).toContain('Marktstudien');
    expect(adRequirementCandidates('Analyst (m/w/d)\nÜber uns Wir sind ein Hersteller. Das ist zukünftig Ihr Job Prozessberatung und Kennzahlen. Ihr Profil: Studium').map((c) => c.text)).toContain('Prozessberatung');
  });

  it('reads a compound whose second part only names a kind by its first part («Statistiksoftware» is statistics, «Reporting-Tools» reporting)', () => {
    expect(kindModifiers('Reporting-Tools')).toEqual(['Reporting']);
    expect(kindModifiers('Statistiksoftware')).toEqual(['Statistik']);
    expect(kindModifiers('Software')).toEqual([]);
    const { skills } = document('Dein Profil: Kenntnisse in Mathematik und Physik, Erfahrung mit Statistiksoftware.');
    expect(skills.find((s) => s.text === 'Statistiksoftware')?.conceptId).toBe(conceptOf('Statistik'));
  });

  it('lets a listed word name a skill of a neighbouring desk trade («Algorithmen», «Reporting» in an IT ad), not a hands-on one or by a compound\'s part', () => {
    const it = document('Dein Profil: Erfahrung mit Python, Java und SQL. Algorithmen. Reporting. Pflege der Vermögensverwaltung.');
    const byText = (t: string) => it.skills.find((s) => s.text === t)?.conceptId;
    expect(byText('Algorithmen')).toBe(conceptOf('Informatik-Grundlagen'));
    expect(byText('Reporting')).toBe(conceptOf('Controlling'));
    expect(it.skills.map((s) => s.label)).not.toContain('Grundpflege');
    expect(it.skills.map((s) => s.label)).not.toContain('Öffentliche Verwaltung');
  });
});

describe('tools, lists and product names in job ads (issue 12, seventh round)', () => {
  const document = (text: string) => resolveSkills(text, { locale: 'de-DE', mode: 'document' });

  it('reads each item of a list joined by slashes («R/SPSS/STATA»), also when one of them is found by its name', () => {
    const { skills } = document('Dein Profil: Statistik mit R/SPSS/STATA.');
    expect(skills.map((s) => s.text)).toEqual(expect.arrayContaining(['SPSS', 'STATA']));
  });

  it('knows the tools of data, security and development ads (NestJS, RabbitMQ, Azure Data Factory, SAS, Snort, 2FA)', () => {
    const { skills } = document('Ihr Profil: Erfahrung mit NestJS und RabbitMQ, Azure Data Factory, SAS; Regeln für Snort, Zwei-Faktor-Authentifizierung (2FA).');
    expect(skills.map((s) => s.label)).toEqual(['NestJS', 'RabbitMQ', 'Azure Data Factory', 'SAS', 'Snort', 'Zwei-Faktor-Authentifizierung', 'Zwei-Faktor-Authentifizierung']);
  });

  it('reads a product name only as written, not an everyday word of the same stem («Look», «arisen», «Springer-Verlag», «safer»)', () => {
    const text = 'Your profile: Experience with Looker and SAFe. A new opportunity has arisen. Look forward to it, safer roads, published at Springer-Verlag.';
    expect(document(text).skills.map((s) => s.text)).toEqual(['Looker', 'SAFe']);
    expect(resolveSkills('Look', { locale: 'en', mode: 'phrase' }).skills.filter((s) => s.tier === 'sure')).toEqual([]);
    expect(resolveSkills('Kubernets', { locale: 'de-CH', mode: 'phrase' }).skills.find((s) => s.tier === 'sure')?.label).toBe('Kubernetes');
  });

  it('reads «analytisch» in lower case as the quality, not chemical analytics («analytisch denkend», «analytisches Verständnis»)', () => {
    const { skills } = document('Ihr Profil: analytisch denkend, analytisches Verständnis. Sie betreuen analytische Systeme.');
    expect(skills.map((s) => [s.text, s.label])).toEqual([
      ['analytisch', 'Probleme lösen'],
      ['analytisches', 'Probleme lösen'],
    ]);
  });

  it('takes a quality without an ending as the end of its list item («lösungsorientiert Du arbeitest»), not an inflected one before a noun («zuverlässigen Partner»)', () => {
    const asked = document('Dein Profil: Du hilfst bei IT-Fragen – freundlich und lösungsorientiert Du arbeitest gern im Team, ziel- und ergebnisorientiert Erfahrungen: viele.');
    expect(asked.skills.map((s) => s.text)).toEqual(expect.arrayContaining(['lösungsorientiert', 'ergebnisorientiert']));
    expect(document('Suchen Sie einen zuverlässigen Partner, der Ihnen hilft?').skills).toEqual([]);
  });
});


describe('sections, task clauses and inflected names in ads (issue 12, ninth round)', () => {
  const texts = (text: string) => resolveSkills(text, { locale: 'de-DE', mode: 'document' }).skills.map((s) => `${s.text}→${s.label}`);

  it('does not end the requirements at «Kontakt» in a sentence («Spaß am direkten Kontakt zum Kunden»), only at a heading', () => {
    const text = 'Monteur (m/w/d)\nQualifikation Sie haben Spaß am direkten Kontakt zum Kunden und arbeiten sorgfältig? Kontakt Frau Muster, Tel. 0123';
    expect(texts(text)).toContain('sorgfältig→Genauigkeit und Sorgfalt');
    expect(adRequirementCandidates(text).map((c) => c.text)).not.toContain('Frau');
  });

  it('opens the tasks at a heading written as a clause («Was du konkret machst», «Worum es geht»)', () => {
    const words = adRequirementCandidates('Agent (m/w/d)\nWas du konkret machst Du bearbeitest Reklamationen in Zendesk. Was du mitbringst Ausbildung im Handel').map((c) => c.text);
    expect(words).toEqual(expect.arrayContaining(['Reklamationen', 'Zendesk']));
    expect(adRequirementCandidates('Agent\nWorum es geht Du pflegst Lieferantenstammdaten. Dein Profil Excel').map((c) => c.text)).toContain('Lieferantenstammdaten');
  });

  it('reads «Verantwortung für …» among the benefits as a phrase, not as a heading of tasks', () => {
    const words = adRequirementCandidates('Agent\nIhr Profil: Excel. Benefits Eigener Bereich: Verantwortung für den Erfolg deines Bereichs. Modernes Office').map((c) => c.text);
    expect(words).toEqual(['Excel']);
  });

  it('reads the verb of a task clause as the skill it names when verb and object name nothing together, in the ad\'s trades only', () => {
    expect(texts('Schlosser (m/w/d)\nAufgaben: Du schweißt Bauteile. Kenntnisse im Metallbau')).toContain('schweißt→Schweißen');
    // «pflegen» names nursing, a trade this office ad does not name.
    expect(texts('Sachbearbeiter (m/w/d)\nAufgaben: Sie erstellen Rechnungen und pflegen die Ablage.').join(' ')).not.toMatch(/Grundpflege/);
  });

  it('reads a «du» form whose stem ends in s as its verb («du fräst» → fräsen)', () => {
    expect(texts('Zerspaner (m/w/d)\nAufgaben: Du fräst Werkstücke. Kenntnisse im Metallbau')).toContain('fräst→CNC-Fräsen');
  });

  it('reads a quality adjective before «Stärke» or «Mentalität» as the quality asked for («analytische Stärke»)', () => {
    expect(texts('Controller (m/w/d)\nDein Profil: strukturierte Arbeitsweise und analytische Stärke')).toContain('analytische→Probleme lösen');
  });

  it('reads an action noun that is its verb\'s stem plus -e with its object («Pflege von Stammdaten» → Stammdaten pflegen)', () => {
    expect(texts('Assistenz (m/w/d)\nAufgaben: Pflege von Stammdaten')).toContain('Pflege von Stammdaten→Daten erfassen');
  });

  it('takes an inflection or the action noun of a one-word name in a list («Priorisierung», «Schichten»), not a derivation or a compound\'s part', () => {
    expect(inflectionOf('Priorisierung', 'Priorisieren')).toBe(true);
    expect(inflectionOf('Posteingangs', 'Posteingang')).toBe(true);
    expect(inflectionOf('Unternehmens', 'Unternehmer')).toBe(false);
    expect(inflectionOf('Handwerker', 'Handwerk')).toBe(false);
    expect(texts('Disponent (m/w/d)\nAufgaben: Priorisierung und Terminierung der Aufträge')).toContain('Priorisierung→Organisationstalent');
    // «Produktionen» is an inflection of «Produktion», but as the second part of «Videoproduktionen» it is a guess already.
    expect(texts('Videograf (m/w/d)\nAufgaben: Umsetzung von Videoproduktionen. Kenntnisse in Produktion und Fertigung')).not.toContain('produktionen→Produktionsanlagen bedienen');
  });
});

describe('English task headings and the vocabulary of job ads (issues 11 and 12, vocabulary round)', () => {
  const candidates = (text: string) => adRequirementCandidates(text).map((c) => c.text);

  it('opens the task section at «Tasks» and at «What You\'ll Do» written with a typographic apostrophe', () => {
    const intro = 'Mobile Developer\nAbout us We build a learning platform for Universities.';
    expect(candidates(`${intro} Tasks Prüfkataloge, Vorauszahlungen. Requirements Formularwesen`)).toEqual(['Prüfkataloge', 'Vorauszahlungen', 'Formularwesen']);
    expect(candidates(`${intro} What You’ll Do Prüfkataloge, Vorauszahlungen. Requirements Formularwesen`)).toEqual(['Prüfkataloge', 'Vorauszahlungen', 'Formularwesen']);
  });

  it('reads the words ads use for HR, finance, customs and site supervision as the counsellor\'s concepts', () => {
    const labels = (text: string) => resolveSkills(text, { locale: 'de-DE', mode: 'document' }).skills.map((s) => s.label);
    const ad = 'Deine Aufgaben: Personaleinsatzplanung, Zeiterfassung, Konzernabschluss nach US GAAP, Zollanmeldungen, Bauüberwachung und Mängelmanagement, Penetrationstests';
    expect(labels(ad)).toEqual(
      expect.arrayContaining(['Personaleinsatzplanung', 'Zeiterfassung und Zeitwirtschaft', 'Jahresabschluss erstellen', 'Zollabwicklung', 'Bauleitung', 'IT-Sicherheit']),
    );
  });

  it('knows the tools ads name (Asana, Trello, PeopleSoft, Opera PMS) as technologies of their curated skill', () => {
    const sure = (text: string) => resolveSkills(text, { locale: 'de-DE', mode: 'phrase' }).skills.filter((s) => s.tier === 'sure');
    expect(sure('Asana')[0]?.label).toBe('Asana');
    expect(sure('PeopleSoft')[0]?.label).toBe('PeopleSoft');
    expect(sure('Opera PMS')[0]?.label).toBe('Opera PMS');
  });

  it('does not read a customer as customs, nor a job seeker\'s reading of job ads as recruiting', () => {
    const stored = (text: string) => resolveSkills(text, { locale: 'en', mode: 'phrase' }).skills.filter((s) => s.tier === 'sure').map((s) => s.label);
    expect(stored('processing customer orders')).not.toContain('Customs clearance');
    expect(resolveSkills('Ich lese jeden Tag Stellenanzeigen', { locale: 'de-CH', mode: 'message' }).skills.filter((s) => s.tier === 'sure')).toEqual([]);
  });
});

describe('an ad whose task list stands before its first heading', () => {
  const candidates = (text: string) => adRequirementCandidates(text).map((c) => c.text);
  const title = 'Produktplaner (m/w/d)\n';
  const requirements = ' Qualifikation: Studium des Maschinenbaus';

  it('reads a bare task list of nouns before the requirements heading as asked for', () => {
    expect(candidates(`${title}Pflege der Stücklisten, Planung von Arbeitsfolgen.${requirements}`)).toEqual(expect.arrayContaining(['Stücklisten', 'Arbeitsfolgen']));
  });

  it('does not read the employer telling about itself there (a copula, or «wir»)', () => {
    expect(candidates(`${title}Die Muster Werke sind Hersteller von Übertragungstechnik.${requirements}`)).toEqual(['Maschinenbaus']);
    expect(candidates(`${title}Wir bauen Übertragungstechnik.${requirements}`)).toEqual(['Maschinenbaus']);
  });
});

describe('an ad whose source dropped its headings, and «Benefits» as a word of HR work', () => {
  const candidates = (text: string) => adRequirementCandidates(text).map((c) => c.text);
  const intro = 'Referent Vergütung (m/w/d)\nDie Muster AG ist ein Hersteller von Pumpen mit 800 Mitarbeitenden.';

  it('reads the second and third of four blocks split by a stray full stop as tasks and requirements, the fourth as the offer', () => {
    const text = `${intro} . Pflege der Prüfkataloge und Vorauszahlungen . Sicherer Umgang mit Formularwesen . Kantine, Jobticket und Obstkorb`;
    expect(candidates(text)).toEqual(expect.arrayContaining(['Prüfkataloge', 'Vorauszahlungen', 'Formularwesen']));
    expect(candidates(text)).not.toEqual(expect.arrayContaining(['Kantine']));
  });

  it('does not read a text with another number of stray full stops as such blocks', () => {
    const text = `${intro} Die Firma wächst. . Sie kennt Prüfkataloge und Vorauszahlungen. Dein Profil: Formularwesen`;
    expect(candidates(text)).toEqual(['Formularwesen']);
  });

  it('does not end the requirements at «Benefits» coordinated with other fields («Compensation & Benefits»)', () => {
    const text = 'Deine Aufgaben: Betreuung der Themen Grading, Compensation & Benefits Durchführung von Stellenbewertungen und Prüfkatalogen';
    expect(candidates(text)).toEqual(expect.arrayContaining(['Stellenbewertungen', 'Prüfkatalogen']));
    expect(candidates('Dein Profil: Formularwesen Benefits Kantine und Obstkorb')).not.toContain('Kantine');
  });
});

describe('a compound naming a part of a field\'s work by the field («Datenschutzanfragen», «Buchhaltungsanforderungen»)', () => {
  it('reads the field of a compound whose second part is its requests, requirements, risks or documents', () => {
    expect(kindModifiers('Datenschutzanfragen')).toContain('Datenschutz');
    expect(kindModifiers('Buchhaltungsanforderungen')).toContain('Buchhaltung');
    expect(kindModifiers('Audit-Dokumentationen')).toEqual(['Audit']);
    const labels = resolveSkills('Deine Aufgaben: Buchhaltungsanforderungen klären, Marketingmaßnahmen planen', { locale: 'de-DE', mode: 'document' }).skills.map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['Buchhaltung', 'Marketing']));
  });

  it('does not read a verb prefix as the field («Voranfragen»)', () => {
    expect(kindModifiers('Voranfragen')).toEqual([]);
  });
});

describe('headings and English requirement lists (issue 12, tenth round)', () => {
  const document = (text: string) => resolveSkills(text, { locale: 'de-DE', mode: 'document' });
  const words = (text: string) => adRequirementCandidates(text).map((c) => c.text);

  it('opens the requirements at a bare heading after a noun that ends its list item («… Personalentwicklungsmaßnahmen Qualifikation Vertragswesen …»)', () => {
    const text = 'Wir sind eine Agentur. Du begleitest Personalentwicklungsmaßnahmen Qualifikation Vertragswesen und Personalakten. Dein Profil: Teamgeist';
    expect(words(text)).toContain('Vertragswesen');
  });

  it('opens the tasks at a bare heading after a verb when a task clause follows («… statt nur verwalten Aufgaben Du verantwortest …»)', () => {
    const text = 'Wir sind eine Agentur und du willst gestalten statt nur verwalten Aufgaben Du verantwortest das Vertragswesen. Dein Profil: Teamgeist';
    expect(words(text)).toContain('Vertragswesen');
  });

  it('keeps a bare heading after a noun among the benefits a word of the offer («Weiterbildung wie Fachberater Qualifikationen»)', () => {
    const text = 'Dein Profil: Buchhaltung. Benefits Unterstützung bei Weiterbildungsmaßnahmen wie Fachberater Qualifikationen Modernste Ausstattung';
    expect(words(text)).not.toContain('Ausstattung');
  });

  it('reads «Unser Angebot» before a verb as the object of a task, and «Was du mitbringen solltest» as a heading', () => {
    const text = 'Aufgaben Unser Angebot weiterentwickeln, Tools testen und mitgestalten Qualifikation Was du mitbringen solltest Lernbereitschaft und Kommunikationsstärke Benefits Obstkorb';
    expect(document(text).skills.map((s) => s.label)).toEqual(expect.arrayContaining(['Lernbereitschaft', 'Kommunikationsfähigkeit']));
  });

  it('reads the English headings «What you get to do» (opens) and «What you can look forward to» (closes)', () => {
    const text =
      'IT Lead\nAt Acme, we build payment software for our customers and we care about the people in the team. What you get to do: Implement Hardening of the devices. What you can look forward to: Support of local communities and great Onboarding';
    const found = words(text).join(' | ');
    expect(found).toContain('Hardening');
    expect(found).not.toContain('Onboarding');
  });

  it('reads the skills an English ad names in lower case in its requirement list («reporting», «storytelling», «analytical»)', () => {
    const text =
      'Data Analyst\nWe are a company in the automotive industry and we are looking for you. Your tasks: Evaluation of the data and reporting for the management. Your profile: Very good analytical and organizational skills, storytelling with data';
    const labels = document(text).skills.map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['Controlling', 'Probleme lösen', 'Organisationstalent', 'Texte schreiben']));
  });

  it('reads a quality\'s adjective with another noun of a way of working as that quality («konzeptionelle Stärke» as «konzeptionelles Denken»), not with a noun of people', () => {
    const found = document('Dein Profil: konzeptionelle Stärke und organisatorisches Geschick. Du arbeitest mit technischen Mitarbeitern zusammen.').skills;
    const conceptOf = (phrase: string) => resolveSkills(phrase, { locale: 'de-DE', mode: 'phrase' }).skills[0]!.conceptId;
    expect(found.find((s) => s.text === 'konzeptionelle Stärke')?.conceptId).toBe(conceptOf('konzeptionelles Denken'));
    expect(found.find((s) => s.text === 'organisatorisches Geschick')?.conceptId).toBe(conceptOf('organisatorische Fähigkeiten'));
    expect(found.map((s) => s.text)).not.toContain('technischen Mitarbeitern');
  });

  it('reads no everyday English word in lower case as a skill («store», «garage», «mobile», «tailor»), and none in a German ad', () => {
    const english =
      'Store Manager\nWe are a retailer and we are looking for you. Your profile: You run the store and the garage with a mobile team and tailor the offer to the customers.';
    expect(document(english).skills.map((s) => s.text)).not.toEqual(expect.arrayContaining(['store']));
    expect(document(english).skills.map((s) => s.text)).toEqual([]);
    const german = 'Dein Profil: Du bringst Erfahrung mit und machst reporting für das Team.';
    expect(document(german).skills.map((s) => s.text)).not.toContain('reporting');
  });
});

describe('tool families and quality, security and module words of job ads (issue 12, eleventh round)', () => {
  const labels = (text: string) => resolveSkills(text, { locale: 'de-DE', mode: 'document' }).skills.map((s) => s.label);

  it('knows the tools of automation, machine vision, quality statistics and Apple device management (TwinCAT, HALCON, Q-DAS, Jamf)', () => {
    const found = labels('Dein Profil: Erfahrung mit TwinCAT und S7, HALCON, Q-DAS und CAQ-Systemen; Verwaltung von Geräten mit Jamf unter macOS.');
    expect(found).toEqual(expect.arrayContaining(['TwinCAT', 'SIMATIC S7', 'HALCON', 'Q-DAS', 'CAQ', 'Jamf', 'macOS']));
  });

  it('reads SAP modules, PLM systems and safety standards as their own technologies, not as SAP alone', () => {
    const found = labels('Ihre Qualifikationen: Kenntnisse in SAP FI/CO und SAP MM, Teamcenter, ISO 26262 sowie EU-MDR.');
    expect(found).toEqual(expect.arrayContaining(['SAP FI/CO', 'SAP MM', 'Teamcenter', 'Funktionale Sicherheit', 'Medical Device Regulation']));
    expect(found).not.toContain('SAP');
  });

  it('reads quality assurance and security operations as the counsellor\'s concepts, in English ads too', () => {
    expect(labels('Your profile: experience in quality assurance and 8D-Reports, Security Operations Center')).toEqual(
      expect.arrayContaining(['Qualitätskontrolle', 'Qualitätsmanagement-Systeme', 'IT-Sicherheit']),
    );
  });
});

describe('a field named by the first part of its strategies, activities or materials, and English requirement words', () => {
  it('reads the field of a compound whose second part is its strategies, activities, materials, procedures or aspects', () => {
    expect(kindModifiers('Marketingstrategien')).toContain('Marketing');
    expect(kindModifiers('Vertriebsaktivitäten')).toContain('Vertrieb');
    expect(kindModifiers('Beschaffungsvorgänge')).toContain('Beschaffung');
    const texts = resolveSkills('Deine Aufgaben: Marketing, Marketingstrategien, Marketingmaterialien', { locale: 'de-DE', mode: 'document' }).skills.map((s) => s.text);
    expect(texts).toEqual(expect.arrayContaining(['Marketingstrategien', 'Marketingmaterialien']));
  });

  it('reads the English words of testing, agile work, data visualisation and leading people', () => {
    const text =
      'Data Engineer\nWe are a company in the energy industry and we are looking for you. Your profile: integration testing, agile development, data visualization and managing people';
    const labels = resolveSkills(text, { locale: 'de-DE', mode: 'document' }).skills.map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['Software testen', 'Agile Methoden', 'Datenanalyse', 'Führungskompetenz']));
  });
});

describe('an action word whose object names another trade («Bedienen von CNC-Maschinen»)', () => {
  const labels = (text: string) => resolveSkills(text, { locale: 'de-DE', mode: 'document' }).skills.map((s) => s.label);

  it('does not read «Bedienen» or «Rüsten» of machines as serving guests or kitchen preparation', () => {
    const found = labels('Deine Aufgaben: Bedienen und Rüsten von CNC-Maschinen. Dein Profil: Erfahrung im Bedienen von Baumaschinen');
    expect(found).not.toContain('Gäste bedienen');
    expect(found).not.toContain('Mise en place und Vorbereitung');
  });

  it('still reads serving when its object is guests', () => {
    expect(labels('Deine Aufgaben: Bedienen von Gästen im Restaurant')).toContain('Gäste bedienen');
  });
});

describe('qualities named by an activity and ESCO skills named by their object (issue 12, s-ads round)', () => {
  const labelOf = (text: string, word: string) =>
    resolveSkills(text, { locale: 'de-DE', mode: 'document' }).skills.find((s) => s.text === word || (s.text.length > 0 && word.startsWith(s.text)))?.label;

  it('reads «Präsentationskompetenz» and «Moderationsfähigkeit» as the activity they are the ability for', () => {
    expect(qualityModifiers('Präsentationskompetenz')).toContain('Präsentation');
    expect(qualityModifiers('Organisationsstärke')).toContain('Organisation');
    expect(qualityModifiers('Kompetenz')).toEqual([]);
    const text = 'Ihr Profil: Sicherer Umgang mit MS Office sowie Präsentationskompetenz. Ausgeprägte Moderationsfähigkeit. Hohe Organisationsstärke';
    expect(labelOf(text, 'Präsentationskompetenz')).toBe('Präsentieren');
    expect(labelOf(text, 'Moderationsfähigkeit')).toBe('Präsentieren');
    expect(labelOf(text, 'Organisationsstärke')).toBe('Organisationstalent');
  });

  it('completes a truncated quality of a coordination («Moderations- und Verhandlungsfähigkeit»)', () => {
    const { skills } = resolveSkills('Ihr Profil: hohe Moderations- und Verhandlungsfähigkeit', { locale: 'de-DE', mode: 'document' });
    expect(skills.find((s) => s.text.startsWith('Moderations'))?.label).toBe('Präsentieren');
  });

  it('reads a long noun as the one ESCO skill named by it and a verb («Änderungsmanagement anwenden»), not a noun several share', () => {
    const lexicon = skillLexicon();
    expect(escoObjectSkill('Änderungsmanagement', lexicon, 'de-DE')?.label).toBe('Änderungsmanagement anwenden');
    expect(escoObjectSkill('Änderungsmanagements', lexicon, 'de-DE')?.label).toBe('Änderungsmanagement anwenden');
    expect(escoObjectSkill('Rohstoffe', lexicon, 'de-DE')).toBeUndefined();
    expect(labelOf('Ihr Profil: Mehrjährige Erfahrung im Änderungsmanagement', 'Änderungsmanagement')).toBe('Änderungsmanagement anwenden');
  });

  it('reads the project, governance and workshop words of desk ads as the curated skills', () => {
    const text = 'Ihre Aufgaben: Projektorganisation und Leitung von Teilprojekten, Governance durch Konzernrichtlinien, Durchführung von Workshops';
    expect(labelOf(text, 'Projektorganisation')).toBe('Projektmanagement');
    expect(labelOf(text, 'Governance')).toBe('Compliance und Risikomanagement');
    expect(resolveSkills(text, { locale: 'de-DE', mode: 'document' }).skills.map((s) => s.label)).toContain('Präsentieren');
  });
});

describe('offer and profile headings, blocks and attributes (issue 12, twelfth session, branch s-ads2)', () => {
  const labels = (text: string) => resolveSkills(text, { locale: 'de-DE', mode: 'document' }).skills.map((s) => s.label);

  it('closes the requirements at «Ihr Vorteil», «Was Wir Bieten» (capitalised) and «Über uns», also a cue\'s clause, so the offer gives no skills', () => {
    const vorteil = 'Ihr Profil Sicherer Umgang mit Excel Ihr Vorteil Modernes Büro, Flexible Arbeitszeitmodelle, Flexibles Homeoffice';
    expect(labels(vorteil)).toContain('Microsoft Excel');
    expect(labels(vorteil)).not.toContain('Flexibilität');
    const bieten = 'Deine Aufgaben Du analysierst Daten mit Excel. Was Wir Bieten Hybrides Arbeitsmodell: Wir bieten Flexibilität. Lernen & Entwicklung: Schulungen';
    expect(labels(bieten)).toContain('Microsoft Excel');
    expect(labels(bieten)).not.toContain('Flexibilität');
    // «Über uns» starts with a letter outside \w: a heading all the same.
    expect(labels('Dein Profil Erfahrung mit Excel. Über uns Wir sind eine Agentur für Influencer Marketing')).not.toContain('Marketing');
  });

  it('opens the requirements at «Über Dich» and «Über die Rolle»', () => {
    const text = 'Praktikant (m/w/d)\nWir sind ein Reiseunternehmen. Über die Rolle Du pflegst Content. Über Dich Du bist sicher im Umgang mit Excel';
    expect(adRequirementRanges(text).some(([from]) => text.slice(from).startsWith(' Du pflegst'))).toBe(true);
  });

  it('splits an ad into blocks at lone full stops also before a word in lower case («Flexibilität . verantwortungsvolle Aufgaben …»)', () => {
    const text =
      'Statistiker (m/w/d)\nWir forschen seit 1990. . Auswertung von Testverfahren mit R . Analytisches Denken und Flexibilität . verantwortungsvolle Aufgaben, flexible Arbeitszeiten, leistungsorientiertes Prämiensystem';
    const offer = adOfferRanges(text);
    expect(offer.some(([from, to]) => text.slice(from, to).includes('flexible Arbeitszeiten'))).toBe(true);
    expect(labels(text)).not.toContain('Ergebnisorientierung');
  });
});

describe('a list word read with the adjective before it (issue 12, twelfth session, branch s-ads2)', () => {
  const labels = (text: string) => resolveSkills(text, { locale: 'de-DE', mode: 'document' }).skills.map((s) => s.label);

  it('reads the quality an adjective names before a list word that names nothing alone («kreative Ideen», «kommunikative Sensibilität»)', () => {
    const ideas = 'Du entwickelst kreative Ideen';
    expect(attributeBefore(ideas, [ideas.indexOf('Ideen'), ideas.length])).toEqual([ideas.indexOf('kreative'), ideas.indexOf(' Ideen')]);
    expect(attributeBefore('Sehr gute Kenntnisse', [10, 20])).toBeUndefined();
    const found = labels('Deine Aufgaben Du entwickelst kreative Ideen für Kampagnen. Dein Profil Soziale und kommunikative Sensibilität');
    expect(found).toContain('Kreativität');
    expect(found).toContain('Kommunikationsfähigkeit');
  });

  it('reads no degree and nothing of the offer so («Zweites Juristisches Staatsexamen»; «Wir bieten: kreative Freiräume»)', () => {
    expect(labels('Dein Profil Erstes und Zweites Juristisches Staatsexamen')).toEqual([]);
    expect(labels('Dein Profil Erfahrung mit Excel. Wir bieten: kreative Freiräume')).not.toContain('Kreativität');
  });
});
