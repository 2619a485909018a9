/**
 * The composition root: opens the database, builds the services and channels and wires them together.
 * Nothing else in Lotse knows how the parts fit; every part only sees the ports it needs.
 */
import { randomUUID } from 'node:crypto';
import { configureAdapter, createBot } from './bot';
import { ChannelRouter } from './channels/router';
import { createDirectLineChannel, DIRECTLINE_CHANNEL_ID, fixedSigningKeys, keyedRevocations } from './channels/directline';
import { createTeamsChannel, EMULATOR_CHANNEL_ID, TEAMS_CHANNEL_ID } from './channels/teams';
import { createTelegramChannel, registerTelegramWebhook, TELEGRAM_CHANNEL_ID, telegramSettings, type TelegramChannel } from './channels/telegram';
import type { Config } from './config';
import { seedDemo } from './demo/catalog';
import { HrService } from './hr/service';
import { startDigestScheduler } from './hr/scheduler';
import { handleHrTurn } from '../dialogs/hr-commands';
import { handleStaffTurn } from '../dialogs/staff-commands';
import { HandoffService } from './handoff/service';
import { CoachingService, type CoachingDeps } from './handoff/coaching';
import { describeProfile } from '../dialogs/summary';
import { startHandoffScheduler } from './handoff/scheduler';
import { StaffStore } from './store/staff-store';
import { registerAdmin } from './http/admin';
import { parseTrustProxy } from './http/client-address';
import { registerBoards } from './http/boards';
import { OperatorAuth } from './admin/auth';
import { DashboardStore } from './store/dashboard-store';
import { UsageStore } from './store/usage-store';
import { OperatorStore } from './store/operator-store';
import { createHttpServer } from './http/server';
import { errorFields, type Logger } from './log';
import { CodeAccountLinking } from './services/account-linking';
import { partnerDesk } from './services/partners';
import { PrismaPartnerLinks } from './store/partner-links';
import { startJobAlertScheduler } from './services/job-alert-runner';
import { startRetentionScheduler } from './services/retention-scheduler';
import { databaseCatalog } from './sources/catalog';
import { sourceParseOptions } from './sources/refresh';
import { startSourcesScheduler } from './sources/scheduler';
import { addressPolicy } from './sources/fetch';
import { SourceStore } from './store/source-store';
import { createBoardService } from './services/boards';
import { createProposalService } from './services/proposals';
import { createUnderstander } from './nlu/understand';
import { PrismaStorage } from './store/bot-storage';
import { CatalogStore } from './store/catalog-store';
import { PrismaConversationRefStore } from './store/conversation-refs';
import { openDatabase, type Database } from './store/database';
import { PrismaConversationTranscripts, PrismaTranscriptStore } from './store/directline-store';
import { PostgresTranscriptFeed } from './store/transcript-feed';
import { PostgresTurnLock } from './store/turn-locks';
import { HrStore } from './store/hr-store';
import { LinkCodeStore } from './store/link-codes';
import { TelegramUpdateQueue } from './store/telegram-updates';
import { PrismaProfileStore } from './store/profile-store';
import { SettingsStore } from './store/settings';
import { TokenRevocationStore } from './store/token-revocations';
import { deriveKeys, masterSecret, type SecretKeys } from './secrets';
import { loadTaxonomy, TaxonomyStore } from './store/taxonomy-store';
import { skillLexicon } from './matching/taxonomy/layers';
import { AlertStore } from './store/alert-store';
import { LeaseStore } from './store/leases';
import { retentionPeriods, runRetention } from './store/retention';
import { jobAlertMessage } from '../dialogs/alert-message';

