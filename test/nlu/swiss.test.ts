import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { extractSkills } from '../../src/nlu/skills';
import { swissForms } from '../../src/nlu/swiss';
import { germanVerbForms } from '../../src/nlu/verbs';

const taxonomy = builtinTaxonomy();
const labels = (text: string) => extractSkills(text, taxonomy, 'de-CH').map((s) => taxonomy.label(s.conceptId, 'de-CH'));
const infinitives = (word: string) => swissForms(word).flatMap((f) => germanVerbForms(f));

describe('Swiss German forms', () => {
  it('reads participles with a Swiss separable prefix as the standard verb', () => {
    expect(swissForms('ufgräumt')).toContain('aufgeräumt');
    expect(infinitives('ufgräumt')).toContain('aufräumen');
    expect(infinitives('iikauft')).toContain('einkaufen');
    expect(infinitives('abgwäsche')).toContain('abwaschen');
    expect(infinitives('usgmesse')).toContain('ausmessen');
    // Prefix-like starts of ordinary words are left alone.
    expect(swissForms('aber')).toEqual([]);
    expect(swissForms('umbaut')).toEqual([]);
  });

  it('reads compounds and plurals of dialect words', () => {
    expect(swissForms('Buurehof')[0]).toBe('Bauernhof');
    expect(swissForms('Gartezuun')[0]).toBe('Gartenzuun');
    expect(swissForms('Töffs')[0]).toBe('Motorrad');
  });

  it('keeps the e of a stem in -er or -el in a Swiss participle ("gsicheret" = "gesichert")', () => {
    expect(infinitives('gsicheret')).toEqual(['sichern']);
    expect(infinitives('gfüetteret')).toEqual(['füttern']);
  });

  it('takes a Swiss article off its noun and reads a Swiss participle beside it ("d\'Ladig gsicheret")', () => {
    expect(labels("Ha d'Ladig gsicheret")).toEqual(['Ladungssicherung']);
    expect(labels("Ich ha d'Chuchi putzt")).toEqual(labels('Ich ha Chuchi putzt'));
  });

  it('reads everyday dialect words of children, animals and the laundry ("Goofe ghüetet", "Hünd betreut", "Wösch glättet")', () => {
    expect(labels('Goofe ghüetet')).toEqual(['Kinder betreuen']);
    expect(labels('Hünd betreut')).toEqual(['Tierpflege']);
    expect(labels('Wösch glättet')).toEqual(['Wäscherei']);
  });
});
