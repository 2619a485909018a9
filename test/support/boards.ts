/**
 * Lotse as `npm start` runs it (demo data on a SQLite file of its own) for the board tests, with
 * a plain HTTP GET and helpers to read the boards' HTML.
 */
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { tempSqliteUrl } from './databases';

export interface Fetched {
  status: number;
  body: string;
  type: string;
}

/** Starts Lotse before the file's tests and stops it after them. */
export function bootBoards(): { app(): App; get(path: string, headers?: Record<string, string>): Promise<Fetched> } {
  const database = tempSqliteUrl();
  let app: App | undefined;
  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
    app = await startApp(config, { log: createLogger('silent'), schedulers: false });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    database.cleanup();
  });
  return {
    app: () => app!,
    async get(path, headers = {}) {
      const res = await fetch(`${app!.url}${path}`, { headers });
      return { status: res.status, body: await res.text(), type: res.headers.get('content-type') ?? '' };
    },
  };
}

/** The detail links of a result list, in order. */
export function detailLinks(body: string, base: string): string[] {
  return [...body.matchAll(new RegExp(`href="(${base}/[^"?]+)`, 'g'))].map((m) => m[1]!);
}

/** The page's JSON-LD, parsed (fails the test when there is none or it is not valid JSON). */
export function jsonLd(body: string): Record<string, unknown> {
  const found = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body);
  expect(found).not.toBeNull();
  return JSON.parse(found![1]!) as Record<string, unknown>;
}
