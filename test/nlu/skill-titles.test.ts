/**
 * A job title named as the writer's role stands for the skill of its trade: the feminine form of every listed
 * one-word title («Fotografin» of «Fotograf», src/matching/taxonomy/builtin.ts), and the titles the data files
 * list for trades that had none (English titles, «Drogist», «Kranfahrer», «Fahrdienstleiter», «Kindergärtner»).
 */
import { withFeminineTitles } from '../../src/matching/taxonomy/builtin';
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { extractSkills } from '../../src/nlu/skills';
import type { Locale } from '../../src/profile/types';

const taxonomy = builtinTaxonomy();
const sure = (text: string, locale: Locale = 'de-CH') =>
  extractSkills(text, taxonomy, locale)
    .filter((s) => s.confidence >= 0.75)
    .map((s) => taxonomy.label(s.conceptId, 'de-CH'));

describe('feminine titles', () => {
  it('adds the feminine form of a listed masculine title, once, and of nothing else', () => {
    expect(withFeminineTitles(['Fotograf', 'Fotos', 'fotografieren'])).toEqual(['Fotograf', 'Fotos', 'fotografieren', 'Fotografin']);
    expect(withFeminineTitles(['Polygraf', 'Polygrafin'])).toEqual(['Polygraf', 'Polygrafin']);
    expect(withFeminineTitles(['Drucken', 'Druckvorstufe'])).toEqual(['Drucken', 'Druckvorstufe']);
  });

  it('reads a feminine title as the skill of its trade, surely', () => {
    expect(sure('Ich bin Fotografin', 'de-DE')).toEqual(['Fotografie']);
    expect(sure('Ich bi Goldschmiedin vo Bruef')).toEqual(['Goldschmieden und Schmuck']);
    expect(sure('Ich war Polstererin', 'de-DE')).toEqual(['Polstern und Raumausstattung']);
  });
});

describe('titles of trades', () => {
  it('reads English job titles as the skill of their trade', () => {
    expect(sure("I'm a midwife", 'en')).toEqual(['Geburtshilfe und Wochenbett']);
    expect(sure('I worked as an optician', 'en')).toEqual(['Augenoptik']);
    expect(sure('I was a stonemason for ten years', 'en')).toEqual(['Steinbearbeitung']);
    expect(sure("I'm an occupational therapist", 'en')).toEqual(['Ergotherapie']);
  });

  it('reads German titles the data files lacked', () => {
    expect(sure('Ich bin gelernter Drogist', 'de-DE')).toEqual(['Arzneimittel beraten und abgeben']);
    expect(sure('Ich war Kranfahrer im Hafen', 'de-DE')).toEqual(['Kran bedienen']);
    expect(sure('Ich bi Kindergärtnerin gsi')).toEqual(['Kinder betreuen']);
  });
});
