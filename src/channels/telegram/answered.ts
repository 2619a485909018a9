/**
 * Shows a tapped answer in place of the buttons: Telegram does not show the person's tap in the
 * chat, so the question message is edited to "<question> ✓ <answer>" and its keyboard removed.
 * The HTML of recent question messages is kept in memory (bounded); after a restart an old
 * question simply keeps its buttons.
 */
import type { InlineKeyboardMarkup } from 'telegraf/types';
import { bold } from './format';

interface Question {
  html: string;
  /** Button title by callback_data. */
  titles: Map<string, string>;
}

/** Recent question messages by chat and message id. */
export class QuestionMessages {
  private readonly questions = new Map<string, Question>();

  constructor(private readonly capacity = 10_000) {}

  /** Remembers a sent question with its keyboard. */
  remember(chatId: string, messageId: number, html: string, markup: InlineKeyboardMarkup): void {
    const titles = new Map<string, string>();
    for (const button of markup.inline_keyboard.flat()) if ('callback_data' in button) titles.set(button.callback_data, button.text);
    this.questions.set(`${chatId}/${messageId}`, { html, titles });
    if (this.questions.size > this.capacity) this.questions.delete(this.questions.keys().next().value!);
  }

  /** The question's text with the tapped answer, once (undefined for unknown or already answered questions). */
  answer(chatId: string, messageId: number, data: string): string | undefined {
    const key = `${chatId}/${messageId}`;
    const question = this.questions.get(key);
    const title = question?.titles.get(data);
    if (!question || title === undefined) return undefined;
    this.questions.delete(key);
    return `${question.html}\n\n✓ ${bold(title)}`;
  }

  /** Forgets a question the bot edited itself: its remembered text is no longer what the chat shows. */
  forget(chatId: string, messageId: number): void {
    this.questions.delete(`${chatId}/${messageId}`);
  }
}
