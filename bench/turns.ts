/**
 * `npm run bench:turns [-- --json] [--users 50] [--seconds 10] [--warmup 3] [--profile <dir>]
 *  [--instances 2 [--database postgresql://…]]`
 *
 * N concurrent simulated Web Chat users go through Lotse's profile flow against the real app
 * (startApp: the real bot and dialogs, demo data seeded into a fresh SQLite file), the way the
 * widget does it: tokens/generate, POST conversations, the WebSocket stream for the bot's
 * answers, and every answer POSTed to …/activities. A turn is one posted message; the POST
 * returns once the bot has answered, so its round trip is the turn's latency. A user who reaches
 * the end of the flow starts again as a new visitor.
 * Baseline in the same run, with the same HTTP client and concurrency: a bare restify POST echo
 * route with the same body parser. Each server runs in its own child process (the clients in this
 * one), so server and clients do not share one core. `--profile <dir>` writes a V8 CPU profile of
 * the Lotse server there. With --json the last stdout line is
 * {turnsPerSec, baselinePerSec, ratio, p50Ms, p99Ms, cpuMsPerTurn, users, …}.
 *
 * `--instances 2`: runs Lotse on PostgreSQL (`--database` or TEST_DATABASE_URL, each run in a
 * fresh schema) once as one instance and once as two instances on one schema, behind a
 * non-sticky "load balancer": each visitor starts and keeps its socket on one instance and posts
 * its answers to the instances in turn, so answers reach the socket through the other instance.
 * Reports for both: turns/s, CPU time per turn (all Lotse processes), database queries (round
 * trips) per turn and p99, beside the bare restify baseline; JSON {baseline…, one, two}.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import restify from 'restify';
import WebSocket from 'ws';
import type { Activity, CardAction } from 'botbuilder-core';
import { agent, option, postMessage, request, startChat, type Chat, type Reply } from './client';
import { forkLotse, freshPostgresSchema, type LotseProcess, type LotseStats } from './lotse-process';

const json = process.argv.includes('--json');

function log(line: string): void {
  if (json) console.error(line);
  else console.log(line);
}

const USERS = Math.max(1, Number(option('users', '50')));
const SECONDS = Math.max(1, Number(option('seconds', '10')));
const WARMUP_MS = Math.max(0, Number(option('warmup', '3'))) * 1000;
/** How long a user waits for the bot's next question before counting an error and starting over. */
const ANSWER_TIMEOUT_MS = 15_000;

/** One question of the profile flow and the simulated person's answer: a button to tap or a text. */
interface Step {
  question: RegExp;
  tap?: string;
  say?: string;
}

/** Lea, school leaver in Olten who can solder, from the greeting to her first jobs (the dialogs' standard flow). */
const FLOW: Step[] = [
  { question: /In welcher Sprache/, tap: 'Deutsch (Schweiz)' },
  { question: /Bist du damit einverstanden/, tap: 'Ja, einverstanden' },
  { question: /Wie darf ich dich nennen/, say: 'Lea' },
  { question: /Wo stehst du gerade/, tap: 'Schule fertig, suche Lehrstelle/Job' },
  { question: /Was kannst du gut/, say: 'Ich kann löten' },
  { question: /Wie gut kannst du Löten/, tap: 'Gut' },
  { question: /Wo hast du Löten gelernt/, tap: 'Hobby/Freizeit' },
  { question: /Löten ist notiert/, tap: 'Fertig' },
  { question: /in welche Richtung/, tap: 'Ich weiss es schon' },
  { question: /Welche Schule/, tap: 'Sekundarschule' },
  { question: /Lehre oder eine andere Berufsausbildung/, tap: 'Noch keine' },
  { question: /Jahre Berufserfahrung/, tap: 'Noch keine' },
  { question: /Wo möchtest du arbeiten/, say: '4600 Olten' },
  { question: /Wie weit darf dein Arbeitsweg/, tap: 'bis 25 km' },
  { question: /Welches Pensum/, tap: '100 %' },
  { question: /Ab wann möchtest du anfangen/, tap: 'Sofort' },
  { question: /Was suchst du/, tap: 'Alles davon' },
  { question: /Welche Sprachen sprichst du/, tap: 'Deutsch ist meine Muttersprache' },
  { question: /Wie kommst du zur Arbeit/, tap: 'ÖV / Velo' },
  { question: /Dürfen Firmen/, tap: 'Nur für mich' },
  { question: /Soll ich dir Bescheid geben/, tap: 'Ja' },
  { question: /Passt das so/, tap: 'Passt, zeig mir Jobs' },
];

