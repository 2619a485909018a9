/**
 * Performs outgoing operations against the Bot API at Telegram's pace: waits for a sending slot,
 * waits out 429 retry_after (pausing every chat, as Telegram does), reports a blocked bot (403) as
 * ChatUnreachableError without retrying, and resends text without formatting if Telegram rejects
 * the HTML (so a formatting slip never swallows an answer).
 */
import { TelegramError, type Telegram } from 'telegraf';
import type { Logger } from '../../log';
import { errorFields } from '../../log';
import { RecipientUnreachableError } from '../router';
import type { Operation } from './outbound';
import type { SendScheduler } from './rate-limit';

/** The person blocked the bot, left or deleted the chat: nothing can be delivered there. */
export class ChatUnreachableError extends RecipientUnreachableError {
  constructor(readonly chatId: string) {
    super('telegram', 'bot blocked or chat gone');
    this.name = 'ChatUnreachableError';
  }
}

/** How often one operation is retried after 429 before giving up. */
const MAX_RATE_LIMIT_RETRIES = 5;
/** The longest 429 pause honoured inside one turn; longer ones fail the send. */
const MAX_RETRY_AFTER_MS = 120_000;

function retryAfterMs(err: unknown): number | undefined {
  if (!(err instanceof TelegramError) || err.code !== 429) return undefined;
  return Math.max(1, err.parameters?.retry_after ?? 1) * 1000;
}

function isBlocked(err: unknown): boolean {
  if (!(err instanceof TelegramError)) return false;
  if (err.code === 403) return true;
  return err.code === 400 && /chat not found|user is deactivated|PEER_ID_INVALID/i.test(err.description);
}

function isHtmlRejected(err: unknown): boolean {
  return err instanceof TelegramError && err.code === 400 && /can't parse entities/i.test(err.description);
}

/** Visible text of our HTML (tags dropped, entities decoded), for the plain-text fallback. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<a href="([^"]*)">([^<]*)<\/a>/g, '$2 ($1)')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Sends operations to chats. */
export class TelegramSender {
  constructor(
    private readonly api: Telegram,
    private readonly scheduler: SendScheduler,
    private readonly log: Logger,
  ) {}

  /** Performs one operation; returns the Telegram message id of a sent message. */
  async perform(chatId: string, op: Operation): Promise<number | undefined> {
    switch (op.kind) {
      case 'delay':
        await this.scheduler.clock.sleep(op.ms);
        return undefined;
      case 'typing':
        // Best effort: a missing typing indicator must never fail a turn.
        await this.api.sendChatAction(chatId, 'typing').catch((err) => this.log.debug(errorFields(err), 'telegram typing failed'));
        return undefined;
      case 'document':
        return (await this.call(chatId, () => this.api.sendDocument(chatId, { source: op.data, filename: op.filename }, op.caption ? { caption: op.caption } : {}))).message_id;
      case 'text':
        return this.sendText(chatId, op.html, op.markup);
    }
  }

  private async sendText(chatId: string, html: string, markup: Extract<Operation, { kind: 'text' }>['markup']): Promise<number> {
    const extra = { parse_mode: 'HTML' as const, link_preview_options: { is_disabled: true }, ...(markup ? { reply_markup: markup } : {}) };
    try {
      return (await this.call(chatId, () => this.api.sendMessage(chatId, html, extra))).message_id;
    } catch (err) {
      if (!isHtmlRejected(err)) throw err;
      this.log.warn('telegram rejected HTML; resending as plain text');
      const plain = { ...(markup ? { reply_markup: markup } : {}) };
      return (await this.call(chatId, () => this.api.sendMessage(chatId, htmlToPlain(html), plain))).message_id;
    }
  }

  /** One API call in a sending slot, retried after 429; 403 becomes ChatUnreachableError. */
  async call<T>(chatId: string, send: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      await this.scheduler.slot(chatId);
      try {
        return await send();
      } catch (err) {
        if (isBlocked(err)) throw new ChatUnreachableError(chatId);
        const wait = retryAfterMs(err);
        if (wait === undefined || attempt >= MAX_RATE_LIMIT_RETRIES || wait > MAX_RETRY_AFTER_MS) throw err;
        this.log.warn({ retryAfterMs: wait, attempt }, 'telegram rate limit hit; waiting');
        this.scheduler.pause(wait);
      }
    }
  }
}
