/**
 * The Telegram channel in long-polling mode against telegram-test-api (a local Bot API emulator):
 * a simulated person writes, taps and shares a location; we check what reaches the Bot API.
 */
import { BotApiHarness } from './support/bot-api';
import { echoLogic, TOKEN, testChannel, type TestChannel } from './support/channel';

describe('Telegram channel, polling mode, against the emulator', () => {
  const harness = new BotApiHarness();
  let t: TestChannel;
  let client: ReturnType<BotApiHarness['emulator']['getClient']>;
  let other: ReturnType<BotApiHarness['emulator']['getClient']>;
  /** A turn of «langsam …» runs until the test lets it finish: a slow turn without a clock. */
  let finishSlowTurn!: () => void;
  const slowTurnMayFinish = new Promise<void>((resolve) => (finishSlowTurn = resolve));

  beforeAll(async () => {
    await harness.start();
    client = harness.emulator.getClient(TOKEN, { userId: 4711, chatId: 4711, firstName: 'Mia' });
    other = harness.emulator.getClient(TOKEN, { userId: 815, chatId: 815, firstName: 'Luca' });
    t = testChannel(harness, {
      logic: async (context) => {
        if (context.activity.text?.startsWith('langsam')) await slowTurnMayFinish;
        await echoLogic(context);
      },
    });
    await t.channel.start();
    await harness.waitFor((calls) => calls.some((c) => c.method === 'deleteWebhook'));
  });
  afterAll(async () => {
    finishSlowTurn();
    await t.channel.stop();
    await harness.stop();
  });
  beforeEach(() => harness.calls.splice(0));

  const replies = async (count: number) => {
    await harness.waitFor(() => harness.callsOf('sendMessage').length >= count);
    return harness.callsOf('sendMessage');
  };

  it('starts: reads getMe, removes any webhook and registers the German command menu', async () => {
    // Its own bot token: a second poller on the main token could take the next test's updates.
    const fresh = testChannel(harness, { config: { TELEGRAM_BOT_TOKEN: `${TOKEN}x` } });
    await fresh.channel.start();
    await harness.waitFor((calls) => calls.some((c) => c.method === 'deleteWebhook'));
    await fresh.channel.stop();
    expect(harness.callsOf('getMe')).toHaveLength(1);
    expect(harness.callsOf('deleteWebhook')).toHaveLength(1);
    const [german, english] = harness.callsOf('setMyCommands');
    expect(german!.body.commands).toEqual(expect.arrayContaining([{ command: 'profil', description: 'Dein Profil anzeigen' }, { command: 'loeschen', description: 'Dein Profil und alle Daten löschen' }]));
    expect((german!.body.commands as unknown[]).map((c) => (c as { command: string }).command)).toEqual(['start', 'profil', 'jobs', 'weiterbildung', 'hilfe', 'daten', 'loeschen']);
    expect(english!.body.language_code).toBe('en');
    expect(await fresh.channel.botUsername()).toBe('TestNameBot');
  });

  it('answers text, with HTML escaped, and the emulator shows the answer to the person', async () => {
    await client.sendMessage(client.makeMessage('<b>Tom & Jerry</b>'));
    const [reply] = await replies(1);
    expect(reply!.body).toMatchObject({ chat_id: '4711', text: 'Du hast geschrieben: &lt;b&gt;Tom &amp; Jerry&lt;/b&gt;', parse_mode: 'HTML' });
    const updates = await client.getUpdates();
    expect(updates.result.map((u) => u.message.text)).toContain('Du hast geschrieben: &lt;b&gt;Tom &amp; Jerry&lt;/b&gt;');
  });

  it('asks with an inline keyboard, and a tap reaches the bot as the button value with the callback answered', async () => {
    await client.sendMessage(client.makeMessage('frage'));
    const [question] = await replies(1);
    const keyboard = (question!.body.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    expect(keyboard.map((b) => b.text)).toEqual(['Gut', 'Sehr gut', 'Weiss nicht']);
    expect(keyboard.every((b) => Buffer.byteLength(b.callback_data) <= 64)).toBe(true);
    const messageId = question!.result!.message_id!;

    for (const button of keyboard) {
      await client.sendCallback(client.makeCallbackQuery(button.callback_data, { message: { message_id: messageId } }));
    }
    const all = await replies(4);
    expect(all.slice(1).map((c) => c.body.text)).toEqual([
      'Du hast geschrieben: skill:level:good#k3f',
      `Du hast geschrieben: job:save:${'x'.repeat(70)}`,
      'Du hast geschrieben: Weiss nicht',
    ]);
    expect(harness.callsOf('answerCallbackQuery')).toHaveLength(3);
    // The first tap shows the answer in place of the buttons (Telegram shows no trace of a tap).
    const edits = harness.callsOf('editMessageText');
    expect(edits).toHaveLength(1);
    expect(edits[0]!.body).toMatchObject({ chat_id: '4711', message_id: messageId, text: 'Wie gut kannst du löten?\n\n✓ <b>Gut</b>', parse_mode: 'HTML' });
    expect(edits[0]!.body.reply_markup).toBeUndefined();
  });

  it('passes commands as text and a /start payload as the link code', async () => {
    await client.sendCommand(client.makeCommand('/start K7M2P9QX4R'));
    await client.sendCommand(client.makeCommand('/jobs'));
    const all = await replies(3);
    expect(all[0]!.body.text).toBe('Code erhalten: K7M2P9QX4R');
    expect(all[1]!.body.text).toBe('Das habe ich gefunden:');
    expect(all[2]!.body).toMatchObject({
      text: '<b>Polymechaniker/in EFZ</b>\n<i>Muster AG · Solothurn</i>\nPasst, weil du löten kannst.',
      reply_markup: { inline_keyboard: [[{ text: 'Merken', callback_data: 'job:save:j1' }]] },
    });
  });

  it('asks for the location with a reply keyboard and reads the shared location', async () => {
    await client.sendMessage(client.makeMessage('wo'));
    const [ask] = await replies(1);
    expect(ask!.body.reply_markup).toMatchObject({ keyboard: [[{ text: '📍 Standort teilen', request_location: true }]], one_time_keyboard: true });
    await client.sendMessage(client.makeMessage('', { location: { latitude: 47.2088, longitude: 7.5323 } } as never));
    const all = await replies(2);
    expect(all[1]!.body.text).toBe('Ort: 47.2088, 7.5323');
  });

  it('splits a long answer cleanly into messages under 4096 characters', async () => {
    await client.sendMessage(client.makeMessage('lang'));
    await harness.waitFor(() => harness.sentTexts().some((text) => text.includes('Teil 5.')));
    const texts = harness.sentTexts();
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) {
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(text).toMatch(/^Teil \d\./);
      expect(text).not.toMatch(/^\s|\s$/);
      expect(text).toMatch(/\.$/);
    }
    expect(texts.join('\n\n')).toBe(Array.from({ length: 6 }, (_, i) => `Teil ${i}. ${'Ein Satz über Lehrstellen. '.repeat(60)}`.trim()).join('\n\n'));
  });

  it('keeps one chat in order while other chats run in parallel', async () => {
    await client.sendMessage(client.makeMessage('langsam eins'));
    await client.sendMessage(client.makeMessage('zwei'));
    await other.sendMessage(other.makeMessage('drei'));
    // The other chat is answered while the first chat's slow turn still runs, and its next message waits.
    await replies(1);
    expect(harness.sentTexts()).toEqual(['Du hast geschrieben: drei']);
    finishSlowTurn();
    await replies(3);
    const order = harness.callsOf('sendMessage').map((c) => `${c.body.chat_id}:${c.body.text}`);
    expect(order.filter((o) => o.startsWith('4711:'))).toEqual(['4711:Du hast geschrieben: langsam eins', '4711:Du hast geschrieben: zwei']);
    expect(order[0]).toBe('815:Du hast geschrieben: drei');
  });

  it('shows typing, answers stickers kindly and survives a failing turn', async () => {
    await client.sendMessage(client.makeMessage('tippen'));
    await client.sendMessage(client.makeMessage('', { sticker: { file_id: 's' } } as never));
    await client.sendMessage(client.makeMessage('kaputt'));
    await replies(3);
    expect(harness.callsOf('sendChatAction')[0]!.body).toMatchObject({ chat_id: '4711', action: 'typing' });
    expect(harness.sentTexts()).toEqual([
      'Du hast geschrieben: tippen',
      'Bilder, Sprachnachrichten und Sticker kann ich leider nicht lesen. Schreib mir bitte kurz, was du meinst.',
      'Entschuldigung, da ist bei mir etwas schiefgelaufen. Deine Angaben sind sicher. Versuch es bitte gleich nochmals.',
    ]);
    expect(t.lines.join('\n')).toContain('telegram turn failed');
  });

  it('never writes the bot token or message texts to the log', () => {
    const logged = t.lines.join('\n');
    expect(logged).not.toContain(TOKEN.split(':')[1]);
    expect(logged).not.toContain('Tom & Jerry');
  });
});
