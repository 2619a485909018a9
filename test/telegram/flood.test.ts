/**
 * One chat floods the bot through the webhook: Telegram gets its 200 for every update while the
 * turns are still held, the chat is told once to slow down and its excess is dropped, and another
 * chat that writes during the flood is answered before the flood's tail. The queue is the real one
 * (SQLite, and PostgreSQL with TEST_DATABASE_URL); the worker runs one turn at a time, so the order
 * of the answers shows the round-robin.
 */
import type { TurnContext } from 'botbuilder-core';
import type { Database } from '../../src/store/database';
import { t as translate } from '../../src/i18n';
import { testDatabases } from '../support/databases';
import { BotApiHarness } from './support/bot-api';
import { waitUntil } from './support/channel';
import { startWebhookChannel, type WebhookChannel } from './support/webhook';

const FLOOD_CHAT = 31;
const OTHER_CHAT = 32;

/** A gate the flood chat's turns wait at, so the test decides when they may finish. */
class Gate {
  private opened!: () => void;
  readonly open = new Promise<void>((resolve) => (this.opened = resolve));
  release(): void {
    this.opened();
  }
}

describe.each(testDatabases())('a Telegram chat flooding the webhook ($name)', ({ open }) => {
  const harness = new BotApiHarness();
  let db: Database;
  let t: WebhookChannel;
  let gate: Gate;
  const finished: string[] = [];

  const logic = async (context: TurnContext) => {
    if (context.activity.conversation.id === String(FLOOD_CHAT)) await gate.open;
    await context.sendActivity(`Antwort auf: ${context.activity.text}`);
    finished.push(context.activity.text ?? '');
  };

  beforeAll(async () => {
    await harness.start();
    db = await open();
    t = await startWebhookChannel(harness, db, { logic, inbound: { burst: 8, perMinute: 1 }, worker: { concurrency: 1 } });
  });
  afterAll(async () => {
    gate.release();
    await t.close();
    await harness.stop();
    await db.close();
  });

  let nextUpdate = 9000;
  const post = (chatId: number, text: string) =>
    t.post(
      JSON.stringify({
        update_id: (nextUpdate += 1),
        message: { message_id: nextUpdate, date: 1700000000, chat: { id: chatId, type: 'private' }, from: { id: chatId, is_bot: false, first_name: 'Flo', language_code: 'de' }, text },
      }),
    );
  const repliesTo = (chatId: number) => harness.sentTexts().filter((_, i) => String(harness.callsOf('sendMessage')[i]!.body.chat_id) === String(chatId));

  it('answers every webhook request before any turn finished, tells the chat once, and serves another chat before the flood tail', async () => {
    gate = new Gate();
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => post(FLOOD_CHAT, `Nachricht ${i + 1}`)));
    // Every request is answered while the flood's turns are still held at the gate.
    expect(responses.map((r) => r.status)).toEqual(Array(40).fill(200));
    expect(finished).toEqual([]);

    const slowDown = translate('de-CH', 'telegram.slowDown');
    await harness.waitFor(() => harness.sentTexts().includes(slowDown));
    expect(await db.prisma.telegramUpdate.count({ where: { chatId: String(FLOOD_CHAT) } })).toBe(8);

    expect((await post(OTHER_CHAT, 'Ich bin auch da')).status).toBe(200);
    gate.release();
    await harness.waitFor(() => repliesTo(FLOOD_CHAT).length === 9 && repliesTo(OTHER_CHAT).length === 1);

    const order = harness.sentTexts();
    expect(order.filter((text) => text === slowDown)).toHaveLength(1);
    const floodAnswers = repliesTo(FLOOD_CHAT).filter((text) => text !== slowDown);
    // The excess is dropped; what was taken is answered in the order it was written (except the
    // first turn: the worker starts it as soon as it is stored, while earlier requests may still be on their way).
    const numbers = floodAnswers.map((text) => Number(/Nachricht (\d+)/.exec(text)![1]));
    expect(new Set(numbers).size).toBe(8);
    expect(numbers.slice(1)).toEqual([...numbers.slice(1)].sort((a, b) => a - b));
    // The other chat is served right after the turn that was running when it wrote, not after the flood's tail.
    expect(order.indexOf('Antwort auf: Ich bin auch da')).toBeLessThan(order.indexOf(floodAnswers[1]!));
    expect(order.indexOf('Antwort auf: Ich bin auch da')).toBeLessThan(order.indexOf(floodAnswers[7]!));
    // Every handled update leaves the queue (the person's words with it).
    await waitUntil(async () => (await db.prisma.telegramUpdate.count()) === 0);
    expect(await db.prisma.telegramUpdate.count()).toBe(0);
  });
});
