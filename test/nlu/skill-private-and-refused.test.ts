/**
 * What a chat message names but the writer does not offer: work on one's own things or for one's own household,
 * a thing the writer says is no work of theirs, a preference or a refusal said after the thing, a wish said with
 * «wär gern», the reader's own place, and the writer's first name.
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { extractSkills } from '../../src/nlu/skills';
import { createUnderstander } from '../../src/nlu/understand';
import { isDenied, isQuestioned, isWished } from '../../src/nlu/skill-stance';
import type { Locale } from '../../src/profile/types';

const taxonomy = builtinTaxonomy();
const labels = (text: string, locale: Locale = 'de-CH') => extractSkills(text, taxonomy, locale).map((s) => taxonomy.label(s.conceptId, 'de-CH'));
const at = (text: string, words: string): [number, number] => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`${words} not in ${text}`);
  return [start, start + words.length];
};

describe('work said to be no work of the writer', () => {
  it('drops what a later clause calls no profession («kei Bruef», «nöd professionell», «beruflich nie», «never worked»)', () => {
    expect(labels('znacht koch ich für d chind, aber das isch ja kei bruef')).toEqual([]);
    expect(labels('Ich koche jeden Tag, aber beruflich hab ich nie in einer Küche gestanden')).toEqual([]);
    expect(labels("I cook every night but I've never worked in a restaurant", 'en')).toEqual([]);
    const toy = 'bi mir lauft e Raspberry Pi, aber das isch nur Spielerei';
    expect(isDenied(toy, at(toy, 'Raspberry Pi'))).toBe(true);
  });

  it('keeps a hobby done well and a trade named before another thing called private', () => {
    expect(labels('On weekends I repair bicycles, just as a hobby', 'en')).toEqual(['Zweiräder reparieren']);
    expect(labels('Ich bin Koch, Fotografie ist nicht professionell')).toContain('Kochen');
  });
});

describe('a word of a skill in another sense', () => {
  it('reads «frisieren» beside a vehicle as tuning it up, not as hairdressing', () => {
    expect(labels('Töffli und Mofas frisieren kann ich')).toEqual(['Zweiräder reparieren']);
    expect(labels('Im Salon habe ich Kundinnen frisiert und Haare gefärbt')).toContain('Haare schneiden und frisieren');
  });
});

describe("one's own things and household", () => {
  it('drops work on one\'s own car, motorbike or house and cooking for one\'s family', () => {
    expect(labels('mis auto flick ich sälber')).toEqual([]);
    expect(labels('Ich schraub gern an meinem Motorrad')).toEqual([]);
    expect(labels('ich schraube an meinem Roller rum')).toEqual([]);
    expect(labels('am Wochenende schraube ich an meinem Moped')).toEqual([]);
    expect(labels('D Heizig im eigete Huus isch kaputt')).toEqual([]);
    expect(labels('I cook for my kids every night', 'en')).toEqual([]);
  });

  it('keeps the same work done for others', () => {
    expect(labels('Ich habe Autos und Velos repariert')).toEqual(['Fahrzeuge warten und reparieren', 'Zweiräder reparieren']);
  });

  it('asks about care for a parent-in-law rather than storing it', () => {
    const care = extractSkills('mini Schwiegermuetter pfleg ich au', taxonomy, 'de-CH');
    expect(care.every((s) => s.confidence <= 0.75)).toBe(true);
  });

  it('reads being stressed as a feeling, not stress resistance', () => {
    expect(labels('drum bin ich grad gstresst')).toEqual([]);
  });
});

describe('preferences, refusals and wishes said around the thing', () => {
  it('reads «lieber nöd» after the thing and «das wott ich nümm» after a list as refusals', () => {
    const night = 'Nachtschicht lieber nöd, aber Wuchenend goht';
    expect(isDenied(night, at(night, 'Nachtschicht'))).toBe(true);
    const shifts = 'Schichtdienst mit Pikett, 24h-Dienste, das wott ich nümm';
    expect(isDenied(shifts, at(shifts, 'Schichtdienst'))).toBe(true);
    const cook = 'Ich bin Koch, Schichtdienst, das will ich nicht mehr';
    expect(isDenied(cook, at(cook, 'Koch'))).toBe(false);
  });

  it('reads «nothing with» as excluding the thing', () => {
    const back = "I've got a bad back so nothing with heavy lifting";
    expect(isDenied(back, at(back, 'heavy lifting'))).toBe(true);
  });

  it('reads «wär gern», «lieber im …», «öppis im …» and «… wäre toll» as wishes', () => {
    const yard = 'wär gern in e Werkhof vo de Gmeind';
    expect(isWished(yard, at(yard, 'Werkhof'))).toBe(true);
    const service = 'ich wott nöd meh uf d Baustell, lieber im Service bi Kunde';
    expect(isWished(service, at(service, 'Service'))).toBe(true);
    const support = 'öppis im 2nd Level Support, Region Basel';
    expect(isWished(support, at(support, 'Support'))).toBe(true);
    const home = 'ich such was im Büro, Homeoffice wäre toll';
    expect(isWished(home, at(home, 'Homeoffice'))).toBe(true);
    const interest = 'ich interessier mi für e Stell im Verchauf';
    expect(isWished(interest, at(interest, 'Verchauf'))).toBe(true);
  });

  it('reads a sentence opening with «Ist das …» and ending in «?» as a question', () => {
    const call = 'Ist das Inbound oder Outbound, also muss ich Leute anrufen?';
    expect(isQuestioned(call, at(call, 'Outbound'))).toBe(true);
  });
});

describe("the reader's place and the writer's name", () => {
  it("drops a place the reader owns («i eurer Wäscherei», «in your kitchen»)", () => {
    expect(labels('ich interessier mi für e Stell i eurer Wäscherei')).toEqual([]);
    expect(labels('Ich habe zwei Jahre in der Wäscherei gearbeitet')).toEqual(['Wäscherei']);
  });

  it('drops a skill guessed from the first name, but not a trade taken for a name', () => {
    const understander = createUnderstander(taxonomy, { now: () => new Date('2026-12-01T12:00:00') });
    expect(understander.understand('Hoi, ich heisse Dario, bi 16', 'de-CH').skills).toEqual([]);
    const forester = understander.understand('Ich bi Forstwart und ha 15 Johr im Wald gschaffet', 'de-CH').skills;
    expect(forester.map((s) => taxonomy.label(s.conceptId, 'de-CH'))).toContain('Forstwirtschaft');
  });
});
