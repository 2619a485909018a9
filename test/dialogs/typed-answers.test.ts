/**
 * Typed answers that sound like something else: they answer the open question, not a command
 * and not a wish in passing.
 */
import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('typed answers are answers', () => {
  const h = useHarness();

  it('«weiss ich schon» to the interest offer goes on to the school question', async () => {
    const c = h.chat();
    await reach(c, 'interests');
    await c.send('weiss ich schon');
    expect(c.text()).toMatch(/Welche Schule/);
  });

  it('«ich will den Test machen» to the interest offer starts the check instead of asking the offer again', async () => {
    const c = h.chat();
    await reach(c, 'interests');
    await c.send('ich will den Test machen');
    expect(c.text()).toMatch(/^1\/6/m);
  });

  it('a command that opens another dialog still works at the interest offer', async () => {
    const c = h.chat();
    await reach(c, 'interests');
    await c.send('Profil zeigen');
    expect(c.text()).toMatch(/Löten/);
    expect(c.text()).toMatch(/in welche Richtung/);
  });

  it('«Lehre» typed to «Wo hast du … gelernt?» is where the skill was learned, not the kind of position wished', async () => {
    const c = h.chat();
    await reach(c, 'radius');
    await c.send('Skills ändern');
    await c.send('Ich kann schweissen');
    await c.tap('Gut');
    expect(c.text()).toMatch(/Wo hast du Schweissen gelernt/);
    await c.send('Lehre');
    expect(c.text()).not.toMatch(/Notiert/);
    expect(c.text()).toMatch(/Schweissen ist notiert/);
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(person?.positionKinds).toEqual(['apprenticeship', 'internship', 'permanent', 'temporary']);
    expect(person?.skills.find((s) => s.label === 'Schweissen')?.source).toBe('apprenticeship');
  });

  it('«Französisch Muttersprache, Deutsch B2» keeps both languages, though it contains the button words «Muttersprache Deutsch»', async () => {
    const c = h.chat();
    await reach(c, 'languages');
    await c.send('Französisch Muttersprache, Deutsch B2');
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    const levels = Object.fromEntries(person!.languages.map((l) => [l.language, l.level]));
    expect(levels).toEqual({ fr: 'native', de: 'B2' });
  });

  it('«dütsch, bitz englisch u franz» in Swiss German keeps all three languages', async () => {
    const c = h.chat();
    await reach(c, 'languages');
    await c.send('dütsch, bitz englisch u franz');
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    const levels = Object.fromEntries(person!.languages.map((l) => [l.language, l.level]));
    expect(levels).toEqual({ de: 'B1', en: 'A2', fr: 'B1' });
  });

  it('«mein Jobcoach hat gesagt ich soll das machen» to «Wo stehst du gerade?» is the answer, not a request for help', async () => {
    const c = h.chat();
    await reach(c, 'situation');
    await c.send('mein Jobcoach hat gesagt ich soll das machen');
    expect(c.text()).not.toContain('Du kannst jederzeit schreiben');
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(person?.situation).toBe('supported');
  });

  it('«Arbeit» to «Was suchst du?» is a job, not the command to show jobs', async () => {
    const c = h.chat();
    await reach(c, 'goal');
    await c.send('Arbeit');
    expect(c.text()).toMatch(/Was kannst du gut/);
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(person?.positionKinds).toEqual(['permanent']);
  });

  it('after noting what was said in passing, comes back to the question without «nicht verstanden»', async () => {
    const c = h.chat();
    await reach(c, 'skills');
    await c.send('Ich wohne in 4600 Olten und möchte 80 % arbeiten');
    expect(c.text()).toMatch(/Notiert: Ort 4600 Olten, Pensum ✅/);
    expect(c.text()).not.toMatch(/nicht ganz verstanden|nichts gefunden/);
    expect(c.text()).toMatch(/noch zu meiner Frage:\nWas kannst du gut/);
  });

  it('«1» after a skill picks the first suggestion shown, not «Ich weiss nicht recht»', async () => {
    const c = h.chat();
    await reach(c, 'radius');
    await c.send('Skills ändern');
    await c.send('Ich kann löten');
    await c.tap('Gut');
    await c.tap('Hobby/Freizeit');
    const first = c.buttons()[0]!.title;
    await c.send('1');
    expect(c.text()).toMatch(new RegExp(`Wie gut (kannst du|kennst du dich mit) ${first.replace(/[()]/g, '.')}`));
  });

  it('a number inside a sentence is no button: «Nachricht 2» at the consent question does not decline', async () => {
    const c = h.chat();
    await c.send('Hallo');
    await c.tap('Deutsch (Schweiz)');
    await c.send('Nachricht 2');
    expect(c.text()).not.toMatch(/habe ich gelöscht/);
    expect(c.text()).toMatch(/Ja oder Nein|einverstanden/i);
  });

  it('«die zweite» and «Nr. 2» still pick the second button', async () => {
    for (const said of ['die zweite', 'Nr. 2']) {
      const c = h.chat();
      await c.send('Hallo');
      await c.tap('Deutsch (Schweiz)');
      await c.send(said);
      expect(c.text()).toMatch(/habe ich gelöscht/);
    }
  });

  it('«sehr gut, im Beruf gelernt» to the level question is «Sehr gut» from work, not a greeting and not «Gut»', async () => {
    const c = h.chat();
    await reach(c, 'level');
    await c.send('sehr gut, im Beruf gelernt');
    expect(c.text()).toMatch(/Notiert: Löten \(Sehr gut\)/);
    expect(c.text()).toMatch(/Wie weit darf dein Arbeitsweg/);
  });
});
