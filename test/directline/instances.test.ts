/**
 * Two real Lotse processes (startApp, the real bot) on one PostgreSQL schema, as behind a load
 * balancer: a Web Chat socket on one instance receives the answers to turns the other instance
 * ran, in order, none skipped; simultaneous posts to one conversation on both instances are all
 * stored and answered without errors, with contiguous watermarks; and an instance answers a
 * flood with 429. Runs only with TEST_DATABASE_URL (SQLite is one process).
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import WebSocket from 'ws';
import { dropSchema, postgresTestUrl } from '../support/databases';
import { spawnTs } from '../support/child';
import { call, eventually, userId } from './support';

const INSTANCE = path.join(__dirname, 'web-instance.ts');
const GENERIC_ERROR = /schiefgelaufen|gleichzeitig bekommen/;

interface Instance {
  url: string;
  child: ChildProcessWithoutNullStreams;
}

function startInstance(url: string, env: Record<string, string>): Promise<Instance> {
  const child = spawnTs(INSTANCE, [url], env);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}: ${stderr}`)));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{')) return;
      const event = JSON.parse(line) as { event: string; url: string };
      if (event.event === 'ready') {
        child.removeAllListeners('exit');
        resolve({ url: event.url, child });
      }
    });
  });
}

function stopInstance(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    instance.child.once('exit', () => resolve());
    instance.child.stdin.end();
  });
}

interface Frame {
  activities: { id: string; type: string; text?: string; replyToId?: string; from: { role?: string } }[];
  watermark?: string;
}

/** A conversation started on `on`, with its Web Chat socket connected there. */
async function openChat(on: Instance) {
  const generated = await call(on.url, 'POST', '/v3/directline/tokens/generate', { body: { user: { id: userId() } } });
  const started = await call(on.url, 'POST', '/v3/directline/conversations', { token: generated.json.token, body: { locale: 'de-CH' } });
  const { conversationId, token, streamUrl } = started.json as { conversationId: string; token: string; streamUrl: string };
  const frames: Frame[] = [];
  const socket = new WebSocket(streamUrl);
  socket.on('message', (data) => frames.push(JSON.parse(String(data)) as Frame));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const received = () => frames.flatMap((f) => f.activities);
  return { conversationId, token, socket, frames, received };
}

const post = (on: Instance, chat: { conversationId: string; token: string }, text: string, clientId: string) =>
  call(on.url, 'POST', `/v3/directline/conversations/${chat.conversationId}/activities`, {
    token: chat.token,
    body: { type: 'message', text, locale: 'de-CH', from: { id: 'ignored' }, channelData: { clientActivityID: clientId } },
  });

/** The whole transcript as stored (polling GET, the source of truth). */
async function transcript(on: Instance, chat: { conversationId: string; token: string }) {
  const all: Frame['activities'] = [];
  let watermark = '';
  for (;;) {
    const page = await call(on.url, 'GET', `/v3/directline/conversations/${chat.conversationId}/activities${watermark ? `?watermark=${watermark}` : ''}`, { token: chat.token });
    all.push(...(page.json.activities as Frame['activities']));
    if (!page.json.activities.length || page.json.watermark === watermark) return all;
    watermark = page.json.watermark as string;
  }
}

/** Words without digits: a typed number would pick a button (the second one at consent is «Nein»). */
const letters = (i: number) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));

const describePostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

describePostgres('two Lotse instances on one PostgreSQL database', () => {
  let url: string;
  let a: Instance | undefined;
  let b: Instance | undefined;
  const sockets: WebSocket[] = [];
  beforeAll(async () => {
    url = postgresTestUrl();
    const env = { SEED_DEMO: 'true', RATE_LIMIT_POSTS_PER_CONVERSATION: '0', RATE_LIMIT_POSTS_PER_IP: '0', RATE_LIMIT_STARTS_PER_IP: '5' };
    a = await startInstance(url, env); // the first one migrates and seeds; then the second starts
    b = await startInstance(url, { ...env, SEED_DEMO: 'false' });
  }, 120_000);
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await dropSchema(url);
  }, 30_000);

  it('deliver every answer of turns run on B to the socket held by A, in order, none skipped', async () => {
    const chat = await openChat(a!);
    sockets.push(chat.socket);
    for (let i = 0; i < 5; i += 1) expect((await post(b!, chat, `Hallo ${i}`, `b-${i}`)).status).toBe(200);
    const stored = await transcript(b!, chat);
    expect(stored.filter((x) => x.from.role === 'bot' && x.replyToId).length).toBeGreaterThanOrEqual(5);
    await eventually(() => chat.received().length >= stored.length || undefined, 15_000);
    expect(chat.received().map((x) => x.id)).toEqual(stored.map((x) => x.id));
    const watermarks = chat.frames.map((f) => Number(f.watermark));
    expect(watermarks).toEqual([...watermarks].sort((x, y) => x - y));
    expect(watermarks[watermarks.length - 1]).toBe(stored.length - 1);
  }, 60_000);

  it('store and answer 50 simultaneous posts on each instance to one conversation, without errors or gaps', async () => {
    const chat = await openChat(a!);
    sockets.push(chat.socket);
    const posts = Array.from({ length: 100 }, (_, i) => post(i % 2 ? b! : a!, chat, `Nachricht ${letters(i)}`, `both-${i}`));
    const answers = await Promise.all(posts);
    expect(answers.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    expect(new Set(answers.map((r) => r.json.id)).size).toBe(100);
    // A post is answered with its id after at most a few seconds, its turn may still run: wait for all 100 turns.
    const unanswered = (stored: Awaited<ReturnType<typeof transcript>>) => {
      const answered = new Set(stored.filter((x) => x.from.role === 'bot').map((x) => x.replyToId));
      return stored.filter((x) => x.from.role !== 'bot' && x.type === 'message' && !answered.has(x.id));
    };
    const stored = await eventually(async () => {
      const now = await transcript(a!, chat);
      return unanswered(now).length === 0 ? now : undefined;
    }, 60_000).catch(() => transcript(a!, chat));
    const mine = stored.filter((x) => x.from.role !== 'bot' && x.type === 'message');
    expect(mine).toHaveLength(100);
    // Every post got an answer of its own turn, and none was the "something went wrong" text.
    expect(unanswered(stored)).toEqual([]);
    expect(stored.filter((x) => GENERIC_ERROR.test(x.text ?? '')).map((x) => x.text)).toEqual([]);
    // Watermarks (seq in the id) are contiguous: nothing a socket could skip.
    expect(stored.map((x) => Number(x.id.split('|')[1]))).toEqual(stored.map((_, i) => i));
    await eventually(() => chat.received().length >= stored.length || undefined, 15_000);
    expect(chat.received().map((x) => x.id)).toEqual(stored.map((x) => x.id));
  }, 120_000);

  it('answer a client that starts chats too fast with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i += 1) {
      const answer = await call(b!.url, 'POST', '/v3/directline/tokens/generate', { body: { user: { id: userId() } } });
      statuses.push(answer.status);
      if (answer.status === 429) retryAfter = answer.headers.get('retry-after');
    }
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  }, 30_000);
});
