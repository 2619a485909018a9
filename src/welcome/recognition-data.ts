/**
 * Recognition of foreign professional qualifications, per occupation and country of work: whether
 * the occupation is regulated (recognition needed before working in it) and where one applies.
 * Maintained by hand from the official information portals named in SOURCES; review it at least
 * once a year and whenever a source changes (update WRITTEN_ON). Authorities' names stay in the
 * language they are published in; the texts around them live in the locales (welcome.*).
 */

/** When this file was last written from the sources (yyyy-mm-dd). */
export const WRITTEN_ON = '2026-12-05';

export const SOURCES = {
  DE: [
    { name: 'Anerkennung in Deutschland (BIBB, im Auftrag des BMBF)', url: 'https://www.anerkennung-in-deutschland.de' },
    { name: 'IHK FOSA – Foreign Skills Approval', url: 'https://www.ihk-fosa.de' },
  ],
  CH: [
    { name: 'SBFI – Anerkennung ausländischer Diplome', url: 'https://www.sbfi.admin.ch/diploma' },
    { name: 'Schweizerisches Rotes Kreuz – Anerkennung ausländischer Ausbildungsabschlüsse', url: 'https://www.redcross.ch' },
    { name: 'MEBEKO (BAG) – universitäre Medizinalberufe', url: 'https://www.bag.admin.ch/mebeko' },
  ],
} as const;

export type WorkCountry = 'CH' | 'DE';

export interface RecognitionRule {
  /** Recognition is required before working in the occupation under its title. */
  regulated: boolean;
  /** Who decides, as the authority names itself. */
  authority: string;
  url: string;
  /** German level employers and authorities usually ask for in this occupation (undefined: no typical rule). */
  typicalGerman?: 'B1' | 'B2' | 'C1';
}

export interface Occupation {
  id: string;
  /** Lower-case word stems that name it in English or German free text. */
  words: string[];
  rules: Record<WorkCountry, RecognitionRule>;
}

export const OCCUPATIONS: readonly Occupation[] = [
  {
    id: 'nurse',
    words: ['nurse', 'nursing', 'pflegefach', 'krankenschwester', 'krankenpfleger', 'gesundheits- und krankenpfleg', 'pflegekraft', 'pflegerin', 'pfleger'],
    rules: {
      // Pflegeberufegesetz: the title needs a Berufserlaubnis from the Land where one works.
      DE: { regulated: true, authority: 'die zuständige Stelle des Bundeslandes (in Baden-Württemberg: Regierungspräsidium Stuttgart)', url: 'https://www.anerkennung-in-deutschland.de', typicalGerman: 'B2' },
      // Nursing HF/FH: recognised by the Swiss Red Cross on behalf of the SBFI and the FOPH.
      CH: { regulated: true, authority: 'Schweizerisches Rotes Kreuz (SRK)', url: 'https://www.redcross.ch', typicalGerman: 'B2' },
    },
  },
  {
    id: 'doctor',
    words: ['doctor', 'physician', 'arzt', 'ärztin', 'aerztin', 'mediziner'],
    rules: {
      DE: { regulated: true, authority: 'die Approbationsbehörde des Bundeslandes (in Baden-Württemberg: Regierungspräsidium Stuttgart)', url: 'https://www.anerkennung-in-deutschland.de', typicalGerman: 'C1' },
      CH: { regulated: true, authority: 'MEBEKO, Bundesamt für Gesundheit (BAG)', url: 'https://www.bag.admin.ch/mebeko', typicalGerman: 'C1' },
    },
  },
  {
    id: 'electronics',
    words: ['electronic', 'elektronik', 'electrical technician', 'mechatronic', 'mechatronik'],
    rules: {
      // Not regulated: one may work without recognition; a Gleichwertigkeitsbescheid helps with employers.
      DE: { regulated: false, authority: 'IHK FOSA (Industrieberufe) oder die Handwerkskammer (Handwerksberufe)', url: 'https://www.ihk-fosa.de' },
      // Not regulated: the SBFI confirms the level of a foreign vocational diploma on request.
      CH: { regulated: false, authority: 'SBFI (Staatssekretariat für Bildung, Forschung und Innovation)', url: 'https://www.sbfi.admin.ch/diploma' },
    },
  },
  {
    id: 'commercial',
    words: ['office', 'clerk', 'accountant', 'kaufmann', 'kauffrau', 'kaufmännisch', 'buchhalt', 'sachbearbeit'],
    rules: {
      DE: { regulated: false, authority: 'IHK FOSA', url: 'https://www.ihk-fosa.de' },
      CH: { regulated: false, authority: 'SBFI (Staatssekretariat für Bildung, Forschung und Innovation)', url: 'https://www.sbfi.admin.ch/diploma' },
    },
  },
];

/**
 * Countries of origin people name, in English and German, with whether the EU/EFTA rules apply
 * (Directive 2005/36/EC; for Switzerland the Agreement on the Free Movement of Persons): for
 * nurses and doctors trained there, recognition is mostly automatic; from other countries the
 * authority compares the training and may ask for an exam or an adaptation period.
 */
export const COUNTRIES: readonly { code: string; names: string[]; euEfta: boolean }[] = [
  { code: 'PH', names: ['philippines', 'philippinen', 'filipino', 'filipina'], euEfta: false },
  { code: 'IN', names: ['india', 'indien', 'indian'], euEfta: false },
  { code: 'BR', names: ['brazil', 'brasilien', 'brazilian'], euEfta: false },
  { code: 'MX', names: ['mexico', 'mexiko'], euEfta: false },
  { code: 'TN', names: ['tunisia', 'tunesien'], euEfta: false },
  { code: 'MA', names: ['morocco', 'marokko'], euEfta: false },
  { code: 'UA', names: ['ukraine'], euEfta: false },
  { code: 'TR', names: ['turkey', 'türkei', 'tuerkei', 'türkiye'], euEfta: false },
  { code: 'RS', names: ['serbia', 'serbien'], euEfta: false },
  { code: 'BA', names: ['bosnia', 'bosnien'], euEfta: false },
  { code: 'XK', names: ['kosovo'], euEfta: false },
  { code: 'AL', names: ['albania', 'albanien'], euEfta: false },
  { code: 'VN', names: ['vietnam'], euEfta: false },
  { code: 'KE', names: ['kenya', 'kenia'], euEfta: false },
  { code: 'NG', names: ['nigeria'], euEfta: false },
  { code: 'SY', names: ['syria', 'syrien'], euEfta: false },
  { code: 'US', names: ['usa', 'united states', 'america', 'amerika', 'vereinigte staaten'], euEfta: false },
  { code: 'GB', names: ['united kingdom', 'great britain', 'england', 'scotland', 'grossbritannien', 'großbritannien'], euEfta: false },
  { code: 'IT', names: ['italy', 'italien'], euEfta: true },
  { code: 'ES', names: ['spain', 'spanien'], euEfta: true },
  { code: 'PT', names: ['portugal'], euEfta: true },
  { code: 'FR', names: ['france', 'frankreich'], euEfta: true },
  { code: 'PL', names: ['poland', 'polen'], euEfta: true },
  { code: 'RO', names: ['romania', 'rumänien', 'rumaenien'], euEfta: true },
  { code: 'GR', names: ['greece', 'griechenland'], euEfta: true },
  { code: 'HR', names: ['croatia', 'kroatien'], euEfta: true },
  { code: 'AT', names: ['austria', 'österreich', 'oesterreich'], euEfta: true },
  { code: 'DE', names: ['germany', 'deutschland'], euEfta: true },
  { code: 'CH', names: ['switzerland', 'schweiz'], euEfta: true },
];
