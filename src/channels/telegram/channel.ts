/**
 * The Telegram channel: the adapter plus how updates arrive (long polling without PUBLIC_URL,
 * webhook otherwise), in-order turns per chat, once-only processing of redelivered updates,
 * the command menu, and proactive sending.
 */
import { Telegram, TelegramError } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Config } from '../../config';
import { errorFields, type Logger } from '../../log';
import type { ConversationRefStore } from '../../services/ports';
import { TelegramAdapter, type TurnLogic } from './adapter';
import { registerCommands } from './commands';
import { chatIdOf, TELEGRAM_CHANNEL_ID } from './inbound';
import { KeyedQueue } from '../keyed-queue';
import { CallbackKeys } from './keyboard';
import { SendScheduler, TELEGRAM_LIMITS, type RateLimits } from './rate-limit';
import { TelegramSender } from './sender';
import { TelegramPoller } from './polling';

/** The path Telegram posts updates to in webhook mode. */
export const TELEGRAM_WEBHOOK_PATH = '/api/telegram';

/** Update kinds Lotse asks Telegram for. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/** Remembers which update ids were handled (src/store/processed-updates.ts). */
export interface ProcessedUpdates {
  firstTime(channelId: string, updateId: string | number): Promise<boolean>;
}

export type TelegramConfig = Pick<
  Config,
  'TELEGRAM_BOT_TOKEN' | 'TELEGRAM_API_ROOT' | 'TELEGRAM_WEBHOOK_SECRET' | 'PUBLIC_URL' | 'DEFAULT_LOCALE' | 'telegramMode'
>;

export interface TelegramChannelOptions {
  config: TelegramConfig;
  logic: TurnLogic;
  processedUpdates: ProcessedUpdates;
  conversations?: Pick<ConversationRefStore, 'markUnreachable'>;
  log: Logger;
  /** Sending pace (tests use faster limits). */
  limits?: RateLimits;
  /** Pause after an empty getUpdates answer that came back early (a Bot API without long polling). */
  pollIdleMs?: number;
}

/** A running (or startable) Telegram channel. */
export interface TelegramChannel {
  adapter: TelegramAdapter;
  mode: 'polling' | 'webhook';
  /** The secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (webhook mode). */
  webhookSecret?: string;
  /**
   * Reads the bot's identity, registers the command menu and starts polling or sets the webhook.
   * Rejects only for a token Telegram refuses; an unreachable Telegram is retried in the background.
   */
  start(): Promise<void>;
  /** Stops polling and waits for running turns. */
  stop(): Promise<void>;
  /** Handles one update: in order per chat, once per update id. */
  handleUpdate(update: Update): Promise<void>;
  /** The bot's @username (for t.me deep links), from getMe. */
  botUsername(): Promise<string | undefined>;
}

/** Creates the Telegram channel from the configuration (TELEGRAM_BOT_TOKEN must be set). */
export function createTelegramChannel(options: TelegramChannelOptions): TelegramChannel {
  const { config, log } = options;
  if (!config.TELEGRAM_BOT_TOKEN) throw new Error('TELEGRAM_BOT_TOKEN is not set');
  const api = new Telegram(config.TELEGRAM_BOT_TOKEN, {
    ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
    // Every call is a real request, so errors (403, 429) reach the sender instead of vanishing into the webhook reply.
    webhookReply: false,
  });
  const sender = new TelegramSender(api, new SendScheduler(options.limits ?? TELEGRAM_LIMITS), log);
  const adapter = new TelegramAdapter({
    api,
    sender,
    keys: new CallbackKeys(),
    defaultLocale: config.DEFAULT_LOCALE,
    log,
    conversations: options.conversations,
  });
  const queue = new KeyedQueue();
  let me: Promise<{ id: number; username: string; first_name: string }> | undefined;
  let poller: TelegramPoller | undefined;

  const identity = () => {
    me ??= api.getMe().catch((err) => {
      me = undefined;
      throw err;
    });
    return me;
  };

  let stopped = false;
  let retryTimer: NodeJS.Timeout | undefined;

  /** Reads the bot's identity, registers the command menu and (webhook mode) the webhook. */
  const setup = async () => {
    const bot = await identity();
    adapter.botAccount.id = String(bot.id);
    adapter.botAccount.name = bot.first_name;
    await registerCommands(api, config.DEFAULT_LOCALE).catch((err) => log.warn(errorFields(err), 'telegram setMyCommands failed'));
    if (config.telegramMode !== 'webhook') return;
    if (!config.PUBLIC_URL || !config.TELEGRAM_WEBHOOK_SECRET) throw new Error('Telegram webhook mode needs PUBLIC_URL and TELEGRAM_WEBHOOK_SECRET');
    await api.setWebhook(`${config.PUBLIC_URL}${TELEGRAM_WEBHOOK_PATH}`, {
      secret_token: config.TELEGRAM_WEBHOOK_SECRET,
      allowed_updates: [...ALLOWED_UPDATES],
    });
  };

  const retrySetup = (attempt: number) => {
    retryTimer = setTimeout(() => {
      if (stopped) return;
      setup().then(
        () => log.info('telegram setup done'),
        (err) => {
          log.warn({ ...errorFields(err), attempt }, 'telegram setup failed again');
          retrySetup(attempt + 1);
        },
      );
    }, Math.min(300_000, 2000 * 2 ** Math.min(attempt, 8)));
    retryTimer.unref();
  };

  const handleUpdate = (update: Update): Promise<void> =>
    queue.run(chatIdOf(update) ?? `update:${update.update_id}`, async () => {
      try {
        if (!(await options.processedUpdates.firstTime(TELEGRAM_CHANNEL_ID, update.update_id))) {
          log.debug({ updateId: update.update_id }, 'telegram update already processed');
          return;
        }
        await adapter.processUpdate(update, options.logic);
      } catch (err) {
        log.error(errorFields(err), 'telegram update failed');
      }
    });

  const channel: TelegramChannel = {
    adapter,
    mode: config.telegramMode,
    webhookSecret: config.TELEGRAM_WEBHOOK_SECRET,
    handleUpdate,
    async start() {
      stopped = false;
      try {
        await setup();
      } catch (err) {
        if (err instanceof TelegramError && err.code === 401) throw new Error('Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized); check the token from @BotFather');
        // Telegram unreachable right now: the rest of Lotse starts anyway, and setup is retried.
        log.warn(errorFields(err), 'telegram setup failed; retrying in the background');
        retrySetup(1);
      }
      if (config.telegramMode === 'polling') {
        poller = new TelegramPoller(api, handleUpdate, log, { idleMs: options.pollIdleMs, allowedUpdates: [...ALLOWED_UPDATES] });
        poller.start();
      }
      log.info({ mode: config.telegramMode }, 'telegram channel started');
    },
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      await poller?.stop();
      poller = undefined;
      await queue.drain();
    },
    async botUsername() {
      return (await identity()).username;
    },
  };
  return channel;
}
