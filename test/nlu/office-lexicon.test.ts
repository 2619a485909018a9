import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { resolveSkills } from '../../src/nlu/skill-resolver';
import type { Locale } from '../../src/profile/types';

const lexicon = skillLexicon();
const read = (text: string, mode: 'message' | 'phrase' | 'document' = 'phrase', locale: Locale = 'de-CH') =>
  [...new Set(resolveSkills(text, { locale, mode, lexicon }).skills.filter((s) => s.tier === 'sure').map((s) => s.label))];

describe('sales, recruiting, finance and office work in the curated lexicon', () => {
  it('reads the words of recruiting, payroll, accounting and sales as the counsellor\'s concepts', () => {
    expect(read('Personalrekrutierung')).toEqual(['Personal rekrutieren']);
    expect(read('Lohnbuchhalterin')).toEqual(['Lohnbuchhaltung']);
    expect(read('Bücher führen')).toEqual(['Buchhaltung']);
    expect(read('Debitorenbuchhaltung')).toEqual(['Rechnungen stellen und Mahnwesen']);
    expect(read('Eingangsrechnungen prüfen und Rechnungskontrolle')).toEqual(['Kreditorenbuchhaltung']);
    expect(read('Vertriebserfahrung')).toEqual(['Verkauf']);
    expect(read('Nebenkostenabrechnungen')).toEqual(['Immobilienbewirtschaftung']);
    expect(read('cold calling', 'phrase', 'en')).toEqual(['Telesales']);
    expect(read('Projektverantwortung')).toEqual(['Projektmanagement']);
    expect(read('Basel III')).toEqual(['Compliance und Risikomanagement']);
    expect(read('Gebäudemanagement')).toEqual(['Hauswartung']);
  });

  it('knows expense accounting, tendering, assertiveness and results orientation as concepts of their own, linked to their neighbours', () => {
    expect(read('Reisekostenabrechnung')).toEqual(['Reisekosten und Spesen abrechnen']);
    expect(read('Vergabeverfahren')).toEqual(['Ausschreibungen und Vergabe']);
    expect(read('Durchsetzungsfähigkeit')).toEqual(['Durchsetzungsvermögen']);
    expect(read('ergebnisorientiert')).toEqual(['Ergebnisorientierung']);
    const tendering = lexicon.find('Ausschreibungen und Vergabe', 'de-DE', 1)[0]!;
    expect(tendering.conceptId).toBe('http://data.europa.eu/esco/skill/4b2c4de9-43d7-4905-9d58-bc2e7d84b2e1');
    expect(lexicon.related(tendering.conceptId, 'de-DE').map((r) => r.label)).toContain('Einkauf und Beschaffung');
  });

  it('finds them in a job ad with their spans', () => {
    const ad = 'Ihre Aufgaben: Erstellung der Betriebs- und Heizkostenabrechnungen, Ausschreibungen und Vergabeverfahren, Prüfung von Reisekostenabrechnungen. Ihr Profil: Durchsetzungsfähigkeit und Vertriebserfahrung';
    const { skills } = resolveSkills(ad, { locale: 'de-DE', mode: 'document', lexicon });
    expect(skills.map((s) => s.text)).toEqual(expect.arrayContaining(['Ausschreibungen', 'Reisekostenabrechnungen', 'Durchsetzungsfähigkeit', 'Vertriebserfahrung']));
  });

  it('does not read a noun in -ung of a job ad as a one-word concept without one («Steuerung» is no «Steuern»)', () => {
    const ad = 'Ihre Aufgaben: Steuerung und Koordination der Projekte, Erstellung der Steuererklärungen.';
    const { skills } = resolveSkills(ad, { locale: 'de-DE', mode: 'document', lexicon });
    expect(skills.filter((s) => s.label === 'Steuererklärungen und Steuern').map((s) => s.text)).toEqual(['Steuererklärungen']);
  });

  it('does not read a job seeker\'s own search, training or expenses as office skills', () => {
    expect(read('Ich lese jeden Tag Stellenanzeigen', 'message')).toEqual([]);
    expect(read('Ich bin gerade im Bewerbungsprozess', 'message')).toEqual([]);
    expect(read('Ich habe viele Schulungen besucht', 'message')).toEqual([]);
    expect(read('Reisekosten werden übernommen', 'message')).toEqual([]);
    expect(read('Ich habe zwei Abschlüsse', 'message')).toEqual([]);
    // A title with its field names the field, not office work in general.
    expect(read('Sachbearbeiterin Buchhaltung')).toEqual(['Buchhaltung']);
  });
});

