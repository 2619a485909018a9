import { builtinTaxonomy } from '../../src/matching/taxonomy';
import { genderNeutral, occupationOfTitle, titleOccupationId, titleRules } from '../../src/nlu/job-title';
import type { Locale } from '../../src/profile/types';

const taxonomy = builtinTaxonomy();
const slugOf = (title: string, locale: Locale = 'de-DE') => {
  const id = titleOccupationId(title, taxonomy, locale);
  return id === undefined ? undefined : taxonomy.get(id)?.slug;
};

/** Each rule's titles: read with every rule on, and (checked below) not read as intended with that rule off. */
const RULE_CASES: [keyof typeof titleRules, string, Locale, string][] = [
  ['brackets', 'Kaufmann (m/w/d) für Büromanagement', 'de-DE', 'kaufmann-bueromanagement'],
  ['gender', 'Kaufmann/-frau für Büromanagement', 'de-DE', 'kaufmann-bueromanagement'],
  ['gender', 'Pflegefachfrau/-mann Innere Medizin', 'de-DE', 'pflegefachmann'],
  ['kindWords', 'Ausbildung Industriemechaniker/in', 'de-DE', 'industriemechaniker'],
  ['kindWords', 'Schnupperlehre Polymechaniker/in', 'de-CH', 'polymechaniker-efz'],
  ['kindWords', 'Junior Softwareentwickler/in', 'de-DE', 'softwareentwickler'],
  ['levels', 'Pflegefachfrau/Pflegefachmann HF Intensivstation', 'de-CH', 'pflegefachperson-hf'],
  ['specialisation', 'Tischler/in Möbelbau', 'de-DE', 'schreiner-efz'],
  ['specialisation', 'Industriemechaniker/in Instandhaltung', 'de-DE', 'industriemechaniker'],
  ['segments', 'CNC-Fräser/in / Polymechaniker/in', 'de-CH', 'polymechaniker-efz'],
  ['englishHead', 'Java Developer', 'de-DE', 'softwareentwickler'],
  ['compoundHead', 'Lebensmittellaborant/in', 'de-CH', 'laborant-efz'],
];

describe('occupationOfTitle: a posting title read as job ads write it', () => {
  it.each(RULE_CASES)('%s: «%s» (%s) names %s', (_rule, title, locale, slug) => {
    expect(slugOf(title, locale)).toBe(slug);
  });

  it.each(RULE_CASES)('%s is needed for «%s»: with the rule off the title is not read as %s', (rule, title, locale, slug) => {
    titleRules[rule] = false;
    try {
      expect(slugOf(title, locale)).not.toBe(slug);
    } finally {
      titleRules[rule] = true;
    }
  });

  it.each([
    ['Koch (m/w/d) Betriebsrestaurant', 'koch-efz'],
    ['Kunststofftechnologe/-technologin EFZ', 'kunststofftechnologe-efz'],
    ['Zerspanungsmechaniker/in Fräsen – Dauernachtschicht', 'zerspanungsmechaniker'],
    ['Ausbildung Kaufmann/-frau für Büromanagement', 'kaufmann-bueromanagement'],
    ['Software Engineer Java (English-speaking team)', 'softwareentwickler'],
  ])('reads «%s» as %s', (title, slug) => {
    expect(slugOf(title, /EFZ/.test(title) ? 'de-CH' : 'de-DE')).toBe(slug);
  });

  it('says how sure it is, and a cut-off specialty makes it a little less sure', () => {
    const whole = occupationOfTitle('Tischler/in', taxonomy, 'de-DE')!;
    const cut = occupationOfTitle('Tischler/in Möbelbau', taxonomy, 'de-DE')!;
    expect(whole.confidence).toBe(1);
    expect(cut.confidence).toBeLessThan(whole.confidence);
    expect(cut.form).toBe('Tischler/in');
  });

  it('names nothing when the head is no occupation (precision first)', () => {
    for (const title of ['Mitarbeiter/in Tankstelle (Teilzeit)', 'Barista (Java Lounge)', 'Helfer/in Metallbearbeitung (Entgraten)', 'Praktikum Pflege (vor der Ausbildung)', 'Data Scientist Python', 'Sachbearbeiter/in Einkauf', 'Busfahrer/in Linienverkehr']) {
      expect(slugOf(title)).toBeUndefined();
    }
  });

  it('does not cut into a name tied with «für»: «Elektroniker/in für Betriebstechnik» is an occupation of its own', () => {
    expect(slugOf('Elektroniker/in für Betriebstechnik')).toBeUndefined();
    expect(slugOf('Ausbildung Elektroniker/in für Energie- und Gebäudetechnik')).toBe('elektroniker-energie-gebaeudetechnik');
  });

  it('reads a German posting as the German occupation and a Swiss one as the Swiss', () => {
    expect(slugOf('Verkäufer/in Sportartikel', 'de-CH')).toBe('detailhandelsfachmann-efz');
    expect(slugOf('Verkäufer/in Sportartikel', 'de-DE')).toBe('verkaeufer-de');
    // «Elektroniker/in» without EFZ is no Swiss apprenticeship in Germany.
    expect(slugOf('Elektroniker/in Gebäudetechnik im Kundendienst', 'de-DE')).not.toBe('elektroniker-efz');
  });

  it('a name ends in a noun: «Koch/Köchin à la carte» is read as Koch/Köchin', () => {
    expect(occupationOfTitle('Koch/Köchin à la carte', taxonomy, 'de-DE')?.form).toBe('Koch/Köchin');
  });

  it('writes gender forms as one', () => {
    expect(genderNeutral('Tischler/in')).toBe('Tischler');
    expect(genderNeutral('Elektroniker:in')).toBe('Elektroniker');
    expect(genderNeutral('Mechaniker*in')).toBe('Mechaniker');
    expect(genderNeutral('Kaufmann/-frau')).toBe('Kaufmann');
    expect(genderNeutral('Medizinische/r Fachangestellte/r')).toBe('Medizinische Fachangestellte');
    expect(genderNeutral('Fachfrau/Fachmann Gesundheit')).toBe('Fachfrau Gesundheit');
  });

  it('never crashes on strange input', () => {
    for (const title of ['', '   ', '__proto__', 'constructor', '(m/w/d)', '/in', '–', 'ß'.repeat(5000), '𝔗𝔦𝔰𝔠𝔥𝔩𝔢𝔯 🙂 / / – :', 'toString / hasOwnProperty']) {
      expect(() => occupationOfTitle(title, taxonomy, 'de-DE')).not.toThrow();
    }
    expect(occupationOfTitle(undefined as unknown as string, taxonomy, 'de-DE')).toBeUndefined();
  });
});
