import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { extractSkills } from '../../src/nlu/skills';
import type { Locale } from '../../src/profile/types';

const taxonomy = builtinTaxonomy();
const labels = (text: string, locale: Locale = 'de-CH') => extractSkills(text, taxonomy, locale).map((s) => taxonomy.label(s.conceptId, 'de-CH'));

describe('skills against the built-in taxonomy', () => {
  it('reads what people did in the perfect tense, with everyday verbs', () => {
    expect(labels('Ich habe bei Patienten Fieber gemessen')).toEqual(['Vitalzeichen messen']);
    expect(labels('Ich habe Töffli geflickt')).toEqual(['Zweiräder reparieren']);
    expect(labels('Ich habe meinen Vater gepflegt')).toEqual(['Grundpflege']);
  });

  it('reads English verbs, agent nouns and conjuncts of English labels', () => {
    expect(labels('I can weld and drive a forklift', 'en')).toEqual(['Schweissen', 'Gabelstapler fahren']);
    expect(labels('I worked as a painter', 'en')).toEqual(['Malerarbeiten']);
    expect(labels('gardening', 'en')).toEqual(['Garten- und Landschaftsbau']);
  });

  it('finds several skills in one sentence without the workplace', () => {
    expect(labels('Kommissioniert und Paletten gestapelt im Lager')).toEqual(['Kommissionieren', 'Palettieren']);
    expect(labels('Ich arbeite im Lager')).toEqual(['Lagerbewirtschaftung']);
  });

  it('lets one verb serve several objects', () => {
    expect(labels('Ich habe Autos und Velos repariert')).toEqual(['Fahrzeuge warten und reparieren', 'Zweiräder reparieren']);
  });

  it('reads a plural object with its verb as the singular the taxonomy names', () => {
    expect(labels('Ich habe Handys repariert')).toEqual(labels('Ich habe ein Handy repariert'));
    expect(labels('Ich habe Handys repariert')).toEqual(['Smartphones und Geräte reparieren']);
  });

  it('reads a verb by its object', () => {
    expect(labels('Ich habe Beton gegossen')).toEqual(['Betonieren']);
  });

  it('does not read a place as a language or a common English word as a product', () => {
    expect(labels('I was a cook in Ukraine', 'en')).toEqual(['Kochen']);
    expect(labels('I cleaned offices', 'en')).toEqual(['Reinigung']);
    expect(labels('I know excel and powerpoint', 'en')).toEqual(['Microsoft Excel', 'Microsoft PowerPoint']);
  });

  it('drops a look-alike object next to the sure verb it belongs to', () => {
    expect(labels('Ich habe Büros gereinigt')).toEqual(['Reinigung']);
  });

  it('skips Swiss German function words', () => {
    expect(labels('Ich bi Maurer gsi')).toEqual(['Mauern']);
  });

  it('keeps a German word apart from an English alternative label', () => {
    expect(labels('Mein Chef ist nett')).toEqual([]);
  });
});
