/**
 * Direct Line activity rules shared by the routes and the adapter: ids, watermarks, the bot's
 * account, and turning a client's posted JSON into an activity the bot can trust (sender taken
 * from the token, server time, only known fields).
 */
import type { Activity, ChannelAccount } from 'botbuilder-core';
import { z } from 'zod';
import { cutMessage, MAX_MESSAGE_CHARS, type LotseChannelData } from '../../bot/render';

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
const CLIENT_TYPES = ['message', 'event', 'typing', 'invoke', 'messageReaction'] as const;
/**
 * Bounds for the free-form parts (value, channelData, entities, attachments): Web Chat sends a few
 * hundred bytes there; deeper or larger JSON is an attack on whatever walks it later.
 */
export const MAX_JSON_DEPTH = 32;
export const MAX_JSON_BYTES = 8 * 1024;

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

/** Depth of nested arrays and objects, counted only up to `limit + 1` (so hostile depth cannot overflow the stack). */
function depthOf(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  if (limit < 0) return 1;
  let deepest = 0;
  for (const item of Object.values(value as object)) {
    deepest = Math.max(deepest, depthOf(item, limit - 1));
    if (deepest > limit) break;
  }
  return deepest + 1;
}

/** Free-form JSON within MAX_JSON_DEPTH and MAX_JSON_BYTES (size is only measured once the depth is known to be safe). */
const boundedJson = <T extends z.ZodTypeAny>(schema: T) =>
  schema.superRefine((value, ctx) => {
    if (depthOf(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `nested deeper than ${MAX_JSON_DEPTH} levels` });
    } else if ((JSON.stringify(value) ?? '').length > MAX_JSON_BYTES) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `larger than ${MAX_JSON_BYTES} bytes` });
    }
  });

const jsonObject = z.record(z.unknown());

/** What a client may post; unknown fields are dropped, a wrong type is a 400 naming the field. */
/** An optional field; clients that send null for "none" (some serializers do) mean absent. */
const optional = <T extends z.ZodTypeAny>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

const clientActivity = z.object({
  type: z.enum(CLIENT_TYPES, { message: `type must be one of ${CLIENT_TYPES.join(', ')}` }),
  text: optional(z.string({ message: 'text must be a string' })),
  textFormat: optional(z.string().max(20)),
  locale: optional(z.string().max(35)),
  name: optional(z.string().max(200)),
  value: boundedJson(z.unknown()).optional(),
  entities: optional(boundedJson(z.array(jsonObject, { message: 'entities must be an array of objects' }).max(16))),
  attachments: optional(boundedJson(z.array(jsonObject, { message: 'attachments must be an array of objects' }).max(10))),
  channelData: optional(boundedJson(jsonObject)),
  localTimezone: optional(z.string().max(64)),
  replyToId: optional(z.string().max(200)),
  from: optional(z.object({ name: optional(z.string().max(100)) }).passthrough()),
});

function parseClientActivity(body: unknown): z.infer<typeof clientActivity> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ActivityError('expected a JSON activity object');
  const parsed = clientActivity.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.');
  throw new ActivityError(issue.message.startsWith(field) || !field ? issue.message : `${field}: ${issue.message}`);
}

/**
 * The client's channelData without Lotse's own namespace (only Lotse sets `lotse`), with
 * `lotse.truncated` when the text was cut.
 */
function channelDataOf(given: Record<string, unknown> | undefined, truncated: boolean): Record<string, unknown> | undefined {
  const { lotse: _ignored, ...rest } = given ?? {};
  if (truncated) return { ...rest, lotse: { truncated: true } } satisfies LotseChannelData;
  return given ? rest : undefined;
}

/**
 * Builds the activity the bot receives from a client's posted JSON: only known fields are kept,
 * sender, conversation, channel and time are set by the server. Text beyond what Lotse reads is
 * not kept; the activity says it was cut.
 */
export function inboundActivity(body: unknown, conversationId: string, userId: string): Partial<Activity> {
  const raw = parseClientActivity(body);
  const truncated = (raw.text?.length ?? 0) > MAX_MESSAGE_CHARS;
  const activity: Partial<Activity> = {
    type: raw.type,
    text: truncated ? cutMessage(raw.text!) : raw.text,
    textFormat: raw.textFormat,
    locale: raw.locale,
    name: raw.name,
    value: raw.value,
    entities: raw.entities as Activity['entities'] | undefined,
    attachments: raw.attachments as Activity['attachments'] | undefined,
    channelData: channelDataOf(raw.channelData, truncated),
    localTimezone: raw.localTimezone,
    replyToId: raw.replyToId,
    from: { id: userId, name: raw.from?.name ?? '', role: 'user' },
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
