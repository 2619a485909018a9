/**
 * What Lotse reads of a Telegram update, as a schema: an update is checked before it is queued,
 * so a turn never meets a message without a chat or a field of the wrong type. Fields Lotse does
 * not read are dropped (zod's default), so the queue stores no more of a person's message than
 * the turn uses, and nothing unread can be arbitrarily large or deep.
 */
import { z } from 'zod';
import type { Update } from 'telegraf/types';

const id = z.number().int().safe();
const chat = z.object({ id, type: z.string() });
const user = z.object({ id, first_name: z.string().optional(), language_code: z.string().optional() });
const entity = z.object({ type: z.string(), offset: z.number().int(), length: z.number().int() });
const button = z.object({ text: z.string(), callback_data: z.string().optional() });

const message = z
  .object({
    message_id: id,
    // Always sent by Telegram; optional so a button under an old message still works when a Bot API server leaves it out.
    date: id.optional(),
    chat,
    from: user.optional(),
    text: z.string().optional(),
    caption: z.string().optional(),
    entities: z.array(entity).optional(),
    location: z.object({ latitude: z.number().finite(), longitude: z.number().finite() }).optional(),
    // Read for the title of a tapped button.
    reply_markup: z.object({ inline_keyboard: z.array(z.array(button)) }).optional(),
  });

const callbackQuery = z.object({ id: z.string(), from: user, data: z.string().optional(), message: message.optional() });

const update = z.object({ update_id: id.nonnegative(), message: message.optional(), callback_query: callbackQuery.optional() });

/** An update Lotse runs a turn for, with the chat its turns are queued under. */
export interface AcceptedUpdate {
  update: Update;
  chatId: string;
}

/** Why an update gets no turn (logged with the update id only, never its content). */
export type IgnoredReason = 'unhandled kind' | 'malformed' | 'no chat';

/** The update and its chat, or why it is ignored. */
export function checkUpdate(body: unknown): AcceptedUpdate | { ignored: IgnoredReason } {
  const parsed = update.safeParse(body);
  if (!parsed.success) return { ignored: 'malformed' };
  const { message: msg, callback_query: query } = parsed.data;
  if (!msg && !query) return { ignored: 'unhandled kind' };
  const chatId = msg?.chat.id ?? query?.message?.chat.id;
  if (chatId === undefined) return { ignored: 'no chat' };
  return { update: parsed.data as unknown as Update, chatId: String(chatId) };
}
