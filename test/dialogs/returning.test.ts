/** Returning people, channel switches (account linking), slot filling from free text, the Web Chat join, turn errors. */
import type { Activity } from 'botbuilder-core';
import { CodeAccountLinking } from '../../src/services/account-linking';
import { LinkCodeStore } from '../../src/store/link-codes';
import { PrismaProfileStore } from '../../src/store/profile-store';
import { openDatabase } from '../../src/store/database';
import { tempSqliteUrl } from '../support/databases';
import { reach } from './support/flows';
import { openHarness } from './support/harness';

type H = Awaited<ReturnType<typeof openHarness>>;

describe('returning and switching channels', () => {
  let h: H;
  afterEach(async () => {
    await h.close();
    h.cleanup();
  });

  it('greets a returning person by name with what is new, in a new conversation', async () => {
    h = await openHarness();
    await reach(h.chat('lea', 'first'), 'end');
    const next = h.chat('lea', 'second');
    await next.send('Hallo');
    expect(next.text()).toMatch(/Schön, dass du wieder da bist, Lea/);
    expect(next.text()).toMatch(/\d+ passende Stellen/);
    expect(next.text()).toMatch(/Was möchtest du tun/);
  });

  it('greets when the Web Chat joins, before anyone typed', async () => {
    h = await openHarness();
    const chat = h.chat('visitor', 'web-1', 'webchat');
    await chat.send({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'visitor', name: 'Person' }] } as Partial<Activity>);
    expect(chat.text()).toMatch(/Ich bin Lotse/);
    await chat.send({ type: 'event', name: 'webchat/join', text: undefined } as Partial<Activity>);
    expect(chat.last).toEqual([]);
  });

  it('continues on another channel with a one-time code: same profile, greeted there', async () => {
    const temp = tempSqliteUrl();
    const db = await openDatabase(temp.url);
    const linking = new CodeAccountLinking({ codes: new LinkCodeStore(db.prisma), profiles: new PrismaProfileStore(db.prisma) });
    h = await openHarness({ url: temp.url, linking });
    h.cleanup = () => temp.cleanup();
    const web = h.chat('web-user', 'web-conv', 'webchat');
    await reach(web, 'end');
    // Right after the jobs the menu is short; «Alle Optionen» opens all of it.
    await web.tap('Alle Optionen');
    await web.tap('Auf Telegram weitermachen');
    const code = /Code für Telegram: (\S+)/.exec(web.text())?.[1];
    expect(code).toBeDefined();
    const telegram = h.chat('tg-user', 'tg-chat', 'telegram');
    await telegram.send(`/start ${code}`);
    expect(telegram.text()).toMatch(/Verbunden/);
    expect(telegram.text()).toMatch(/Was möchtest du tun/);
    const onTelegram = await h.services.profiles.findByIdentity({ channelId: 'telegram', channelUserId: 'tg-user' });
    const onWeb = await h.services.profiles.findByIdentity({ channelId: 'webchat', channelUserId: 'web-user' });
    expect(onTelegram?.id).toBe(onWeb?.id);
    await telegram.send('Profil zeigen');
    expect(telegram.text()).toMatch(/Löten/);
    await telegram.send(`/start ${code}`);
    expect(telegram.text()).toMatch(/stimmt nicht oder ist abgelaufen/);
    await telegram.send('/profil');
    expect(telegram.text()).toMatch(/So sieht dein Profil aus/);

    await web.send('Auf Telegram weitermachen');
    const second = /Code für Telegram: (\S+)/.exec(web.text())![1]!;
    const other = h.chat('tg-other', 'tg-other-chat', 'telegram');
    await other.send('Hallo');
    await other.tap('Ich habe einen Code');
    expect(other.text()).toMatch(/Gib bitte den Code ein/);
    await other.send('falsch1');
    expect(other.text()).toMatch(/stimmt nicht/);
    await other.send(second.toLowerCase());
    expect(other.text()).toMatch(/Verbunden/);
    expect(other.text()).toMatch(/Was möchtest du tun/);
    expect(other.text()).not.toMatch(/In welcher Sprache/);
    expect((await h.services.profiles.findByIdentity({ channelId: 'telegram', channelUserId: 'tg-other' }))?.id).toBe(onWeb?.id);
    await db.close();
  });

  it('fills what the person said in passing and does not ask it again', async () => {
    h = await openHarness();
    const chat = h.chat();
    await reach(chat, 'goal');
    await chat.send('Ich suche eine Lehrstelle als Elektroniker in Olten, 100 %');
    // One line names what was understood: the wish the question asked for and what was said in passing.
    expect(chat.text()).toMatch(/Notiert: Lehrstelle als .*Elektroniker\/in EFZ, Ort 4600 Olten, Pensum ✅/);
    const profile = await h.services.profiles.findByIdentity({ channelId: 'test', channelUserId: 'u1' });
    expect(profile).toMatchObject({ place: { name: 'Olten' }, pensum: { min: 100, max: 100 }, positionKinds: ['apprenticeship'] });
    const asked: string[] = [];
    for (let i = 0; i < 30 && !/Passt das so/.test(chat.text()); i += 1) {
      asked.push(chat.text());
      const buttons = chat.buttons().filter((b) => !/Weiss|weiss|Fertig|Lieber nicht/.test(b.title));
      if (/Was kannst du|Kannst du noch|Oft zusammen/.test(chat.text())) await chat.tap('Fertig');
      else if (/Wo möchtest du arbeiten/.test(chat.text())) await chat.send('Olten');
      else if (/Wie darf ich dich nennen/.test(chat.text())) await chat.send('Lea');
      else if (/Welche Sprachen/.test(chat.text())) await chat.tap('Überspringen');
      else if (/Richtung/.test(chat.text())) await chat.tap('Ich weiss es schon');
      else await chat.tap(buttons[0]!.title);
    }
    const all = asked.join('\n');
    expect(all).not.toMatch(/Wo möchtest du arbeiten/);
    expect(all).not.toMatch(/Welches Pensum/);
    expect(all).not.toMatch(/Was suchst du/);
    expect(all).toMatch(/Wie weit darf dein Arbeitsweg/);
  });

  it('answers a failing turn politely in German and logs no message text', async () => {
    h = await openHarness({ catalog: { activeJobs: async () => Promise.reject(new Error('catalog down')), allTrainings: async () => [] } });
    const lines: string[] = [];
    const { configureAdapter } = await import('../../src/bot');
    const pino = (await import('pino')).default;
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    configureAdapter(h.adapter, log);
    const chat = h.chat();
    await reach(chat, 'place');
    await chat.send('4600 Olten');
    expect(chat.text()).toMatch(/etwas schiefgelaufen/);
    expect(lines.join('\n')).toMatch(/turn failed/);
    expect(lines.join('\n')).not.toMatch(/4600|Olten|Löten/);
    await chat.send('Profil zeigen');
    expect(chat.text()).toMatch(/Fähigkeiten: Löten/);
  });
});
