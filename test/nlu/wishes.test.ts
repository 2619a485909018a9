/** The direction a person wishes for, apart from what they did before and what they rule out. */
import { changedField, wishedDirection } from '../../src/nlu/wishes';

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

  it('hears "ich will" and "würde gern" as a wish, but not the English "I will"', () => {
    expect(wishedDirection('Ich war Verkäuferin, jetzt will ich ins Büro.')).toContain('ins Büro');
    expect(wishedDirection('Jetzt will ich in die Pflege wechseln.')).toContain('in die Pflege wechseln');
    expect(wishedDirection('Ich würde gern was mit Heizung und Wärmepumpen machen.')).toContain('Heizung und Wärmepumpen');
    expect(wishedDirection('I will work hard.')).toBe('');
  });

  it('hears the Swiss and spoken «würd gern», «wett gärn», «hätt gern», «möcht» as a wish', () => {
    expect(wishedDirection('15 Jahre Fernverkehr, jetzt würd ich gern in den Nahverkehr.')).toBe('ich gern in den Nahverkehr');
    expect(wishedDirection('Zwölf Jahr Gastro, jetzt wett i gärn öppis im Büro.')).toContain('öppis im Büro');
    expect(wishedDirection('Ich hätt gern eine Stelle in der Logistik.')).toContain('Logistik');
    expect(wishedDirection('I möcht i d Pflege.')).toBe('i d Pflege');
    expect(wishedDirection('Das Rennen ist wett.')).toBe('');
  });

  it('takes what a person "könnte sich vorstellen" from before the phrase or from the clause after it', () => {
    expect(wishedDirection('Im Verkauf könnte ich mir gut vorstellen.')).toContain('Verkauf');
    expect(wishedDirection('Ich könnte mir vorstellen, in der Pflege zu arbeiten.')).toContain('in der Pflege zu arbeiten');
  });

  it('hears getting away ("will weg von", "raus aus") as an aversion, not a wish', () => {
    expect(wishedDirection('Ich will weg von der Baustelle.')).toBe('');
    expect(wishedDirection('Ich möchte raus aus der Wechselschicht.')).toBe('');
  });
});

describe('a wish to move into another field', () => {
  it('is a wish whose words say they change ("wechseln", "umsteigen"), with the field they name', () => {
    expect(changedField('Gelernte Bäckerin. Ich würde gern ins Labor wechseln, Lebensmittel oder Qualitätskontrolle.')).toBe('gern ins Labor wechseln');
    expect(changedField('Ich fahre Taxi und möchte zum Linienbus umsteigen.')).toBe('zum Linienbus umsteigen');
    // After getting away from something, the part joined by «und» that heads somewhere is the wish.
    expect(changedField('Ich will raus aus dem Samstags- und Abendverkauf und ins Büro wechseln.')).toBe('ins Büro wechseln');
    expect(wishedDirection('Ich will weg von der Baustelle und in die Disposition.')).toBe('in die Disposition');
    expect(wishedDirection('Ich will weg von der Baustelle und suche etwas anderes.')).toBe('');
  });
  it('is no wish that only names a direction, and no change that is not wished ("Teile wechseln")', () => {
    expect(changedField('Am liebsten Spitex.')).toBe('');
    expect(changedField('Ich habe Bremsen und Teile gewechselt.')).toBe('');
  });
});
