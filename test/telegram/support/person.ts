/**
 * A person on Telegram, driven through telegram-test-api: writes, sends commands and taps buttons of
 * the bot's last messages (by their title), and reads what the bot answered in that turn.
 */
import { htmlToPlain } from '../../../src/channels/telegram/sender';
import type { ApiCall, BotApiHarness } from './bot-api';

type Client = ReturnType<BotApiHarness['emulator']['getClient']>;
interface Button {
  text: string;
  callback_data?: string;
  request_location?: boolean;
}

/** One Telegram user in a private chat with the bot. */
export class TelegramPerson {
  /** The bot's messages of the last turn. */
  last: ApiCall[] = [];

  /**
   * `settled`, when given, tells when the bot has handled everything this person sent (no update of
   * the chat left in Lotse's queue): a turn then ends on that signal instead of on a quiet moment.
   */
  constructor(
    private readonly harness: BotApiHarness,
    readonly client: Client,
    readonly chatId: string,
    private readonly settled?: () => Promise<boolean>,
  ) {}

  /** Sends a text message. */
  say(text: string): Promise<string> {
    return this.turn(() => this.client.sendMessage(this.client.makeMessage(text)));
  }

  /** Sends a command ("/profil"). */
  command(text: string): Promise<string> {
    return this.turn(() => this.client.sendCommand(this.client.makeCommand(text)));
  }

  /** Shares a location. */
  shareLocation(latitude: number, longitude: number): Promise<string> {
    return this.turn(() => this.client.sendMessage(this.client.makeMessage('', { location: { latitude, longitude } } as never)));
  }

  /** Taps the inline button with this title in the bot's most recent messages. */
  tap(title: string | RegExp): Promise<string> {
    const matches = (b: Button) => (typeof title === 'string' ? b.text === title : title.test(b.text));
    const message = this.last.find((call) => this.buttonsOf(call).some(matches));
    const button = message && this.buttonsOf(message).find(matches);
    if (!button?.callback_data) throw new Error(`No button "${String(title)}" in: ${this.buttons().map((b) => b.text).join(' | ')}\n${this.text()}`);
    const messageId = message!.result?.message_id ?? 1;
    return this.turn(() => this.client.sendCallback(this.client.makeCallbackQuery(button.callback_data!, { message: { message_id: messageId } })));
  }

  private async untilSettled(settled: () => Promise<boolean>): Promise<void> {
    for (let tries = 0; !(await settled()); tries++) {
      if (tries > 1500) throw new Error(`the bot did not finish the turn of chat ${this.chatId}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** All buttons of the last turn's messages (inline and reply keyboards). */
  buttons(): Button[] {
    return this.last.flatMap((call) => this.buttonsOf(call));
  }

  private buttonsOf(call: ApiCall): Button[] {
    const markup = call.body.reply_markup as { inline_keyboard?: Button[][]; keyboard?: Button[][] } | undefined;
    return [...(markup?.inline_keyboard ?? []), ...(markup?.keyboard ?? [])].flat();
  }

  /** The last turn's messages as plain text. */
  text(): string {
    return this.last.map((c) => htmlToPlain(String(c.body.text))).join('\n');
  }

  private mine(): ApiCall[] {
    return this.harness.callsOf('sendMessage').filter((c) => String(c.body.chat_id) === this.chatId);
  }

  /** Runs an action and collects the bot's answers: until the update is handled (`settled`), else until the bot has been quiet for a moment. */
  private async turn(action: () => Promise<unknown>): Promise<string> {
    const before = this.mine().length;
    await action();
    await this.harness.waitFor(() => this.mine().length > before, 15000);
    if (this.settled) await this.untilSettled(this.settled);
    else
      for (let count = -1; count !== this.mine().length; ) {
        count = this.mine().length;
        await new Promise((r) => setTimeout(r, 150));
      }
    this.last = this.mine().slice(before);
    return this.text();
  }
}
