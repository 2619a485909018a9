/** The Telegram channel: adapter, polling/webhook delivery and the restify webhook route. */
export { TelegramAdapter, type TurnLogic } from './adapter';
export { createTelegramChannel, TELEGRAM_WEBHOOK_PATH, type TelegramChannel, type TelegramChannelOptions, type ProcessedUpdates } from './channel';
export { TELEGRAM_CHANNEL_ID } from './inbound';
export { ChatUnreachableError } from './sender';
export { registerTelegramWebhook, telegramWebhookHandler } from './webhook';
