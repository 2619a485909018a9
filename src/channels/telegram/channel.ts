/**
 * The Telegram channel: the adapter plus how updates arrive (long polling without PUBLIC_URL,
 * webhook otherwise). An arriving update is checked, limited per chat and stored in the durable
 * queue at once; the worker runs the turns from there (in order per chat, once per update id).
 * Also the command menu and proactive sending.
 */
import { Telegram, TelegramError } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Config } from '../../config';
import { errorFields, type Logger } from '../../log';
import type { ConversationRefStore } from '../../services/ports';
import { TelegramAdapter, type TurnLogic } from './adapter';
import { registerCommands } from './commands';
import { nearestLocale } from '../../i18n';
import { FloodGuard, INBOUND_LIMITS, type InboundLimits } from './flood-guard';
import { CallbackKeys } from './keyboard';
import { checkUpdate } from './update-schema';
import { UpdateWorker, WORKER_SETTINGS, type QueuedUpdate, type UpdateQueue, type WorkerSettings } from './worker';
import type { Activity } from 'botbuilder-core';
import { SendScheduler, TELEGRAM_LIMITS, type Clock, type RateLimits } from './rate-limit';
import { TelegramSender } from './sender';
import { TelegramPoller } from './polling';

/** The path Telegram posts updates to in webhook mode. */
export const TELEGRAM_WEBHOOK_PATH = '/api/telegram';

/** Update kinds Lotse asks Telegram for. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

export type TelegramConfig = Pick<
  Config,
  'TELEGRAM_BOT_TOKEN' | 'TELEGRAM_API_ROOT' | 'TELEGRAM_WEBHOOK_SECRET' | 'PUBLIC_URL' | 'DEFAULT_LOCALE' | 'telegramMode'
>;

export interface TelegramChannelOptions {
  config: TelegramConfig;
  logic: TurnLogic;
  /** The durable update queue (src/store/telegram-updates.ts); absent when the channel only sends (the CLI). */
  queue?: UpdateQueue;
  conversations?: Pick<ConversationRefStore, 'markUnreachable'>;
  log: Logger;
  /** Sending pace (tests use faster limits). */
  limits?: RateLimits;
  /** The time the sending pace keeps (tests pass one that records waits instead of sleeping them). */
  clock?: Clock;
  /** Inbound pace per chat. */
  inbound?: InboundLimits;
  /** How the turn worker claims and runs queued updates. */
  worker?: Partial<WorkerSettings>;
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
  /** Stops polling and the worker, and waits for running turns. */
  stop(): Promise<void>;
  /**
   * Takes one update (any JSON): stores it for its turn and resolves at once. Updates Lotse does
   * not read or cannot place in a chat are ignored; a flooding chat's excess is dropped.
   */
  handleUpdate(update: unknown): Promise<Receipt>;
  /** The bot's @username (for t.me deep links), from getMe. */
  botUsername(): Promise<string | undefined>;
}

/** The inbound limit and worker settings from the configuration (TELEGRAM_CHAT_RATE_*, TELEGRAM_WORKERS, TELEGRAM_TURN_LEASE_SECONDS). */
export function telegramSettings(
  config: Pick<Config, 'TELEGRAM_CHAT_RATE_BURST' | 'TELEGRAM_CHAT_RATE_PER_MINUTE' | 'TELEGRAM_WORKERS' | 'TELEGRAM_TURN_LEASE_SECONDS'>,
): Pick<TelegramChannelOptions, 'inbound' | 'worker'> {
  return {
    inbound: { burst: config.TELEGRAM_CHAT_RATE_BURST, perMinute: config.TELEGRAM_CHAT_RATE_PER_MINUTE },
    worker: { concurrency: config.TELEGRAM_WORKERS, leaseMs: config.TELEGRAM_TURN_LEASE_SECONDS * 1000 },
  };
}

/** What became of a received update. */
export type Receipt = 'queued' | 'duplicate' | 'ignored' | 'limited';

function senderOf(update: Update): { language_code?: string } | undefined {
  if ('message' in update) return update.message.from;
  if ('callback_query' in update) return update.callback_query.from;
  return undefined;
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
  const sender = new TelegramSender(api, new SendScheduler(options.limits ?? TELEGRAM_LIMITS, options.clock), log);
  const adapter = new TelegramAdapter({
    api,
    sender,
    keys: new CallbackKeys(),
    defaultLocale: config.DEFAULT_LOCALE,
    log,
    conversations: options.conversations,
  });
  const floodGuard = new FloodGuard(options.inbound ?? INBOUND_LIMITS);
  const queue = options.queue;
  const runQueued = async (update: Update, job: QueuedUpdate): Promise<void> => {
    if (job.replies) return adapter.resend(update, JSON.parse(job.replies) as Partial<Activity>[]);
    await adapter.processUpdate(update, options.logic, { write: (replies) => queue!.journal(job.updateId, replies && JSON.stringify(replies)) });
  };
  const worker = queue && new UpdateWorker(queue, runQueued, log, {
    ...WORKER_SETTINGS,
    ...options.worker,
  });
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

  const handleUpdate = async (body: unknown): Promise<Receipt> => {
    const checked = checkUpdate(body);
    const updateId = (body as { update_id?: unknown } | null)?.update_id;
    if ('ignored' in checked) {
      log.info({ updateId: typeof updateId === 'number' ? updateId : undefined, reason: checked.ignored }, 'telegram update ignored');
      return 'ignored';
    }
    const { update, chatId } = checked;
    const admission = floodGuard.admit(chatId);
    if (admission !== 'admit') {
      log.info({ updateId: update.update_id }, 'telegram chat over its inbound limit; update dropped');
      if (admission === 'tell') void adapter.notify(chatId, nearestLocale(senderOf(update)?.language_code, config.DEFAULT_LOCALE), 'telegram.slowDown');
      return 'limited';
    }
    if (!queue) throw new Error('this Telegram channel only sends (no update queue)');
    if (!(await queue.enqueue(String(update.update_id), chatId, JSON.stringify(update)))) {
      log.debug({ updateId: update.update_id }, 'telegram update already queued or handled');
      return 'duplicate';
    }
    worker?.wake();
    return 'queued';
  };

  const channel: TelegramChannel = {
    adapter,
    mode: config.telegramMode,
    webhookSecret: config.TELEGRAM_WEBHOOK_SECRET,
    handleUpdate,
    async start() {
      stopped = false;
      worker?.start();
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
      await worker?.stop();
    },
    async botUsername() {
      return (await identity()).username;
    },
  };
  return channel;
}
