import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { resolveSkills } from '../../src/nlu/skill-resolver';
import { extractEntities } from '../../src/nlu/entities';
import { parseIntroduction } from '../../src/nlu/introductions';
import type { Locale } from '../../src/profile/types';

const lexicon = skillLexicon();
const NOW = new Date(Date.UTC(2026, 11, 6, 12));
/** Every concept a chat message yields, stored or asked. */
const named = (text: string, locale: Locale = 'de-CH') => resolveSkills(text, { locale, mode: 'message', lexicon }).skills.map((s) => s.label);

describe('skills said of someone else are not the writer’s', () => {
  it('leaves out what a relative, partner or friend can do', () => {
    expect(named('Meine Schwester kann sehr gut backen')).toEqual([]);
    expect(named('Unser ältester Bruder hat Erfahrung im Verkauf')).toEqual([]);
    expect(named('My husband can weld', 'en')).toEqual([]);
  });

  it('keeps what the child or client the writer speaks for can do: the profile is theirs', () => {
    expect(named('Unser ältester Sohn hat Erfahrung im Verkauf')).not.toEqual([]);
    expect(named('Meine Klientin kann sehr gut backen')).toEqual(['Backen']);
    expect(named('My daughter can weld', 'en')).not.toEqual([]);
  });

  it('reads "er" and "sie" as the last person named: the child spoken for, or a partner', () => {
    expect(named('Mein Sohn sucht eine Lehrstelle. Er kann gut backen')).toEqual(['Backen']);
    expect(named('Mein Mann ist Koch. Er kann gut backen')).toEqual([]);
    expect(named('Meine Tochter und mein Mann: er kann gut backen')).toEqual([]);
  });

  it('leaves out "er", "she" and "sie" with a verb in the singular, but keeps the writer’s own skill beside it', () => {
    expect(named('Er hat lange geschweisst')).toEqual([]);
    expect(named('Sie kann gut backen')).toEqual([]);
    expect(named('Mein Mann kann kochen und ich kann backen')).toEqual(['Backen']);
  });

  it('still takes a relative as the person cared for, and the condition they have', () => {
    expect(named('Ich habe meine Kinder betreut')).not.toEqual([]);
    expect(named('Ich habe jahrelang meinen Opa gepflegt, er hatte Demenz')).toContain('Menschen mit Demenz betreuen');
  });

  it('takes no occupation said of someone else from an introduction', () => {
    expect(parseIntroduction('Meine Frau arbeitet als Coiffeuse, ich suche etwas im Lager', NOW).occupation).toBeUndefined();
    expect(parseIntroduction('Ich arbeite als Coiffeuse', NOW).occupation).toBe('Coiffeuse');
  });
});

describe('a verb that looks like a noun', () => {
  it('reads «sucht» as someone looking, not as addiction care', () => {
    expect(named('Mein Sohn sucht eine Lehrstelle')).toEqual([]);
    expect(named('Sie sucht eine Stelle im Verkauf')).not.toContain('Psychiatrische Pflege');
  });
});

describe('the way to work is no skill', () => {
  it('leaves out a vehicle one commutes with', () => {
    expect(named('Ich fahre täglich mit dem Auto zur Arbeit')).toEqual([]);
    expect(named('ich fahre mit em velo is gschäft')).toEqual([]);
  });

  it('keeps a skill said before the way to work in the same sentence', () => {
    expect(named('Ich habe einen Staplerschein und fahre mit dem Auto zur Arbeit')).toEqual(['Gabelstapler fahren']);
  });

  it('keeps driving said as a skill', () => {
    expect(named('Ich kann Auto fahren')).not.toEqual([]);
  });

  it('reads "mit dem Zug" as the train, the town only after a place cue', () => {
    expect(extractEntities('Ich pendle jeden Morgen mit dem Zug', NOW).placeName).toBeUndefined();
    expect(extractEntities('Ich wohne in Zug', NOW).placeName).toBe('Zug');
  });
});
