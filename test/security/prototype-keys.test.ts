/**
 * Words and button values that are names of Object.prototype ("constructor", "toString",
 * "__proto__") never reach a function through a lookup table: a forged button gets the friendly
 * help, a typed word is just a word. The real bot on a real database (dialog harness).
 */
import { parseLanguages } from '../../src/nlu/languages';
import { parseNumberWord } from '../../src/nlu/numbers';
import { reach } from '../dialogs/support/flows';
import { useHarness } from '../dialogs/support/harness';

const PROTOTYPE_NAMES = ['__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

describe('button values naming Object.prototype members', () => {
  const h = useHarness('each');

  it('with a profile, "cmd:<name>" gets the help and the conversation goes on', async () => {
    const chat = h.chat('proto-user', 'proto-conv');
    await reach(chat, 'end');
    for (const name of PROTOTYPE_NAMES) {
      await chat.send({ text: `cmd:${name}`, value: `cmd:${name}` });
      expect({ name, answer: chat.text() }).toEqual({ name, answer: expect.stringContaining('Ich helfe dir') });
    }
    await chat.send('Profil');
    expect(chat.text()).toContain('Lea');
  });

  it('before consent, "cmd:<name>" gets the help for people without a profile', async () => {
    const chat = h.chat('proto-new', 'proto-new-conv');
    await reach(chat, 'consent');
    for (const name of PROTOTYPE_NAMES) {
      await chat.send({ text: `cmd:${name}`, value: `cmd:${name}` });
      expect({ name, answer: chat.text() }).toEqual({ name, answer: expect.stringContaining('Ich bin Lotse') });
    }
  });

  it('"job:why:<name>" says it has no reason for that job instead of failing', async () => {
    const chat = h.chat('proto-why', 'proto-why-conv');
    await reach(chat, 'end');
    for (const name of ['constructor', 'toString', '__proto__']) {
      await chat.send({ text: `job:why:${name}`, value: `job:why:${name}` });
      expect(chat.text()).not.toMatch(/schiefgelaufen/);
      expect(chat.text().length).toBeGreaterThan(0);
    }
  });

  it('a typed "/constructor" is no command and the open question is asked again', async () => {
    const chat = h.chat('proto-slash', 'proto-slash-conv');
    await reach(chat, 'name');
    await chat.send('/constructor');
    expect(chat.text()).toMatch(/Wie darf ich dich nennen|Name/);
  });
});

describe('words naming Object.prototype members in free text', () => {
  it('"constructor" is no language and no number', () => {
    expect(parseLanguages('Ich spreche constructor und Deutsch').map((l) => l.language)).toEqual(['de']);
    expect(parseNumberWord('constructor')).toBeUndefined();
    expect(parseNumberWord('constructorundzwanzig')).toBeUndefined();
  });
});