describe('one-word synonyms that named the wrong trade', () => {
  it('reads the Rezeption as the hotel\'s, the Lagerleiter as the warehouse\'s, and «geführt» alone as no leadership', () => {
    expect(read('Rezeption')).toEqual(['Hotelempfang']);
    expect(read('Lagerleiter')).toEqual(['Lagerbewirtschaftung']);
    expect(read("d'Büecher gführt")).not.toContain('Führungskompetenz');
    expect(read('Ich habe ein Team von 5 Leuten geführt', 'message')).toEqual(['Führungskompetenz']);
    expect(read('Führungserfahrung')).toEqual(['Führungskompetenz']);
  });
});

describe('lexicon round two: what tuning notes asked for', () => {
  it('reads abilities named by one noun as sure, not as a thing to ask about', () => {
    expect(read('Kommunikationskompetenz')).toEqual(['Kommunikationsfähigkeit']);
    expect(read('Auffassungsgabe')).toEqual(['Lernbereitschaft']);
    expect(read('Eigeninitiative')).toEqual(['Selbstständiges Arbeiten']);
    expect(read('Zahlenverständnis')).toEqual(['Mathematik']);
    expect(read('Rechnungsfreigabe')).toEqual(['Kreditorenbuchhaltung']);
  });

  it('knows recruiting, requirements, agile, scripting, data and tendering phrases of job ads', () => {
    expect(read('Stellenanzeigen schalten')).toEqual(['Personal rekrutieren']);
    expect(read('Spezifikationen erstellen')).toEqual(['Anforderungen erheben']);
    expect(read('agile Methodik')).toEqual(['Agile Methoden']);
    expect(read('Skripte erstellen')).toEqual(['Skripte schreiben']);
    expect(read('Big Data')).toEqual(['Datenanalyse']);
    expect(read('Auftragsvergabe')).toEqual(['Ausschreibungen und Vergabe']);
    expect(read('Cloud-Telefonie')).toEqual(['Telefonie und VoIP']);
    expect(read('technische Dokumentation')).toEqual(['Technische Dokumentation schreiben']);
    expect(read('Ich schaue jeden Tag Stellenanzeigen an', 'message')).toEqual([]);
  });

  it('packs goods when something is packed, and repairs two-wheelers when a motorbike is', () => {
    expect(read('einpacken')).toEqual(['Waren verpacken']);
    expect(read('Pakät iipackt')).toEqual(['Waren verpacken']);
    expect(read('Geschenke einpacken')).toEqual(['Geschenke verpacken']);
    expect(read('Motorrad reparieren')).toEqual(['Zweiräder reparieren']);
    expect(read('Backoffice-Tätigkeiten')).toEqual(['Büroorganisation']);
  });

  it('does not read a job ad\'s everyday words as specialist skills (Telefonie, Dokumentation, Integration, Logik, Office)', () => {
    const ad = 'Ihre Aufgaben: Dokumentation der Projekte, Integration neuer Mitarbeitender, Telefonie im Kundendienst. Wir bieten: Home Office. Ihr Profil: Logik und Office-Programme.';
    const labels = resolveSkills(ad, { locale: 'de-DE', mode: 'document', lexicon }).skills.map((s) => s.label);
    for (const wrong of ['Pflegedokumentation', 'Betreuung von Geflüchteten', 'Informatik-Grundlagen']) expect(labels).not.toContain(wrong);
    expect(labels.filter((l) => l === 'MS Office')).toHaveLength(1);
    expect(read('Office')).toEqual([]);
    expect(read('Integration')).toEqual([]);
  });
});
