/**
 * TelegramAdapter: a Bot Framework adapter over the Telegram Bot API (telegraf's client), so the
 * shared bot (one ActivityHandler + dialogs) runs on Telegram unchanged. Inbound updates become
 * turns (processUpdate); everything the bot sends goes through the rate-limited sender.
 */
import {
  TurnContext,
  type Activity,
  type ChannelAccount,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder-core';
import type { Telegram } from 'telegraf';
import type { CallbackQuery, Update } from 'telegraf/types';
import { nearestLocale, t } from '../../i18n';
import { errorFields, type Logger } from '../../log';
import { InProcessAdapter } from '../in-process-adapter';
import type { Locale } from '../../profile/types';
import type { ConversationRefStore } from '../../services/ports';
import { QuestionMessages } from './answered';
import { escapeHtml } from './format';
import { isReadable, TELEGRAM_CHANNEL_ID, updateToActivity } from './inbound';
import type { CallbackKeys } from './keyboard';
import { activityToOperations, type OutboundTexts } from './outbound';
import { ChatUnreachableError, type TelegramSender } from './sender';

/** The bot logic a turn runs (e.g. `(ctx) => bot.run(ctx)`). */
export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * Where a queued turn notes the replies it is sending (after the bot saved its state) and clears
 * them once sent, so a process dying mid-send leaves them for the rerun.
 */
export interface ReplyJournal {
  write(activities: Partial<Activity>[] | null): Promise<void>;
}

const JOURNAL = Symbol('telegram reply journal');

export interface TelegramAdapterOptions {
  api: Telegram;
  sender: TelegramSender;
  keys: CallbackKeys;
  defaultLocale: Locale;
  log: Logger;
  /** Where blocked chats are marked unreachable (optional in tests). */
  conversations?: Pick<ConversationRefStore, 'markUnreachable'>;
}

/** The texts of the `telegram` locale section the renderer uses. */
export function outboundTexts(locale: Locale): OutboundTexts {
  return { shareLocation: t(locale, 'telegram.shareLocation'), nextActions: t(locale, 'telegram.nextActions') };
}

/** Bot Framework adapter for Telegram. */
export class TelegramAdapter extends InProcessAdapter {
  private readonly questions = new QuestionMessages();

  /** The bot's account (recipient of activities); id and name are filled from getMe at start. */
  readonly botAccount: ChannelAccount = { id: 'bot', name: 'Lotse', role: 'bot' };

  constructor(private readonly options: TelegramAdapterOptions) {
    super();
  }

  /**
   * Runs one turn for an update. Button taps are answered first (the client stops its spinner);
   * messages Lotse cannot read (stickers, photos) get a friendly hint instead of a turn.
   * Returns false when the update kind is ignored.
   */
  async processUpdate(update: Update, logic: TurnLogic, journal?: ReplyJournal): Promise<boolean> {
    const activity = updateToActivity(update, { defaultLocale: this.options.defaultLocale, keys: this.options.keys, bot: this.botAccount });
    if ('callback_query' in update) {
      await this.options.api.answerCbQuery(update.callback_query.id).catch((err) => this.options.log.debug(errorFields(err), 'answerCallbackQuery failed'));
      await this.showAnswer(update.callback_query);
    }
    if (!activity) return false;
    const chatId = activity.conversation!.id;
    if (!isReadable(activity)) {
      await this.notify(chatId, nearestLocale(activity.locale, this.options.defaultLocale), 'telegram.unsupported');
      return true;
    }
    const context = new TurnContext(this, activity);
    if (journal) context.turnState.set(JOURNAL, journal);
    try {
      await this.runMiddleware(context, logic);
    } catch (err) {
      await this.turnFailed(err, chatId, context);
    }
    return true;
  }

  /**
   * Sends the replies a dead process left in the journal (its turn had already saved its state).
   * A reply that process had sent just before dying may arrive twice; none is lost.
   */
  async resend(update: Update, replies: Partial<Activity>[]): Promise<void> {
    const activity = updateToActivity(update, { defaultLocale: this.options.defaultLocale, keys: this.options.keys, bot: this.botAccount });
    if (!activity) return;
    await this.sendActivities(new TurnContext(this, activity), replies).catch((err) => {
      if (!(err instanceof ChatUnreachableError)) throw err;
    });
  }

  /** Sends each activity as Telegram messages; the id of an activity is its last Telegram message id. */
  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const journal = context.turnState.get(JOURNAL) as ReplyJournal | undefined;
    await journal?.write(activities);
    const responses = await this.sendAll(context, activities);
    await journal?.write(null);
    return responses;
  }

  private async sendAll(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const chatId = activity.conversation?.id ?? context.activity.conversation.id;
      const locale = nearestLocale(activity.locale ?? context.activity.locale, this.options.defaultLocale);
      let id = '';
      for (const op of activityToOperations(activity, { keys: this.options.keys, texts: outboundTexts(locale) })) {
        const messageId = await this.perform(chatId, op);
        if (messageId === undefined) continue;
        id = String(messageId);
        if (op.kind === 'text' && op.question && op.markup && 'inline_keyboard' in op.markup) this.questions.remember(chatId, messageId, op.html, op.markup);
      }
      responses.push({ id });
    }
    return responses;
  }

  /** Edits a sent text message (its id is the Telegram message id). */
  async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    const chatId = activity.conversation?.id ?? context.activity.conversation.id;
    const locale = nearestLocale(context.activity.locale, this.options.defaultLocale);
    const op = activityToOperations(activity, { keys: this.options.keys, texts: outboundTexts(locale) }).find((o) => o.kind === 'text');
    if (!op || op.kind !== 'text' || !activity.id) throw new Error('Only text messages with an id can be updated on Telegram');
    const markup = op.markup && 'inline_keyboard' in op.markup ? op.markup : undefined;
    this.questions.forget(chatId, Number(activity.id));
    await this.options.sender.call(chatId, () =>
      this.options.api.editMessageText(chatId, Number(activity.id), undefined, op.html, { parse_mode: 'HTML', ...(markup ? { reply_markup: markup } : {}) }),
    );
    return { id: activity.id };
  }

  /** Deletes a sent message. */
  async deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    const chatId = reference.conversation?.id ?? context.activity.conversation.id;
    if (!reference.activityId) return;
    await this.options.sender.call(chatId, () => this.options.api.deleteMessage(chatId, Number(reference.activityId)));
  }

  /**
   * Proactive turn for a stored conversation reference (job alerts, HR answers). A blocked chat is
   * rethrown as ChatUnreachableError even when the bot's onTurnError handles other errors, so the
   * caller (ChannelRouter) can report 'unreachable'.
   */
  async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: 'event', name: 'ContinueConversation' }, reference, true);
    activity.channelId = TELEGRAM_CHANNEL_ID;
    let unreachable: ChatUnreachableError | undefined;
    await this.runMiddleware(new TurnContext(this, activity), async (context) => {
      try {
        await logic(context);
      } catch (err) {
        if (!(err instanceof ChatUnreachableError)) throw err;
        unreachable = err;
      }
    });
    if (unreachable) throw unreachable;
  }


  /** Replaces a tapped question's buttons by the chosen answer (best effort). */
  private async showAnswer(query: CallbackQuery): Promise<void> {
    if (!query.message || !('data' in query)) return;
    const chatId = String(query.message.chat.id);
    const messageId = query.message.message_id;
    const html = this.questions.answer(chatId, messageId, query.data);
    if (!html) return;
    await this.options.sender
      .call(chatId, () => this.options.api.editMessageText(chatId, messageId, undefined, html, { parse_mode: 'HTML' }))
      .catch((err) => this.options.log.debug(errorFields(err), 'telegram answer edit failed'));
  }

  private async perform(chatId: string, op: Parameters<TelegramSender['perform']>[1]): Promise<number | undefined> {
    try {
      return await this.options.sender.perform(chatId, op);
    } catch (err) {
      if (err instanceof ChatUnreachableError) await this.markUnreachable(chatId);
      throw err;
    }
  }

  private async markUnreachable(chatId: string): Promise<void> {
    this.options.log.info({ channel: TELEGRAM_CHANNEL_ID }, 'telegram chat unreachable (bot blocked); marking conversation');
    await this.options.conversations?.markUnreachable(TELEGRAM_CHANNEL_ID, chatId).catch((err) => this.options.log.error(errorFields(err), 'markUnreachable failed'));
  }

  /** A turn failed after the bot's own error handling: log it and tell the person (unless they blocked us). */
  private async turnFailed(err: unknown, chatId: string, context: TurnContext): Promise<void> {
    if (err instanceof ChatUnreachableError) return;
    this.options.log.error(errorFields(err), 'telegram turn failed');
    await this.notify(chatId, nearestLocale(context.activity.locale, this.options.defaultLocale), 'common.error');
  }

  /** Sends one short text from the locale files (best effort: a blocked chat or a failure is only logged). */
  async notify(chatId: string, locale: Locale, key: string): Promise<void> {
    try {
      await this.perform(chatId, { kind: 'text', html: escapeHtml(t(locale, key)) });
    } catch (err) {
      if (!(err instanceof ChatUnreachableError)) this.options.log.warn(errorFields(err), 'telegram notice failed');
    }
  }
}
