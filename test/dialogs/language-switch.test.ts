/** Switching the language in the middle, asked the way people ask it (naming the language, not the locale). */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('asking for another language', () => {
  const h = useHarness();

  it('«Können wir Englisch sprechen?» switches to English and asks the open question again in it', async () => {
    const c = h.chat();
    await reach(c, 'school');
    await c.send('Können wir Englisch sprechen?');
    expect(c.text()).toMatch(/from now on I write in English/);
    expect(c.text()).toMatch(/which school/i);
  });

  it('«Can we speak German?» goes back to the German chosen before', async () => {
    const c = h.chat();
    await reach(c, 'school');
    await c.send('Can we speak English?');
    await c.send('Can we speak German?');
    expect(c.text()).toMatch(/ab jetzt schreibe ich auf Deutsch \(Schweiz\)/);
    expect(c.text()).toMatch(/Welche Schule/);
  });

  it('«Ich kann Englisch sprechen» to the languages question stays an answer', async () => {
    const c = h.chat();
    await reach(c, 'languages');
    await c.send('Ich kann Englisch sprechen');
    expect(c.text()).not.toMatch(/from now on/);
  });
});
