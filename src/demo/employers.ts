/**
 * The demo network's member companies: invented names, real towns around Solothurn and in the
 * Region Stuttgart (the gazetteer's German region), each with the fields it hires in.
 */
import type { TaxonomyField } from '../matching/taxonomy/types';

export interface DemoEmployer {
  slug: string;
  name: string;
  postalCode: string;
  country: 'CH' | 'DE';
  fields: TaxonomyField[];
  /** Occupation slugs a specialised company hires for (a Kita no nurses, a dental practice no cooks); undefined: all of its fields. */
  occupations?: string[];
  /** One sentence about the company, used at the start of its postings. */
  blurb: string;
  website: string;
}

const ch = (slug: string, name: string, postalCode: string, fields: TaxonomyField[], blurb: string, occupations?: string[]): DemoEmployer => ({
  slug,
  occupations,
  name,
  postalCode,
  country: 'CH',
  fields,
  blurb,
  website: `https://www.${slug}.example.ch`,
});

const de = (slug: string, name: string, postalCode: string, fields: TaxonomyField[], blurb: string, occupations?: string[]): DemoEmployer => ({
  slug,
  occupations,
  name,
  postalCode,
  country: 'DE',
  fields,
  blurb,
  website: `https://www.${slug}.example.de`,
});

/** 34 companies in the Solothurn network and 18 in the Region Stuttgart. */
export const DEMO_EMPLOYERS: readonly DemoEmployer[] = [
  ch('aare-elektronik', 'Aare Elektronik AG', '2540', ['elektro', 'it'], 'Die Aare Elektronik AG in Grenchen entwickelt und fertigt Steuerungen für Medizintechnik und Industrie – rund 180 Mitarbeitende, davon 14 Lernende.'),
  ch('weissenstein-praezision', 'Weissenstein Präzisionstechnik AG', '2544', ['metall'], 'Wir fertigen in Bettlach hochpräzise Drehteile für die Uhren- und Medizinalindustrie, auf modernen CNC-Anlagen und mit viel Handarbeit.'),
  ch('jurasuedfuss-logistik', 'Jurasüdfuss Logistik AG', '4702', ['logistik', 'kaufmaennisch'], 'Von Oensingen aus beliefern wir täglich über 600 Filialen in der ganzen Schweiz – direkt an der A1 gelegen.'),
  ch('gaeu-distribution', 'Gäu Distribution AG', '4622', ['logistik'], 'Die Gäu Distribution AG lagert und verteilt Ersatzteile für Landmaschinen und Nutzfahrzeuge in Egerkingen.'),
  ch('gesundheitszentrum-wengi', 'Gesundheitszentrum Wengi AG', '4500', ['gesundheit', 'kaufmaennisch'], 'Im Gesundheitszentrum Wengi in Solothurn arbeiten Hausärztinnen, Therapeuten und Pflegende unter einem Dach.', ['mpa-efz', 'fage-efz', 'pflegefachperson-hf', 'kaufmann-efz']),
  ch('alterszentrum-duennernbogen', 'Alterszentrum Dünnernbogen', '4710', ['gesundheit', 'gastro'], 'Im Alterszentrum Dünnernbogen in Balsthal leben 96 Bewohnerinnen und Bewohner – begleitet von einem herzlichen Team.', ['fage-efz', 'assistent-gesundheit-soziales-eba', 'pflegefachperson-hf', 'koch-efz', 'fachmann-hauswirtschaft']),
  ch('pflegeheim-sonnmatt', 'Pflegeheim Sonnmatt Zuchwil', '4528', ['gesundheit'], 'Das Pflegeheim Sonnmatt bietet Langzeitpflege und eine Demenzabteilung mit Garten, mitten in Zuchwil.', ['fage-efz', 'assistent-gesundheit-soziales-eba', 'pflegefachperson-hf']),
  ch('emmenpark-automation', 'Emmenpark Automation AG', '4562', ['elektro', 'metall'], 'Die Emmenpark Automation AG in Biberist baut Montage- und Prüfanlagen für Kunden in ganz Europa.'),
  ch('gerlafinger-metallbau', 'Gerlafinger Metallbau GmbH', '4563', ['metall', 'bau'], 'Wir sind ein Familienbetrieb in Gerlafingen und bauen Treppen, Geländer, Fassaden und Wintergärten.'),
  ch('dreitannen-software', 'Dreitannen Software AG', '4600', ['it'], 'Die Dreitannen Software AG in Olten entwickelt Branchenlösungen für Versicherungen und Gemeinden.'),
  ch('hauenstein-informatik', 'Hauenstein Informatik GmbH', '4614', ['it'], 'Als IT-Partner von über 200 KMU betreuen wir von Hägendorf aus Netzwerke, Server und Arbeitsplätze.'),
  ch('derendinger-kunststoff', 'Derendinger Kunststofftechnik AG', '4552', ['metall', 'mint'], 'In Derendingen stellen wir Kunststoffteile für die Autoindustrie und die Medizintechnik her – im Spritzguss und mit eigenem Werkzeugbau.'),
  ch('oberaargau-haustechnik', 'Oberaargau Haustechnik AG', '4900', ['handwerk', 'elektro'], 'Heizung, Sanitär, Lüftung und Solaranlagen aus einer Hand: Die Oberaargau Haustechnik AG ist in Langenthal und Umgebung unterwegs.', ['sanitaerinstallateur-efz', 'heizungsinstallateur-efz', 'lueftungsanlagenbauer-efz', 'elektroinstallateur-efz']),
  ch('wyss-bau', 'Wyss & Söhne Bauunternehmung AG', '4512', ['bau'], 'Die Wyss & Söhne Bauunternehmung in Bellach baut seit drei Generationen Wohnhäuser, Strassen und Werkleitungen.'),
  ch('holzbau-thal', 'Holzbau Thal GmbH', '4710', ['bau', 'handwerk'], 'Holzbau Thal plant und baut Holzhäuser, Dachstöcke und Innenausbauten im Thal und im Gäu.', ['zimmermann', 'schreiner-efz', 'dachdecker']),
  ch('garage-bettlach', 'Garage Bettlach AG', '2544', ['handwerk', 'detailhandel'], 'Die Garage Bettlach ist eine Markenvertretung mit Werkstatt, Carrosserie und Verkauf.', ['automobil-mechatroniker-efz', 'carrosseriespengler', 'fahrzeuglackierer', 'detailhandelsfachmann-efz']),
  ch('treuhand-baseltor', 'Treuhand Baseltor AG', '4500', ['kaufmaennisch'], 'Die Treuhand Baseltor AG betreut KMU und Privatpersonen in Buchhaltung, Steuern und Lohnfragen.'),
  ch('vorstadt-versicherungen', 'Vorstadt Versicherungen AG', '4500', ['kaufmaennisch', 'it'], 'Die Vorstadt Versicherungen AG ist eine regionale Versicherung mit Sitz in der Solothurner Vorstadt.'),
  ch('hotel-aarehof', 'Hotel Aarehof', '4500', ['gastro'], 'Das Hotel Aarehof liegt direkt an der Aare in Solothurn: 48 Zimmer, Restaurant und Seminarräume.', ['koch-efz', 'restaurantfachmann', 'hotelfachmann', 'fachmann-hauswirtschaft']),
  ch('gasthof-sternen', 'Gasthof Sternen Oensingen', '4702', ['gastro'], 'Im Gasthof Sternen kochen wir saisonal und regional – mit Produkten von Bauernhöfen aus dem Gäu.', ['koch-efz', 'restaurantfachmann']),
  ch('baeckerei-frei', 'Bäckerei-Confiserie Frei', '4600', ['gastro', 'detailhandel'], 'Die Bäckerei-Confiserie Frei backt seit 1962 in Olten und führt fünf Filialen in der Region.', ['baecker', 'detailhandelsfachmann-efz']),
  ch('aarelab-analytik', 'Aarelab Analytik AG', '4528', ['mint'], 'Die Aarelab Analytik AG untersucht Wasser, Böden und Lebensmittel für Gemeinden und Industrie.', ['laborant-efz', 'chemikant']),
  ch('geomatik-jura', 'Geomatik Jura AG', '4500', ['mint', 'bau'], 'Die Geomatik Jura AG vermisst Grundstücke, Strassen und Leitungen und führt das Grundbuch mehrerer Gemeinden nach.', ['geomatiker-efz', 'zeichner-efz', 'bauzeichner']),
  ch('elektro-leuenberger', 'Elektro Leuenberger AG', '4900', ['elektro'], 'Elektro Leuenberger installiert Elektro- und Kommunikationsanlagen in Neubauten und bei Sanierungen im Oberaargau.'),
  ch('netze-mittelland', 'Netze Mittelland AG', '4600', ['elektro'], 'Die Netze Mittelland AG versorgt 40 Gemeinden mit Strom und baut das Netz für Solarstrom und E-Mobilität aus.'),
  ch('warenhaus-hauptgasse', 'Warenhaus Hauptgasse AG', '4500', ['detailhandel', 'kaufmaennisch'], 'Das Warenhaus Hauptgasse in der Solothurner Altstadt führt Mode, Haushalt und Papeterie auf drei Etagen.'),
  ch('gartenbau-gruene-welle', 'Gartenbau Grüne Welle GmbH', '4562', ['handwerk'], 'Wir gestalten und pflegen Gärten, Spielplätze und Grünanlagen rund um Biberist.', ['gaertner-efz', 'florist-efz']),
  ch('coiffure-linea', 'Coiffure Linea', '2540', ['handwerk'], 'Coiffure Linea ist ein junges Team mit zwei Salons in Grenchen.', ['coiffeur-efz', 'kosmetiker-efz']),
  ch('medienhaus-aareblick', 'Medienhaus Aareblick AG', '4500', ['handwerk', 'kaufmaennisch'], 'Das Medienhaus Aareblick druckt Zeitschriften, Verpackungen und Plakate und betreut Kunden auch digital.', ['drucktechnologe-efz', 'kaufmann-efz', 'marketing-fachmann']),
  ch('manufacture-bettlach', 'Manufacture Horlogère Bettlach SA', '2544', ['handwerk', 'metall'], 'Unsere Manufaktur fertigt mechanische Uhrwerke – vom Rohteil bis zur fertigen Uhr.', ['uhrmacher-efz', 'polymechaniker-efz', 'produktionsmechaniker-efz']),
  ch('kita-regenbogen', 'Kita Regenbogen Solothurn', '4500', ['gesundheit'], 'Die Kita Regenbogen betreut an zwei Standorten in Solothurn 70 Kinder von drei Monaten bis zum Schuleintritt.', ['fabe-efz', 'erzieher']),
  ch('apotheke-bahnhof-olten', 'Apotheke am Bahnhof Olten', '4600', ['gesundheit', 'detailhandel'], 'Die Apotheke am Bahnhof Olten ist 365 Tage im Jahr für ihre Kundschaft da.', ['pharma-assistent-efz', 'detailhandelsfachmann-efz']),
  ch('zahnarztpraxis-kamber', 'Zahnarztpraxis Dr. Kamber', '4502', ['gesundheit'], 'In unserer modernen Zahnarztpraxis in Solothurn arbeiten drei Zahnärztinnen, zwei Dentalhygienikerinnen und ein herzliches Praxisteam.', ['zfa']),
  ch('trimbach-kunststoff', 'Hauensteiner Verpackungen AG', '4632', ['logistik', 'metall'], 'Die Hauensteiner Verpackungen AG in Trimbach stellt Verpackungen aus Karton und Kunststoff her und versendet sie europaweit.'),
  de('neckartal-elektronik', 'Neckartal Elektronik GmbH', '73728', ['elektro', 'it'], 'Die Neckartal Elektronik GmbH in Esslingen entwickelt Sensorik und Steuergeräte für den Maschinenbau.'),
  de('filder-automotive', 'Filder Automotive Systems GmbH', '70794', ['metall', 'handwerk'], 'Filder Automotive fertigt in Filderstadt Fahrwerksteile für Autohersteller und bildet jedes Jahr 20 Azubis aus.'),
  de('kesselblick-software', 'Kesselblick Software GmbH', '70173', ['it'], 'Kesselblick Software entwickelt in Stuttgart-Mitte Apps und Webplattformen für Mittelstand und Stadtwerke.'),
  de('logistikzentrum-kornwestheim', 'Logistikzentrum Kornwestheim GmbH', '70806', ['logistik'], 'Direkt am Containerbahnhof Kornwestheim schlagen wir täglich mehr als 300 Container um.'),
  de('fachklinik-schurwald', 'Fachklinik Schurwald gGmbH', '73614', ['gesundheit'], 'Die Fachklinik Schurwald in Schorndorf ist auf Rehabilitation nach Unfällen und Operationen spezialisiert.', ['pflegefachmann', 'pflegefachhelfer', 'mfa']),
  de('seniorenzentrum-remsblick', 'Seniorenzentrum Remsblick', '71332', ['gesundheit', 'gastro'], 'Im Seniorenzentrum Remsblick in Waiblingen leben 120 ältere Menschen, viele davon mit Demenz.', ['pflegefachmann', 'pflegefachhelfer', 'heilerziehungspfleger', 'koch-efz', 'fachmann-hauswirtschaft']),
  de('boeblinger-maschinenbau', 'Böblinger Anlagen- und Maschinenbau GmbH', '71032', ['metall', 'elektro'], 'Wir planen und bauen Sondermaschinen für die Automobil- und Elektronikindustrie in Böblingen.'),
  de('haustechnik-strohgaeu', 'Haustechnik Strohgäu GmbH', '71229', ['handwerk', 'elektro'], 'Die Haustechnik Strohgäu installiert Wärmepumpen, Bäder und Photovoltaikanlagen im Raum Leonberg.', ['anlagenmechaniker-shk', 'elektroniker-energie-gebaeudetechnik']),
  de('gaeubau-herrenberg', 'Gäu-Bau Herrenberg GmbH', '71083', ['bau'], 'Gäu-Bau Herrenberg baut Wohnhäuser, Kitas und Schulen in den Landkreisen Böblingen und Tübingen.'),
  de('steuerkanzlei-braeuninger', 'Steuerkanzlei Bräuninger & Partner', '71634', ['kaufmaennisch'], 'Die Steuerkanzlei Bräuninger & Partner in Ludwigsburg berät Handwerksbetriebe, Ärztinnen und Privatleute.', ['steuerfachangestellter', 'kaufmann-bueromanagement']),
  de('labor-filstal', 'Labor Filstal Analytik GmbH', '73033', ['mint'], 'Das Labor Filstal in Göppingen analysiert Trinkwasser, Abwasser und Lebensmittel für Kommunen und Betriebe.', ['chemielaborant', 'fachkraft-abwasser']),
  de('landgasthof-teckblick', 'Landgasthof Teckblick', '73230', ['gastro'], 'Der Landgasthof Teckblick in Kirchheim unter Teck verbindet schwäbische Küche mit einem kleinen Hotel.', ['koch-efz', 'restaurantfachmann', 'hotelfachmann']),
  de('autohaus-sindelfinger-tor', 'Autohaus Sindelfinger Tor GmbH', '71063', ['handwerk', 'kaufmaennisch'], 'Das Autohaus Sindelfinger Tor verkauft und repariert Fahrzeuge mehrerer Marken und hat eine eigene Lackiererei.', ['kfz-mechatroniker', 'carrosseriespengler', 'fahrzeuglackierer', 'kaufmann-bueromanagement']),
  de('netze-mittlerer-neckar', 'Netze Mittlerer Neckar GmbH', '74321', ['elektro'], 'Wir betreiben Strom- und Glasfasernetze in 25 Gemeinden rund um Bietigheim-Bissingen.'),
  de('schwaebisches-handelskontor', 'Schwäbisches Handelskontor GmbH', '71522', ['kaufmaennisch', 'logistik', 'detailhandel'], 'Das Schwäbische Handelskontor in Backnang beliefert Baumärkte und Fachhändler mit Werkzeug und Gartenbedarf.'),
  de('kita-neckarwiese', 'Kita Neckarwiese gGmbH', '72622', ['gesundheit'], 'Die Kita Neckarwiese betreibt in Nürtingen drei Kindertagesstätten mit naturpädagogischem Konzept.', ['erzieher']),
  de('baeckerei-staebler', 'Bäckerei Stäbler', '70734', ['gastro', 'detailhandel'], 'Die Bäckerei Stäbler backt in Fellbach nach Familienrezepten und verkauft in acht Filialen.', ['baecker', 'verkaeufer-de', 'kaufmann-einzelhandel']),
  de('praxis-am-marktplatz', 'Praxisgemeinschaft am Marktplatz', '71638', ['gesundheit'], 'In der Praxisgemeinschaft am Marktplatz in Ludwigsburg arbeiten eine Allgemeinärztin, ein Internist und eine Zahnarztpraxis zusammen.', ['mfa', 'zfa']),
];
