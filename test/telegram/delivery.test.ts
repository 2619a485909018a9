/**
 * Delivery rules against the emulator (with injected Telegram error answers): 429 retry_after is
 * waited out, a blocked bot (403) marks the conversation unreachable without retrying, outgoing
 * messages keep Telegram's pace, and proactive messages go through continueConversation.
 */
import { MessageFactory, type ConversationReference } from 'botbuilder-core';
import { ChannelRouter } from '../../src/channels/router';
import { SendScheduler, TokenBucket } from '../../src/channels/telegram/rate-limit';
import { BotApiHarness } from './support/bot-api';
import { TOKEN, testChannel } from './support/channel';
import { VirtualClock } from './support/virtual-clock';

const reference = (chatId: string): ConversationReference => ({
  channelId: 'telegram',
  serviceUrl: 'telegram',
  conversation: { id: chatId, isGroup: false, conversationType: 'private', name: '' },
  user: { id: chatId, name: 'Mia' },
  bot: { id: '666', name: 'Lotse' },
  locale: 'de-CH',
});

describe('Telegram delivery', () => {
  const harness = new BotApiHarness();
  beforeAll(() => harness.start());
  afterAll(() => harness.stop());
  beforeEach(() => harness.calls.splice(0));

  it('delivers proactive messages through continueConversation and the channel router', async () => {
    const { channel } = testChannel(harness);
    const router = new ChannelRouter();
    router.register('telegram', channel.adapter);
    expect(await router.send(reference('4711'), [MessageFactory.text('Neue Lehrstelle für dich: **Polymechaniker/in**')])).toBe('sent');
    expect(harness.callsOf('sendMessage')[0]!.body).toMatchObject({ chat_id: '4711', text: 'Neue Lehrstelle für dich: <b>Polymechaniker/in</b>' });
  });

  it('waits out 429 retry_after and then delivers', async () => {
    const clock = new VirtualClock();
    const { channel, lines } = testChannel(harness, { clock });
    harness.inject('sendMessage', 429, 'Too Many Requests: retry after 1', { retry_after: 1 });
    const router = new ChannelRouter();
    router.register('telegram', channel.adapter);
    expect(await router.send(reference('4711'), [MessageFactory.text('Hallo nochmals')])).toBe('sent');
    expect(harness.callsOf('sendMessage')).toHaveLength(2);
    // The second attempt came only after the pause Telegram asked for.
    expect(clock.waits).toEqual([1000]);
    expect(lines.join('')).toContain('telegram rate limit hit');
  });

  it('marks a chat that blocked the bot (403) unreachable and does not retry', async () => {
    const { channel, unreachable } = testChannel(harness);
    harness.inject('sendMessage', 403, 'Forbidden: bot was blocked by the user');
    const router = new ChannelRouter();
    router.register('telegram', channel.adapter);
    expect(await router.send(reference('4711'), [MessageFactory.text('Eins'), MessageFactory.text('Zwei')])).toBe('unreachable');
    expect(harness.callsOf('sendMessage')).toHaveLength(1);
    expect(unreachable).toEqual([['telegram', '4711']]);
  });

  it('a 403 during a normal turn ends the turn quietly, without an error message attempt', async () => {
    const { channel, unreachable, lines } = testChannel(harness);
    harness.inject('sendMessage', 403, 'Forbidden: bot was blocked by the user');
    await channel.start();
    await channel.handleUpdate({ update_id: 1, message: { message_id: 1, date: 0, chat: { id: 77, type: 'private', first_name: 'A' }, from: { id: 77, is_bot: false, first_name: 'A' }, text: 'hallo' } });
    await harness.waitFor(() => unreachable.length === 1);
    await channel.stop();
    expect(harness.callsOf('sendMessage')).toHaveLength(1);
    expect(unreachable).toEqual([['telegram', '77']]);
    expect(lines.join('')).not.toContain('telegram turn failed');
  });

  it('resends as plain text when Telegram rejects the HTML', async () => {
    const { channel } = testChannel(harness);
    harness.inject('sendMessage', 400, "Bad Request: can't parse entities: unexpected end tag");
    const router = new ChannelRouter();
    router.register('telegram', channel.adapter);
    expect(await router.send(reference('4711'), [MessageFactory.text('A & **B**')])).toBe('sent');
    const [first, second] = harness.callsOf('sendMessage');
    expect(first!.body).toMatchObject({ text: 'A &amp; <b>B</b>', parse_mode: 'HTML' });
    expect(second!.body.text).toBe('A & B');
    expect(second!.body.parse_mode).toBeUndefined();
  });

  it('keeps the per-chat pace while other chats are not held up', async () => {
    const clock = new VirtualClock();
    const { channel } = testChannel(harness, { limits: { globalPerSecond: 100, chatPerSecond: 5, chatBurst: 1 }, clock });
    const router = new ChannelRouter();
    router.register('telegram', channel.adapter);
    const five = Array.from({ length: 5 }, (_, i) => MessageFactory.text(`Nachricht ${i}`));
    await Promise.all([router.send(reference('1'), five), router.send(reference('2'), [MessageFactory.text('andere')])]);
    const chat1 = harness.callsOf('sendMessage').filter((c) => c.body.chat_id === '1');
    expect(chat1.map((c) => c.body.text)).toEqual(five.map((a) => a.text));
    // Each of chat 1's later messages waited one interval of its pace (5 per second); chat 2 never waited.
    expect(clock.waits).toEqual([200, 200, 200, 200]);
    const other = harness.callsOf('sendMessage').find((c) => c.body.chat_id === '2')!;
    // Not queued behind chat 1: it goes out before chat 1's second message.
    expect(other.at).toBeLessThan(chat1[1]!.at);
  });

  it('starts even when the Bot API is unreachable, retrying without leaking the token', async () => {
    const { channel, lines, logged } = testChannel(harness, { config: { TELEGRAM_API_ROOT: 'http://127.0.0.1:9' } });
    await channel.start();
    await Promise.all([logged('telegram setup failed; retrying in the background'), logged('telegram polling failed')]);
    await channel.stop();
    expect(lines.join('')).not.toContain(TOKEN.split(':')[1]);
  });

  it('refuses to start with a token Telegram rejects', async () => {
    const { channel } = testChannel(harness);
    harness.inject('getMe', 401, 'Unauthorized');
    await expect(channel.start()).rejects.toThrow(/rejected TELEGRAM_BOT_TOKEN/);
    await channel.stop();
  });

  it('edits and deletes sent messages through the adapter', async () => {
    const { channel } = testChannel(harness);
    let sentId = '';
    await channel.adapter.continueConversation(reference('4711'), async (context) => {
      sentId = (await context.sendActivity('Entwurf'))!.id;
      await context.updateActivity({ ...MessageFactory.text('Fertig & gut'), id: sentId, conversation: context.activity.conversation });
      await context.deleteActivity(sentId);
    });
    expect(Number(sentId)).toBeGreaterThan(0);
    expect(harness.callsOf('editMessageText')[0]!.body).toMatchObject({ chat_id: '4711', message_id: Number(sentId), text: 'Fertig &amp; gut', parse_mode: 'HTML' });
    expect(harness.callsOf('deleteMessage')[0]!.body).toMatchObject({ chat_id: '4711', message_id: Number(sentId) });
  });
});

describe('token buckets', () => {
  it('allow a burst, then one token per interval', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 1, () => now);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 0]);
    expect(bucket.take()).toBe(1000);
    now = 1000;
    expect(bucket.take()).toBe(0);
    expect(bucket.idle()).toBe(false);
    now = 10_000;
    expect(bucket.idle()).toBe(true);
  });

  it('hold every chat back during a 429 pause', async () => {
    const clock = new VirtualClock();
    const scheduler = new SendScheduler({ globalPerSecond: 100, chatPerSecond: 100, chatBurst: 10 }, clock);
    scheduler.pause(300);
    const sentAt = await Promise.all([scheduler.slot('a').then(clock.now), scheduler.slot('b').then(clock.now)]);
    expect(sentAt.every((at) => at >= 300)).toBe(true);
    expect(clock.waits).toEqual([300]);
  });
});
