/**
 * Training themes and providers of the demo network. Each theme is offered by one or more
 * providers (in Switzerland, in Germany, online), which gives the ≥100 demo trainings.
 */
import type { TaxonomyField } from '../matching/taxonomy/types';

export interface TrainingTheme {
  title: string;
  /** The Swiss name where the course is called differently in Switzerland. */
  titleCH?: string;
  /** Taxonomy skill slugs the course teaches. */
  skills: string[];
  hours: number;
  /** Base price; CHF courses cost about 1.3 times as much. */
  euro: number;
  /** A preparation for a higher exam (Meister, Techniker, Fachwirt; eidg. Berufsprüfung). */
  higherExam?: boolean;
}

export interface TrainingProvider {
  name: string;
  /** The fields it teaches; undefined: all of them. */
  fields?: TaxonomyField[];
  /** Postal code of the venue; undefined for online-only providers. */
  postalCode?: string;
  country: 'CH' | 'DE';
  website: string;
}

const theme = (title: string, skills: string[], hours: number, euro: number, higherExam = false, titleCH?: string): TrainingTheme => ({
  title,
  titleCH,
  skills,
  hours,
  euro,
  higherExam,
});

/** 46 course themes across the fields of the networks. */
export const TRAINING_THEMES: readonly TrainingTheme[] = [
  theme('Löten für Einsteiger: THT und SMD', ['loeten', 'elektronik-bestuecken'], 16, 290),
  theme('Schaltpläne lesen und verstehen', ['schaltplaene-lesen', 'elektrotechnik'], 12, 240),
  theme('SPS-Programmierung Grundkurs (IEC 61131-3)', ['sps-programmierung', 'automatisierungstechnik'], 40, 1450),
  theme('Mikrocontroller programmieren mit Arduino', ['mikrocontroller', 'c-programmierung', 'elektronik'], 24, 390),
  theme('Sicheres Arbeiten an elektrischen Anlagen', ['elektrische-sicherheit'], 8, 320),
  theme('Photovoltaikanlagen planen und installieren', ['photovoltaik', 'energietechnik'], 32, 980),
  theme('Ladeinfrastruktur für E-Mobilität', ['e-mobilitaet', 'elektroinstallation'], 16, 560),
  theme('Messtechnik und Fehlersuche in der Elektrotechnik', ['messgeraete-elektro', 'fehlersuche-elektro'], 20, 520),
  theme('Elektrotechniker/in (staatlich geprüft), berufsbegleitend', ['elektrotechnik', 'automatisierungstechnik', 'schaltplaene-erstellen'], 1200, 4800, true, 'Dipl. Techniker/in HF Elektrotechnik, berufsbegleitend'),
  theme('Python-Grundlagen', ['python', 'programmieren'], 30, 590),
  theme('Webentwicklung mit HTML, CSS und JavaScript', ['html-css', 'javascript', 'webentwicklung'], 60, 1290),
  theme('SQL und Datenbanken kompakt', ['sql', 'datenbanken'], 24, 680),
  theme('Linux-Administration Grundkurs', ['linux', 'server-administration'], 32, 990),
  theme('IT-Sicherheit und Datenschutz für KMU', ['it-sicherheit', 'datenschutz'], 16, 640),
  theme('Git und Softwaretests im Team', ['git', 'software-testen'], 12, 390),
  theme('Netzwerktechnik (CCNA-Vorbereitung)', ['netzwerktechnik', 'netzwerkverkabelung'], 70, 1890),
  theme('IT-Support und Helpdesk', ['it-support', 'hardware-installieren', 'windows-administration'], 40, 890),
  theme('Computer-Grundlagen für den Berufsalltag', ['computerkenntnisse', 'ms-office', 'e-mail-kommunikation'], 20, 220),
  theme('Excel für Einsteiger', ['excel'], 12, 260),
  theme('CNC-Drehen und -Fräsen Grundkurs', ['cnc-drehen', 'cnc-fraesen', 'cnc-programmierung'], 40, 1690),
  theme('Technisches Zeichnen und CAD (Inventor/SolidWorks)', ['cad', 'technisches-zeichnen', 'technische-zeichnungen-lesen'], 36, 1190),
  theme('MAG- und WIG-Schweißen', ['mag-schweissen', 'wig-schweissen', 'schweissen'], 40, 1390),
  theme('Pneumatik und Hydraulik', ['pneumatik', 'hydraulik'], 24, 790),
  theme('Qualitätsprüfung mit Messmitteln', ['messtechnik-pruefmittel', 'qualitaetskontrolle'], 16, 490),
  theme('Industriemeister/in Metall (IHK)', ['instandhaltung', 'werkstoffkunde', 'fuehrungskompetenz'], 900, 5200, true, 'Produktionsfachfrau/-mann mit eidg. Fachausweis'),
  theme('3D-Druck in der Praxis', ['3d-druck', 'cad'], 12, 420),
  theme('Laborpraxis: Analytik und Chromatografie', ['labortechnik', 'chromatografie', 'gute-laborpraxis'], 32, 1180),
  theme('Vorbereitung auf die Lehre: Mathematik und Physik', ['mathematik', 'physik'], 24, 180),
  theme('Basiskurs Pflege und Betreuung', ['grundpflege', 'vitalzeichen', 'hygiene-gesundheit'], 120, 2400, false, 'Lehrgang Pflegehelfer/in SRK'),
  theme('Demenz verstehen und begleiten', ['demenzbetreuung', 'altenbetreuung', 'empathie'], 16, 380),
  theme('Wundversorgung kompakt', ['wundversorgung', 'behandlungspflege'], 12, 420),
  theme('Erste Hilfe und Notfälle im Betrieb', ['erste-hilfe'], 8, 120),
  theme('Medizinische Fachbegriffe und Praxisorganisation', ['medizinische-terminologie', 'praxisorganisation'], 24, 480),
  theme('Kinder begleiten: Grundlagen der Pädagogik', ['kinderbetreuung', 'paedagogik'], 40, 690),
  theme('Buchhaltung Grundkurs', ['buchhaltung', 'rechnungswesen-debitoren'], 48, 980),
  theme('Lohnbuchhaltung in der Praxis', ['lohnbuchhaltung', 'personalwesen'], 24, 790),
  theme('Geprüfte/r Bilanzbuchhalter/in (IHK)', ['buchhaltung', 'jahresabschluss', 'controlling'], 480, 3900, true, 'Fachfrau/Fachmann Finanz- und Rechnungswesen mit eidg. Fachausweis'),
  theme('Kundenservice am Telefon und per E-Mail', ['kundenservice', 'telefonieren', 'korrespondenz'], 12, 350),
  theme('Social Media und Online-Marketing', ['social-media', 'marketing', 'texten'], 20, 590),
  theme('Projektmanagement Grundlagen', ['projektmanagement', 'organisationstalent'], 24, 890),
  theme('Staplerschein mit Prüfung', ['gabelstapler', 'ladungssicherung'], 16, 390, false, 'Staplerfahrausweis mit Prüfung'),
  theme('Lagerlogistik und Warenwirtschaft', ['lagerbewirtschaftung', 'kommissionieren', 'inventur'], 32, 720),
  theme('Gefahrgut: Grundschulung', ['gefahrgut'], 8, 290),
  theme('Küche kompakt: Grundtechniken und Hygiene', ['kochen', 'mise-en-place', 'lebensmittelhygiene'], 32, 640),
  theme('Verkaufstraining: beraten und abschließen', ['verkauf-beratung', 'kundenberatung', 'kasse'], 12, 330),
  theme('Wärmepumpen und Heizungstechnik', ['heizungstechnik', 'energieeffizienz', 'sanitaerinstallation'], 32, 1090),
];

