/** A person who stopped in the middle and comes back in a new conversation goes on where they stopped. */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('coming back to an unfinished profile', () => {
  const h = useHarness();

  it('goes on with the open part instead of the menu, without offering the interest check again', async () => {
    await reach(h.chat('lea', 'first'), 'pensum');
    const c = h.chat('lea', 'second');
    await c.send('Hallo');
    expect(c.text()).toMatch(/Schön, dass du wieder da bist/);
    expect(c.text()).toMatch(/noch nicht ganz fertig/);
    expect(c.text()).not.toMatch(/Was möchtest du tun/);
    await c.tap('Fertig');
    expect(c.text()).not.toMatch(/in welche Richtung/);
    expect(c.text()).toMatch(/Welches Pensum/);
  });

  it('shows the menu to a person who finished the profile', async () => {
    await reach(h.chat('lea', 'first'), 'end');
    const c = h.chat('lea', 'second');
    await c.send('Hallo');
    expect(c.text()).not.toMatch(/noch nicht ganz fertig/);
    expect(c.text()).toMatch(/Was möchtest du tun/);
  });

  it('does not start the interest check again by itself after «neu starten» when it was done', async () => {
    const c = h.chat();
    await reach(c, 'interests');
    await c.tap('Kurz testen');
    for (let i = 0; i < 6; i += 1) await c.tap('👍 Stimmt');
    expect(c.text()).toMatch(/Welche Schule/);
    await c.send('neu starten');
    await c.tap('Fertig');
    expect(c.text()).not.toMatch(/1\/6/);
  });
});
