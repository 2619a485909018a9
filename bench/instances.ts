/**
 * `node dist/bench/instances.js [--database postgresql://…] [--posts 5] [--simultaneous 50] [--json]`
 *
 * Two Lotse instances on one PostgreSQL schema (fresh, dropped afterwards; --database or
 * TEST_DATABASE_URL), as behind a load balancer:
 * - deliveries: a Web Chat socket on instance A, `--posts` messages posted one after another on
 *   instance B: how many of the stored activities reached the socket, and how many were skipped
 *   (the watermark moved past them);
 * - simultaneous: `--simultaneous` posts on each instance at once to one conversation: how many
 *   were refused or answered with the generic error or busy text, and whether seqs are contiguous.
 * Last stdout line with --json: {deliveredOnA, storedActivities, skipped, failures, …}.
 */
import WebSocket from 'ws';
import { agent, option, runMain, postMessage, request, startChat, type Chat } from './client';
import { forkLotse, freshPostgresSchema, type LotseProcess } from './lotse-process';

/** Words without digits: a typed number picks a button (the second one at consent is «Nein», which forgets the chat so far). */
const letters = (i: number) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));

const POSTS = Number(option('posts', '5'));
const SIMULTANEOUS = Number(option('simultaneous', '50'));
const json = process.argv.includes('--json');
/** The bot's texts for "something went wrong" and "two messages at once" (de-CH). */
const FAILED = /schiefgelaufen|gleichzeitig bekommen/;

interface Stored {
  id: string;
  text?: string;
}

async function transcript(base: string, chat: Chat): Promise<Stored[]> {
  const reply = await request(base, 'GET', chat.activities, undefined, chat.token);
  return (JSON.parse(reply.body) as { activities: Stored[] }).activities;
}

function listen(chat: Chat): Promise<{ received: Stored[]; watermarks: number[]; close(): void }> {
  const received: Stored[] = [];
  const watermarks: number[] = [];
  const socket = new WebSocket(chat.streamUrl);
  socket.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { activities: Stored[]; watermark?: string };
    received.push(...frame.activities);
    if (frame.watermark) watermarks.push(Number(frame.watermark));
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ received, watermarks, close: () => socket.close() }));
    socket.once('error', reject);
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2000));

async function main(): Promise<void> {
  const database = option('database', process.env.TEST_DATABASE_URL ?? '');
  if (!/^postgres(ql)?:\/\//.test(database)) throw new Error('needs PostgreSQL: --database postgresql://… or TEST_DATABASE_URL');
  const schema = await freshPostgresSchema(database, 'bench_instances');
  const env = { RATE_LIMIT_STARTS_PER_IP: '0', RATE_LIMIT_POSTS_PER_IP: '0', RATE_LIMIT_POSTS_PER_CONVERSATION: '0' };
  const servers: LotseProcess[] = [];
  try {
    servers.push(await forkLotse({ databaseUrl: schema.url, env: { ...env, SEED_DEMO: 'true' } }));
    servers.push(await forkLotse({ databaseUrl: schema.url, env: { ...env, SEED_DEMO: 'false' } }));
    const [a, b] = servers as [LotseProcess, LotseProcess];

    const chat = await startChat(a.url);
    const socket = await listen(chat);
    for (let i = 0; i < POSTS; i += 1) await postMessage(b.url, chat, { text: `Hallo ${letters(i)}` }, `one-${i}`);
    await settle();
    const stored = await transcript(b.url, chat);
    const got = new Set(socket.received.map((x) => x.id));
    socket.close();

    const shared = await startChat(a.url);
    const replies = await Promise.all(
      Array.from({ length: 2 * SIMULTANEOUS }, (_, i) => postMessage(i % 2 ? b.url : a.url, shared, { text: `Nachricht ${letters(i)}` }, `both-${i}`)),
    );
    await settle();
    const all = await transcript(a.url, shared);
    const seqs = all.map((x) => Number(x.id.split('|')[1]));
    const result = {
      storedActivities: stored.length,
      deliveredOnA: stored.filter((x) => got.has(x.id)).length,
      skipped: stored.filter((x) => !got.has(x.id) && Number(x.id.split('|')[1]) < Math.max(-1, ...socket.watermarks)).length,
      posts: 2 * SIMULTANEOUS,
      failures: replies.filter((r) => r.status !== 200).length,
      failedAnswers: all.filter((x) => FAILED.test(x.text ?? '')).length,
      contiguous: seqs.every((seq, i) => seq === i),
    };
    console.log(
      json
        ? JSON.stringify(result)
        : `socket on A got ${result.deliveredOnA} of ${result.storedActivities} activities (${result.skipped} skipped); ` +
            `${result.posts} simultaneous posts: ${result.failures} refused, ${result.failedAnswers} answered with an error/busy text, seqs contiguous: ${result.contiguous}`,
    );
  } finally {
    agent.destroy();
    await Promise.all(servers.map((s) => s.stop()));
    await schema.drop();
  }
}

runMain(main);
