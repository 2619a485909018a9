/**
 * Slot filling of languages (fifteenth session, branch u-intents15b): a level stated as firmly as the
 * languages question asks it ("mein Deutsch ist B1") is noted in passing; a language named without one is not.
 */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('languages noted in passing', () => {
  const h = useHarness();

  it('notes «Deutsch ist B1» said with the Pensum in the answer to «Was suchst du?»', async () => {
    const c = h.chat();
    await reach(c, 'goal');
    await c.send('Ich möchte in einem Pflegeheim arbeiten, 80 %, mein Deutsch ist B1');
    expect(c.text()).toMatch(/Notiert: .*Pensum.*Sprachen/);
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(person?.languages).toEqual([{ language: 'de', level: 'B1' }]);
    expect(person?.pensum).toEqual({ min: 80, max: 80 });
  });

  it('does not note a language named without a level («Englisch wäre gut»)', async () => {
    const c = h.chat();
    await reach(c, 'skills');
    await c.send('Ich wohne in 4600 Olten, Englisch wäre gut');
    expect(c.text()).toMatch(/Notiert: Ort/);
    expect(c.text()).not.toMatch(/Sprachen/);
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(person?.languages).toEqual([]);
  });
});
