/** Lotse as `npm start` runs it (demo data on a SQLite file of its own), started before a file's tests and stopped after them. */
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { seedDemo } from '../../src/demo/catalog';
import { createLogger } from '../../src/log';
import { CatalogStore } from '../../src/store/catalog-store';
import { openDatabase, type PrismaClient } from '../../src/store/database';
import { tempSqliteUrl } from './databases';

export interface DemoApp {
  app(): App;
  /** The `file:` URL of the app's database (for CLI runs against it). */
  databaseUrl: string;
}

/**
 * `prepare` adds rows after the demo data is seeded and before Lotse starts (its indexes then hold them).
 * `now` gives Lotse a clock of the test's own (e.g. one that stands still, so quotas do not refill).
 */
export function bootDemoApp(
  prepare: (prisma: PrismaClient, catalog: CatalogStore) => Promise<unknown> = async () => undefined,
  now?: () => Date,
): DemoApp {
  const database = tempSqliteUrl();
  let app: App | undefined;
  beforeAll(async () => {
    const db = await openDatabase(database.url);
    const catalog = new CatalogStore(db.prisma);
    await seedDemo(catalog);
    await prepare(db.prisma, catalog);
    await db.close();
    const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
    app = await startApp(config, { log: createLogger('silent'), schedulers: false, now });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    database.cleanup();
  });
  return { app: () => app!, databaseUrl: database.url };
}
