/**
 * A Telegram channel wired to the emulator harness with a small bot logic of our own (echo, a
 * question with buttons, result cards, a location request, a long text, a failing turn), so the
 * adapter is tested independently of the real dialogs.
 */
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder-core';
import type { TurnLogic } from '../../../src/channels/telegram/adapter';
import { createTelegramChannel, type TelegramChannel, type TelegramChannelOptions, type TelegramConfig } from '../../../src/channels/telegram/channel';
import type { QueuedUpdate, UpdateQueue } from '../../../src/channels/telegram/worker';
import type { Clock, RateLimits } from '../../../src/channels/telegram/rate-limit';
import type { Logger } from '../../../src/log';
import type { BotApiHarness } from './bot-api';
import { recordingLogger, type RecordingLogger } from './logger';

/** A token of the real shape (so the log masking applies to it). */
export const TOKEN = '7012345678:AAH-emulatorToken_forLotseTests_0123456';

/** Fast limits for tests that are not about pacing. */
export const FAST: RateLimits = { globalPerSecond: 1000, chatPerSecond: 1000, chatBurst: 1000 };

/**
 * An update queue in memory for tests about rendering and delivery: first in, first out, one
 * update per chat at a time, no leases (the database queue has its own tests on SQLite and
 * PostgreSQL and is used where storage matters).
 */
export function memoryQueue(): UpdateQueue {
  const seen = new Set<string>();
  const pending: QueuedUpdate[] = [];
  const busy = new Map<string, string>();
  return {
    enqueue: async (updateId, chatId, payload) => {
      if (seen.has(updateId)) return false;
      seen.add(updateId);
      pending.push({ updateId, chatId, payload, attempts: 0, replies: null });
      return true;
    },
    claim: async () => {
      const index = pending.findIndex((u) => ![...busy.values()].includes(u.chatId));
      if (index < 0) return undefined;
      const [job] = pending.splice(index, 1);
      busy.set(job!.updateId, job!.chatId);
      return { ...job!, attempts: 1 };
    },
    renew: async () => true,
    journal: async () => undefined,
    complete: async (updateId) => void busy.delete(updateId),
    prune: async () => 0,
  };
}

/** The test bot: answers by the text it receives. */
export const echoLogic: TurnLogic = async (context: TurnContext) => {
  const { text = '', entities } = context.activity;
  const geo = entities?.find((e) => e.type === 'GeoCoordinates') as { latitude: number; longitude: number } | undefined;
  if (geo) return void (await context.sendActivity(`Ort: ${geo.latitude}, ${geo.longitude}`));
  if (text.startsWith('/start')) {
    const code = text.split(/\s+/)[1];
    return void (await context.sendActivity(code ? `Code erhalten: ${code}` : 'Willkommen bei Lotse!'));
  }
  if (text === 'frage') {
    return void (await context.sendActivity(
      MessageFactory.suggestedActions(
        [
          { type: 'postBack', title: 'Gut', value: 'skill:level:good#k3f' },
          { type: 'postBack', title: 'Sehr gut', value: `job:save:${'x'.repeat(70)}` },
          { type: 'imBack', title: 'Weiss nicht', value: 'Weiss nicht' },
        ],
        'Wie gut kannst du löten?',
      ),
    ));
  }
  if (text === '/jobs') {
    const card = CardFactory.heroCard('Polymechaniker/in EFZ', 'Passt, weil du löten kannst.', undefined, [{ type: 'postBack', title: 'Merken', value: 'job:save:j1' }], {
      subtitle: 'Muster AG · Solothurn',
    });
    return void (await context.sendActivity(MessageFactory.carousel([card], 'Das habe ich gefunden:')));
  }
  if (text === 'wo') {
    return void (await context.sendActivity({ ...MessageFactory.text('Wo wohnst du?'), channelData: { lotse: { requestLocation: true } } }));
  }
  if (text === 'lang') return void (await context.sendActivity(Array.from({ length: 6 }, (_, i) => `Teil ${i}. ${'Ein Satz über Lehrstellen. '.repeat(60)}`.trim()).join('\n\n')));
  if (text === 'tippen') await context.sendActivity({ type: 'typing' });
  if (text === 'kaputt') throw new Error('dialog failed');
  await context.sendActivity(`Du hast geschrieben: ${text}`);
};

export interface TestChannel {
  channel: TelegramChannel;
  log: Logger;
  lines: string[];
  logged: RecordingLogger['logged'];
  unreachable: [string, string][];
}

/** A channel against the harness (not started). */
export function testChannel(
  harness: BotApiHarness,
  options: { config?: Partial<TelegramConfig>; logic?: TurnLogic; limits?: RateLimits; clock?: Clock; queue?: UpdateQueue; inbound?: TelegramChannelOptions['inbound']; worker?: TelegramChannelOptions['worker'] } = {},
): TestChannel {
  const { log, lines, logged } = recordingLogger();
  const unreachable: [string, string][] = [];
  const channel = createTelegramChannel({
    config: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: harness.apiRoot, DEFAULT_LOCALE: 'de-CH', telegramMode: 'polling', ...options.config },
    logic: options.logic ?? echoLogic,
    queue: options.queue ?? memoryQueue(),
    inbound: options.inbound ?? { burst: 1000, perMinute: 60_000 },
    worker: { pollMs: 50, ...options.worker },
    conversations: { markUnreachable: async (channelId, conversationId) => void unreachable.push([channelId, conversationId]) },
    log,
    limits: options.limits ?? FAST,
    clock: options.clock,
    pollIdleMs: 30,
  });
  return { channel, log, lines, logged, unreachable };
}

/** Waits until an asynchronous condition holds (polling every 20 ms); fails after 8 s rather than letting the test read a state that never came. */
export async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; !(await check()); i++) {
    if (i >= 400) throw new Error('condition not met within 8 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}
