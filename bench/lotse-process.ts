/**
 * A real Lotse (startApp, demo data) in a child process, for the benchmarks: the clients run in
 * the parent, so server and clients do not share one core. The child reports its resource use on
 * request: RSS and heap (after a GC when run with --expose-gc), CPU time (process.cpuUsage) and,
 * on PostgreSQL, the number of queries sent to the database (every pg query is one round trip).
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The benchmark's master secret (not a real one: benchmark databases are thrown away). */
const BENCH_MASTER_SECRET = 'lotse-bench-master-secret-0123456789abcdef';

export interface LotseStats {
  rssBytes: number;
  heapUsedBytes: number;
  cpuMicros: number;
  /** Queries sent to PostgreSQL so far (0 on SQLite, which has no round trips). */
  queries: number;
}

export interface LotseProcess {
  url: string;
  stats(): Promise<LotseStats>;
  stop(): Promise<void>;
}

export interface LotseOptions {
  /** Default: a fresh SQLite file in a temporary directory (removed at stop). */
  databaseUrl?: string;
  /** More settings (quotas, SEED_DEMO, …). */
  env?: Record<string, string>;
  execArgv?: string[];
}

const CHILD_FLAG = '--lotse-child';

/** Runs in the child: starts Lotse and answers 'stats' and 'stop'. */
async function child(): Promise<void> {
  const pg = await import('pg');
  let queries = 0;
  const query = pg.default.Client.prototype.query;
  const kinds = new Map<string, number>();
  pg.default.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    queries += 1;
    if (process.env.LOTSE_BENCH_QUERIES) {
      const first = args[0] as string | { text?: string };
      const text = (typeof first === 'string' ? first : (first?.text ?? '?')).replace(/\s+/g, ' ').slice(0, 70);
      kinds.set(text, (kinds.get(text) ?? 0) + 1);
    }
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  // SQLite: every statement executed through better-sqlite3 (Prisma's adapter and hot-sql alike).
  const sqlite = (await import('better-sqlite3')).default;
  const probe = new sqlite(':memory:');
  const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<'run' | 'all' | 'get' | 'iterate', (...a: unknown[]) => unknown> & { source: string };
  probe.close();
  for (const method of ['run', 'all', 'get', 'iterate'] as const) {
    const original = statement[method];
    statement[method] = function (this: { source: string }, ...args: unknown[]) {
      queries += 1;
      if (process.env.LOTSE_BENCH_QUERIES) {
        const text = this.source.replace(/\s+/g, ' ').slice(0, 70);
        kinds.set(text, (kinds.get(text) ?? 0) + 1);
      }
      return original.apply(this, args);
    };
  }
  const { startApp } = await import('../src/app');
  const { loadConfig } = await import('../src/config');
  const { createLogger } = await import('../src/log');
  const options = JSON.parse(process.env.LOTSE_BENCH_OPTIONS ?? '{}') as LotseOptions;
  let dir: string | undefined;
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-'));
    databaseUrl = `file:${path.join(dir, 'bench.db')}`;
  }
  // Every instance of one run must share the master secret (PostgreSQL requires it to be set).
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'true', LOG_LEVEL: 'silent', LOTSE_SECRET: BENCH_MASTER_SECRET, ...options.env, DATABASE_URL: databaseUrl });
  const app = await startApp(config, { log: createLogger('silent'), schedulers: false });
  process.on('message', (message) => {
    if (message === 'stats') {
      (globalThis as { gc?: () => void }).gc?.();
      const memory = process.memoryUsage();
      const cpu = process.cpuUsage();
      process.send!({ stats: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed, cpuMicros: cpu.user + cpu.system, queries } });
    }
    if (message === 'stop' && kinds.size) {
      // LOTSE_BENCH_QUERIES=1: which statements a run sent, most frequent first (to stderr).
      for (const [text, n] of [...kinds].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.error(`${String(n).padStart(7)}  ${text}`);
    }
    if (message === 'stop') {
      void app.close().finally(() => {
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
        process.exit(0);
      });
    }
  });
  process.send!({ url: app.url, databaseFile: dir && path.join(dir, 'bench.db') });
}

/** Forks a Lotse; resolves once it listens. */
export function forkLotse(options: LotseOptions = {}): Promise<LotseProcess & { databaseFile?: string }> {
  const process_: ChildProcess = fork(__filename, [CHILD_FLAG], {
    execArgv: options.execArgv ?? [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', LOTSE_BENCH_OPTIONS: JSON.stringify(options) },
  });
  return new Promise((resolve, reject) => {
    process_.once('error', reject);
    process_.once('exit', (code) => reject(new Error(`Lotse exited with ${code}`)));
    process_.once('message', (message) => {
      process_.removeAllListeners('exit');
      const exited = new Promise<void>((done) => process_.once('exit', () => done()));
      const { url, databaseFile } = message as { url: string; databaseFile?: string };
      resolve({
        url,
        databaseFile,
        stats: () =>
          new Promise((done) => {
            const onMessage = (reply: unknown) => {
              const stats = (reply as { stats?: LotseStats }).stats;
              if (!stats) return;
              process_.off('message', onMessage);
              done(stats);
            };
            process_.on('message', onMessage);
            process_.send('stats');
          }),
        stop: async () => {
          process_.send('stop');
          await exited;
        },
      });
    });
  });
}

/** A fresh schema on a PostgreSQL URL, and how to drop it again. */
export async function freshPostgresSchema(base: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { randomBytes } = await import('node:crypto');
  const pg = await import('pg');
  const schema = `${prefix}_${randomBytes(5).toString('hex')}`;
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  return {
    url: url.toString(),
    drop: async () => {
      url.searchParams.delete('schema');
      const client = new pg.default.Client({ connectionString: url.toString() });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

if (process.argv.includes(CHILD_FLAG)) {
  child().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
