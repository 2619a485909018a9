/**
 * Nobody is stuck: after two answers Lotse could not use, the question offers a way out
 * ("Überspringen", or "hilfe" and a person where the answer is needed), and a person who only taps
 * can always leave the skills question, also without naming a skill.
 */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('a way out of every question', () => {
  const h = useHarness();

  it('offers «Überspringen» after the second unusable answer, and skipping goes on to the next question', async () => {
    const c = h.chat();
    await reach(c, 'radius');
    await c.send('fertig');
    expect(c.buttons().map((b) => b.title)).not.toContain('Überspringen');
    await c.send('mittel');
    expect(c.text()).toMatch(/Überspringen/);
    expect(c.buttons().map((b) => b.title)).toContain('Überspringen');
    await c.tap('Überspringen');
    expect(c.text()).toMatch(/Wo stehst du gerade/);
  });

  it('understands «überspringen» typed once the way out is offered', async () => {
    const c = h.chat();
    await reach(c, 'radius');
    await c.send('äh');
    await c.send('hmm');
    expect(c.buttons().map((b) => b.title)).toContain('Überspringen');
    await c.send('überspringen');
    expect(c.text()).toMatch(/Wo stehst du gerade/);
  });

  it('keeps a required question but points to help and a person', async () => {
    const c = h.chat();
    await reach(c, 'consent');
    await c.send('hmm');
    await c.send('hmm');
    expect(c.text()).toMatch(/hilfe/);
    expect(c.text()).toMatch(/Menschen/);
    expect(c.buttons().map((b) => b.title)).not.toContain('Überspringen');
  });

  it('lets a person who only taps leave the skills question without a skill', async () => {
    const c = h.chat();
    await reach(c, 'skills');
    await c.tap('Ich weiss nicht recht');
    await c.tap('Fertig');
    expect(c.text()).toMatch(/Wo möchtest du arbeiten/);
    await c.send('Skills ändern');
    await c.tap('Ich weiss nicht recht');
    await c.tap('Fertig');
    expect(c.text()).toMatch(/noch keine Fähigkeit/);
    await c.tap('Fertig');
    expect(c.text()).toMatch(/Wo möchtest du arbeiten/);
  });

  it('leaves an unsure skill out when the confirmation is skipped', async () => {
    const c = h.chat();
    await reach(c, 'skills');
    await c.send('Pflge');
    const asked = c.text();
    if (!/Meinst du/.test(asked)) throw new Error(`expected a confirmation, got: ${asked}`);
    await c.send('vielleicht');
    await c.send('mal so mal so');
    await c.tap('Überspringen');
    expect(c.text()).toMatch(/Was kannst du gut/);
  });

  it('offers everyday skills to tap for a pupil who does not know what to say', async () => {
    const c = h.chat();
    await reach(c, 'situation');
    await c.tap('Ich gehe noch zur Schule');
    await c.send('Skills ändern');
    await c.tap('Ich weiss nicht recht');
    expect(c.buttons().map((b) => b.title)).toEqual(expect.arrayContaining(['Kinder betreuen', 'Computerkenntnisse']));
    await c.tap('Kinder betreuen');
    expect(c.text()).toMatch(/Wie gut kannst du Kinder betreuen/);
  });

  it('does not claim the menu is a question it needs answered', async () => {
    const c = h.chat();
    await reach(c, 'end');
    await c.send('blabla');
    await c.send('blabla');
    await c.send('blabla');
    expect(c.text()).toMatch(/Tipp auf einen Knopf/);
    expect(c.text()).not.toMatch(/Diese Frage brauche ich/);
    expect(c.buttons().map((b) => b.title)).not.toContain('Überspringen');
  });
});
