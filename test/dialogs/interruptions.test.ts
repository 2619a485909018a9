/**
 * Commands work at any step and the conversation resumes where it was: hilfe, abbrechen, zurück,
 * neu starten, Profil zeigen, Daten exportieren, Profil löschen, zeig mir Jobs, Weiterbildung,
 * mit einem Menschen reden.
 */
import { FLOW, reach, step } from './support/flows';
import { useHarness, type Chat } from './support/harness';

describe('interruptions', () => {
  const h = useHarness('all');
  let n = 0;
  const chat = (): Chat => {
    n += 1;
    return h.chat(`person-${n}`, `conv-${n}`);
  };

  const AFTER_CONSENT = FLOW.slice(FLOW.findIndex((s) => s.name === 'name')).map((s) => s.name);

  it.each(FLOW.map((s) => s.name))('"hilfe" at %s answers and asks the same question again', async (name) => {
    const c = chat();
    await reach(c, name);
    await c.send('hilfe');
    expect(c.text()).toMatch(/Ich (helfe dir|bin Lotse)/);
    expect(c.text()).toMatch(step(name).question);
  });

  it.each(AFTER_CONSENT)('"Profil zeigen" at %s shows the profile and resumes', async (name) => {
    const c = chat();
    await reach(c, name);
    await c.send('Profil zeigen');
    expect(c.text()).toMatch(/So sieht dein Profil aus/);
    expect(c.text()).toMatch(step(name).question);
  });

  it('"Profil zeigen" before consent says nothing is stored yet, asks for consent and stores nothing', async () => {
    const c = chat();
    await reach(c, 'consent');
    await c.send('Profil zeigen');
    expect(c.text()).toMatch(/noch nichts über dich gespeichert/);
    expect(c.text()).toMatch(/Bist du damit einverstanden/);
    expect(await h.db.prisma.person.count({ where: { accounts: { some: { channelUserId: c.user } } } })).toBe(0);
  });

  it('"zurück" goes to the previous question, and the new answer counts', async () => {
    const c = chat();
    await reach(c, 'training');
    await c.send('zurück');
    expect(c.text()).toMatch(/Welche Schule/);
    await c.tap('Sek A / Bezirksschule');
    expect(c.text()).toMatch(/Lehre oder eine andere Berufsausbildung/);
    const profile = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: c.user });
    expect(profile?.schoolLevel).toBe('Sek A / Bezirksschule');
  });

  it('"zurück" at the first question of a part says so and repeats the question', async () => {
    const c = chat();
    await reach(c, 'language');
    await c.send('zurück');
    expect(c.text()).toMatch(/Weiter zurück geht es hier nicht/);
    expect(c.text()).toMatch(/In welcher Sprache/);
  });

  it('"abbrechen" keeps what was said and shows the menu; before consent it stores nothing', async () => {
    const c = chat();
    await reach(c, 'skills');
    await c.send('abbrechen');
    expect(c.text()).toMatch(/abgebrochen/);
    expect(c.text()).toMatch(/Was möchtest du tun/);
    expect(await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: c.user })).toMatchObject({ positionKinds: ['apprenticeship', 'internship', 'permanent', 'temporary'] });
    const d = chat();
    await reach(d, 'consent');
    await d.send('abbrechen');
    expect(d.text()).toMatch(/nichts über dich gespeichert/);
  });

  it('"abbrechen" at «Wie gut kennst du dich mit … aus?» keeps the skill already saved', async () => {
    const c = chat();
    await reach(c, 'level');
    await c.send('abbrechen');
    expect(c.text()).toMatch(/bleibt gespeichert/);
    const profile = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: c.user });
    expect(profile?.skills).toEqual([expect.objectContaining({ label: 'Löten' })]);
  });

  it('"neu starten" starts the profile conversation again, skipping nothing it should ask', async () => {
    const c = chat();
    await reach(c, 'place');
    await c.send('neu starten');
    expect(c.text()).toMatch(/von vorne/);
    expect(c.text()).toMatch(/Bisher habe ich: Löten/);
  });

  it('"zeig mir Jobs" mid-flow shows cards, then "Weiter im Profil" brings the question back', async () => {
    const c = chat();
    await reach(c, 'pensum');
    await c.send('zeig mir Jobs');
    expect(c.cardButtons().map((b) => b.title)).toContain('Warum?');
    expect(c.buttons().map((b) => b.title)).toEqual(expect.arrayContaining(['Weiter im Profil']));
    await c.tap('Weiter im Profil');
    expect(c.text()).toMatch(/Welches Pensum/);
    await c.tap('100 %');
    expect(c.text()).toMatch(/Ab wann/);
  });

  it('"Weiterbildung?" shows trainings and "mit einem Menschen reden" explains how to reach one', async () => {
    const c = chat();
    await reach(c, 'goal');
    await c.send('Weiterbildung?');
    expect(c.last.some((a) => a.attachments?.length)).toBe(true);
    await c.send('Ich möchte mit einem Menschen reden');
    expect(c.text()).toMatch(/Beraterinnen und Berater/);
    expect(c.text()).toMatch(/Was suchst du/);
  });

  it('"Daten exportieren" at any step sends a JSON file and resumes', async () => {
    const c = chat();
    await reach(c, 'level');
    await c.send('Daten exportieren');
    const file = c.last.flatMap((a) => a.attachments ?? []).find((a) => a.contentType === 'application/json');
    expect(file).toBeDefined();
    expect(c.text()).toMatch(/Wie gut kennst du dich mit Löten aus/);
  });

  it('"Profil löschen" asks first; "nein" keeps everything and resumes', async () => {
    const c = chat();
    await reach(c, 'school');
    await c.send('Profil löschen');
    expect(c.text()).toMatch(/wirklich/);
    await c.tap('Nein');
    expect(c.text()).toMatch(/Profil bleibt/);
    expect(c.text()).toMatch(/Welche Schule/);
  });
});
