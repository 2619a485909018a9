/**
 * POST /api/telegram: updates pushed by Telegram in webhook mode. The secret token header is
 * checked first (401 without it), broken JSON is a 400, and everything else is answered 200 as
 * soon as the update is stored in the queue (the turn runs later, from the worker) or ignored
 * (unknown kinds, no chat, malformed fields). Only a database that cannot store it gets a 503, so
 * Telegram delivers the update again later.
 */
import type { IncomingMessage } from 'node:http';
import type { Request, Response, Server } from 'restify';
import { sameSecret } from '../../secrets';
import { TELEGRAM_WEBHOOK_PATH, type TelegramChannel } from './channel';

/** Largest update body accepted (Telegram updates are a few KB). */
const MAX_BODY_BYTES = 1024 * 1024;

function secretMatches(given: unknown, expected: string | undefined): boolean {
  return typeof given === 'string' && sameSecret(given, expected);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The parsed body, or undefined when it is not a JSON object with an update_id. */
async function parseUpdate(req: Request): Promise<object | undefined> {
  const body: unknown = (req as { body?: unknown }).body;
  let parsed: unknown = body;
  try {
    if (body === undefined) parsed = JSON.parse(await readBody(req));
    else if (typeof body === 'string' || Buffer.isBuffer(body)) parsed = JSON.parse(body.toString());
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object' || !Number.isSafeInteger((parsed as { update_id?: unknown }).update_id)) return undefined;
  return parsed;
}

function reply(res: Response, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** The route handler (exported for servers other than restify's Server type). */
export function telegramWebhookHandler(channel: Pick<TelegramChannel, 'handleUpdate' | 'webhookSecret'>) {
  return async (req: Request, res: Response): Promise<void> => {
    if (!secretMatches(req.headers['x-telegram-bot-api-secret-token'], channel.webhookSecret)) {
      return reply(res, 401, { ok: false, description: 'Unauthorized' });
    }
    const update = await parseUpdate(req);
    if (!update) return reply(res, 400, { ok: false, description: 'Bad Request: expected a Telegram update' });
    try {
      await channel.handleUpdate(update);
    } catch {
      return reply(res, 503, { ok: false, description: 'Service Unavailable: try again later' });
    }
    reply(res, 200, { ok: true });
  };
}

/** Registers POST /api/telegram on the restify server. */
export function registerTelegramWebhook(server: Server, channel: Pick<TelegramChannel, 'handleUpdate' | 'webhookSecret'>): void {
  server.post(TELEGRAM_WEBHOOK_PATH, telegramWebhookHandler(channel));
}
