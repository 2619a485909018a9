/**
 * The real Lotse bot (createBot with its dialogs, the real understander and taxonomy, a real SQLite
 * database) on Telegram through telegram-test-api: from /start to a saved profile with taps and
 * short messages, /profil, job results with buttons, continuing from the web chat with a link
 * code, and /loeschen.
 */
import { TestAdapter } from 'botbuilder-core';
import type { BotServices, LotseBot } from '../../src/bot';
import type { TelegramChannel } from '../../src/channels/telegram';
import { builtinTaxonomy } from '../../src/matching/taxonomy/taxonomy';
import { CodeAccountLinking } from '../../src/services/account-linking';
import type { JobPosting } from '../../src/matching/types';
import type { Database } from '../../src/store/database';
import { LinkCodeStore } from '../../src/store/link-codes';
import { coreBotServices } from '../support/bot-services';
import { openTestSqlite } from '../support/databases';
import { BotApiHarness } from './support/bot-api';
import { TelegramPerson } from './support/person';
import { startLotseOnTelegram } from './support/lotse-on-telegram';

/** Two Lehrstellen in Olten that need one skill (the taxonomy's concept for it is looked up at start). */
function lehrstellen(conceptId: string): JobPosting[] {
  return [1, 2].map((n) => ({
    id: `job-${n}`,
    source: 'test',
    externalId: String(n),
    employerName: `Betrieb ${n} AG`,
    title: n === 1 ? 'Elektroniker/in EFZ' : 'Elektronikmonteur/in',
    description: '',
    kind: 'apprenticeship',
    postalCode: '4600',
    placeName: 'Olten',
    country: 'CH',
    point: { latitude: 47.35, longitude: 7.903 },
    pensum: { min: 100, max: 100 },
    languages: [],
    skills: [{ conceptId, essential: true, level: 'basic' }],
    link: `https://betrieb${n}.example.ch/jobs/${n}`,
    publishedAt: new Date('2026-11-01T00:00:00Z'),
    updatedAt: new Date('2026-11-01T00:00:00Z'),
  }));
}

