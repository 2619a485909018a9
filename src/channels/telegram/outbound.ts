/**
 * Bot Framework activities → Telegram operations (pure; the sender performs them):
 * text as escaped HTML split under 4096 characters, suggested actions as an inline keyboard on
 * the last piece, hero cards as compact messages with their own buttons, a location request as a
 * reply keyboard, typing as a chat action, JSON attachments (data export) as a document.
 */
import type { Activity, Attachment, CardAction, HeroCard } from 'botbuilder-core';
import type { InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from 'telegraf/types';
import { bold, italic, TELEGRAM_MAX_TEXT, toTelegramHtml } from './format';
import { inlineKeyboard, locationKeyboard, type CallbackKeys } from './keyboard';
import { splitMessage } from './split';

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove;

/** One call the sender makes. */
export type Operation =
  /** `question`: the keyboard answers this message (a tap may then show the answer in its place). */
  | { kind: 'text'; html: string; markup?: ReplyMarkup; question?: boolean }
  | { kind: 'typing' }
  | { kind: 'delay'; ms: number }
  | { kind: 'document'; filename: string; data: Buffer; caption?: string };

/** Channel texts the renderer needs (from the `telegram` locale section). */
export interface OutboundTexts {
  /** Label of the location-sharing button. */
  shareLocation: string;
  /** Text above buttons that follow result cards. */
  nextActions: string;
}

export interface OutboundContext {
  keys: CallbackKeys;
  texts: OutboundTexts;
}

const HERO = 'application/vnd.microsoft.card.hero';
const THUMBNAIL = 'application/vnd.microsoft.card.thumbnail';
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

function textOps(text: string, markup?: ReplyMarkup, question = false): Operation[] {
  const pieces = splitMessage(text, TELEGRAM_MAX_TEXT, (s) => toTelegramHtml(s).length);
  return pieces.map((piece, i) => ({
    kind: 'text' as const,
    html: toTelegramHtml(piece),
    ...(markup && i === pieces.length - 1 ? { markup, ...(question && 'inline_keyboard' in markup ? { question } : {}) } : {}),
  }));
}

function cardOps(card: HeroCard, keys: CallbackKeys): Operation[] {
  const head = [card.title ? bold(card.title) : '', card.subtitle ? italic(card.subtitle) : ''].filter(Boolean).join('\n');
  const body = card.text ? toTelegramHtml(card.text) : '';
  const html = [head, body].filter(Boolean).join('\n');
  const markup = inlineKeyboard(card.buttons, keys);
  if (html.length <= TELEGRAM_MAX_TEXT) return html ? [{ kind: 'text', html, ...(markup ? { markup } : {}) }] : [];
  // A card too long for one message: the title stays bold, the rest is split like text.
  return [{ kind: 'text', html: head }, ...textOps(card.text ?? '', markup)];
}

function dataUrlBuffer(url: string): Buffer | undefined {
  const match = /^data:[^;,]*(;base64)?,(.*)$/s.exec(url);
  if (!match) return undefined;
  return match[1] ? Buffer.from(match[2]!, 'base64') : Buffer.from(decodeURIComponent(match[2]!), 'utf8');
}

function attachmentOps(attachment: Attachment, keys: CallbackKeys): Operation[] {
  if (attachment.contentType === HERO || attachment.contentType === THUMBNAIL) return cardOps(attachment.content as HeroCard, keys);
  if (attachment.contentType === ADAPTIVE) {
    // Telegram has no Adaptive Cards: their fallback text is the best we can show.
    const fallback = (attachment.content as { fallbackText?: string } | undefined)?.fallbackText;
    return fallback ? textOps(fallback) : [];
  }
  const data = attachment.contentUrl ? dataUrlBuffer(attachment.contentUrl) : undefined;
  if (data) return [{ kind: 'document', filename: attachment.name ?? 'lotse.json', data }];
  if (attachment.contentUrl && /^https?:\/\//.test(attachment.contentUrl)) {
    return textOps(`[${attachment.name ?? attachment.contentUrl}](${attachment.contentUrl})`);
  }
  return [];
}

function wantsLocation(activity: Partial<Activity>): boolean {
  const data = activity.channelData as { lotse?: { requestLocation?: unknown } } | undefined;
  return data?.lotse?.requestLocation === true;
}

function questionMarkup(activity: Partial<Activity>, ctx: OutboundContext): ReplyMarkup | undefined {
  const actions: CardAction[] = activity.suggestedActions?.actions ?? [];
  if (wantsLocation(activity)) {
    // Location sharing needs a reply keyboard; the other choices become keyboard rows that send their title.
    return locationKeyboard(ctx.texts.shareLocation, actions.map((a) => a.title).filter((t): t is string => Boolean(t)));
  }
  return inlineKeyboard(actions, ctx.keys);
}

function messageOps(activity: Partial<Activity>, ctx: OutboundContext): Operation[] {
  const markup = questionMarkup(activity, ctx);
  const attachments = activity.attachments ?? [];
  const ops: Operation[] = [];
  const keepButtons = (activity.channelData as { lotse?: { keepButtons?: unknown } } | undefined)?.lotse?.keepButtons === true;
  if (activity.text?.trim()) ops.push(...textOps(activity.text, attachments.length ? undefined : markup, !attachments.length && !keepButtons));
  for (const attachment of attachments) ops.push(...attachmentOps(attachment, ctx.keys));
  const hasText = ops.some((op) => op.kind === 'text');
  if (markup && (attachments.length || !hasText)) {
    // Buttons that belong after the cards (or a message with buttons only) need a text to hang on.
    ops.push({ kind: 'text', html: toTelegramHtml(ctx.texts.nextActions), markup });
  }
  return ops;
}

/** The Telegram operations for one outgoing activity (empty for kinds Telegram cannot show). */
export function activityToOperations(activity: Partial<Activity>, ctx: OutboundContext): Operation[] {
  switch (activity.type ?? 'message') {
    case 'message':
      return messageOps(activity, ctx);
    case 'typing':
      return [{ kind: 'typing' }];
    case 'delay':
      return [{ kind: 'delay', ms: typeof activity.value === 'number' ? activity.value : 1000 }];
    default:
      return [];
  }
}
