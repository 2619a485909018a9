/**
 * A person on Telegram, driven through telegram-test-api: writes, sends commands and taps buttons of
 * the bot's last messages (by their title), and reads what the bot answered in that turn.
 */
import { htmlToPlain } from '../../../src/channels/telegram/sender';
import type { Database } from '../../../src/store/database';
import { TelegramUpdateQueue } from '../../../src/store/telegram-updates';
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
  private readonly queue: TelegramUpdateQueue;

  /**
   * The user `id` (also the chat's id) in the emulator. `db` is the database whose Telegram update
   * queue Lotse works off: a turn ends once no update of this chat is left there, i.e. the bot has
   * handled everything the person sent and sent all its answers.
   */
  constructor(
    private readonly harness: BotApiHarness,
    db: Database,
    id: number,
    firstName: string,
  ) {
    this.client = harness.emulator.getClient(TOKEN, { userId: id, chatId: id, firstName });
    this.chatId = String(id);
    this.queue = new TelegramUpdateQueue(db.prisma, db.kind);
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

  /** Whether the bot has handled every update of this chat (a turn's end). */
  private async settled(): Promise<boolean> {
    return (await this.queue.pending(this.chatId)) === 0;
  }

  private async untilSettled(): Promise<void> {
    for (let tries = 0; !(await this.settled()); tries++) {
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

  /** Runs an action and collects the bot's answers: the first one shows the update arrived, the queue tells when it is handled. */
  private async turn(action: () => Promise<unknown>): Promise<string> {
    const before = this.mine().length;
    await action();
    await this.harness.waitFor(() => this.mine().length > before, 15000);
    await this.untilSettled();
    this.last = this.mine().slice(before);
    return this.text();
  }
}