describe('the Lotse conversation on Telegram (emulator, real bot, SQLite)', () => {
  const harness = new BotApiHarness();
  let db: Database;
  let bot: LotseBot;
  let services: BotServices;
  let channel: TelegramChannel;

  beforeAll(async () => {
    await harness.start();
    db = await openTestSqlite();
    const jobs = lehrstellen(builtinTaxonomy().find('Löten', 'de-CH', 1)[0]!.conceptId);
    ({ bot, channel, services } = await startLotseOnTelegram(harness, db, (log, username) => {
      const core = coreBotServices(db, { activeJobs: async () => jobs, allTrainings: async () => [] }, log);
      return { ...core, linking: new CodeAccountLinking({ codes: new LinkCodeStore(db.prisma), profiles: core.profiles, telegramBotUsername: () => username() }) };
    }));
  });
  afterAll(async () => {
    await channel.stop();
    await harness.stop();
    await db.close();
  });

  const person = (id: number, name: string) => new TelegramPerson(harness, db, id, name);
  const telegramIdentity = (id: number) => ({ channelId: 'telegram', channelUserId: String(id) });

  it('goes from /start to a saved profile with taps and short messages, shows it, proposes jobs and deletes it', async () => {
    const mia = person(4711, 'Mia');
    expect(await mia.command('/start')).toMatch(/Ich bin Lotse/);
    expect(mia.buttons().map((b) => b.text)).toEqual(['Deutsch (Schweiz)', 'Deutsch (Deutschland)', 'English', 'Ich habe einen Code']);
    expect(await mia.tap('Deutsch (Schweiz)')).toMatch(/einverstanden\?/);
    expect(await db.prisma.person.count()).toBe(0);
    expect(await mia.tap('Ja, einverstanden')).toMatch(/Was suchst du/);
    expect(await mia.tap('Alles davon')).toMatch(/Was kannst du gut/);
    expect(await mia.say('Ich kann löten')).toMatch(/Wo möchtest du arbeiten/);
    expect(mia.last.at(-1)!.body.reply_markup).toMatchObject({ keyboard: [[{ text: '📍 Standort teilen', request_location: true }]] });
    // The first jobs come right after the place, then the profile grows.
    expect(await mia.shareLocation(47.3499, 7.9036)).toMatch(/Wie gut kennst du dich mit Löten aus/);
    await mia.tap('Gut');
    await mia.tap('bis 25 km');
    await mia.tap('Schule fertig, suche Lehrstelle/Job');

    const profile = await services.profiles.findByIdentity(telegramIdentity(4711));
    expect(profile).toMatchObject({ situation: 'school_leaver', skills: [{ label: 'Löten', level: 'good' }] });
    expect(profile!.place?.point?.latitude).toBeCloseTo(47.3499);

    const shown = await mia.command('/profil');
    expect(shown).toMatch(/Situation: Schule fertig/);
    expect(shown).toMatch(/Fähigkeiten: Löten \(Gut\)/);

    const results = await mia.command('/jobs');
    expect(results).toMatch(/Elektroniker\/in EFZ/);
    const cards = mia.last.filter((c) => /Elektroniker|Elektronikmonteur/.test(String(c.body.text)));
    expect(cards).toHaveLength(2);
    for (const card of cards) {
      expect(String(card.body.text)).toMatch(/^<b>Elektro/);
      expect(String(card.body.text)).toContain('Pensum 100 %');
      const buttons = (card.body.reply_markup as { inline_keyboard: { text: string; callback_data?: string; url?: string }[][] }).inline_keyboard.flat();
      expect(buttons.map((b) => b.text)).toContain('Merken');
      // The ad opens from an inline URL button.
      expect(buttons.find((b) => b.url)).toMatchObject({ text: 'Inserat ansehen', url: expect.stringMatching(/^https:\/\/betrieb\d\.example\.ch\/jobs\/\d$/) });
      expect(buttons.every((b) => b.url || Buffer.byteLength(b.callback_data!) <= 64)).toBe(true);
    }
    await mia.tap('Merken');
    expect(await services.profiles.feedbackOf(profile!.id)).toEqual([expect.objectContaining({ itemType: 'job', itemId: 'job-1', verdict: 'saved' })]);
    // Every one of the seven taps (language, consent, what, level, radius, situation, «Merken») was answered.
    expect(harness.callsOf('answerCallbackQuery').length).toBeGreaterThanOrEqual(7);

    expect(await mia.command('/loeschen')).toMatch(/wirklich/);
    await mia.tap('Ja');
    expect(await services.profiles.findByIdentity(telegramIdentity(4711))).toBeUndefined();
    expect(await db.prisma.person.count({ where: { id: profile!.id } })).toBe(0);
    expect(await db.prisma.conversationRef.count({ where: { channelId: 'telegram', conversationId: '4711' } })).toBe(0);
  });

  it('continues a web chat profile on Telegram through the one-time deep link', async () => {
    const web = new TestAdapter({ channelId: 'webchat', serviceUrl: 'https://example.test', conversation: { id: 'web-1', isGroup: false, name: '', conversationType: 'personal' }, user: { id: 'web-user-1', name: 'Jonas' }, bot: { id: 'lotse', name: 'Lotse' }, locale: 'de-CH' });
    let answers: string[] = [];
    const webSay = async (text: string) => {
      web.activeQueue.splice(0);
      await web.processActivity({ type: 'message', text, id: `w${Math.random()}` }, (context) => bot.run(context));
      answers = web.activeQueue.splice(0).map((a) => a.text ?? '');
      return answers.join('\n');
    };
    await webSay('Hallo');
    await webSay('Deutsch (Schweiz)');
    await webSay('Ja, einverstanden');
    await webSay('Alles davon');
    expect(await webSay('Ich kann löten')).toMatch(/Wo möchtest du arbeiten/);
    const offer = await webSay('Auf Telegram weitermachen');
    const link = /https:\/\/t\.me\/TestNameBot\?start=([A-Z0-9]+)/.exec(offer);
    expect(link).not.toBeNull();
    const webProfile = await services.profiles.findByIdentity({ channelId: 'webchat', channelUserId: 'web-user-1' });

    // Opening the deep link in Telegram sends "/start <code>".
    const jonas = person(815, 'Jonas');
    expect(await jonas.command(`/start ${link![1]}`)).toMatch(/Verbunden/);
    expect((await services.profiles.findByIdentity(telegramIdentity(815)))?.id).toBe(webProfile!.id);
    expect(await jonas.command('/profil')).toMatch(/Fähigkeiten: Löten/);

    // The code is single-use: a second person cannot take the profile over with it.
    const eve = person(666000, 'Eve');
    await eve.command(`/start ${link![1]}`);
    expect(await services.profiles.findByIdentity(telegramIdentity(666000))).toBeUndefined();
  });
});
