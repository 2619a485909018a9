/**
 * German texts of the demo postings and trainings, written for Lotse: building blocks per field
 * and per kind of position that the generator combines, so no two postings read the same.
 * Written in de-DE spelling; Swiss texts pass through swissSpelling (ß → ss) and use Swiss words.
 */
import type { TaxonomyField } from '../matching/taxonomy/types';
import type { PositionKind } from '../profile/types';

/** A typical task; shown for occupations needing one of its skills (no skills: fits the whole field). */
export interface Task {
  text: string;
  skills?: readonly string[];
}

const task = (text: string, ...skills: string[]): Task => ({ text, skills: skills.length > 0 ? skills : undefined });

/** Typical tasks per field ("Deine Aufgaben"). */
export const TASKS: Readonly<Partial<Record<TaxonomyField, readonly Task[]>>> = {
  it: [
    task('du entwickelst neue Funktionen für unsere Software und testest sie gründlich', 'programmieren', 'software-testen', 'objektorientierte-programmierung'),
    task('du arbeitest in einem kleinen Team mit Scrum, Git und Code-Reviews', 'git', 'programmieren'),
    task('du entwirfst Datenbanken und schreibst Abfragen für Auswertungen', 'datenbanken', 'sql'),
    task('du richtest Laptops, Drucker und Netzwerke für unsere Kundinnen und Kunden ein', 'it-support', 'hardware-installieren', 'netzwerktechnik'),
    task('du hilfst am Telefon und vor Ort, wenn etwas nicht funktioniert', 'it-support', 'fehleranalyse-it'),
    task('du kümmerst dich um Backups, Updates und die Sicherheit unserer Server', 'server-administration', 'datensicherung', 'it-sicherheit'),
    task('du lernst jeden Tag Neues – vom Netzwerk bis zur eigenen App'),
  ],
  elektro: [
    task('du bestückst und lötest Leiterplatten und prüfst sie im Testlabor', 'loeten', 'elektronik-bestuecken', 'elektronik'),
    task('du programmierst Mikrocontroller und baust Prototypen auf', 'mikrocontroller', 'elektronik'),
    task('du verdrahtest Schaltschränke nach Schema und nimmst Anlagen in Betrieb', 'schaltschrankbau', 'automatisierungstechnik'),
    task('du programmierst Steuerungen und begleitest die Inbetriebnahme beim Kunden', 'sps-programmierung'),
    task('du installierst Beleuchtung, Steckdosen und Netzwerkanschlüsse auf Baustellen', 'elektroinstallation', 'kabel-verlegen'),
    task('du planst Elektroanlagen am Computer und zeichnest die Schemas', 'schaltplaene-erstellen', 'cad'),
    task('du baust und wartest Leitungen und Trafostationen im Stromnetz', 'energietechnik'),
    task('du suchst Fehler mit Messgeräten und behebst sie selbständig', 'messgeraete-elektro', 'fehlersuche-elektro'),
  ],
  metall: [
    task('du stellst Präzisionsteile auf CNC-Dreh- und Fräsmaschinen her', 'cnc-drehen', 'cnc-fraesen', 'cnc-programmierung', 'konventionell-zerspanen'),
    task('du liest technische Zeichnungen und richtest die Maschinen selber ein', 'technische-zeichnungen-lesen', 'maschinen-bedienen'),
    task('du konstruierst Bauteile und Vorrichtungen im 3D-CAD', 'cad', 'technisches-zeichnen'),
    task('du montierst Baugruppen und prüfst Abmessungen mit modernen Messmitteln', 'montage', 'messtechnik-pruefmittel', 'qualitaetskontrolle'),
    task('du schweißt und montierst Konstruktionen aus Stahl, Aluminium und Edelstahl', 'schweissen', 'metallbau', 'blechbearbeitung'),
    task('du betreust Spritzgussmaschinen und optimierst die Prozesse', 'kunststoffverarbeitung'),
    task('du wartest Anlagen und hilfst bei Reparaturen in der Produktion', 'instandhaltung', 'pneumatik', 'hydraulik', 'mechatronik'),
    task('du arbeitest in der Produktion mit und übernimmst Schritt für Schritt mehr Verantwortung'),
  ],
  mint: [
    task('du nimmst Proben, bereitest sie auf und analysierst sie im Labor', 'labortechnik', 'proben-analysieren', 'chemie'),
    task('du dokumentierst Messresultate sorgfältig nach den Regeln der guten Laborpraxis', 'gute-laborpraxis'),
    task('du arbeitest mit Chromatografie, Mikroskop und moderner Analytik', 'chromatografie', 'mikroskopie'),
    task('du vermisst Gelände und Gebäude mit GPS und Tachymeter und wertest die Daten am Computer aus', 'vermessung'),
    task('du überwachst Anlagen und Messwerte und sorgst für saubere Abläufe'),
  ],
  handwerk: [
    task('du wartest und reparierst Fahrzeuge und findest Fehler mit Diagnosegeräten', 'kfz-diagnose', 'kfz-wartung', 'nutzfahrzeuge', 'landmaschinen'),
    task('du richtest Karosserien und lackierst Fahrzeuge in unserer Werkstatt', 'karosseriebau', 'fahrzeuglackierung'),
    task('du baust Möbel und Innenausbauten aus Holz, von Hand und an der CNC', 'holzbearbeitung', 'moebelbau', 'cnc-holz'),
    task('du installierst Heizungen, Bäder und Lüftungen in Neubauten und bei Sanierungen', 'sanitaerinstallation', 'heizungstechnik', 'lueftung-klima'),
    task('du streichst, tapezierst und gestaltest Räume und Fassaden', 'malerarbeiten', 'gipserarbeiten'),
    task('du gestaltest und pflegst Gärten und Grünanlagen', 'gartenbau', 'floristik'),
    task('du schneidest, färbst und berätst unsere Kundinnen und Kunden', 'coiffeur', 'kosmetik'),
    task('du setzt Uhrwerke zusammen, reinigst und regulierst sie', 'uhrmacherei'),
    task('du richtest Druckmaschinen ein und prüfst die Qualität der Drucke', 'drucktechnik'),
    task('du berätst Kundschaft und setzt ihre Wünsche sauber um'),
  ],
  bau: [
    task('du mauerst, betonierst und schalst auf unseren Baustellen in der Region', 'mauern', 'betonieren', 'schalungsbau'),
    task('du baust Dachstühle und Holzkonstruktionen und deckst Dächer', 'zimmerei', 'dacharbeiten'),
    task('du liest Baupläne und setzt sie zusammen mit deinem Team um', 'bauplaene-lesen'),
    task('du bedienst Baumaschinen und baust Strassen und Werkleitungen', 'baumaschinen', 'strassenbau', 'tiefbau'),
    task('du erstellst Pläne am Computer und begleitest Projekte bis zur Bauabnahme', 'bauzeichnen', 'cad'),
    task('du verlegst Platten, Böden und baust Trockenbauwände', 'fliesenlegen', 'trockenbau'),
    task('du arbeitest draußen im Team und siehst jeden Abend, was du geschafft hast'),
  ],
  logistik: [
    task('du nimmst Waren an, kontrollierst sie und lagerst sie ein', 'wareneingang', 'lagerbewirtschaftung'),
    task('du kommissionierst Bestellungen mit dem Scanner und bereitest den Versand vor', 'kommissionieren', 'scanner-lager', 'warenausgang'),
    task('du fährst Stapler und sicherst Ladungen für den Transport', 'gabelstapler', 'ladungssicherung'),
    task('du fährst Lastwagen oder Lieferwagen und lieferst pünktlich aus', 'lkw-fahren', 'lieferwagen-fahren'),
    task('du planst Touren und sorgst dafür, dass alles pünktlich ankommt', 'disposition', 'supply-chain'),
    task('du hältst Ordnung im Lager und machst bei der Inventur mit'),
  ],
  gesundheit: [
    task('du begleitest und pflegst Menschen im Alltag und unterstützt sie bei der Körperpflege', 'grundpflege', 'altenbetreuung', 'mobilisation'),
    task('du misst Blutdruck und Puls, richtest Medikamente und dokumentierst die Pflege', 'vitalzeichen', 'medikamente', 'pflegedokumentation', 'behandlungspflege'),
    task('du betreust Kinder, planst Aktivitäten und sprichst mit den Eltern', 'kinderbetreuung', 'paedagogik'),
    task('du empfängst Patientinnen und Patienten, organisierst Termine und assistierst bei Behandlungen', 'praxisorganisation', 'zahnmedizin-assistenz', 'blutentnahme'),
    task('du berätst Kundschaft zu Medikamenten und Gesundheitsprodukten', 'pharmazie'),
    task('du arbeitest eng mit Ärztinnen, Therapeuten und Angehörigen zusammen'),
  ],
  kaufmaennisch: [
    task('du erledigst Korrespondenz, Angebote und Rechnungen', 'korrespondenz', 'auftragsabwicklung', 'bueroorganisation'),
    task('du führst die Buchhaltung und bereitest Abschlüsse vor', 'buchhaltung', 'jahresabschluss', 'rechnungswesen-debitoren', 'steuern'),
    task('du berätst Kundinnen und Kunden am Telefon und per E-Mail', 'kundenberatung', 'kundenservice', 'telefonieren'),
    task('du rechnest Löhne ab und begleitest Mitarbeitende von der Bewerbung bis zum Austritt', 'personalwesen', 'lohnbuchhaltung'),
    task('du planst Kampagnen und betreust unsere Kanäle in den sozialen Medien', 'marketing', 'social-media'),
    task('du organisierst Termine, Besprechungen und Veranstaltungen', 'terminplanung', 'empfang'),
    task('du arbeitest in verschiedenen Abteilungen mit – von der Beratung bis zum Rechnungswesen'),
  ],
  gastro: [
    task('du bereitest Menüs aus frischen, regionalen Zutaten zu', 'kochen', 'mise-en-place', 'menueplanung'),
    task('du bedienst unsere Gäste und berätst sie bei Essen und Getränken', 'service-gastro', 'getraenke'),
    task('du backst Brot, Gebäck und Torten – früh am Morgen, wenn die Stadt noch schläft', 'backen'),
    task('du sorgst für saubere Zimmer und einen freundlichen Empfang', 'housekeeping', 'hotel-rezeption', 'reinigung', 'hauswirtschaft'),
    task('du verarbeitest Fleisch und stellst Spezialitäten nach eigenen Rezepten her', 'fleischverarbeitung', 'lebensmittelproduktion'),
    task('du achtest auf Hygiene und Qualität in allen Abläufen'),
  ],
  detailhandel: [
    task('du berätst Kundinnen und Kunden und findest mit ihnen das Richtige', 'verkauf-beratung', 'verkauf-theke'),
    task('du bestellst Ware, füllst Regale auf und gestaltest die Auslage', 'warenbewirtschaftung', 'visual-merchandising'),
    task('du arbeitest an der Kasse und kümmerst dich um Reklamationen', 'kasse'),
    task('du bist das freundliche Gesicht unseres Geschäfts'),
  ],
};

