/** Changing one's mind in the middle: what an edit answered is not asked again; numbers are no skills. */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('changes in the middle of the conversation', () => {
  const h = useHarness();

  it('«Ort ändern» at the place question answers it: after the radius the conversation goes on with the Pensum', async () => {
    const c = h.chat();
    await reach(c, 'place');
    await c.send('Ort ändern');
    expect(c.text()).toMatch(/Wo möchtest du arbeiten/);
    await c.send('4500 Solothurn');
    await c.tap('bis 10 km');
    expect(c.text()).not.toMatch(/Wo möchtest du arbeiten/);
    expect(c.text()).toMatch(/Welches Pensum/);
  });

  it('a bare number to «Was kannst du gut?» is not taken for a skill', async () => {
    const c = h.chat();
    await reach(c, 'skills');
    await c.send('5');
    expect(c.text()).not.toMatch(/Meinst du/);
    expect(c.text()).toMatch(/Was kannst du gut/);
  });
});
