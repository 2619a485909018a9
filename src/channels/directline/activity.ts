/**
 * Direct Line activity rules shared by the routes and the adapter: ids, watermarks, the bot's
 * account, and turning a client's posted JSON into an activity the bot can trust (sender taken
 * from the token, server time, only known fields).
 */
import type { Activity, ChannelAccount } from 'botbuilder-core';

/** The channel id of every web activity (ConversationReference.channelId, identity lookups). */
export const DIRECTLINE_CHANNEL_ID = 'directline';

/** The bot's account as shown to Web Chat. */
export const BOT_ACCOUNT: ChannelAccount = { id: 'lotse', name: 'Lotse', role: 'bot' };

/**
 * Placeholder serviceUrl: replies never leave the process, but a ConversationReference must
 * carry one, and nobody can supply their own.
 */
export const SERVICE_URL = 'urn:lotse:directline';

/** Activity types a client may post; everything else is refused with 400. */
const CLIENT_TYPES = new Set(['message', 'event', 'typing', 'invoke', 'messageReaction']);

/**
 * The id of the activity at `seq` in a conversation ("<conversation>|0000042", as the official
 * service). src/store/directline-store.ts builds the same id in SQL on PostgreSQL.
 */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/** A watermark from a query string: the last seq the client has, -1 for "nothing yet". */
export function parseWatermark(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return -1;
  return Number(value);
}

/** Why a posted body is not an activity; mapped to 400. */
export class ActivityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ActivityError';
  }
}

/** The client's retry key: Web Chat sends channelData.clientActivityID. */
export function clientActivityId(body: Record<string, unknown>): string | undefined {
  const data = body.channelData as Record<string, unknown> | undefined;
  const id = data?.clientActivityID ?? data?.clientActivityId ?? body.clientActivityId;
  return typeof id === 'string' && id.length > 0 && id.length <= 128 ? id : undefined;
}

const str = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' ? value.slice(0, max) : undefined;

/**
 * Builds the activity the bot receives from a client's posted JSON: only known fields are kept,
 * sender, conversation, channel and time are set by the server.
 */
export function inboundActivity(body: unknown, conversationId: string, userId: string): Partial<Activity> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ActivityError('expected a JSON activity object');
  const raw = body as Record<string, unknown>;
  if (typeof raw.type !== 'string' || !CLIENT_TYPES.has(raw.type)) throw new ActivityError('unsupported activity type');
  if (raw.text !== undefined && typeof raw.text !== 'string') throw new ActivityError('text must be a string');
  const from = (raw.from ?? {}) as Record<string, unknown>;
  const activity: Partial<Activity> = {
    type: raw.type,
    text: raw.text as string | undefined,
    textFormat: str(raw.textFormat, 20),
    locale: str(raw.locale, 35),
    name: str(raw.name, 200),
    value: raw.value,
    entities: Array.isArray(raw.entities) ? (raw.entities as Activity['entities']) : undefined,
    attachments: Array.isArray(raw.attachments) ? (raw.attachments as Activity['attachments']) : undefined,
    channelData: raw.channelData && typeof raw.channelData === 'object' ? raw.channelData : undefined,
    localTimezone: str(raw.localTimezone, 64),
    replyToId: str(raw.replyToId, 200),
    from: { id: userId, name: str(from.name, 100) ?? '', role: 'user' },
    recipient: BOT_ACCOUNT,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    channelId: DIRECTLINE_CHANNEL_ID,
    serviceUrl: SERVICE_URL,
    timestamp: new Date(),
  };
  return jsonClean(activity);
}

/** A JSON round trip: what the store keeps is exactly what clients later receive. */
export function jsonClean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
