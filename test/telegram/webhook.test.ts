/**
 * The Telegram channel in webhook mode: telegram-test-api delivers updates to POST /api/telegram
 * on a restify server, with the secret token header real Telegram sends (the emulator does not send
 * it, so its HTTP client gets the header from the secret our channel registered with setWebhook).
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { registerTelegramWebhook } from '../../src/channels/telegram';
import { loadConfig } from '../../src/config';
import { createHttpServer } from '../../src/http/server';
import { TelegramUpdateQueue } from '../../src/store/telegram-updates';
import type { Database } from '../../src/store/database';
import { openTestSqlite } from '../support/databases';
import { BotApiHarness } from './support/bot-api';
import { TOKEN, testChannel, waitUntil, type TestChannel } from './support/channel';

const SECRET = 'webhook-secret_0123456789';


/** The axios instance telegram-test-api posts webhooks with. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const emulatorAxios = require(require.resolve('axios', { paths: [require.resolve('telegram-test-api')] })) as {
  interceptors: { request: { use(f: (c: { url?: string; headers: Record<string, string> }) => unknown): number; eject(id: number): void } };
};

describe('Telegram channel, webhook mode, against the emulator', () => {
  const harness = new BotApiHarness();
  let server: restify.Server;
  let url: string;
  let db: Database;
  let t: TestChannel;
  let client: ReturnType<BotApiHarness['emulator']['getClient']>;
  let interceptor: number;

  beforeAll(async () => {
    await harness.start();
    db = await openTestSqlite();
    server = restify.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    t = testChannel(harness, {
      config: { telegramMode: 'webhook', PUBLIC_URL: url, TELEGRAM_WEBHOOK_SECRET: SECRET },
      queue: new TelegramUpdateQueue(db.prisma, db.kind),
    });
    registerTelegramWebhook(server, t.channel);
    interceptor = emulatorAxios.interceptors.request.use((config) => {
      const hook = (harness.emulator as unknown as { webhooks: Record<string, { secret_token?: string }> }).webhooks[TOKEN];
      if (hook?.secret_token) config.headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secret_token;
      return config;
    });
    await t.channel.start();
    client = harness.emulator.getClient(TOKEN, { userId: 4711, chatId: 4711, firstName: 'Mia' });
  });
  afterAll(async () => {
    emulatorAxios.interceptors.request.eject(interceptor);
    await t.channel.stop();
    server.close();
    await harness.stop();
    await db.close();
  });
  beforeEach(() => harness.calls.splice(0));

  const post = (body: string, headers: Record<string, string> = { 'x-telegram-bot-api-secret-token': SECRET }) =>
    fetch(`${url}/api/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const update = (updateId: number, text: string) =>
    JSON.stringify({ update_id: updateId, message: { message_id: updateId, date: 1700000000, chat: { id: 99, type: 'private' }, from: { id: 99, is_bot: false, first_name: 'Noah' }, text } });

  it('registers the webhook at PUBLIC_URL/api/telegram with the secret token', async () => {
    const fresh = testChannel(harness, { config: { telegramMode: 'webhook', PUBLIC_URL: url, TELEGRAM_WEBHOOK_SECRET: SECRET } });
    await fresh.channel.start();
    expect(harness.callsOf('setWebhook')[0]!.body).toMatchObject({ url: `${url}/api/telegram`, secret_token: SECRET, allowed_updates: ['message', 'callback_query'] });
    expect(harness.callsOf('deleteWebhook')).toHaveLength(0);
  });

  it('handles text, a command and a tap pushed by the emulator', async () => {
    await client.sendMessage(client.makeMessage('frage'));
    await harness.waitFor(() => harness.callsOf('sendMessage').length === 1);
    const question = harness.callsOf('sendMessage')[0]!;
    const data = (question.body.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard[0]![0]!.callback_data;
    await client.sendCallback(client.makeCallbackQuery(data, { message: { message_id: 1 } }));
    // The emulator numbers updates with a counter it only advances after the webhook answered, so
    // two updates in flight at once would share an update_id (real Telegram's ids are unique): wait.
    await harness.waitFor(() => harness.callsOf('sendMessage').length === 2);
    await client.sendCommand(client.makeCommand('/hilfe'));
    await harness.waitFor(() => harness.callsOf('sendMessage').length === 3);
    expect(harness.sentTexts().slice(1)).toEqual(['Du hast geschrieben: skill:level:good#k3f', 'Du hast geschrieben: /hilfe']);
    expect(harness.callsOf('answerCallbackQuery')).toHaveLength(1);
  });

  it('refuses a wrong or missing secret with 401 and runs no turn', async () => {
    expect((await post(update(5001, 'hallo'), { 'x-telegram-bot-api-secret-token': 'wrong' })).status).toBe(401);
    expect((await post(update(5002, 'hallo'), {})).status).toBe(401);
    expect(harness.callsOf('sendMessage')).toHaveLength(0);
  });

  it('answers broken JSON or a body without update_id with 400', async () => {
    expect((await post('{"update_id": 1, "message": ')).status).toBe(400);
    expect((await post('[1,2,3]')).status).toBe(400);
    expect((await post('"text"')).status).toBe(400);
    expect(harness.callsOf('sendMessage')).toHaveLength(0);
  });

  it('acknowledges an unknown update type with 200 and ignores it', async () => {
    const poll = JSON.stringify({ update_id: 5003, poll: { id: 'p', question: '?', options: [], total_voter_count: 0, is_closed: false, is_anonymous: true, type: 'regular', allows_multiple_answers: false } });
    const res = await post(poll);
    expect(res.status).toBe(200);
    expect(harness.callsOf('sendMessage')).toHaveLength(0);
  });

  it('processes a redelivered update only once (database-backed, also when both arrive at once)', async () => {
    const statuses = await Promise.all([post(update(5004, 'einmal')), post(update(5004, 'einmal'))]);
    expect(statuses.map((r) => r.status)).toEqual([200, 200]);
    await harness.waitFor(() => harness.sentTexts().length === 1);
    await waitUntil(async () => (await db.prisma.processedUpdate.count({ where: { channelId: 'telegram', updateId: '5004' } })) === 1);
    expect((await post(update(5004, 'einmal'))).status).toBe(200);
    // A later message of the chat runs after it, so once that is handled the redelivery had its chance to be answered
    // (handled, not just answered: the update is marked done just after its answer went out).
    expect((await post(update(5005, 'danach'))).status).toBe(200);
    await waitUntil(async () => (await db.prisma.processedUpdate.count({ where: { channelId: 'telegram', updateId: '5005' } })) === 1);
    expect(harness.sentTexts()).toEqual(['Du hast geschrieben: einmal', 'Du hast geschrieben: danach']);
    expect(await db.prisma.telegramUpdate.count()).toBe(0);
  });

  it('works behind restify body parsing too', async () => {
    const parsed = restify.createServer();
    parsed.use(restify.plugins.bodyParser());
    registerTelegramWebhook(parsed, t.channel);
    await new Promise<void>((resolve) => parsed.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(parsed.address() as AddressInfo).port}`;
    try {
      const ok = await fetch(`${base}/api/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET }, body: update(5006, 'geparst') });
      expect(ok.status).toBe(200);
      await harness.waitFor(() => harness.sentTexts().length === 1);
      expect(harness.sentTexts()).toEqual(['Du hast geschrieben: geparst']);
    } finally {
      parsed.close();
    }
  });

  it('runs on Lotse\'s own HTTP server (createHttpServer) with its JSON body parsing', async () => {
    const http = createHttpServer({ config: loadConfig({}), log: t.log });
    registerTelegramWebhook(http.server, t.channel);
    const base = await http.listen(0, '127.0.0.1');
    try {
      const send = (body: string, secret = SECRET) =>
        fetch(`${base}/api/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body });
      expect((await send(update(5007, 'server'), 'nope')).status).toBe(401);
      expect((await send('{broken')).status).toBe(400);
      expect((await send(update(5007, 'server'))).status).toBe(200);
      await harness.waitFor(() => harness.sentTexts().length === 1);
      expect(harness.sentTexts()).toEqual(['Du hast geschrieben: server']);
    } finally {
      await http.close();
    }
  });
});
