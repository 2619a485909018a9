import { skillLexicon } from '../../src/matching/taxonomy/layers';
import { resolveSkills } from '../../src/nlu/skill-resolver';
import type { Locale } from '../../src/profile/types';

const lexicon = skillLexicon();
/** Every concept a chat message yields, stored or asked. */
const named = (text: string, locale: Locale = 'de-CH') => resolveSkills(text, { locale, mode: 'message', lexicon }).skills.map((s) => s.label);

describe('a verb guessed by its stem beside other guesses', () => {
  it('is not asked about: the other finds say what the verb did', () => {
    expect(named('Ich entwickle kleine Spiele mit Unity')).not.toContain('Programmieren');
    expect(named('Backups einrichten und wiederherstellen gehörte zu meinen Aufgaben')).not.toContain('Hörakustik');
  });

  it('is still asked about alone', () => {
    expect(named('Ich habe eingerichtet')).toEqual(['Werkzeugmaschinen einrichten']);
  });
});

describe('English names that share only a word with the text', () => {
  it('are not asked about ("take care", "set up")', () => {
    expect(named('i take care of my disabled brother since many years', 'en')).not.toContain('Childcare');
    expect(named('I have set up Linux servers', 'en')).not.toContain('Computer hardware setup');
  });

  it('a conjunct of a name counts only as typed, not through another form of the word', () => {
    expect(named('former truck driver', 'en')).toEqual(['Truck driving']);
    expect(named('gardening', 'en')).toEqual(['Landscaping and gardening']);
  });
});
