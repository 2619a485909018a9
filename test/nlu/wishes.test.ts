/** The direction a person wishes for, apart from what they did before and what they rule out. */
import { wishedDirection } from '../../src/nlu/wishes';

describe('wished direction in a person\'s own words', () => {
  it('keeps the words after the wish, not the past work before it', () => {
    expect(wishedDirection('Ich arbeite auf der Notfallstation und möchte mich Richtung Rettungsdienst entwickeln.')).toBe('mich Richtung Rettungsdienst entwickeln');
    expect(wishedDirection('Zehn Jahre Medizin, dann Familienpause. Am liebsten Spitex.')).toBe('Spitex');
    expect(wishedDirection("I worked in a warehouse and I'd like to move towards logistics planning")).toContain('logistics planning');
  });

  it('finds no wish in a plain description or in an aversion', () => {
    expect(wishedDirection('Ich arbeite gern mit den Händen.')).toBe('');
    expect(wishedDirection('Ich möchte nicht mehr im Büro arbeiten.')).toBe('');
  });
});