/** Providers with venues around Solothurn, in the Region Stuttgart, and online. */
export const TRAINING_PROVIDERS: readonly TrainingProvider[] = [
  { name: 'Weiterbildungszentrum Aare-Jura', postalCode: '4500', country: 'CH', website: 'https://www.wbz-aare-jura.example.ch' },
  { name: 'Technikerschule Mittelland', fields: ['elektro', 'metall', 'mint', 'it'], postalCode: '4600', country: 'CH', website: 'https://www.ts-mittelland.example.ch' },
  { name: 'Digital Campus Olten', fields: ['it', 'kaufmaennisch', 'transversal'], postalCode: '4600', country: 'CH', website: 'https://www.digital-campus-olten.example.ch' },
  { name: 'Pflegeschule Weissenstein', fields: ['gesundheit'], postalCode: '4500', country: 'CH', website: 'https://www.pflegeschule-weissenstein.example.ch' },
  { name: 'Handwerkerakademie Oberaargau', fields: ['handwerk', 'bau', 'elektro', 'metall'], postalCode: '4900', country: 'CH', website: 'https://www.handwerkerakademie.example.ch' },
  { name: 'Kaufmännisches Bildungsforum Grenchen', fields: ['kaufmaennisch', 'detailhandel', 'transversal', 'it'], postalCode: '2540', country: 'CH', website: 'https://www.kbf-grenchen.example.ch' },
  { name: 'Logistik-Schulungszentrum Gäu', fields: ['logistik'], postalCode: '4702', country: 'CH', website: 'https://www.lsz-gaeu.example.ch' },
  { name: 'Bildungswerk Neckar-Fils', postalCode: '73728', country: 'DE', website: 'https://www.bildungswerk-neckar-fils.example.de' },
  { name: 'Technikakademie Böblingen', fields: ['elektro', 'metall', 'mint'], postalCode: '71032', country: 'DE', website: 'https://www.technikakademie-bb.example.de' },
  { name: 'IT-Akademie Stuttgart-Mitte', fields: ['it', 'transversal'], postalCode: '70173', country: 'DE', website: 'https://www.it-akademie-stuttgart.example.de' },
  { name: 'Pflegebildungszentrum Rems-Murr', fields: ['gesundheit'], postalCode: '71332', country: 'DE', website: 'https://www.pbz-rems-murr.example.de' },
  { name: 'Bildungszentrum Handwerk Ludwigsburg', fields: ['handwerk', 'bau', 'elektro', 'metall', 'gastro'], postalCode: '71634', country: 'DE', website: 'https://www.bzh-ludwigsburg.example.de' },
  { name: 'Kaufmännische Akademie Göppingen', fields: ['kaufmaennisch', 'detailhandel', 'logistik', 'transversal'], postalCode: '73033', country: 'DE', website: 'https://www.ka-goeppingen.example.de' },
  { name: 'Lernwerk Online', country: 'DE', website: 'https://www.lernwerk-online.example.de' },
  { name: 'Fernkurs Schweiz', country: 'CH', website: 'https://www.fernkurs-schweiz.example.ch' },
];
