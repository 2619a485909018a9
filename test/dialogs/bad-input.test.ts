/**
 * Bad input at every question: nothing crashes, Lotse says what was wrong and asks the same
 * question again, and the next proper answer still works (nothing lost).
 */
import { after, FLOW, reach, step } from './support/flows';
import { openHarness } from './support/harness';

type H = Awaited<ReturnType<typeof openHarness>>;

const BAD: [string, string][] = [
  ['empty', ''],
  ['10,000 characters', 'a'.repeat(10_000)],
  ['emoji only', '😀😀😀'],
  ['another language', 'Je voudrais bien travailler ici'],
  ['a number where words are expected', '12345'],
];

/** Questions where a number is a proper answer (a postal code, an amount). */
const NUMBERS_OK = new Set(['place']);

/** Questions that never insist: an unclear answer gets a sensible default, which Lotse names. */
const DEFAULTS: Record<string, RegExp> = { goal: /nach allen Arten von Stellen/, level: /Ich trage mal «Grundkenntnisse» ein/ };

describe('bad input at every question', () => {
  let h: H;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
    h.cleanup();
  });

  let conversation = 0;
  it.each(FLOW.map((s) => s.name).filter((name) => !DEFAULTS[name]))('%s: asks again after bad input and goes on after a good answer', async (name) => {
    conversation += 1;
    const chat = h.chat(`user-${conversation}`, `conversation-${conversation}`);
    await reach(chat, name);
    const current = step(name);
    for (const [what, text] of BAD) {
      if (what.startsWith('a number') && NUMBERS_OK.has(name)) continue;
      await chat.send(text);
      const answer = chat.text();
      expect({ what, answer }).toEqual({ what, answer: expect.stringMatching(current.question) });
      expect(chat.last.length).toBeGreaterThanOrEqual(2);
    }
    await current.answer(chat);
    const next = after(name);
    if (next) expect(chat.text()).toMatch(next.question);
    else expect(chat.text()).toMatch(/Passende Stellen/);
  });

  it.each(Object.keys(DEFAULTS))('%s: takes an unclear answer as a default, says so and goes on', async (name) => {
    conversation += 1;
    const chat = h.chat(`user-${conversation}`, `conversation-${conversation}`);
    await reach(chat, name);
    await chat.send('Je voudrais bien travailler ici');
    expect(chat.text()).toMatch(DEFAULTS[name]!);
    expect(chat.text()).not.toMatch(step(name).question);
    expect(chat.text()).toMatch(after(name)!.question);
  });
});
