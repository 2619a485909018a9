import { reach } from './support/flows';
import { useHarness } from './support/harness';

describe('a first message that introduces the person and asks for something', () => {
  const h = useHarness();

  it('greets by name before consent and stores nothing', async () => {
    const chat = h.chat();
    await chat.send('Hallo, ich bin Petra, 24 Jahre alt, aus Erfurt.');
    expect(chat.text()).toMatch(/Hallo Petra/);
    expect(chat.text()).toMatch(/Ich bin Lotse/);
    expect(await h.db.prisma.person.count()).toBe(0);
  });

  it('greets by name and goes where the wish leads before consent: the profile comes first', async () => {
    const chat = h.chat();
    await chat.send('Hi, ich bin Luca und würde mich gern bei euch bewerben.');
    expect(chat.text()).toMatch(/Hallo Luca/);
    expect(chat.text()).toMatch(/Einverständnis/);
    expect(await h.db.prisma.person.count()).toBe(0);
  });

  it('after consent notes the name and place said with a greeting and a wish', async () => {
    const chat = h.chat();
    await reach(chat, 'name');
    await chat.tap('Lieber nicht');
    await chat.send('Hallo, ich heisse Noemi und suche eine Lehrstelle in Olten');
    expect(chat.text()).toMatch(/Notiert: .*Name/);
    const person = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(person).toMatchObject({ firstName: 'Noemi', place: { name: 'Olten' } });
  });
});
