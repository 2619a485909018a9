/**
 * What a person says about themselves in their own words is kept in the profile (after consent)
 * and ranks the proposals: the occupation they name, and words of theirs that no skill captures
 * ("an Mopeds geschraubt"). They see both in their profile and in the export.
 */
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { job, testCatalog, testTrainings } from './support/catalog';
import { reach } from './support/flows';
import { useHarness } from './support/harness';

const POLYMECHANIKER = builtinTaxonomy().findOccupations('Polymechaniker', 'de-CH', 1)[0]!.conceptId;

/** Three Lehrstellen that need soldering: the skills alone cannot tell them apart. */
const jobs = [
  job(1, 'Elektroniker/in EFZ', ['Löten'], 'apprenticeship'),
  { ...job(2, 'Lehrstelle Zweiradmechaniker/in', ['Löten'], 'apprenticeship'), description: 'Du reparierst Velos, Mopeds und Motorräder.' },
  { ...job(3, 'Polymechaniker/in EFZ', ['Löten'], 'apprenticeship'), occupationId: POLYMECHANIKER },
];

describe('own words in the profile', () => {
  const h = useHarness('each', { catalog: testCatalog(jobs, testTrainings()) });
  const person = () => h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });

  it('keeps the occupation and the words of «Was suchst du?» and «Was kannst du gut?», the first proposals use them, and «alle Jobs» lifts the occupation filter while a question is open', async () => {
    const c = h.chat();
    await reach(c, 'goal');
    await c.send('Eine Lehrstelle als Polymechaniker');
    expect(c.text()).toMatch(/Was kannst du gut/);
    await c.send('Ich habe an Mopeds geschraubt und kann löten');
    await c.send('4600 Olten');

    const profile = (await person())!;
    expect(profile.occupations?.map((id) => h.services.vocabulary.label(id, 'de-CH'))).toEqual([expect.stringMatching(/^Polymechaniker/)]);
    expect(profile.ownWords).toBe('Eine Lehrstelle als Polymechaniker · Ich habe an Mopeds geschraubt und kann löten');
    const cards = c.all.flatMap((a) => a.attachments ?? []).map((x) => JSON.stringify(x.content));
    expect(cards[0]).toContain('Polymechaniker/in EFZ');
    expect(cards[0]).toContain('es eine Stelle als Polymechaniker');
    // Without the occupation filter the words decide between two jobs the skills cannot tell apart.
    const before = c.all.length;
    await c.send('alle Jobs');
    const all = c.all.slice(before).flatMap((a) => a.attachments ?? []).map((x) => JSON.stringify(x.content));
    expect(c.text().match(/Wie gut kennst du dich damit aus/g)).toHaveLength(1);
    expect(all.findIndex((x) => x.includes('Zweiradmechaniker'))).toBeLessThan(all.findIndex((x) => x.includes('Elektroniker/in EFZ')));

    // The person sees what is kept.
    await c.send('Profil zeigen');
    expect(c.text()).toContain('Beruf: Polymechaniker/in EFZ');
    expect(c.text()).toContain('In deinen Worten: «Eine Lehrstelle als Polymechaniker · Ich habe an Mopeds geschraubt und kann löten»');

    const exported = await h.services.profiles.exportAll(profile.id);
    expect(JSON.stringify(exported)).toContain('an Mopeds geschraubt');
  });

  it('«lösch Polymechaniker» and «lösch meine Worte» remove the occupation and the words', async () => {
    const c = h.chat();
    await reach(c, 'goal');
    await c.send('Eine Lehrstelle als Polymechaniker');
    await c.send('Ich habe an Mopeds geschraubt und kann löten');
    await c.send('lösch Polymechaniker');
    expect(c.text()).toContain('Entfernt: Polymechaniker/in EFZ');
    expect((await person())!.occupations).toBeUndefined();
    await c.send('lösch meine Worte');
    expect(c.text()).toContain('Entfernt: In deinen Worten');
    const profile = (await person())!;
    expect(profile.ownWords).toBeUndefined();
    expect(profile.skills.map((s) => s.label)).toContain('Löten');
  });

  it('keeps at most 1,000 characters of a flood of strange text, and the conversation goes on', async () => {
    const c = h.chat();
    await reach(c, 'goal');
    await c.send(`Lehrstelle ${'Z\u0351\u0362a\u0336l\u034cgo 🧑🏽‍🔧 '.repeat(800)}`);
    expect(c.text()).toMatch(/Was kannst du gut/);
    await c.send('Polymechaniker Polymechaniker '.repeat(200));
    const profile = (await person())!;
    expect(profile.ownWords!.length).toBeLessThanOrEqual(1000);
    expect(profile.occupations).toHaveLength(1);
  });

  it('stores nothing of the words typed before consent until the yes, which takes them in as the first answer and says so', async () => {
    const c = h.chat();
    await c.send('Hallo');
    await c.tap('Deutsch (Schweiz)');
    await c.send('Ich bin gelernter Koch und suche eine Stelle');
    expect(await h.db.prisma.person.count()).toBe(0);
    await c.tap('Ja, einverstanden');
    expect(c.text()).toContain('Du hast mir vorhin schon geschrieben: «Ich bin gelernter Koch und suche eine Stelle»');
    const profile = await person();
    expect(profile?.ownWords).toContain('Koch');
    expect(profile?.occupations).toHaveLength(1);
  });

  it('a message before consent that tells nothing Lotse asks about is not taken in: «Mein Natel ist 079 444 55 66»', async () => {
    const c = h.chat();
    await c.send('Hallo');
    await c.tap('Deutsch (Schweiz)');
    await c.send('Mein Natel ist 079 444 55 66');
    await c.tap('Ja, einverstanden');
    expect(c.text()).not.toMatch(/vorhin schon geschrieben/);
    expect((await person())?.ownWords ?? '').not.toContain('079');
  });
});