export interface StartOptions {
  log: Logger;
  /** Clock for the schedulers (tests). */
  now?: () => Date;
  /** Start the schedulers: HR digests, job alerts, retention, source refreshes (default true). */
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

/** How long an instance trusts its last look at a user's revocation state (PostgreSQL only). */
const REVOCATION_CACHE_MS = 2000;

/** The keys of this start; a newly generated secret file is announced once (never its content). */
function secretKeys(config: Config, log: Logger): SecretKeys {
  const secret = masterSecret(config);
  if (secret.created) {
    log.warn({ file: secret.file }, 'generated the master secret LOTSE_SECRET into this file: back it up with the database (without it, web chat sessions end and HR pseudonyms change)');
  }
  return deriveKeys(secret.current, secret.previous);
}

/** The network's staff: live handoff to counsellors and job coaching (staff in Telegram or Teams, people on any channel). */
function createStaffServices(
  config: Config,
  prisma: Database['prisma'],
  audit: HrStore,
  messenger: ChannelRouter,
  people: CoachingDeps['people'],
  proposals: CoachingDeps['proposals'],
  describe: CoachingDeps['describe'],
  log: Logger,
  now: () => Date,
): { handoffs: HandoffService; coaching: CoachingService } {
  const staff = new StaffStore(prisma);
  const store = Object.assign(staff, { audit: audit.audit.bind(audit), hasAudit: audit.hasAudit.bind(audit) });
  const locale = config.DEFAULT_LOCALE;
  return {
    handoffs: new HandoffService({ store, messenger, locale, officeHours: config.OFFICE_HOURS, waitMinutes: config.HANDOFF_WAIT_MINUTES, log, now }),
    coaching: new CoachingService({ store, messenger, people, proposals, describe, locale, log, now }),
  };
}

/** Starts Lotse with a validated configuration. */
export async function startApp(config: Config, options: StartOptions): Promise<App> {
  const { log } = options;
  const now = options.now ?? (() => new Date());
  const keys = secretKeys(config, log);
  const db = await openDatabase(config.DATABASE_URL);
  log.info({ database: db.kind, migrationsApplied: db.migrations.applied.length }, 'database ready');
  const { prisma } = db;
  const removed = await new SettingsStore(prisma).removeLegacySecrets();
  if (removed) log.info({ removed }, 'removed secrets an earlier version kept in the database');

  const catalog = new CatalogStore(prisma);
  const sourceStore = new SourceStore(prisma);
  await seedIfEmpty(config, catalog, log);
  // The skill lexicon: the taxonomy with technologies and ESCO skills below it (one resolution for chat, proposals and boards).
  const taxonomy = skillLexicon(await loadTaxonomy(new TaxonomyStore(prisma)));
  const profiles = new PrismaProfileStore(prisma);
  const conversations = new PrismaConversationRefStore(prisma);
  const proposals = createProposalService({
    catalog: databaseCatalog(catalog, sourceStore, now),
    vocabulary: taxonomy,
    feedback: (personId) => profiles.feedbackOf(personId),
    now,
  });
  await proposals.refresh(true);

  const http = createHttpServer({
    config,
    log,
    health: async () => ({ database: await prisma.$queryRaw`SELECT 1`.then(() => true, () => false) }),
  });
  registerBoards({
    server: http.server,
    boards: createBoardService({
      catalog: {
        activeJobs: () => catalog.activeJobs(now()),
        job: (id) => catalog.job(id),
        jobSearch: catalog.boardSearch(now),
        allTrainings: () => proposals.trainingCatalog(),
        training: (id) => catalog.training(id),
      },
      vocabulary: taxonomy,
      now,
    }),
    vocabulary: taxonomy,
    defaultLocale: config.DEFAULT_LOCALE,
    log,
  });
  registerAdmin({
    server: http.server,
    auth: new OperatorAuth(new OperatorStore(prisma), now),
    dashboard: new DashboardStore(prisma),
    sources: sourceStore,
    vocabulary: taxonomy,
    defaultLocale: config.DEFAULT_LOCALE,
    publicUrl: config.PUBLIC_URL,
    trustProxy: parseTrustProxy(config.TRUST_PROXY),
    log,
    now,
  });
  const router = new ChannelRouter();
  const hrStore = new HrStore(db, keys);
  const hr = new HrService({ store: hrStore, messenger: router, locale: config.DEFAULT_LOCALE, log });
  const staffServices = createStaffServices(config, prisma, hrStore, router, { findById: (id) => profiles.findById(id), forPerson: (id) => conversations.forPerson(id) }, proposals, (texts, profile) => describeProfile(texts, profile, (id, locale) => taxonomy.label(id, locale)), log, now);
  const { handoffs, coaching } = staffServices;

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
    transcripts: new PrismaConversationTranscripts(prisma),
    linking,
    contactRequests: hr,
    handoffs,
    coaching,
    trainingCatalog: () => proposals.trainingCatalog(),
    partners: partnerDesk(new PrismaPartnerLinks(prisma), async () => telegram?.botUsername()),
    config: { defaultLocale: config.DEFAULT_LOCALE },
    log,
    usage: new UsageStore(prisma, now),
    beforeConversation: [(context) => handleHrTurn(context, hr, now()), (context) => handleStaffTurn(context, staffServices, now())],
  });
  const logic = (context: Parameters<typeof bot.run>[0]) => bot.run(context);

  // Several instances on PostgreSQL: appends are announced to every instance's sockets, turns of a conversation take a lock.
  const shared = db.kind === 'postgres' ? { feed: new PostgresTranscriptFeed(config.DATABASE_URL, log), turnLock: new PostgresTurnLock(config.DATABASE_URL) } : undefined;
  await shared?.feed.start();
  const web = createDirectLineChannel({
    server: http.server,
    store: new PrismaTranscriptStore(prisma, { notifyChannel: shared?.feed.channel, notifyOrigin: shared?.feed.origin }),
    logic,
    config,
    log,
    keys: fixedSigningKeys(keys.tokenSigning),
    // On PostgreSQL a lookup is a round trip (≈ 0.4 ms measured); another instance's revocation counts within 2 s.
    revocations: keyedRevocations(new TokenRevocationStore(prisma), keys.revocation, db.kind === 'postgres' ? REVOCATION_CACHE_MS : 0),
    feed: shared?.feed,
    turnLock: shared?.turnLock,
  });
  configureAdapter(web.adapter, log, config.DEFAULT_LOCALE);
  router.register(DIRECTLINE_CHANNEL_ID, web.adapter);
  http.onClose(async () => {
    await web.close();
    await shared?.feed.close();
    await shared?.turnLock.close();
  });

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
  router.register(TEAMS_CHANNEL_ID, teams.adapter);
  router.register(EMULATOR_CHANNEL_ID, teams.adapter);

  const stoppers: (() => void)[] = [];
  if (options.schedulers !== false) {
    const digests = startDigestScheduler({ store: hrStore, send: router, log, schedule: config.DIGEST_SCHEDULE, locale: config.DEFAULT_LOCALE, owner: randomUUID() });
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
    const retentionOwner = randomUUID();
    const retention = startRetentionScheduler({
      run: () => runRetention({ prisma, periods: retentionPeriods(config), lease: new LeaseStore(prisma, now), owner: retentionOwner, now: now(), onError: (rule, err) => log.warn({ rule, ...errorFields(err) }, 'retention rule failed') }),
      log,
    });
    const sources = startSourcesScheduler({
      catalog,
      sources: sourceStore,
      parseOptions: sourceParseOptions,
      addresses: addressPolicy(config.SOURCES_ALLOWED_NETWORKS),
      schedule: config.SOURCES_REFRESH_SCHEDULE,
      lease: new LeaseStore(prisma, now),
      owner: randomUUID(),
      log,
      clock: now,
      // Removed postings must leave proposals at once, not only when new ones arrive.
      onRefreshed: () => proposals.refresh(true),
    });
    const expiry = startHandoffScheduler({ expire: (at) => handoffs.expireWaiting(at), lease: new LeaseStore(prisma, now), owner: randomUUID(), log, now });
    stoppers.push(() => digests.stop(), () => alerts.stop(), () => retention.stop(), () => sources.stop(), () => expiry.stop());
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
