import { conceptOf } from './support/catalog';
import { useHarness, type Harness } from './support/harness';

async function counts(h: Harness) {
  const p = h.db.prisma;
  return {
    persons: await p.person.count(),
    consents: await p.consent.count(),
    accounts: await p.channelAccount.count(),
    refs: await p.conversationRef.count(),
    state: await p.botStateItem.count(),
  };
}

describe('onboarding', () => {
  const h = useHarness();

  it('greets, asks language and consent, and stores nothing before consent', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    expect(chat.text()).toMatch(/Ich bin Lotse/);
    expect(chat.text()).toMatch(/In welcher Sprache/);
    await chat.tap('Deutsch (Schweiz)');
    expect(chat.text()).toMatch(/einverstanden/);
    expect((await counts(h)).persons).toBe(0);
    await chat.tap('Ja, einverstanden');
    expect(chat.text()).toMatch(/Was suchst du/);
    const after = await counts(h);
    expect(after).toMatchObject({ persons: 1, consents: 1, accounts: 1, refs: 1 });
  });

  it('"nein" to the consent ends politely and leaves no row at all', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.send('Deutsch (Schweiz)');
    await chat.send('nein');
    expect(chat.text()).toMatch(/Was du bisher geschrieben hast, habe ich gelöscht/);
    expect(await counts(h)).toEqual({ persons: 0, consents: 0, accounts: 0, refs: 0, state: 0 });
  });

  it('builds a first profile: what, skills, place — first jobs — then how well, commute, situation, and shows it with "Profil zeigen"', async () => {
    const chat = h.chat();
    await chat.send('Hallo');
    await chat.tap('Deutsch (Schweiz)');
    await chat.tap('Ja, einverstanden');
    expect(chat.text()).toMatch(/Was suchst du/);
    await chat.tap('Lehrstelle');
    expect(chat.text()).toMatch(/Was kannst du gut/);
    await chat.send('Ich kann löten');
    expect(chat.text()).toMatch(/Wo möchtest du arbeiten/);
    expect(chat.last.at(-1)!.channelData).toEqual({ lotse: { requestLocation: true } });
    await chat.send('4600 Olten');
    expect(chat.text()).toMatch(/Olten, notiert/);
    expect(chat.text()).toMatch(/erste Vorschläge/);
    expect(chat.text()).toMatch(/Wie gut kennst du dich mit Löten aus/);
    await chat.send('gut, als Hobby');
    expect(chat.text()).toMatch(/Notiert: Löten \(Gut\)/);
    expect(chat.text()).toMatch(/Wie weit darf dein Arbeitsweg sein/);
    await chat.tap('bis 25 km');
    expect(chat.text()).toMatch(/Wo stehst du gerade/);
    await chat.tap('Schule fertig, suche Lehrstelle/Job');
    await chat.send('Profil zeigen');
    expect(chat.text()).toMatch(/Fähigkeiten: Löten \(Gut\)/);
    expect(chat.text()).toMatch(/Ort: 4600 Olten/);
    const profile = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(profile).toMatchObject({ situation: 'school_leaver', positionKinds: ['apprenticeship'], skills: [{ conceptId: conceptOf('Löten'), level: 'good', source: 'hobby' }] });
  });
});
