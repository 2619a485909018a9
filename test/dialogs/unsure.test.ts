/**
 * "weiss nicht", "?" and short words, as people with a job coach often answer: Lotse moves on
 * kindly instead of storing "weiss nicht" as a name or school, and shows examples on a bare "?".
 */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('unsure answers', () => {
  const h = useHarness();
  const identity = { channelId: 'test', channelUserId: 'u1' };
  const person = () => h.services.profiles.findByIdentity(identity);

  it('«weiss nicht» to the name question is no name', async () => {
    const c = h.chat();
    await reach(c, 'name');
    await c.send('weiss nicht');
    expect(c.text()).toMatch(/später noch ergänzen/);
    expect(c.text()).toMatch(/Dürfen Firmen/);
    expect((await person())?.firstName).toBeUndefined();
  });

  it('«weiss nicht» to the school question is no school', async () => {
    const c = h.chat();
    await reach(c, 'school');
    await c.send('weiss nicht');
    expect(c.text()).toMatch(/Lehre oder eine andere Berufsausbildung/);
    expect((await person())?.schoolLevel).toBeUndefined();
  });

  it('«weiss nicht» where the question has such a button keeps its meaning there', async () => {
    const c = h.chat();
    await reach(c, 'level');
    await c.send('weiss nicht');
    expect(c.text()).not.toMatch(/später noch ergänzen/);
    expect(c.text()).toMatch(/Ich trage mal «Grundkenntnisse» ein/);
  });

  it('a bare «?» to «Was kannst du gut?» shows examples, not «nichts gefunden»', async () => {
    const c = h.chat();
    await reach(c, 'skills');
    await c.send('?');
    expect(c.text()).not.toMatch(/nichts gefunden/);
    expect(c.text()).toMatch(/Denk an/);
  });

  it('understands «coach» and Swiss German «i wott e Lehrstell» as a situation', async () => {
    const c = h.chat();
    await reach(c, 'situation');
    await c.send('coach');
    expect((await person())?.situation).toBe('supported');
    const d = h.chat('u2', 'c2');
    await reach(d, 'situation');
    await d.send('i wott e Lehrstell');
    expect((await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u2' }))?.situation).toBe('school_leaver');
  });

  it('understands short German as a second language: «ich neu schweiz»', async () => {
    const c = h.chat();
    await reach(c, 'situation');
    await c.send('ich neu schweiz');
    expect((await person())?.situation).toBe('international');
  });
});
