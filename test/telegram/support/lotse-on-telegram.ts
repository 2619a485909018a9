/** The real bot (dialogs and services of the test's choice) on a Telegram channel that polls the emulator harness. */
import pino from 'pino';
import { configureAdapter, createBot, type BotServices, type LotseBot } from '../../../src/bot';
import { createTelegramChannel, type TelegramChannel } from '../../../src/channels/telegram';
import type { Database } from '../../../src/store/database';
import { TelegramUpdateQueue } from '../../../src/store/telegram-updates';
import type { BotApiHarness } from './bot-api';
import { FAST, TOKEN } from './channel';

export interface LotseOnTelegram {
  bot: LotseBot;
  channel: TelegramChannel;
  services: BotServices;
}

/**
 * Starts Lotse on Telegram: `services` gets the logger and the bot's username (known once the
 * channel asked getMe), for deep links. The simulated person taps faster than anyone can read;
 * the inbound limit has its own tests.
 */
export async function startLotseOnTelegram(
  harness: BotApiHarness,
  db: Database,
  services: (log: BotServices['log'], botUsername: () => Promise<string | undefined>) => BotServices,
): Promise<LotseOnTelegram> {
  const log = pino({ level: 'silent' });
  const holder: { channel?: TelegramChannel } = {};
  const built = services(log, async () => holder.channel?.botUsername());
  const bot = createBot(built);
  const channel = createTelegramChannel({
    config: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: harness.apiRoot, DEFAULT_LOCALE: 'de-CH', telegramMode: 'polling' },
    logic: (context) => bot.run(context),
    queue: new TelegramUpdateQueue(db.prisma, db.kind),
    inbound: { burst: 1000, perMinute: 60_000 },
    conversations: built.conversations,
    log,
    limits: FAST,
    pollIdleMs: 30,
  });
  holder.channel = channel;
  configureAdapter(channel.adapter, log);
  await channel.start();
  return { bot, channel, services: built };
}
