/** The Telegram channel: adapter, polling/webhook delivery and the restify webhook route. */
export { TelegramAdapter, type TurnLogic } from './adapter';
export { createTelegramChannel, telegramSettings, TELEGRAM_WEBHOOK_PATH, type TelegramChannel, type TelegramChannelOptions, type Receipt } from './channel';
export { TELEGRAM_CHANNEL_ID } from './inbound';
export { ChatUnreachableError } from './sender';
export { registerTelegramWebhook, telegramWebhookHandler } from './webhook';
