/**
 * Telegram updates → Bot Framework activities, so the shared dialogs run unchanged:
 * text and commands as message text, button taps as the button's value, a shared location as a
 * GeoCoordinates entity, `/start <code>` with the code in activity.value for account linking.
 */
import { ActivityTypes, type Activity, type ChannelAccount } from 'botbuilder-core';
import type { CallbackQuery, Message, Update, User } from 'telegraf/types';
import { nearestLocale } from '../../i18n';
import type { Locale } from '../../profile/types';
import { tappedTitle, type CallbackKeys } from './keyboard';

/** The channel id of every Telegram activity and conversation reference. */
export const TELEGRAM_CHANNEL_ID = 'telegram';

/** What the mapping needs besides the update. */
export interface InboundContext {
  defaultLocale: Locale;
  keys: CallbackKeys;
  /** The bot's own account (recipient of every activity). */
  bot: ChannelAccount;
}

function account(user: User | undefined, chatId: number): ChannelAccount {
  return user ? { id: String(user.id), name: user.first_name, role: 'user' } : { id: String(chatId), name: '', role: 'user' };
}

function base(
  update: Update,
  message: { chat: Message['chat']; message_id: number; date: number },
  from: User | undefined,
  ctx: InboundContext,
): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    channelId: TELEGRAM_CHANNEL_ID,
    serviceUrl: 'telegram',
    // The update id is stable across redelivery and reruns, so the bot core drops a turn it already saved.
    id: String(update.update_id),
    timestamp: new Date(message.date * 1000),
    from: account(from, message.chat.id),
    recipient: ctx.bot,
    conversation: { id: String(message.chat.id), isGroup: message.chat.type !== 'private', conversationType: message.chat.type, name: '' },
    locale: nearestLocale(from?.language_code, ctx.defaultLocale),
    channelData: update,
  };
}

/** "/start@LotseBot ABC" → {command: "start", payload: "ABC"}; undefined for ordinary text. */
export function parseCommand(text: string): { command: string; payload: string } | undefined {
  const match = /^\/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  return match ? { command: match[1]!.toLowerCase(), payload: (match[2] ?? '').trim() } : undefined;
}

function fromMessage(update: Update, message: Message, ctx: InboundContext): Partial<Activity> {
  const activity = base(update, message, message.from, ctx);
  if ('location' in message && message.location) {
    const { latitude, longitude } = message.location;
    return { ...activity, text: '', entities: [{ type: 'GeoCoordinates', latitude, longitude }] };
  }
  const text = 'text' in message ? message.text : 'caption' in message ? (message.caption ?? '') : '';
  const command = parseCommand(text);
  if (!command) return { ...activity, text };
  // Commands reach the bot as plain text ("/profil") so its intents see them; the bot suffix of group commands is dropped.
  const normalized = command.payload ? `/${command.command} ${command.payload}` : `/${command.command}`;
  return { ...activity, text: normalized };
}

function fromCallback(update: Update, query: CallbackQuery, ctx: InboundContext): Partial<Activity> | undefined {
  const message = query.message;
  if (!message || !('data' in query)) return undefined;
  const data = query.data;
  const markup = 'reply_markup' in message ? message.reply_markup : undefined;
  const target = ctx.keys.decode(data) ?? { text: tappedTitle(markup, data) };
  const activity = base(update, { chat: message.chat, message_id: message.message_id, date: message.date }, query.from, ctx);
  return {
    ...activity,
    replyToId: String(message.message_id),
    text: target.text ?? '',
    value: target.value ?? target.text,
    timestamp: new Date(),
  };
}

/** The activity for an update, or undefined for update kinds Lotse does not handle (edits, polls, …). */
export function updateToActivity(update: Update, ctx: InboundContext): Partial<Activity> | undefined {
  if ('message' in update) return fromMessage(update, update.message, ctx);
  if ('callback_query' in update) return fromCallback(update, update.callback_query, ctx);
  return undefined;
}

/** Whether a message carries something the bot can read (text, a command, a location). */
export function isReadable(activity: Partial<Activity>): boolean {
  return Boolean(activity.text?.trim()) || Boolean(activity.entities?.length);
}
