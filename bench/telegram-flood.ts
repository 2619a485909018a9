/**
 * `npm run bench:telegram-flood [-- --json] [--flood 40]`
 *
 * How much one flooding Telegram chat slows down everybody else. The real Lotse (startApp, demo
 * data in a fresh SQLite file, webhook mode) runs in a child process; its Bot API is
 * telegram-test-api behind a small recording proxy, and this process posts updates to
 * POST /api/telegram the way Telegram does. Measured in one run:
 *   1. baseline: a single message of a quiet chat, from the webhook POST to the bot's first reply
 *      (median of three chats);
 *   2. flood: one chat posts `--flood` messages at once, then three other chats write one message
 *      each, one after the other; their median answer time is the figure, also given as a ratio
 *      to the baseline.
 * With --json the last stdout line is {baselineMs, otherChatMs, ratio, floodWebhookMaxMs, …}.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import TelegramServer from 'telegram-test-api';

const json = process.argv.includes('--json');
const TOKEN = '7012345678:AAH-benchToken_forLotseFloodBench_01234';
const SECRET = 'bench-webhook-secret';
/** Longest wait for one answer before the run gives up (keeps the bench short). */
const ANSWER_TIMEOUT_MS = 20_000;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const FLOOD = Math.max(1, Number(option('flood', '40')));

function log(line: string): void {
  if (json) console.error(line);
  else console.log(line);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function readBody(stream: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------
// Lotse in a child process

async function serve(): Promise<void> {
  const { startApp } = await import('../src/app');
  const { loadConfig } = await import('../src/config');
  const { createLogger } = await import('../src/log');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-telegram-'));
  const port = process.env.BENCH_PORT!;
  const config = loadConfig({
    PORT: port,
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'silent',
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: process.env.BENCH_API_ROOT!,
    TELEGRAM_MODE: 'webhook',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
  });
  await startApp(config, { log: createLogger('silent'), schedulers: false });
  // The parent kills this process when it has its figures: a flood still running is not waited for.
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  process.on('disconnect', () => process.exit(0));
  process.send!({ ready: true });
}

// ---------------------------------------------------------------------------------------------
// Bot API: the emulator behind a proxy that notes when the bot first wrote to each chat

class BotApi {
  private readonly firstReply = new Map<string, number>();
  private readonly waiters = new Map<string, () => void>();
  replies = 0;
  emulator!: InstanceType<typeof TelegramServer>;
  proxy!: http.Server;
  apiRoot = '';

  async start(): Promise<void> {
    this.emulator = new TelegramServer({ port: await freePort(), host: '127.0.0.1' });
    await this.emulator.start();
    this.proxy = http.createServer((req, res) => void this.forward(req, res));
    await new Promise<void>((resolve) => this.proxy.listen(0, '127.0.0.1', resolve));
    this.apiRoot = `http://127.0.0.1:${(this.proxy.address() as net.AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.proxy.closeAllConnections();
    await new Promise<void>((resolve) => this.proxy.close(() => resolve()));
    await this.emulator.stop();
  }

  /** Resolves with performance.now() of the bot's first message to this chat. */
  firstReplyTo(chatId: string): Promise<number> {
    const known = this.firstReply.get(chatId);
    if (known !== undefined) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer in chat ${chatId} within ${ANSWER_TIMEOUT_MS} ms`)), ANSWER_TIMEOUT_MS);
      this.waiters.set(chatId, () => {
        clearTimeout(timer);
        resolve(this.firstReply.get(chatId)!);
      });
    });
  }

  private async forward(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const buffer = await readBody(req);
    const method = (req.url ?? '').split('/').pop() ?? '';
    if (method === 'setMyCommands' || method === 'sendChatAction') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ ok: true, result: true }));
    }
    if (method === 'sendMessage') this.noteReply(buffer);
    const { host: _host, ...headers } = req.headers;
    const upstream = http.request(`${this.emulator.config.apiURL}${req.url}`, { method: req.method, headers }, (answer) => {
      void readBody(answer).then((data) => {
        res.writeHead(answer.statusCode ?? 500, answer.headers);
        res.end(data);
      });
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    upstream.end(buffer);
  }

  private noteReply(buffer: Buffer): void {
    this.replies += 1;
    const chatId = String((JSON.parse(buffer.toString('utf8')) as { chat_id?: unknown }).chat_id);
    if (this.firstReply.has(chatId)) return;
    this.firstReply.set(chatId, performance.now());
    this.waiters.get(chatId)?.();
  }
}