/** Tasks shown when a field has none of its own. */
export const GENERIC_TASKS: readonly Task[] = [
  task('du arbeitest in einem hilfsbereiten Team mit'),
  task('du übernimmst Schritt für Schritt mehr Verantwortung'),
];

/** What a company offers, per country. */
export const BENEFITS: Readonly<Record<'CH' | 'DE', readonly string[]>> = {
  CH: [
    'fünf Wochen Ferien',
    'Beiträge an deine Weiterbildung',
    'gute Erreichbarkeit mit dem ÖV',
    'einen Beitrag an dein Halbtax oder GA',
    'flexible Arbeitszeiten',
    'ein junges, hilfsbereites Team',
    'vergünstigte Menüs in unserem Personalrestaurant',
    'moderne Arbeitsplätze und Werkzeuge',
  ],
  DE: [
    '30 Tage Urlaub',
    'Vergütung nach Tarifvertrag',
    'einen Zuschuss zum Deutschlandticket',
    'betriebliche Altersvorsorge',
    'Fahrradleasing',
    'flexible Arbeitszeiten',
    'eine Kantine mit frischem Essen',
    'ein offenes, hilfsbereites Team',
  ],
};

/** Extra offers for Lehrstellen/Ausbildungsplätze. */
export const TRAINEE_BENEFITS: Readonly<Record<'CH' | 'DE', readonly string[]>> = {
  CH: ['Berufsbildnerinnen und Berufsbildner, die sich Zeit für dich nehmen', 'ein Lernenden-Lager und gemeinsame Ausflüge', 'einen Laptop für die Berufsfachschule', 'Unterstützung bei der Berufsmaturität'],
  DE: ['Ausbilderinnen und Ausbilder, die sich Zeit für dich nehmen', 'Azubi-Tage und gemeinsame Projekte', 'ein Tablet für die Berufsschule', 'gute Chancen auf Übernahme nach der Ausbildung'],
};

