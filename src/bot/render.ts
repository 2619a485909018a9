/**
 * Channel-neutral rendering: dialogs describe questions, cards and location requests here;
 * the channel adapters (Telegram, Direct Line) translate these activities to their own UI.
 */
import { ActivityTypes, CardFactory, MessageFactory, type Activity, type Attachment, type CardAction } from 'botbuilder-core';
import { buttonValue, decodeAction, encodeAction } from './actions';

/**
 * Longest text Lotse reads from one message, and keeps of it: longer input is cut and the person
 * is told (nobody types 10,000 characters on purpose, and understanding is the costly part of a turn).
 */
export const MAX_MESSAGE_CHARS = 1000;

/** The first MAX_MESSAGE_CHARS of a text, never ending in half an emoji (a lone surrogate). */
export function cutMessage(text: string): string {
  if (text.length <= MAX_MESSAGE_CHARS) return text;
  const last = text.charCodeAt(MAX_MESSAGE_CHARS - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_MESSAGE_CHARS - 1 : MAX_MESSAGE_CHARS);
}

/** A button: an action value (postBack) or, without one, its visible text (imBack). */
export interface Button {
  title: string;
  action?: string;
  /** Words people type to choose this button (never shown). */
  synonyms?: readonly string[];
  /** A web address the button opens (openUrl) instead of sending anything. */
  url?: string;
}

/** What a dialog wants to ask. */
export interface Question {
  text: string;
  buttons?: Button[];
  /** Ask the channel for the person's location (Telegram: a location button). */
  requestLocation?: boolean;
}

/**
 * Lotse's own channelData: from the bot, a request to offer location sharing; from a channel that
 * cut an incoming text before storing it, the note that it was cut.
 */
export interface LotseChannelData {
  /** keepButtons: the buttons are independent choices (a digest's «Kontakt anfragen»); one tap must not remove the others. */
  lotse?: { requestLocation?: boolean; truncated?: boolean; keepButtons?: boolean };
}

function toCardAction(button: Button, tag?: string): CardAction {
  if (button.url) return { type: 'openUrl', title: button.title, value: button.url };
  return button.action
    ? { type: 'postBack', title: button.title, value: encodeAction(button.action, tag) }
    : { type: 'imBack', title: button.title, value: button.title };
}

/** A question as a message with suggested actions; button values carry the question tag. */
export function renderQuestion(question: Question, tag?: string): Partial<Activity> {
  const activity = MessageFactory.text(question.text);
  activity.inputHint = 'expectingInput';
  if (question.buttons?.length) {
    activity.suggestedActions = { to: [], actions: question.buttons.map((b) => toCardAction(b, tag)) };
  }
  if (question.requestLocation) activity.channelData = { lotse: { requestLocation: true } } satisfies LotseChannelData;
  return activity;
}

/** One result card (a job or a training). */
export interface Card {
  title: string;
  subtitle?: string;
  text: string;
  buttons: Button[];
}

/** Result cards as a carousel of hero cards with untagged (always valid) buttons. */
export function renderCards(cards: Card[], intro?: string, more?: Button[]): Partial<Activity> {
  const attachments: Attachment[] = cards.map((card) =>
    CardFactory.heroCard(card.title, card.text, undefined, card.buttons.map((b) => toCardAction(b)), { subtitle: card.subtitle }),
  );
  const activity = MessageFactory.carousel(attachments, intro);
  if (more?.length) activity.suggestedActions = { to: [], actions: more.map((b) => toCardAction(b)) };
  return activity;
}

/** A file-like JSON attachment (data export). */
export function renderJson(name: string, data: unknown, text: string): Partial<Activity> {
  const json = JSON.stringify(data, null, 2);
  const attachment: Attachment = {
    contentType: 'application/json',
    name,
    contentUrl: `data:application/json;base64,${Buffer.from(json, 'utf8').toString('base64')}`,
  };
  return MessageFactory.attachment(attachment, text);
}

/** What a person sent, reduced to what dialogs need. */
export interface Reply {
  /** Trimmed text, cut to MAX_MESSAGE_CHARS; "" for none. */
  text: string;
  /** The person wrote more than Lotse reads (cut here or by the channel). */
  truncated?: boolean;
  /** A decoded button value, when the message came from a button (or looks exactly like one). */
  action?: string;
  verb?: string;
  args?: string[];
  tag?: string;
  /** A shared location. */
  location?: { latitude: number; longitude: number };
}


function locationOf(activity: Partial<Activity>): Reply['location'] {
  for (const entity of activity.entities ?? []) {
    // Entities come from the client: any channel may deliver a null or a string here.
    if (!entity || typeof entity !== 'object') continue;
    const { type, latitude, longitude } = entity as { type?: string; latitude?: unknown; longitude?: unknown };
    if (type === 'GeoCoordinates' && typeof latitude === 'number' && typeof longitude === 'number') {
      if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) return { latitude, longitude };
    }
  }
  return undefined;
}

/** Reads an incoming activity: text, button action with its tag, location. */
export function readReply(activity: Partial<Activity>): Reply {
  const full = activity.type === ActivityTypes.Message ? (activity.text ?? '').trim() : '';
  const text = cutMessage(full);
  const decoded = decodeAction(buttonValue(activity.value) ?? activity.text?.trim());
  const reply: Reply = { text, location: locationOf(activity) };
  if (full.length > MAX_MESSAGE_CHARS || (activity.channelData as LotseChannelData | undefined)?.lotse?.truncated === true) reply.truncated = true;
  if (decoded) Object.assign(reply, { action: decoded.action, verb: decoded.verb, args: decoded.args, tag: decoded.tag });
  return reply;
}
