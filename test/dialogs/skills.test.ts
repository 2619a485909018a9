/** Skills step by step: several at once, "Meinst du …?" when unsure, alternatives, suggestions, the interest check, editing from the summary. */
import { reach } from './support/flows';
import { useHarness, type Chat } from './support/harness';

describe('skills and interests', () => {
  const h = useHarness('all');
  let n = 0;
  const chat = async (at: string): Promise<Chat> => {
    n += 1;
    const c = h.chat(`s${n}`, `sc${n}`);
    await reach(c, at);
    return c;
  };
  const profile = (c: Chat) => h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: c.user });

  it('takes several skills from one sentence, keeps the level said with one and asks the others together after the first jobs', async () => {
    const c = await chat('skills');
    await c.send('Ich kann löten und programmiere ein bisschen Python');
    expect(c.text()).toMatch(/Wo möchtest du arbeiten/);
    await c.send('4600 Olten');
    expect(c.text()).toMatch(/Wie gut kennst du dich mit Löten aus/);
    expect(c.text()).not.toMatch(/Python/);
    await c.tap('Gut');
    const skills = (await profile(c))!.skills;
    expect(skills.map((s) => s.label)).toEqual(expect.arrayContaining(['Löten', 'Python']));
    expect(skills.find((s) => s.label === 'Python')?.level).toBe('basic');
    expect(skills.find((s) => s.label === 'Löten')?.level).toBe('good');
  });

  it('asks "Meinst du …?" when unsure, offers alternatives, and "nein" drops the guess', async () => {
    const c = await chat('skills');
    await c.send('Kabel');
    expect(c.text()).toMatch(/Meinst du «.+»\?/);
    expect(c.buttons().length).toBeGreaterThan(2);
    await c.tap('Nein');
    expect(c.text()).toMatch(/Was kannst du gut/);
    await c.send('Kabel');
    await c.tap('Kabel verlegen und anschliessen');
    await c.send('4600 Olten');
    expect(c.text()).toMatch(/Wie gut kannst du Kabel verlegen und anschliessen/);
    await c.tap('Sehr gut');
    expect((await profile(c))!.skills).toEqual([expect.objectContaining({ label: 'Kabel verlegen und anschliessen', level: 'expert' })]);
  });

  it('skills typed instead of a yes or no to «Meinst du …?» are taken, not lost to «Tipp auf Ja oder Nein»; the guess is dropped', async () => {
    const c = await chat('skills');
    await c.send('Kabel');
    expect(c.text()).toMatch(/Meinst du «.+»\?/);
    await c.send('Buchhaltung, Ablage, Word und Excel');
    expect(c.text()).not.toMatch(/Tipp auf «Ja» oder «Nein»/);
    expect(c.text()).toMatch(/Wo möchtest du arbeiten/);
    const labels = (await profile(c))!.skills.map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['Buchhaltung', 'Microsoft Word', 'Microsoft Excel']));
    expect(labels.some((l) => /Kabel/.test(l))).toBe(false);
  });

  it('skills typed where the place is asked are kept and said so, and the place is asked again', async () => {
    const c = await chat('place');
    await c.send('Behandlungspflege, Wundversorgung');
    expect(c.text()).not.toMatch(/Diesen Ort kenne ich nicht/);
    expect(c.text()).toMatch(/Wundversorgung/);
    expect(c.text()).toMatch(/Wo möchtest du arbeiten/);
    expect((await profile(c))!.skills.map((s) => s.label)).toEqual(expect.arrayContaining(['Löten', 'Behandlungspflege', 'Wundversorgung']));
    await c.send('4600 Olten');
    expect(c.text()).toMatch(/Olten, notiert/);
  });

  it('«nein, eher Buchhaltung» drops the guess and takes Buchhaltung', async () => {
    const c = await chat('skills');
    await c.send('Kabel');
    await c.send('nein, eher Buchhaltung');
    expect((await profile(c))!.skills.map((s) => s.label)).toEqual(['Buchhaltung']);
  });

  it('does not guess at a sentence it read as someone else\'s skill or the way to work', async () => {
    const c = await chat('skills');
    await c.send('Mein Mann kann gut kochen');
    expect(c.text()).not.toMatch(/Meinst du/);
    await c.send('Ich fahre mit dem Auto zur Arbeit');
    expect(c.text()).not.toMatch(/Meinst du/);
    expect(c.text()).toMatch(/Was kannst du gut/);
    expect((await profile(c))!.skills).toEqual([]);
  });

  it('suggests related skills ("Oft zusammen mit …") that can be taken with one tap', async () => {
    const c = await chat('radius');
    await c.send('Skills ändern');
    await c.send('Ich kann löten');
    await c.tap('Gut');
    await c.tap('Hobby/Freizeit');
    expect(c.text()).toMatch(/Oft zusammen mit Löten: /);
    const suggestion = c.buttons()[0]!;
    await c.tap(suggestion.title);
    expect(c.text()).toMatch(new RegExp(`Wie gut (kannst du|kennst du dich mit) ${suggestion.title.replace(/[()]/g, '.')}`));
  });

  it('helps with examples when the person does not know what to say; the first jobs need no skill, and the skills list nudges once before an empty "Fertig"', async () => {
    const c = await chat('skills');
    await c.tap('Ich weiss nicht recht');
    expect(c.text()).toMatch(/Schnupperlehren|repariert/);
    expect(c.text()).toMatch(/Was kannst du gut/);
    await c.send('fertig');
    expect(c.text()).toMatch(/Wo möchtest du arbeiten/);
    await c.send('Skills ändern');
    await c.send('fertig');
    expect(c.text()).toMatch(/noch keine Fähigkeit notiert/);
    await c.send('fertig');
    expect(c.text()).toMatch(/Wo möchtest du arbeiten/);
  });

  it('runs the interest check with six taps and names Berufsfelder', async () => {
    const c = await chat('interests');
    await c.tap('Kurz testen');
    const answers = ['👍 Stimmt', '👍 Stimmt', '👎 Eher nicht', 'Teils', '👎 Eher nicht', '👎 Eher nicht'];
    for (const [i, answer] of answers.entries()) {
      expect(c.text()).toMatch(new RegExp(`${i + 1}/6`));
      await c.tap(answer);
    }
    expect(c.text()).toMatch(/Technik und Handwerk/);
    expect(c.text()).toMatch(/Informatik und Naturwissenschaft/);
    expect((await profile(c))!.interests).toEqual({ R: 1, I: 1, A: 0, S: 0.5, E: 0, C: 0 });
    expect(c.text()).toMatch(/Welche Schule/);
  });

  it('edits parts from the summary ("Ort ändern", "Skills ändern") and comes back to it', async () => {
    const c = await chat('summary');
    await c.tap('Ort ändern');
    expect(c.text()).toMatch(/Wo möchtest du arbeiten/);
    await c.send('4500 Solothurn');
    await c.tap('bis 10 km');
    expect(c.text()).toMatch(/Ort: 4500 Solothurn \(bis 10 km\)/);
    expect(c.text()).toMatch(/Passt das so/);
    await c.send('Skills ändern');
    expect(c.text()).toMatch(/Bisher habe ich: Löten/);
    await c.send('Excel');
    await c.tap('Gut');
    await c.tap('Kurs');
    await c.tap('Fertig');
    expect(c.text()).toMatch(/Microsoft Excel/);
    expect(c.text()).toMatch(/Passt das so/);
  });
});
