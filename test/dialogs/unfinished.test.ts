/** An unfinished profile is never forgotten: after «abbrechen» the menu offers to finish it; before consent there is nothing to show. */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('unfinished profiles and data before consent', () => {
  const h = useHarness();

  it('offers «Profil fertig machen» after «abbrechen», which goes on where the person stopped', async () => {
    const c = h.chat();
    await reach(c, 'pensum');
    await c.send('abbrechen');
    expect(c.buttons().map((b) => b.title)).toContain('Profil fertig machen');
    await c.tap('Profil fertig machen');
    await c.tap('Fertig');
    expect(c.text()).toMatch(/Welches Pensum/);
  });

  it('does not offer it once the profile is done', async () => {
    const c = h.chat();
    await reach(c, 'end');
    await c.send('abbrechen');
    expect(c.buttons().map((b) => b.title)).not.toContain('Profil fertig machen');
  });

  it('answers «Daten exportieren» before consent honestly: nothing is stored yet', async () => {
    const c = h.chat();
    await reach(c, 'consent');
    await c.send('Daten exportieren');
    expect(c.text()).toMatch(/noch nichts über dich gespeichert/);
    expect(c.text()).toMatch(/Bist du damit einverstanden/);
  });
});
