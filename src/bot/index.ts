/** The bot core's public API: build the bot, wire an adapter, and the channel-neutral rendering contract. */
export { createBot, configureAdapter, LotseBot } from './bot';
export type { BotServices } from './services';
export { encodeAction, decodeAction, GLOBAL_VERBS, MAX_ACTION_BYTES, type DecodedAction } from './actions';
export { renderQuestion, renderCards, renderJson, readReply, MAX_MESSAGE_CHARS, type Button, type Card, type Question, type Reply, type LotseChannelData } from './render';
export { LotseState, StateConflictError } from './state';
export { conversationKey, userKey } from '../services/state-keys';
