/**
 * «Was suchst du?» answered with an occupation's title is the direction the person looks in, not a
 * skill they have: a pupil typing «elektriker» does not yet install anything. One who says they are
 * an electrician does claim its skill.
 */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('an occupation named in answer to «Was suchst du?»', () => {
  const h = useHarness();
  const person = () => h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });

  it('«elektriker» is the direction: kept as the occupation looked for, no skill noted, «Was kannst du gut?» still asked', async () => {
    const c = h.chat();
    await reach(c, 'goal');
    await c.send('elektriker');
    expect(c.text()).not.toMatch(/Notiert, was du kannst/);
    expect(c.text()).toMatch(/Was kannst du gut/);
    const profile = (await person())!;
    expect(profile.skills).toEqual([]);
    expect(profile.occupations?.map((id) => h.services.vocabulary.label(id, 'de-CH'))).toContain('Elektroinstallateur/in EFZ');
  });

  it('«Ich bin Elektriker, suche eine Stelle» claims the skill', async () => {
    const c = h.chat();
    await reach(c, 'goal');
    await c.send('Ich bin Elektriker, suche eine feste Stelle');
    expect(c.text()).toMatch(/Notiert, was du kannst: Elektroinstallationen ausführen/);
  });
});
