/**
 * A person on Telegram, driven through telegram-test-api: writes, sends commands and taps buttons of
 * the bot's last messages (by their title), and reads what the bot answered in that turn.
 */
import { htmlToPlain } from '../../../src/channels/telegram/sender';
import type { Database } from '../../../src/store/database';
import type { ApiCall, BotApiHarness } from './bot-api';
import { TOKEN } from './channel';

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

  readonly client: Client;
  readonly chatId: string;

  /**
   * The user `id` (also the chat's id) in the emulator. `db` is the database of the Lotse that
   * serves the chat: a turn ends when Lotse has marked the person's update handled there, which it
   * does once the turn has run and its answers are sent.
   */
  constructor(
    private readonly harness: BotApiHarness,
    private readonly db: Database,
    id: number,
    firstName: string,
  ) {
    this.client = harness.emulator.getClient(TOKEN, { userId: id, chatId: id, firstName });
    this.chatId = String(id);
  }

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

  /**
   * Whether Lotse has handled this update: its queue row gave way to the bare id in ProcessedUpdate
   * (the redelivery guard), in one transaction after the turn. Updates of a chat run in order, so
   * every earlier one of the chat is handled too.
   */
  private async settled(updateId: number): Promise<boolean> {
    return (await this.db.prisma.processedUpdate.count({ where: { channelId: 'telegram', updateId: String(updateId) } })) === 1;
  }

  private async untilSettled(updateId: number): Promise<void> {
    for (let tries = 0; !(await this.settled(updateId)); tries++) {
      if (tries > 1500) throw new Error(`the bot did not finish update ${updateId} of chat ${this.chatId}`);
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

  /** Runs an action and collects the bot's answers, until Lotse has handled the update the action sent. */
  private async turn(action: () => Promise<unknown>): Promise<string> {
    const before = this.mine().length;
    await action();
    await this.untilSettled(this.harness.lastUpdateIn(this.chatId));
    this.last = this.mine().slice(before);
    return this.text();
  }
}
