/**
 * State survives everything: a restart (new bot instance on the same database file), concurrent
 * turns of one conversation (eTags: the later turn runs again on fresh state), duplicate
 * deliveries, stale button taps, and language switches.
 */
import type { Activity } from 'botbuilder-core';
import type { Storage, StoreItems } from 'botbuilder-core';
import { reach } from './support/flows';
import { openHarness } from './support/harness';

type H = Awaited<ReturnType<typeof openHarness>>;

function message(user: string, conversation: string, text: string, id: string): Partial<Activity> {
  return {
    type: 'message',
    id,
    text,
    channelId: 'test',
    from: { id: user, name: 'Person' },
    recipient: { id: 'lotse', name: 'Lotse' },
    conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' },
    locale: 'de-CH',
    serviceUrl: 'https://example.test',
  };
}

/** Counts eTag conflicts the storage reports. */
function countConflicts(storage: Storage): { count: number } {
  const seen = { count: 0 };
  const write = storage.write.bind(storage);
  storage.write = async (changes: StoreItems) => {
    try {
      await write(changes);
    } catch (err) {
      if (/eTag conflict/.test(String(err))) seen.count += 1;
      throw err;
    }
  };
  return seen;
}

describe('state', () => {
  let h: H;
  beforeEach(async () => {
    h = await openHarness();
  });
  afterEach(async () => {
    await h.close();
    h.cleanup();
  });

  it('a new bot instance on the same database continues the open question (restart)', async () => {
    const chat = h.chat();
    await reach(chat, 'pensum');
    await h.close();
    const restarted = await openHarness({ url: h.url });
    try {
      const again = restarted.chat();
      await again.send('100 %');
      expect(again.text()).toMatch(/Ab wann möchtest du anfangen/);
      const profile = await restarted.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
      expect(profile).toMatchObject({ pensum: { min: 100, max: 100 }, place: { name: 'Olten' } });
    } finally {
      await restarted.close();
      h = await openHarness({ url: h.url });
    }
  });

  it('two turns of one conversation at the same moment: both count, nothing is lost', async () => {
    const conflicts = countConflicts(h.services.storage);
    for (let i = 0; i < 4; i += 1) {
      const chat = h.chat(`p${i}`, `c${i}`);
      await reach(chat, 'name');
      h.adapter.activeQueue.splice(0);
      await Promise.all([
        h.adapter.processActivity(message(`p${i}`, `c${i}`, 'Lea', `a${i}`), (ctx) => h.bot.run(ctx)),
        h.adapter.processActivity(message(`p${i}`, `c${i}`, 'hilfe', `b${i}`), (ctx) => h.bot.run(ctx)),
      ]);
      const texts = h.adapter.activeQueue.splice(0).map((a) => a.text ?? '');
      expect(texts.join('\n')).toMatch(/Ich helfe dir/);
      await chat.send('Nur für mich');
      expect(chat.text()).toMatch(/bleibt nur für dich/);
      expect(await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: `p${i}` })).toMatchObject({
        firstName: 'Lea',
        visibility: 'private',
      });
    }
    expect(conflicts.count).toBeGreaterThan(0);
  });

  it('the same activity delivered twice is answered once', async () => {
    const chat = h.chat();
    await reach(chat, 'skills');
    const activity = message('u1', 'c1', 'Ich kann löten', 'same-id');
    h.adapter.activeQueue.splice(0);
    await h.adapter.processActivity(activity, (ctx) => h.bot.run(ctx));
    const first = h.adapter.activeQueue.splice(0);
    await h.adapter.processActivity({ ...activity }, (ctx) => h.bot.run(ctx));
    expect(first.map((a) => a.text).join()).toMatch(/Wo möchtest du arbeiten/);
    expect(h.adapter.activeQueue.splice(0)).toEqual([]);
    await Promise.all([
      h.adapter.processActivity(message('u1', 'c1', '4600 Olten', 'twice'), (ctx) => h.bot.run(ctx)),
      h.adapter.processActivity(message('u1', 'c1', '4600 Olten', 'twice'), (ctx) => h.bot.run(ctx)),
    ]);
    const answers = h.adapter.activeQueue.splice(0).filter((a) => /Wie gut kennst du dich mit Löten aus/.test(a.text ?? ''));
    expect(answers).toHaveLength(1);
  });

  it('a tap on a button of an earlier question is answered kindly and the current question repeated', async () => {
    const chat = h.chat();
    await reach(chat, 'consent');
    const consentButtons = chat.buttons();
    await chat.tap('Ja, einverstanden');
    await chat.tap('Alles davon');
    await chat.tap('Nein', consentButtons);
    expect(chat.text()).toMatch(/Diese Frage ist schon erledigt/);
    expect(chat.text()).toMatch(/Was kannst du gut/);
    expect(await h.db.prisma.consent.count()).toBe(1);
    expect(await h.db.prisma.person.count()).toBe(1);
  });

  it('speaks the client language before consent and the chosen one after, whatever the client sends', async () => {
    const chat = h.chat();
    chat.locale = 'en-US';
    await chat.send('Hello');
    expect(chat.text()).toMatch(/I am Lotse/);
    await chat.tap('English');
    expect(chat.text()).toMatch(/Do you agree/);
    await chat.tap('Yes, I agree');
    chat.locale = 'de-CH';
    await chat.send('eine Stelle');
    expect(chat.text()).toMatch(/What are you good at/);
    expect((await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' }))?.locale).toBe('en');
  });

  it('switches language mid-conversation and repeats the open question in the new language', async () => {
    const chat = h.chat();
    await reach(chat, 'situation');
    await chat.send('Auf Englisch bitte');
    expect(chat.text()).toMatch(/from now on I write in English/);
    expect(chat.text()).toMatch(/what is your situation right now/);
    await chat.send('Bitte auf Hochdeutsch');
    expect(chat.text()).toMatch(/Wo stehst du gerade/);
    await chat.tap('Schule fertig, suche Ausbildung/Job');
    expect(chat.text()).toMatch(/Ausbildungsplatz/);
  });
});
