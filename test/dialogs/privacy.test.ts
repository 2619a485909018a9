/** "Daten exportieren" hands out everything; "Profil löschen" removes everything, row by row. */
import { reach } from './support/flows';
import { useHarness, type Harness } from './support/harness';

async function rows(h: Harness) {
  const p = h.db.prisma;
  return {
    persons: await p.person.count(),
    accounts: await p.channelAccount.count(),
    skills: await p.personSkill.count(),
    languages: await p.personLanguage.count(),
    consents: await p.consent.count(),
    feedback: await p.feedback.count(),
    refs: await p.conversationRef.count(),
    state: await p.botStateItem.count(),
  };
}

function exported(attachment: { contentUrl?: string }): Record<string, unknown> {
  const base64 = attachment.contentUrl!.replace(/^data:application\/json;base64,/, '');
  return JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
}

describe('privacy', () => {
  const h = useHarness();

  it('the export contains the profile, skills, languages, consents, feedback, conversations and dialog state', async () => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.tap('Merken');
    await chat.send('Daten exportieren');
    const file = chat.last.flatMap((a) => a.attachments ?? []).find((a) => a.contentType === 'application/json')!;
    const data = exported(file) as {
      profile: { firstName: string; skills: { label: string }[]; languages: unknown[]; place: { name: string } };
      consents: { kind: string; granted: boolean }[];
      feedback: { verdict: string }[];
      conversations: unknown[];
      channelAccounts: unknown[];
      dialogState: { conversation: unknown; user: unknown };
    };
    expect(data.profile).toMatchObject({ firstName: 'Lea', skills: [{ label: 'Löten' }], place: { name: 'Olten' } });
    expect(data.profile.languages).toHaveLength(1);
    expect(data.consents.map((c) => [c.kind, c.granted])).toEqual(
      expect.arrayContaining([
        ['profile', true],
        ['hr_visibility', false],
        ['job_alert', true],
      ]),
    );
    expect(data.feedback).toEqual([expect.objectContaining({ verdict: 'saved' })]);
    expect(data.conversations).toHaveLength(1);
    expect(data.channelAccounts).toHaveLength(1);
    expect(data.dialogState.conversation).toBeDefined();
    expect(data.dialogState.user).toBeDefined();
  });

  it('deleting (confirmed) removes every row about the person, and the next message starts fresh', async () => {
    const chat = h.chat();
    await reach(chat, 'end');
    await chat.tap('Merken');
    const before = await rows(h);
    expect(before).toMatchObject({ persons: 1, accounts: 1, skills: 1, consents: 3, feedback: 1, refs: 1 });
    await chat.send('Profil löschen');
    await chat.tap('Ja');
    expect(chat.text()).toMatch(/alle deine Daten sind gelöscht/);
    expect(await rows(h)).toEqual({ persons: 0, accounts: 0, skills: 0, languages: 0, consents: 0, feedback: 0, refs: 0, state: 0 });
    await chat.send('Hallo');
    expect(chat.text()).toMatch(/Ich bin Lotse/);
  });

  it('other people are untouched by a deletion', async () => {
    const lea = h.chat('lea', 'c-lea');
    const max = h.chat('max', 'c-max');
    await reach(lea, 'skills');
    await reach(max, 'skills');
    await lea.send('Profil löschen');
    await lea.tap('Ja');
    expect(await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'max' })).toBeDefined();
    await max.send('Ich kann schweissen');
    expect(max.text()).toMatch(/Wo möchtest du arbeiten/);
    expect((await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'max' }))?.skills.map((s) => s.label)).toEqual(['Schweissen']);
  });
});
