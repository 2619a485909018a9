/**
 * Hostile or broken Telegram updates on the webhook (with the right secret, as a compromised or
 * buggy Bot API server could send them): each is acknowledged with 200 and ignored, never a 500,
 * and the bot keeps answering the next real message. On the starting code an update without a
 * chat (or a null message) gave a 500.
 */
import type { Database } from '../../src/store/database';
import { testDatabases } from '../support/databases';
import { BotApiHarness } from '../telegram/support/bot-api';
import { startWebhookChannel, type WebhookChannel } from '../telegram/support/webhook';

const chat = { id: 51, type: 'private' };
const from = { id: 51, is_bot: false, first_name: 'Eve' };

let nesting = '{"a":1}';
for (let i = 0; i < 5000; i++) nesting = `{"x":${nesting}}`;

const HOSTILE: [string, (updateId: number) => string][] = [
  ['a message without chat', (u) => JSON.stringify({ update_id: u, message: { message_id: 1, date: 1, from, text: 'hallo' } })],
  ['a button tap whose message has no chat', (u) => JSON.stringify({ update_id: u, callback_query: { id: 'q', from, data: 'x', message: { message_id: 1, date: 1 } } })],
  ['a button tap without its message', (u) => JSON.stringify({ update_id: u, callback_query: { id: 'q', from, data: 'x' } })],
  ['message: null', (u) => JSON.stringify({ update_id: u, message: null })],
  ['a chat id that is text', (u) => JSON.stringify({ update_id: u, message: { message_id: 1, date: 1, chat: { id: 'abc', type: 'private' }, from, text: 'hi' } })],
  ['text that is a number', (u) => JSON.stringify({ update_id: u, message: { message_id: 1, date: 1, chat, from, text: 42 } })],
  ['entities: [null]', (u) => JSON.stringify({ update_id: u, message: { message_id: 1, date: 1, chat, from, text: '/start', entities: [null] } })],
  ['a sender that is text', (u) => JSON.stringify({ update_id: u, message: { message_id: 1, date: 1, chat, from: 'Eve', text: 'hi' } })],
  ['a location without numbers', (u) => JSON.stringify({ update_id: u, message: { message_id: 1, date: 1, chat, from, location: { latitude: 'x', longitude: null } } })],
  ['a negative update id', () => JSON.stringify({ update_id: -5, message: { message_id: 1, date: 1, chat, from, text: 'hi' } })],
  ['an edited message (a kind Lotse does not read)', (u) => JSON.stringify({ update_id: u, edited_message: { message_id: 1, date: 1, chat, from, text: 'hi' } })],
  ['a member update without chat', (u) => JSON.stringify({ update_id: u, my_chat_member: { from } })],
  ['JSON nested 5000 deep in a field Lotse does not read', (u) => `{"update_id":${u},"message":{"message_id":1,"date":1,"chat":{"id":51,"type":"private"},"text":"tief","extra":${nesting}}}`],
];

describe.each(testDatabases())('hostile Telegram updates ($name)', ({ open }) => {
  const harness = new BotApiHarness();
  let db: Database;
  let t: WebhookChannel;

  beforeAll(async () => {
    await harness.start();
    db = await open();
    t = await startWebhookChannel(harness, db);
  });
  afterAll(async () => {
    await t.close();
    await harness.stop();
    await db.close();
  });
  beforeEach(() => harness.calls.splice(0));

  let nextUpdate = 7000;
  const post = (body: string) => t.post(body);

  it.each(HOSTILE)('%s gets 200, no turn, and the next real message is answered', async (_name, body) => {
    const res = await post(body((nextUpdate += 1)));
    expect(res.status).toBe(200);
    expect((await post(JSON.stringify({ update_id: (nextUpdate += 1), message: { message_id: 2, date: 1, chat, from, text: 'noch da?' } }))).status).toBe(200);
    await harness.waitFor(() => harness.sentTexts().includes('Du hast geschrieben: noch da?'));
    const texts = harness.sentTexts();
    // "tief" is a readable message whose unknown field is ignored; everything else runs no turn.
    expect(texts.filter((text) => text !== 'Du hast geschrieben: tief')).toEqual(['Du hast geschrieben: noch da?']);
    expect(t.lines.join('')).not.toMatch(/turn failed|update failed/);
  });

  it('logs an ignored update by id and reason only, never its content', async () => {
    await post(JSON.stringify({ update_id: (nextUpdate += 1), message: { message_id: 1, date: 1, from, text: 'Meine Telefonnummer ist 079 123 45 67' } }));
    await post(JSON.stringify({ update_id: (nextUpdate += 1), message: { message_id: 2, date: 1, chat, from, text: 'weiter' } }));
    await harness.waitFor(() => harness.sentTexts().includes('Du hast geschrieben: weiter'));
    const logged = t.lines.join('');
    expect(logged).toContain('telegram update ignored');
    expect(logged).not.toContain('079 123');
  });
});
