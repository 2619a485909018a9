/**
 * Drives the real bot (createBot) through botbuilder's TestAdapter on a real database
 * (PrismaStorage, PrismaProfileStore, PrismaConversationRefStore on a temp SQLite file).
 * A Chat is one person in one conversation; send() returns what Lotse answered in that turn.
 */
import type { Activity, CardAction } from 'botbuilder-core';
import { TestAdapter } from 'botbuilder-core';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { configureAdapter, createBot, type BotServices, type LotseBot } from '../../../src/bot';
import type { Locale } from '../../../src/profile/types';
import type { AccountLinking, ContactRequests } from '../../../src/services/ports';
import { UsageStore } from '../../../src/store/usage-store';
import { openDatabase, type Database } from '../../../src/store/database';
import { tempSqliteUrl } from '../../support/databases';
import type { ProposalCatalog } from '../../../src/services/proposals';
import { coreBotServices } from '../../support/bot-services';
import { testCatalog } from './catalog';

/** A bot instance on a database file; several instances may share one file (restart, scale-out). */
export interface Harness {
  db: Database;
  bot: LotseBot;
  adapter: TestAdapter;
  services: BotServices;
  chat(user?: string, conversation?: string, channelId?: string): Chat;
  close(): Promise<void>;
}

/** Options for a harness. */
export interface HarnessOptions {
  url?: string;
  /** Account linking, or how to build it on the harness's database. */
  linking?: AccountLinking | ((db: Database) => AccountLinking);
  defaultLocale?: Locale;
  catalog?: ProposalCatalog;
  /** The HR side answering contact requests, built on the harness's database. */
  contactRequests?: (db: Database) => ContactRequests;
  /** The trainings the welcome desk picks German courses from. */
  trainingCatalog?: BotServices['trainingCatalog'];
}

/** Opens a bot on a (new or given) SQLite file. */
export async function openHarness(options: HarnessOptions = {}): Promise<Harness & { url: string; cleanup(): void }> {
  const temp = options.url ? { url: options.url, cleanup: () => undefined } : tempSqliteUrl();
  const db = await openDatabase(temp.url);
  const log = pino({ level: process.env.HARNESS_LOG ?? 'silent' });
  const services: BotServices = {
    ...coreBotServices(db, options.catalog ?? testCatalog(), log),
    linking: typeof options.linking === 'function' ? options.linking(db) : options.linking,
    contactRequests: options.contactRequests?.(db),
    trainingCatalog: options.trainingCatalog,
    config: { defaultLocale: options.defaultLocale ?? 'de-CH' },
    usage: new UsageStore(db.prisma),
  };
  const bot = createBot(services);
  const adapter = new TestAdapter();
  configureAdapter(adapter, log);
  return {
    db,
    bot,
    adapter,
    services,
    url: temp.url,
    cleanup: temp.cleanup,
    chat: (user = 'u1', conversation = 'c1', channelId = 'test') => new Chat(adapter, bot, user, conversation, channelId),
    close: () => db.close(),
  };
}

/** One person in one conversation. */
export class Chat {
  /** Everything Lotse answered in the last turn. */
  last: Partial<Activity>[] = [];
  /** Everything Lotse answered in this conversation so far. */
  all: Partial<Activity>[] = [];

  constructor(
    private readonly adapter: TestAdapter,
    private readonly bot: LotseBot,
    readonly user: string,
    readonly conversation: string,
    readonly channelId: string,
    public locale = 'de-CH',
  ) {}

  /** Sends a text (or an activity) and returns the answers of this turn. */
  async send(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const base: Partial<Activity> = {
      type: 'message',
      id: randomUUID(),
      channelId: this.channelId,
      from: { id: this.user, name: 'Person' },
      recipient: { id: 'lotse', name: 'Lotse' },
      conversation: { id: this.conversation, isGroup: false, conversationType: 'personal', name: '' },
      locale: this.locale,
      serviceUrl: 'https://example.test',
    };
    const activity = typeof input === 'string' ? { ...base, text: input } : { ...base, ...input };
    this.adapter.activeQueue.splice(0);
    await this.adapter.processActivity(activity, (context) => this.bot.run(context));
    this.last = this.adapter.activeQueue.splice(0);
    this.all.push(...this.last);
    return this.last;
  }

  /** The texts of the last answers, joined. */
  text(): string {
    return this.last.map((a) => a.text ?? '').join('\n');
  }

  /** The buttons of the last question. */
  buttons(): CardAction[] {
    const withActions = [...this.last].reverse().find((a) => a.suggestedActions?.actions.length);
    return withActions?.suggestedActions?.actions ?? [];
  }

  /** All card buttons of the last answers. */
  cardButtons(): CardAction[] {
    return this.last.flatMap((a) => (a.attachments ?? []).flatMap((att) => (att.content as { buttons?: CardAction[] }).buttons ?? []));
  }

  /** Taps a button of the last question (or card) by its title, as a channel would send it. */
  async tap(title: string | RegExp, from: CardAction[] = [...this.buttons(), ...this.cardButtons()]): Promise<Partial<Activity>[]> {
    const button = from.find((b) => (typeof title === 'string' ? b.title === title : title.test(b.title)));
    if (!button) throw new Error(`No button "${String(title)}" in: ${from.map((b) => b.title).join(' | ')}`);
    return this.send({ text: String(button.value), value: button.type === 'postBack' ? button.value : undefined });
  }
}

type OpenHarness = Awaited<ReturnType<typeof openHarness>>;

/**
 * A harness opened before and closed after each test ('each') or the whole block ('all'). The
 * returned object always stands for the harness that is open at the moment it is used.
 */
export function useHarness(scope: 'each' | 'all' = 'each', options: HarnessOptions = {}): OpenHarness {
  let current: OpenHarness | undefined;
  (scope === 'each' ? beforeEach : beforeAll)(async () => {
    current = await openHarness(options);
  });
  (scope === 'each' ? afterEach : afterAll)(async () => {
    await current?.close();
    current?.cleanup();
    current = undefined;
  });
  return new Proxy({} as OpenHarness, {
    get: (_target, key) => {
      if (!current) throw new Error('the harness is only open inside a test');
      const value: unknown = Reflect.get(current, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
  });
}