// ---------------------------------------------------------------------------------------------
// Servers (child processes)

/** Runs in the child: starts the bare restify baseline and reports its URL to the parent. */
async function serveBare(): Promise<void> {
  const server = restify.createServer({ name: 'bare' });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  let counter = 0;
  server.post('/echo', (req, res, next) => {
    res.send(200, { id: `c|${(counter += 1)}`, type: (req.body as { type?: string }).type });
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.on('message', (message) => {
    if (message !== 'stop') return;
    server.server.closeAllConnections();
    server.close(() => process.exit(0));
  });
  process.send!({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

interface Child {
  url: string;
  stop(): Promise<void>;
}

/** Forks this script as the bare server; resolves once it listens. */
function startBare(): Promise<Child> {
  const child: ChildProcess = fork(__filename, ['--serve', 'bare'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
    child.once('message', (message) => {
      child.removeAllListeners('exit');
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      resolve({
        url: (message as { url: string }).url,
        stop: async () => {
          child.send('stop');
          await exited;
        },
      });
    });
  });
}

/** All simulated visitors come from 127.0.0.1 and answer at machine speed: quotas off. */
const NO_QUOTAS = { RATE_LIMIT_STARTS_PER_IP: '0', RATE_LIMIT_POSTS_PER_IP: '0', RATE_LIMIT_POSTS_PER_CONVERSATION: '0' };

// ---------------------------------------------------------------------------------------------
// Clients

/** The measurement window: turns are counted between `from` and `to` (performance.now()). */
interface Window {
  from: number;
  to: number;
}

class Tally {
  readonly latencies: number[] = [];
  errors = 0;
  flows = 0;
  /** Turns answered, warm-up included (CPU time and queries are counted over the whole run). */
  all = 0;

  record(window: Window, t0: number, t1: number, ok: boolean): void {
    if (t0 < window.from || t1 > window.to) return;
    if (ok) this.latencies.push(t1 - t0);
    else this.errors += 1;
  }
}

type BotMessage = Pick<Activity, 'text' | 'suggestedActions' | 'attachments' | 'from'>;

/** One Web Chat visitor: a conversation with its token, stream and the bot's latest messages. */
class Visitor {
  private inbox: BotMessage[] = [];
  private waiting?: () => void;
  private socket?: WebSocket;
  private chat?: Chat;
  private posted = 0;
  private readonly prefix = randomBytes(6).toString('base64url');
  private readonly base: string;

  /** Starts (and keeps its socket) on bases[home]; posts go to the bases in turn (a non-sticky balancer). */
  constructor(
    private readonly bases: string[],
    private readonly home: number,
  ) {
    this.base = bases[home % bases.length]!;
  }

  /** Gets a token for a fresh user id, starts the conversation and connects its stream. */
  async start(): Promise<void> {
    const chat = await startChat(this.base);
    this.chat = chat;
    const socket = new WebSocket(chat.streamUrl);
    this.socket = socket;
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { activities?: Activity[] };
      for (const activity of frame.activities ?? []) if (activity.from?.role === 'bot' && activity.type === 'message') this.inbox.push(activity);
      this.waiting?.();
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
  }

  /** Waits until the bot has asked `question`; returns that message. */
  async expect(question: RegExp): Promise<BotMessage> {
    const deadline = performance.now() + ANSWER_TIMEOUT_MS;
    for (;;) {
      const found = this.inbox.find((m) => question.test(m.text ?? ''));
      if (found) return found;
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`no question ${question} (got: ${this.inbox.map((m) => m.text).join(' | ')})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Posts one answer as Web Chat does (a tapped button sends its value; postBack also as value). */
  async answer(step: Step, question: BotMessage): Promise<Reply> {
    let body: Record<string, unknown>;
    if (step.tap !== undefined) {
      const buttons: CardAction[] = [...this.inbox].reverse().flatMap((m) => m.suggestedActions?.actions ?? []);
      const button = (question.suggestedActions?.actions ?? buttons).find((b) => b.title === step.tap);
      if (!button) throw new Error(`no button "${step.tap}"`);
      body = { text: String(button.value), ...(button.type === 'postBack' ? { value: button.value } : {}) };
    } else {
      body = { text: step.say };
    }
    this.inbox = [];
    this.posted += 1;
    return postMessage(this.bases[(this.home + this.posted) % this.bases.length]!, this.chat!, body, `${this.prefix}-${this.posted}`);
  }

  close(): void {
    this.socket?.close();
  }
}

/** One simulated user: profile flows one after another (each a new visitor) until the window ends. */
async function simulate(bases: string[], window: Window, tally: Tally, user: number): Promise<void> {
  while (performance.now() < window.to) {
    const visitor = new Visitor(bases, user);
    try {
      await visitor.start();
      for (const step of FLOW) {
        const question = await visitor.expect(step.question);
        if (performance.now() >= window.to) return;
        const t0 = performance.now();
        const reply = await visitor.answer(step, question);
        tally.record(window, t0, performance.now(), reply.status === 200);
        tally.all += 1;
        if (reply.status !== 200) throw new Error(`POST activities answered ${reply.status}`);
      }
      await visitor.expect(/./);
      if (performance.now() < window.to) tally.flows += 1;
    } catch (err) {
      tally.errors += 1;
      if (tally.errors <= 3) log(`  user error: ${(err as Error).message}`);
    } finally {
      visitor.close();
    }
  }
}

/** The bare baseline: the same client posts a Web Chat sized message body in a loop. */
async function hammer(base: string, window: Window, tally: Tally, user: number): Promise<void> {
  for (let turn = 0; performance.now() < window.to; turn += 1) {
    const body = { type: 'message', locale: 'de-CH', text: 'Ich kann löten', from: { id: 'ignored' }, channelData: { clientActivityID: `b${user}-${turn}` } };
    const t0 = performance.now();
    const reply = await request(base, 'POST', '/echo', body).catch(() => ({ status: 0, body: '' }));
    tally.record(window, t0, performance.now(), reply.status === 200);
  }
}

interface RunResult {
  perSec: number;
  p50Ms: number;
  p99Ms: number;
  turns: number;
  errors: number;
  flows: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

async function measure(user: (window: Window, tally: Tally, index: number) => Promise<void>, tally = new Tally()): Promise<RunResult> {
  const start = performance.now();
  const window = { from: start + WARMUP_MS, to: start + WARMUP_MS + SECONDS * 1000 };
  await Promise.all(Array.from({ length: USERS }, (_, i) => user(window, tally, i)));
  const sorted = tally.latencies.sort((a, b) => a - b);
  return {
    perSec: sorted.length / SECONDS,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    turns: sorted.length,
    errors: tally.errors,
    flows: tally.flows,
  };
}

interface LotseRun extends RunResult {
  instances: number;
  cpuMsPerTurn: number;
  /** Database queries (round trips) per turn; null on SQLite. */
  queriesPerTurn: number | null;
}

/** Runs the profile flow against `instances` Lotse processes on one database. */
async function runLotse(instances: number, databaseUrl: string | undefined, profileDir?: string): Promise<LotseRun> {
  const execArgv = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
  const schema = databaseUrl ? await freshPostgresSchema(databaseUrl, 'bench') : undefined;
  const servers: LotseProcess[] = [];
  try {
    // The first instance migrates and seeds the database; the others start on it afterwards.
    for (let i = 0; i < instances; i += 1) servers.push(await forkLotse({ databaseUrl: schema?.url, env: { ...NO_QUOTAS, SEED_DEMO: i === 0 ? 'true' : 'false' }, execArgv }));
    const before = await Promise.all(servers.map((s) => s.stats()));
    const tally = new Tally();
    const result = await measure((window, t, i) => simulate(servers.map((s) => s.url), window, t, i), tally);
    const after = await Promise.all(servers.map((s) => s.stats()));
    const sum = (stats: LotseStats[], key: 'cpuMicros' | 'queries') => stats.reduce((total, s) => total + s[key], 0);
    const turns = Math.max(1, tally.all);
    return {
      ...result,
      instances,
      cpuMsPerTurn: (sum(after, 'cpuMicros') - sum(before, 'cpuMicros')) / 1000 / turns,
      queriesPerTurn: schema ? (sum(after, 'queries') - sum(before, 'queries')) / turns : null,
    };
  } finally {
    agent.destroy();
    await Promise.all(servers.map((s) => s.stop()));
    await schema?.drop();
  }
}

async function runBare(): Promise<RunResult> {
  const bare = await startBare();
  try {
    return await measure((window, tally, i) => hammer(bare.url, window, tally, i));
  } finally {
    agent.destroy();
    await bare.stop();
  }
}

function describeRun(name: string, run: LotseRun): string {
  const queries = run.queriesPerTurn === null ? '' : `, ${run.queriesPerTurn.toFixed(1)} DB queries/turn`;
  return (
    `${name}: ${run.perSec.toFixed(0)} turns/s, p50 ${run.p50Ms.toFixed(2)} ms, p99 ${run.p99Ms.toFixed(2)} ms, ` +
    `${run.cpuMsPerTurn.toFixed(2)} ms CPU/turn${queries}, ${run.flows} complete flows, errors ${run.errors}`
  );
}

function runJson(run: LotseRun, baseline: RunResult) {
  return {
    turnsPerSec: round(run.perSec, 1),
    ratio: round(baseline.perSec ? run.perSec / baseline.perSec : 0, 3),
    p50Ms: round(run.p50Ms),
    p99Ms: round(run.p99Ms),
    cpuMsPerTurn: round(run.cpuMsPerTurn, 3),
    queriesPerTurn: run.queriesPerTurn === null ? null : round(run.queriesPerTurn, 2),
    turns: run.turns,
    flows: run.flows,
    errors: run.errors,
  };
}

async function main(): Promise<void> {
  const profileDir = process.argv.includes('--profile') ? option('profile', 'bench-profile') : undefined;
  const instances = Math.max(1, Number(option('instances', '1')));
  const database = option('database', process.env.TEST_DATABASE_URL ?? '');
  if (instances > 1 && !/^postgres(ql)?:\/\//.test(database)) throw new Error('--instances needs PostgreSQL: --database postgresql://… or TEST_DATABASE_URL');
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  log(`bench:turns: ${USERS} concurrent users, ${SECONDS} s per run (+${WARMUP_MS / 1000} s warm-up), ${os.cpus().length} cores, load ${load}`);
  const baseline = await runBare();
  log(`bare restify POST echo: ${baseline.perSec.toFixed(0)} req/s, p50 ${baseline.p50Ms.toFixed(2)} ms, p99 ${baseline.p99Ms.toFixed(2)} ms`);
  const common = { baselinePerSec: round(baseline.perSec, 1), baselineP50Ms: round(baseline.p50Ms), baselineP99Ms: round(baseline.p99Ms), users: USERS, seconds: SECONDS, loadAverage: load };
  if (instances === 1) {
    const lotse = await runLotse(1, database || undefined, profileDir);
    log(describeRun(`Lotse profile flow (${database ? 'PostgreSQL' : 'SQLite'})`, lotse));
    log(`ratio: ${((lotse.perSec / baseline.perSec) * 100).toFixed(1)} % of bare restify`);
    if (json) console.log(JSON.stringify({ ...runJson(lotse, baseline), ...common }));
    return;
  }
  const one = await runLotse(1, database);
  log(describeRun('Lotse, 1 instance on PostgreSQL', one));
  const many = await runLotse(instances, database);
  log(describeRun(`Lotse, ${instances} instances on PostgreSQL (posts alternate between them)`, many));
  log(`ratio: ${((one.perSec / baseline.perSec) * 100).toFixed(1)} % / ${((many.perSec / baseline.perSec) * 100).toFixed(1)} % of bare restify`);
  if (json) console.log(JSON.stringify({ ...common, one: runJson(one, baseline), [`instances${instances}`]: runJson(many, baseline) }));
}

const serveKind = process.argv.includes('--serve') ? option('serve', 'bare') : undefined;
(serveKind ? serveBare() : main()).catch((err) => {
  console.error(err);
  process.exit(1);
});
