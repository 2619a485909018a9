/**
 * The composition root: opens the database, builds the services and channels and wires them together.
 * Nothing else in Lotse knows how the parts fit; every part only sees the ports it needs.
 */
import { randomUUID } from 'node:crypto';
import { configureAdapter, createBot } from './bot';
import { ChannelRouter } from './channels/router';
import { createDirectLineChannel, DIRECTLINE_CHANNEL_ID, settingsSigningKey } from './channels/directline';
import { createTeamsChannel } from './channels/teams';
import { createTelegramChannel, registerTelegramWebhook, TELEGRAM_CHANNEL_ID, telegramSettings, type TelegramChannel } from './channels/telegram';
import type { Config } from './config';
import { seedDemo } from './demo/catalog';
import { HrService } from './hr/service';
import { startDigestScheduler } from './hr/scheduler';
import { handleHrTurn } from '../dialogs/hr-commands';
import { createHttpServer } from './http/server';
import { errorFields, type Logger } from './log';
import { CodeAccountLinking } from './services/account-linking';
import { startJobAlertScheduler } from './services/job-alert-runner';
import { createProposalService } from './services/proposals';
import { createUnderstander } from './nlu/understand';
import { PrismaStorage } from './store/bot-storage';
import { CatalogStore } from './store/catalog-store';
import { PrismaConversationRefStore } from './store/conversation-refs';
import { openDatabase, type Database } from './store/database';
import { PrismaTranscriptStore } from './store/directline-store';
import { HrStore } from './store/hr-store';
import { LinkCodeStore } from './store/link-codes';
import { TelegramUpdateQueue } from './store/telegram-updates';
import { PrismaProfileStore } from './store/profile-store';
import { SettingsStore } from './store/settings';
import { loadTaxonomy, TaxonomyStore } from './store/taxonomy-store';
import { AlertStore } from './store/alert-store';
import { LeaseStore } from './store/leases';
import { jobAlertMessage } from '../dialogs/alert-message';

export interface StartOptions {
  log: Logger;
  /** Clock for the schedulers (tests). */
  now?: () => Date;
  /** Start the digest and job-alert schedulers (default true). */
  schedulers?: boolean;
}

/** A running Lotse. */
export interface App {
  /** Base URL of the web chat demo page. */
  url: string;
  db: Database;
  /** Stops accepting, finishes running turns, stops channels and schedulers, closes the database. */
  close(): Promise<void>;
}

async function seedIfEmpty(config: Config, catalog: CatalogStore, log: Logger): Promise<void> {
  if (!config.SEED_DEMO || !(await catalog.isEmpty())) return;
  const seeded = await seedDemo(catalog);
  log.info({ companies: seeded.companies, jobs: seeded.jobs.created, trainings: seeded.trainings.created }, 'demo data seeded');
}

/** Starts Lotse with a validated configuration. */
export async function startApp(config: Config, options: StartOptions): Promise<App> {
  const { log } = options;
  const now = options.now ?? (() => new Date());
  const db = await openDatabase(config.DATABASE_URL);
  log.info({ database: db.kind, migrationsApplied: db.migrations.applied.length }, 'database ready');
  const { prisma } = db;

  const catalog = new CatalogStore(prisma);
  await seedIfEmpty(config, catalog, log);
  const taxonomy = await loadTaxonomy(new TaxonomyStore(prisma));
  const profiles = new PrismaProfileStore(prisma);
  const conversations = new PrismaConversationRefStore(prisma);
  const proposals = createProposalService({
    catalog: { activeJobs: () => catalog.activeJobs(now()), allTrainings: () => catalog.allTrainings(), jobsChangedSince: (since) => catalog.jobsChangedSince(since, now()) },
    vocabulary: taxonomy,
    occupations: taxonomy,
    feedback: (personId) => profiles.feedbackOf(personId),
    now,
  });
  await proposals.refresh(true);

  const http = createHttpServer({
    config,
    log,
    health: async () => ({ database: await prisma.$queryRaw`SELECT 1`.then(() => true, () => false) }),
  });
  const router = new ChannelRouter();
  const hr = new HrService({ store: new HrStore(db), messenger: router, locale: config.DEFAULT_LOCALE, log });

  let telegram: TelegramChannel | undefined;
  const linking = new CodeAccountLinking({
    codes: new LinkCodeStore(prisma),
    profiles,
    telegramBotUsername: async () => telegram?.botUsername(),
  });
  const bot = createBot({
    storage: new PrismaStorage(prisma),
    profiles,
    vocabulary: taxonomy,
    understander: createUnderstander(taxonomy, { now }),
    proposals,
    conversations,
    linking,
    contactRequests: hr,
    config: { defaultLocale: config.DEFAULT_LOCALE },
    log,
    beforeConversation: [(context) => handleHrTurn(context, hr, now())],
  });
  const logic = (context: Parameters<typeof bot.run>[0]) => bot.run(context);

  const web = createDirectLineChannel({
    server: http.server,
    store: new PrismaTranscriptStore(prisma),
    logic,
    config,
    log,
    keys: config.DIRECTLINE_SECRET ? undefined : settingsSigningKey(new SettingsStore(prisma)),
  });
  configureAdapter(web.adapter, log, config.DEFAULT_LOCALE);
  router.register(DIRECTLINE_CHANNEL_ID, web.adapter);
  http.onClose(() => web.close());

  if (config.TELEGRAM_BOT_TOKEN) {
    telegram = createTelegramChannel({ config, logic, queue: new TelegramUpdateQueue(prisma, db.kind), ...telegramSettings(config), conversations, log });
    configureAdapter(telegram.adapter, log, config.DEFAULT_LOCALE);
    router.register(TELEGRAM_CHANNEL_ID, telegram.adapter);
    if (telegram.mode === 'webhook') registerTelegramWebhook(http.server, telegram);
    const started = telegram;
    http.onClose(() => started.stop());
  }

  const teams = createTeamsChannel({ server: http.server, config, hr, log, logic });
  configureAdapter(teams.adapter, log, config.DEFAULT_LOCALE);
  router.register('msteams', teams.adapter);
  router.register('emulator', teams.adapter);

  const stoppers: (() => void)[] = [];
  if (options.schedulers !== false) {
    const digests = startDigestScheduler({ db, send: router, log, schedule: config.DIGEST_SCHEDULE, locale: config.DEFAULT_LOCALE, owner: randomUUID() });
    const alerts = startJobAlertScheduler({
      deliveries: new AlertStore(prisma),
      profiles,
      conversations,
      proposals,
      send: router,
      render: jobAlertMessage,
      lease: new LeaseStore(prisma),
      owner: randomUUID(),
      log,
      now,
    });
    stoppers.push(() => digests.stop(), () => alerts.stop());
  }

  const url = await http.listen(config.PORT, config.HOST);
  if (telegram) {
    await telegram.start().catch((err) => log.error(errorFields(err), 'telegram channel could not start'));
  }
  log.info({ url, telegram: telegram?.mode ?? 'off' }, 'Lotse started');

  return {
    url: url.replace('://0.0.0.0:', '://localhost:').replace('://[::]:', '://localhost:'),
    db,
    close: async () => {
      for (const stop of stoppers) stop();
      await http.close();
      await db.close();
    },
  };
}
