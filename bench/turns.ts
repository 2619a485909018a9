/**
 * `npm run bench:turns [-- --json] [--users 50] [--seconds 5] [--store sqlite|memory]`
 *
 * N concurrent simulated Web Chat users post messages through Lotse's Direct Line API (HTTP,
 * keep-alive) to an in-process server; every POST answers after the bot's turn (a trivial bot
 * that replies once), so a request is a full turn: token check, echo stored, turn run in order,
 * reply stored and pushed. Transcripts go to a fresh SQLite database by default.
 * Baseline in the same run, with the same clients and bodies: a bare restify POST handler with
 * the same body parser. With --json the last stdout line is
 * {turnsPerSec, baselinePerSec, ratio, p50Ms, p99Ms, users, …}.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import restify from 'restify';
import type { TurnContext } from 'botbuilder-core';
import { createDirectLineChannel, MemoryTranscriptStore, memorySigningKey, type TranscriptStore } from '../src/channels/directline';
import { loadConfig } from '../src/config';
import { createHttpServer } from '../src/http/server';
import { createLogger } from '../src/log';
import { openDatabase, type Database } from '../src/store/database';
import { PrismaTranscriptStore } from '../src/store/directline-store';

const json = process.argv.includes('--json');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function log(line: string): void {
  if (json) console.error(line);
  else console.log(line);
}

const USERS = Math.max(1, Number(option('users', '50')));
const SECONDS = Math.max(1, Number(option('seconds', '5')));
const STORE = option('store', 'sqlite');
const WARMUP_MS = 1000;

const agent = new http.Agent({ keepAlive: true, maxSockets: USERS * 2 });

interface Reply {
  status: number;
  body: string;
}

function request(base: string, method: string, pathname: string, body?: unknown, token?: string): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const url = new URL(pathname, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** What one simulated user posts each turn (Web Chat's shape, a new client id every time). */
function message(user: number, turn: number) {
  return { type: 'message', text: `Ich kann löten und suche eine Stelle in Olten (${turn})`, from: { id: `u${user}` }, channelData: { clientActivityID: `b${user}-${turn}` } };
}

interface RunResult {
  requests: number;
  errors: number;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Runs USERS loops that each post one request after the other; measures after a warm-up. */
async function drive(post: (user: number, turn: number) => Promise<Reply>): Promise<RunResult> {
  const start = performance.now();
  const measureFrom = start + WARMUP_MS;
  const end = measureFrom + SECONDS * 1000;
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: USERS }, async (_, user) => {
      for (let turn = 0; performance.now() < end; turn += 1) {
        const t0 = performance.now();
        const reply = await post(user, turn).catch(() => ({ status: 0, body: '' }));
        const t1 = performance.now();
        if (t0 < measureFrom) continue;
        if (reply.status !== 200) errors += 1;
        latencies.push(t1 - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, perSec: latencies.length / SECONDS, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99) };
}

/** The bot of the benchmark: one reply per message. */
async function trivialBot(context: TurnContext): Promise<void> {
  if (context.activity.type === 'message') await context.sendActivity(`Notiert: ${context.activity.text?.length ?? 0} Zeichen`);
}

async function openStore(): Promise<{ store: TranscriptStore; close(): Promise<void> }> {
  if (STORE === 'memory') return { store: new MemoryTranscriptStore(), close: async () => undefined };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-turns-'));
  const db: Database = await openDatabase(`file:${path.join(dir, 'bench.db')}`);
  return {
    store: new PrismaTranscriptStore(db.prisma),
    close: async () => {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function benchDirectLine(): Promise<RunResult> {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const quiet = createLogger('silent');
  const server = createHttpServer({ config, log: quiet });
  const { store, close } = await openStore();
  const channel = createDirectLineChannel({ server: server.server, store, logic: trivialBot, config, log: quiet, keys: memorySigningKey(), web: false });
  server.onClose(() => channel.close());
  const base = await server.listen(0, '127.0.0.1');
  try {
    const sessions = await Promise.all(
      Array.from({ length: USERS }, async () => {
        const generated = JSON.parse((await request(base, 'POST', '/v3/directline/tokens/generate', {})).body);
        const started = JSON.parse((await request(base, 'POST', '/v3/directline/conversations', {}, generated.token)).body);
        return { token: started.token as string, path: `/v3/directline/conversations/${started.conversationId}/activities` };
      }),
    );
    return await drive((user, turn) => request(base, 'POST', sessions[user]!.path, message(user, turn), sessions[user]!.token));
  } finally {
    await server.close();
    await close();
  }
}

async function benchBareRestify(): Promise<RunResult> {
  const server = restify.createServer({ name: 'bare' });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  let counter = 0;
  server.post('/echo', (req, res, next) => {
    res.send(200, { id: `c|${(counter += 1)}`, type: (req.body as { type?: string }).type });
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    return await drive((user, turn) => request(base, 'POST', '/echo', message(user, turn)));
  } finally {
    server.server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function main(): Promise<void> {
  log(`bench:turns: ${USERS} concurrent users, ${SECONDS} s per run (+${WARMUP_MS / 1000} s warm-up), store ${STORE}`);
  const baseline = await benchBareRestify();
  log(`bare restify POST:      ${baseline.perSec.toFixed(0)} req/s, p50 ${baseline.p50Ms.toFixed(2)} ms, p99 ${baseline.p99Ms.toFixed(2)} ms`);
  const lotse = await benchDirectLine();
  log(`Direct Line + adapter:  ${lotse.perSec.toFixed(0)} turns/s, p50 ${lotse.p50Ms.toFixed(2)} ms, p99 ${lotse.p99Ms.toFixed(2)} ms, errors ${lotse.errors}`);
  const ratio = baseline.perSec ? lotse.perSec / baseline.perSec : 0;
  log(`ratio: ${(ratio * 100).toFixed(1)} % of bare restify`);
  const result = {
    turnsPerSec: round(lotse.perSec, 1),
    baselinePerSec: round(baseline.perSec, 1),
    ratio: round(ratio, 3),
    p50Ms: round(lotse.p50Ms),
    p99Ms: round(lotse.p99Ms),
    users: USERS,
    store: STORE,
    seconds: SECONDS,
    errors: lotse.errors,
    baselineP50Ms: round(baseline.p50Ms),
    baselineP99Ms: round(baseline.p99Ms),
  };
  if (json) console.log(JSON.stringify(result));
  agent.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