/** The opening of a posting, per kind and country; {title} is the occupation. */
export const OPENINGS: Readonly<Record<'CH' | 'DE', Readonly<Record<PositionKind, readonly string[]>>>> = {
  CH: {
    apprenticeship: ['Für den Lehrbeginn im August {year} suchen wir eine motivierte Lernende oder einen motivierten Lernenden als {title}.', 'Du suchst eine Lehrstelle als {title}? Bei uns lernst du den Beruf von Grund auf – ab August {year}.'],
    internship: ['Möchtest du den Beruf {title} kennenlernen? Bei einer Schnupperlehre von zwei bis fünf Tagen erlebst du unseren Alltag.', 'Wir bieten ein Praktikum als {title} – ideal, um Erfahrung zu sammeln, bevor du dich entscheidest.'],
    permanent: ['Zur Verstärkung unseres Teams suchen wir per sofort oder nach Vereinbarung eine/n {title}.', 'Wir wachsen und suchen eine erfahrene Fachperson als {title}.'],
    temporary: ['Für ein Projekt suchen wir befristet eine/n {title}.', 'Als Vertretung während eines Mutterschaftsurlaubs suchen wir eine/n {title}.'],
  },
  DE: {
    apprenticeship: ['Zum Ausbildungsbeginn {year} suchen wir eine/n Auszubildende/n als {title}.', 'Starte deine Ausbildung als {title} bei uns – Beginn im Sommer {year}.'],
    internship: ['Du willst wissen, ob {title} zu dir passt? Mach ein Praktikum bei uns – als Schülerpraktikum oder in den Ferien.', 'Wir bieten ein Praktikum als {title} für zwei bis sechs Wochen.'],
    permanent: ['Zur Verstärkung unseres Teams suchen wir ab sofort eine/n {title}.', 'Wir suchen unbefristet eine erfahrene Fachkraft als {title}.'],
    temporary: ['Für ein Projekt suchen wir befristet eine/n {title}.', 'Als Elternzeitvertretung suchen wir eine/n {title}.'],
  },
};

