/** Changing one's mind in the middle: what an edit answered is not asked again; numbers are no skills. */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('changes in the middle of the conversation', () => {
  const h = useHarness();

  it('«Ort ändern» at the place question answers it: after the radius come the first jobs, and the radius is not asked again', async () => {
    const c = h.chat();
    await reach(c, 'place');
    await c.send('Ort ändern');
    expect(c.text()).toMatch(/Wo möchtest du arbeiten/);
    await c.send('4500 Solothurn');
    await c.tap('bis 10 km');
    expect(c.text()).not.toMatch(/Wo möchtest du arbeiten/);
    expect(c.text()).toMatch(/erste Vorschläge/);
    await c.tap('Gut');
    expect(c.text()).not.toMatch(/Arbeitsweg/);
    expect(c.text()).toMatch(/Wo stehst du gerade/);
  });

  it('a bare number to «Was kannst du gut?» is not taken for a skill', async () => {
    const c = h.chat();
    await reach(c, 'skills');
    await c.send('5');
    expect(c.text()).not.toMatch(/Meinst du/);
    expect(c.text()).toMatch(/Was kannst du gut/);
  });

  it('«Sprachen ändern» after the summary asks the languages only, then returns to the menu', async () => {
    const c = h.chat();
    await reach(c, 'end');
    await c.send('Sprachen ändern');
    expect(c.text()).toMatch(/Welche Sprachen sprichst du/);
    await c.send('Englisch B2');
    expect(c.text()).not.toMatch(/Wie kommst du zur Arbeit/);
    expect(c.text()).toMatch(/Was möchtest du tun/);
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(person?.languages.map((l) => `${l.language} ${l.level}`)).toContain('en B2');
  });

  it('«Wünsche ändern» offers «Bleibt so» at every wish, so only the Pensum needs a new answer', async () => {
    const c = h.chat();
    await reach(c, 'end');
    await c.send('Wünsche ändern');
    expect(c.text()).toMatch(/Wo möchtest du arbeiten/);
    await c.tap('Bleibt so');
    await c.send('bleibt so');
    expect(c.text()).toMatch(/Welches Pensum/);
    await c.send('60 %');
    for (let i = 0; i < 4; i += 1) await c.tap('Bleibt so');
    expect(c.text()).toMatch(/Was möchtest du tun/);
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(person?.pensum).toEqual({ min: 60, max: 60 });
    expect(person?.place?.name).toBe('Olten');
    expect(person?.radiusKm).toBe(25);
  });

  it('the summary says «noch keine Lehre» rather than the bare button «Noch keine»', async () => {
    const c = h.chat();
    await reach(c, 'summary');
    expect(c.text()).toMatch(/Schule\/Ausbildung: Sekundarschule, noch keine Lehre/);
  });

  it('a training typed in lower case is kept as a noun («Altenpflegerin»)', async () => {
    const c = h.chat();
    await reach(c, 'training');
    await c.send('altenpflegerin');
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(person?.vocationalTraining).toBe('Altenpflegerin');
  });

  it('«zurück» after «Ort ändern» answered the place question goes back within the part that is open', async () => {
    const c = h.chat();
    await reach(c, 'place');
    await c.send('Ort ändern');
    await c.send('4500 Solothurn');
    await c.send('zurück');
    expect(c.text()).toMatch(/Wo möchtest du arbeiten/);
    await c.send('4600 Olten');
    expect(c.text()).toMatch(/Olten, notiert/);
    expect(c.text()).toMatch(/Wie weit darf dein Arbeitsweg/);
  });
});
