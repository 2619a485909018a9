/**
 * A Telegram channel in webhook mode on a restify server, with the durable queue on a test
 * database: what Telegram talks to in production, for tests that post updates themselves.
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { registerTelegramWebhook } from '../../../src/channels/telegram';
import type { Database } from '../../../src/store/database';
import { TelegramUpdateQueue } from '../../../src/store/telegram-updates';
import type { BotApiHarness } from './bot-api';
import { testChannel, type TestChannel } from './channel';

export const WEBHOOK_SECRET = 'webhook-test-secret_0123456789';

export interface WebhookChannel extends TestChannel {
  /** POSTs a body to /api/telegram with the right secret. */
  post(body: string): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the channel (webhook mode, queue on `db`) on a fresh server. */
export async function startWebhookChannel(
  harness: BotApiHarness,
  db: Database,
  options: Omit<Parameters<typeof testChannel>[1] & object, 'config' | 'queue'> = {},
): Promise<WebhookChannel> {
  const server = restify.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const t = testChannel(harness, {
    ...options,
    config: { telegramMode: 'webhook', PUBLIC_URL: url, TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET },
    queue: new TelegramUpdateQueue(db.prisma, db.kind),
  });
  registerTelegramWebhook(server, t.channel);
  await t.channel.start();
  return {
    ...t,
    post: (body) => fetch(`${url}/api/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET }, body }),
    close: async () => {
      await t.channel.stop();
      server.close();
    },
  };
}
