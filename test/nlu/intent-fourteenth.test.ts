import { charGrams, intentFeatures } from '../../src/nlu/intent-features';
import { acceptGuess } from '../../src/nlu/intents';

describe('character n-grams of long words', () => {
  it('a long compound gives no more n-grams than a word of ordinary length', () => {
    const compound = charGrams('verwaltungsfachangestellter');
    expect(compound.length).toBeLessThanOrEqual(charGrams('angestellter').length);
    // Its first part and its head still count.
    expect(compound).toEqual(expect.arrayContaining(['#ver', 'ter#', 'llter']));
    expect(compound).not.toContain('fach');
  });

  it('words up to twelve letters keep all their n-grams', () => {
    expect(charGrams('koch')).toEqual(['#ko', 'koc', 'och', 'ch#', '#koc', 'koch', 'och#', '#koch', 'koch#']);
    expect(charGrams('angestellter')).toContain('stel');
  });

  it('an unseen long job title weighs in the message like one word', () => {
    const grams = (text: string) => intentFeatures(text).filter((f) => f.startsWith('c:')).length;
    expect(grams('Suche Vollzeitstelle als Verwaltungsfachangestellter')).toBeLessThan(2 * grams('Suche Vollzeitstelle als Koch'));
  });
});

describe('the words an intent needs', () => {
  it('a stored detail named as wrong is a profile edit without the word «Profil»', () => {
    for (const text of ['Mein Nachname ist falsch geschrieben, bitte korrigieren', 'Das Alter stimmt nicht', 'my date of birth is wrong', 'de Jahrgang isch falsch']) {
      expect(acceptGuess(text, 'edit_profile', 0.8, 0.1).name).toBe('edit_profile');
    }
    expect(acceptGuess('ändern', 'edit_profile', 0.8, 0.1).name).toBe('none');
  });

  it('a shared device logged out or its session deleted afterwards is forgetting the device', () => {
    for (const text of ['Bin am PC vom Jobcenter, bitte am Schluss uslogge', 'Bitte lösch nachher alles, ist nicht mein Laptop', 'please delete everything afterwards', 'beende meine Sitzung']) {
      expect(acceptGuess(text, 'forget_device', 0.8, 0.1).name).toBe('forget_device');
    }
    for (const text of ['Ich arbeite am Computer', 'danach suche ich in Bern']) expect(acceptGuess(text, 'forget_device', 0.8, 0.1).name).toBe('none');
  });

  it('Swiss «wäg» (weg) asks to delete', () => {
    expect(acceptGuess('Mis Konto söll wäg', 'delete_profile', 0.8, 0.1).name).toBe('delete_profile');
    expect(acceptGuess('Ich fahre einen Wagen', 'delete_profile', 0.8, 0.1).name).toBe('none');
  });
});
