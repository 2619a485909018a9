/**
 * Buttons for Telegram. Suggested actions and card buttons become inline keyboards whose
 * callback_data must be 1–64 bytes; longer values (or object values) are replaced by short keys
 * remembered here. A key that is no longer known (restart, other instance) falls back to the
 * button's visible title, which the tap update carries along with the original message.
 */
import { createHash } from 'node:crypto';
import type { CardAction } from 'botbuilder-core';
import type { InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardMarkup } from 'telegraf/types';

/** Telegram's limit for callback_data. */
export const MAX_CALLBACK_BYTES = 64;
/** Prefix of short keys; "~" never starts a Lotse action value or a typed word a button sends. */
const KEY_PREFIX = '~';
/** Buttons per row for short titles; longer titles get a row of their own. */
const SHORT_TITLE = 14;

/** What a tapped button stood for. */
export interface CallbackTarget {
  /** The text the bot should see (imBack text or postBack string value). */
  text?: string;
  /** An object postBack value, passed on as activity.value. */
  value?: unknown;
}

/** Maps long or structured button values to short callback_data keys and back (bounded memory). */
export class CallbackKeys {
  private readonly entries = new Map<string, CallbackTarget>();

  constructor(private readonly capacity = 20_000) {}

  /** The callback_data for a button value. */
  encode(value: unknown): string {
    if (typeof value === 'string' && value.length > 0 && !value.startsWith(KEY_PREFIX) && Buffer.byteLength(value) <= MAX_CALLBACK_BYTES) {
      return value;
    }
    const serialized = typeof value === 'string' ? value : JSON.stringify(value ?? null);
    const key = KEY_PREFIX + createHash('sha256').update(serialized).digest('base64url').slice(0, 24);
    this.entries.delete(key);
    this.entries.set(key, typeof value === 'string' ? { text: value } : { value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return key;
  }

  /** What callback_data stands for; undefined for a short key this process no longer knows. */
  decode(data: string): CallbackTarget | undefined {
    if (!data.startsWith(KEY_PREFIX)) return { text: data };
    return this.entries.get(data);
  }
}

function buttonFor(action: CardAction, keys: CallbackKeys): InlineKeyboardButton | undefined {
  const title = action.title || (typeof action.value === 'string' ? action.value : '');
  if (!title) return undefined;
  if (action.type === 'openUrl' && typeof action.value === 'string' && /^https?:\/\//.test(action.value)) {
    return { text: title, url: action.value };
  }
  const value = action.value ?? action.text ?? title;
  return { text: title, callback_data: keys.encode(value) };
}

/** Lays out buttons: short titles two per row, long ones alone, so German labels stay readable. */
function rows(buttons: InlineKeyboardButton[]): InlineKeyboardButton[][] {
  const out: InlineKeyboardButton[][] = [];
  let row: InlineKeyboardButton[] = [];
  for (const button of buttons) {
    if (button.text.length > SHORT_TITLE) {
      if (row.length) out.push(row);
      out.push([button]);
      row = [];
      continue;
    }
    row.push(button);
    if (row.length === 2) {
      out.push(row);
      row = [];
    }
  }
  if (row.length) out.push(row);
  return out;
}

/** An inline keyboard for card actions; undefined when none is usable. */
export function inlineKeyboard(actions: CardAction[] | undefined, keys: CallbackKeys): InlineKeyboardMarkup | undefined {
  const buttons = (actions ?? []).map((a) => buttonFor(a, keys)).filter((b): b is InlineKeyboardButton => b !== undefined);
  return buttons.length ? { inline_keyboard: rows(buttons) } : undefined;
}

/** A one-time reply keyboard with a location-sharing button (only reply keyboards can ask for it). */
export function locationKeyboard(label: string, extra: string[] = []): ReplyKeyboardMarkup {
  return {
    keyboard: [[{ text: label, request_location: true }], ...extra.map((text) => [{ text }])],
    one_time_keyboard: true,
    resize_keyboard: true,
  };
}

/** The title of the button with this callback_data in the tapped message's keyboard. */
export function tappedTitle(markup: InlineKeyboardMarkup | undefined, data: string): string | undefined {
  for (const row of markup?.inline_keyboard ?? []) {
    for (const button of row) if ('callback_data' in button && button.callback_data === data) return button.text;
  }
  return undefined;
}