/** Who may apply, per kind; {skills} is a list of skill labels (after a colon, so any label reads well). */
export const PROFILES: Readonly<Record<PositionKind, readonly string[]>> = {
  apprenticeship: ['Du bist neugierig und möchtest das lernen: {skills}.', 'Wichtiger als Noten ist uns dein Interesse. Bei uns lernst du: {skills}.'],
  internship: ['Vorkenntnisse brauchst du keine. Du bekommst Einblick in: {skills}.', 'Ideal, wenn du schon erste Erfahrungen hast, zum Beispiel aus der Schule oder als Hobby: {skills}.'],
  permanent: ['Eine abgeschlossene Berufsausbildung und Berufserfahrung. Wichtig sind uns: {skills}.', 'Du arbeitest selbständig und bringst mit: {skills}.'],
  temporary: ['Du kannst rasch einsteigen und bringst mit: {skills}.', 'Du bist bald verfügbar. Wichtig sind uns: {skills}.'],
};

/** The closing sentence, per kind and country. */
export const CLOSINGS: Readonly<Record<'CH' | 'DE', Readonly<Record<PositionKind, readonly string[]>>>> = {
  CH: {
    apprenticeship: ['Schick uns deine Bewerbung mit Zeugnissen und Multicheck – wir freuen uns auf dich!', 'Melde dich zuerst für eine Schnupperlehre, dann lernen wir uns kennen.'],
    internship: ['Ruf uns an oder schick eine kurze Nachricht – wir finden einen passenden Termin.', 'Melde dich einfach mit deinen Wunschdaten.'],
    permanent: ['Wir freuen uns auf deine vollständigen Unterlagen.', 'Fragen beantwortet dir gerne unsere Personalabteilung.'],
    temporary: ['Wir freuen uns auf deine Bewerbung.', 'Eine Festanstellung danach ist möglich.'],
  },
  DE: {
    apprenticeship: ['Bewirb dich mit Lebenslauf und letztem Zeugnis – gerne auch online.', 'Lerne uns vorher bei einem Praktikum kennen!'],
    internship: ['Schreib uns einfach, wann du Zeit hast.', 'Melde dich gerne auch kurzfristig.'],
    permanent: ['Wir freuen uns auf deine Bewerbung mit Gehaltsvorstellung.', 'Fragen beantwortet dir gerne unser Personalteam.'],
    temporary: ['Wir freuen uns auf deine Bewerbung.', 'Eine Übernahme danach ist möglich.'],
  },
};

/** Training description parts: what kind of course, for whom, what you get. */
export const TRAINING_FORMATS = {
  classroom: ['Der Kurs findet vor Ort in kleinen Gruppen statt, mit vielen praktischen Übungen.', 'Präsenzkurs an Abenden und Samstagen, berufsbegleitend.'],
  online: ['Online-Kurs mit Live-Sitzungen und Übungen, die du im eigenen Tempo machst.', 'Du lernst online mit Videos, Aufgaben und einer Tutorin, die deine Fragen beantwortet.'],
  blended: ['Blended Learning: Theorie online, Praxis an drei Präsenztagen.', 'Die Hälfte lernst du online, die andere Hälfte in der Werkstatt bzw. im Schulungsraum.'],
} as const;

export const TRAINING_AUDIENCES = [
  'Für Einsteigerinnen und Einsteiger ohne Vorkenntnisse.',
  'Für Berufsleute, die ihr Wissen auffrischen oder vertiefen möchten.',
  'Für Quereinsteigende, die in einem neuen Beruf Fuß fassen möchten.',
  'Für Lernende und junge Berufsleute.',
];

export const TRAINING_CERTIFICATES = [
  'Zum Abschluss erhältst du ein Zertifikat.',
  'Mit Abschlussprüfung und Kursbestätigung.',
  'Du bekommst eine Teilnahmebestätigung.',
];
