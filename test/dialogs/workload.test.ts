/** The workload question understands bare numbers and hours the way the question is asked. */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('workload answers', () => {
  const h = useHarness();
  const identity = { channelId: 'test', channelUserId: 'u1' };

  async function answer(text: string, locale?: 'de-DE') {
    const c = h.chat();
    await reach(c, 'pensum');
    if (locale) {
      const person = await h.services.profiles.findByIdentity(identity);
      await h.services.profiles.update(person!.id, { locale });
    }
    await c.send(text);
    return { text: c.text(), pensum: (await h.services.profiles.findByIdentity(identity))?.pensum };
  }

  it('reads a bare «50» to «Welches Pensum?» as 50 %', async () => {
    const { text, pensum } = await answer('50');
    expect(pensum).toEqual({ min: 50, max: 50 });
    expect(text).toMatch(/Ab wann/);
  });

  it('reads «21 Stunden» as hours per week (de-CH: 42 hours are 100 %)', async () => {
    expect((await answer('21 Stunden')).pensum).toEqual({ min: 50, max: 50 });
  });

  it('reads «30 Stunden», which the de-DE hint suggests', async () => {
    expect((await answer('30 Stunden', 'de-DE')).pensum).toEqual({ min: 75, max: 75 });
  });

  it('reads a bare «20» as hours in de-DE, where the question counts in hours', async () => {
    expect((await answer('20', 'de-DE')).pensum).toEqual({ min: 50, max: 50 });
  });

  it('does not ask a pupil for the workload', async () => {
    const c = h.chat();
    await reach(c, 'situation');
    await c.tap('Ich gehe noch zur Schule');
    await c.tap('Ich weiss es schon');
    await c.tap('Sekundarschule');
    expect(c.text()).not.toMatch(/Pensum/);
    expect(c.text()).toMatch(/Ab wann/);
  });

  it('shows hours per week in the de-DE profile, as they were asked', async () => {
    await answer('30 Stunden', 'de-DE');
    const c = h.chat();
    await c.send('Profil zeigen');
    expect(c.text()).toMatch(/Arbeitszeit: 30 Std\.\/Woche/);
  });
});