// ---------------------------------------------------------------------------------------------
// Telegram's side: webhook posts

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
let updateId = 1000;
let messageId = 1;

function textUpdate(chatId: number, text: string): object {
  const chat = { id: chatId, type: 'private', first_name: 'Lea' };
  return {
    update_id: (updateId += 1),
    message: { message_id: (messageId += 1), date: Math.floor(Date.now() / 1000), chat, from: { id: chatId, is_bot: false, first_name: 'Lea', language_code: 'de' }, text },
  };
}

/** Posts one update to the webhook; resolves with performance.now() when the answer arrived. */
function post(port: number, update: object): Promise<number> {
  const payload = JSON.stringify(update);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: '/api/telegram',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'x-telegram-bot-api-secret-token': SECRET },
      },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve(performance.now()) : reject(new Error(`webhook answered ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function answerTime(api: BotApi, port: number, chatId: number): Promise<number> {
  const sent = performance.now();
  void post(port, textUpdate(chatId, 'Hallo')).catch(() => undefined);
  return (await api.firstReplyTo(String(chatId))) - sent;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  const api = new BotApi();
  await api.start();
  const port = await freePort();
  const child = fork(__filename, ['--serve'], { env: { ...process.env, BENCH_PORT: String(port), BENCH_API_ROOT: api.apiRoot }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`Lotse exited with ${code}`)));
      child.once('message', () => resolve());
    });
    await answerTime(api, port, 1); // warm-up: first turn loads the dialogs and the matcher
    const baselines = [await answerTime(api, port, 11), await answerTime(api, port, 12), await answerTime(api, port, 13)];
    const baselineMs = median(baselines);
    log(`single message answered in ${round(baselineMs)} ms (median of ${baselines.map((b) => round(b)).join(', ')})`);

    const floodChat = 500;
    const floodStart = performance.now();
    const answered: number[] = [];
    const webhookAnswers = Array.from({ length: FLOOD }, (_, i) =>
      post(port, textUpdate(floodChat, i === 0 ? 'Hallo' : `Nachricht ${i}`)).then((at) => (answered.push(at - floodStart), at)),
    );
    const others = [await answerTime(api, port, 600), await answerTime(api, port, 601), await answerTime(api, port, 602)];
    const otherChatMs = median(others);
    const floodRepliesBefore = api.replies;
    const settled = await Promise.race([Promise.all(webhookAnswers), new Promise<undefined>((r) => setTimeout(r, ANSWER_TIMEOUT_MS))]);
    const floodWebhookMaxMs = settled ? Math.max(...settled) - floodStart : null;
    const ratio = otherChatMs / baselineMs;
    log(`flood of ${FLOOD}: other chats answered in ${round(otherChatMs)} ms (median of ${others.map((o) => round(o)).join(', ')}) = ${round(ratio, 2)} × a single message`);
    log(`flood webhook requests: ${answered.length} of ${FLOOD} answered within ${ANSWER_TIMEOUT_MS} ms; all after ${floodWebhookMaxMs === null ? '—' : `${round(floodWebhookMaxMs)} ms`}`);
    if (json) {
      console.log(
        JSON.stringify({ flood: FLOOD, baselineMs: round(baselineMs), otherChatMs: round(otherChatMs), ratio: round(ratio, 2), floodWebhookMaxMs: floodWebhookMaxMs === null ? null : round(floodWebhookMaxMs), floodWebhookAnswered: answered.length, botMessagesBeforeOtherAnswered: floodRepliesBefore }),
      );
    }
  } finally {
    child.kill('SIGKILL');
    await api.stop();
  }
}

if (process.argv.includes('--serve')) {
  serve().catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
