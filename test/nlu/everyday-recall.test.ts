import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { extractSkills } from '../../src/nlu/skills';
import { swissForms } from '../../src/nlu/swiss';
import { createUnderstander } from '../../src/nlu/understand';
import { germanInfinitives, germanSingulars } from '../../src/nlu/verbs';
import type { Locale } from '../../src/profile/types';

const lexicon = skillLexicon();
const labels = (text: string, locale: Locale = 'de-CH') => extractSkills(text, lexicon, locale).map((s) => lexicon.label(s.conceptId, 'de-CH'));
const understander = createUnderstander(lexicon);

describe('work told in everyday and Swiss German words', () => {
  it('reads a Swiss strong participle that drops "ge" before b, d, g, k, p, t ("Sträuss bunde")', () => {
    expect(germanInfinitives('bunde')).toEqual(['binden']);
    expect(labels('i ha scho Sträuss bunde für Hochziite')).toEqual(['Floristik']);
  });

  it('reads a short Swiss participle behind a separable prefix ("Blut abgno" = Blut abgenommen)', () => {
    expect(swissForms('abgno')).toEqual(['abgenommen']);
    expect(labels('Blut abgno')).toEqual(['Blutentnahme']);
  });

  it('takes "i" beside Swiss function words for "ich", not English "I" ("han i Blut abgno")', () => {
    expect(labels('Im Spital han i Blut abgno und EKG gschribe')).toEqual(['Blutentnahme', 'EKG schreiben']);
  });

  it('reads a plural with umlaut by its singular ("Schaltschränke" → Schaltschrank)', () => {
    expect(germanSingulars('Schaltschränke')).toContain('Schaltschrank');
    expect(labels('Ich habe Schaltschränke verdrahtet')).toEqual(['Schaltschränke bauen und verdrahten']);
  });

  it('reads a Swiss participle without "ge" before p, t, k ("plättlet" = geplättelt)', () => {
    expect(swissForms('plättlet')).toContain('geplättelt');
    expect(labels('Ich ha üses Badzimmer sälber plättlet')).toEqual(['Plattenlegen']);
  });

  it('reads a Swiss participle with a prefix as its verb when the noun beside it is dialect too ("Wösch zämmegleit")', () => {
    expect(labels('Im Hotel hani Zimmer putzt und Wösch zämmegleit.')).toEqual(['Zimmerreinigung und Housekeeping', 'Wäscherei']);
  });

  it('takes the work done with a thing over the bare thing ESCO names ("Haar schnide" is hairdressing, not "Haar")', () => {
    expect(labels('Ich chan Haar schnide, han das aber nie glehrt')).toEqual(['Haare schneiden und frisieren']);
  });

  it('reads "im Team" as a way of working, not a workplace', () => {
    expect(labels('Ich bin belastbar und arbeite gern im Team')).toEqual(['Stressresistenz', 'Teamarbeit']);
  });
});

describe('titles and tools that stand for skills', () => {
  it('relates a technology to the curated concept that lists its name ("Abacus" is an ERP system as well as bookkeeping)', () => {
    const abacus = lexicon.find('Abacus', 'de-CH', 1)[0]!;
    expect(lexicon.broaderOf(abacus.conceptId).map((id) => lexicon.label(id, 'de-CH'))).toEqual(expect.arrayContaining(['Buchhaltung', 'ERP-Systeme']));
  });

  it('reads an English chef as a cook who can cook', () => {
    const skills = understander.understand("Hi, I'm Sipho, a trained chef from Cape Town.", 'en').skills.map((s) => s.label);
    expect(skills).toEqual(['Cooking']);
  });

  it('knows farmers as an occupation ("Lehr als Landwirt")', () => {
    expect(lexicon.findOccupations('Landwirtin EFZ', 'de-CH', 1)[0]?.label).toBe('Landwirt/in EFZ');
  });
});
