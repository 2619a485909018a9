/**
 * Attacks on the web chat's tokens and on the secrets behind them, against the real Lotse
 * (startApp, real HTTP, a real database): a key taken from a copy of the database, secrets lying
 * in tables, a stolen token refreshed for ever, a token kept after the person left this device.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { TurnContext } from 'botbuilder-core';
import WebSocket from 'ws';
import { startApp, type App } from '../../src/app';
import { keyedRevocations } from '../../src/channels/directline';
import { memorySigningKey, TokenService } from '../../src/channels/directline/tokens';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { deriveKeys, masterSecret, SECRET_FILE } from '../../src/secrets';
import { FORGET_DEVICE_EVENT } from '../../src/services/ports';
import { openDatabase, type Database, type PrismaClient } from '../../src/store/database';
import { PrismaTranscriptStore } from '../../src/store/directline-store';
import { LEGACY_SECRET_SETTINGS } from '../../src/store/settings';
import { TokenRevocationStore } from '../../src/store/token-revocations';
import { call, echoLogic, eventually, startTestServer, userId, type TestServer } from '../directline/support';
import { spawnTs } from '../support/child';
import { tempSqliteUrl, testDatabases, testDatabaseUrls } from '../support/databases';

jest.setTimeout(60_000);

const DL = '/v3/directline';
const SECRET_A = 'first-master-secret-for-rotation-0123456789';
const SECRET_B = 'second-master-secret-for-rotation-987654321';
/** PostgreSQL always needs LOTSE_SECRET; SQLite generates its own unless a test gives one. */
const POSTGRES_SECRET = 'postgres-test-master-secret-0123456789abcd';

async function start(url: string, env: Record<string, string> = {}): Promise<App> {
  const config = loadConfig({ DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...env });
  return startApp(config, { log: createLogger('silent'), schedulers: false });
}

/** A visitor's conversation as the widget opens it: tokens/generate, then conversations. */
async function openConversation(base: string, user = userId()) {
  const generated = await call(base, 'POST', `${DL}/tokens/generate`, { body: { user: { id: user } } });
  expect(generated.status).toBe(200);
  const started = await call(base, 'POST', `${DL}/conversations`, { token: generated.json.token, body: { locale: 'de-CH' } });
  expect(started.status).toBe(201);
  return { user, conversationId: started.json.conversationId as string, token: started.json.token as string, streamUrl: started.json.streamUrl as string };
}

const readActivities = (base: string, conversationId: string, token: string) => call(base, 'GET', `${DL}/conversations/${conversationId}/activities`, { token });

/** A token as Lotse's TokenService writes them, signed with a key of the attacker's choice. */
function forgeToken(key: Buffer, conversationId: string, user: string): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iss: 'lotse', aud: 'conversation', conv: conversationId, user, iat: now, sst: now, exp: now + 3600 })}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

/** Every row of every table, as text (what a copy of the database gives away). */
async function everyTable(prisma: PrismaClient, kind: Database['kind']): Promise<string> {
  const tables =
    kind === 'sqlite'
      ? await prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table'`)
      : await prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema()`);
  let text = '';
  for (const { name } of tables) {
    const rows = await prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name.replace(/"/g, '""')}"`);
    text += JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
  }
  return text;
}

/** The ways a key could be written down. */
const encodings = (key: Buffer) => [key.toString('hex'), key.toString('base64'), key.toString('base64url')];

describe.each(testDatabaseUrls())('secrets never in the database, on $name', ({ name, create }) => {
  const env: Record<string, string> = name === 'postgres' ? { LOTSE_SECRET: POSTGRES_SECRET } : {};
  let database: ReturnType<typeof create>;
  let app: App | undefined;
  beforeEach(() => {
    database = create();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await database.cleanup();
  });

  it('refuses a token forged with the signing key an earlier version kept in the Setting table, and deletes that row at start', async () => {
    const old = await openDatabase(database.url);
    const oldKey = randomBytes(32);
    await old.prisma.setting.createMany({
      data: [
        { key: 'directline.signingKey', value: oldKey.toString('base64') },
        { key: 'digest.pseudonymSecret', value: randomBytes(32).toString('hex') },
      ],
    });
    await old.close();

    app = await start(database.url, env);
    const victim = await openConversation(app.url);
    expect((await call(app.url, 'POST', `${DL}/conversations/${victim.conversationId}/activities`, { token: victim.token, body: { type: 'message', text: 'Ich heisse Lea' } })).status).toBe(200);

    const forged = forgeToken(oldKey, victim.conversationId, victim.user);
    const read = await readActivities(app.url, victim.conversationId, forged);
    expect(read.status).toBe(403);
    expect(JSON.stringify(read.json)).not.toContain('Ich heisse Lea');
    expect(await app.db.prisma.setting.count({ where: { key: { in: [...LEGACY_SECRET_SETTINGS] } } })).toBe(0);
  });

  it('signs with keys derived from the master secret, and no table holds the secret or a key derived from it', async () => {
    app = await start(database.url, env);
    const secret = name === 'postgres' ? POSTGRES_SECRET : fs.readFileSync(path.join(path.dirname(database.url.slice('file:'.length)), SECRET_FILE), 'utf8').trim();
    const keys = deriveKeys(secret);
    const visitor = await openConversation(app.url);
    await call(app.url, 'POST', `${DL}/conversations/${visitor.conversationId}/activities`, { token: visitor.token, body: { type: 'message', text: 'Hallo Lotse' } });

    // The key really is the derived one: a token signed with it is accepted…
    expect((await readActivities(app.url, visitor.conversationId, forgeToken(keys.tokenSigning[0]!, visitor.conversationId, visitor.user))).status).toBe(200);
    // …and neither it nor the secret lies anywhere in the database, while the conversation does.
    const dump = await everyTable(app.db.prisma, app.db.kind);
    expect(dump).toContain('Hallo Lotse');
    for (const material of [secret, ...[...keys.tokenSigning, ...keys.revocation, keys.pseudonym].flatMap(encodings)]) {
      expect(dump).not.toContain(material);
    }
  });
});

describe('the generated secret file (SQLite, no LOTSE_SECRET)', () => {
  let database: ReturnType<typeof tempSqliteUrl>;
  beforeEach(() => {
    database = tempSqliteUrl();
  });
  afterEach(() => database.cleanup());
  const secretFile = () => path.join(path.dirname(database.url.slice('file:'.length)), SECRET_FILE);

  it('is created owner-only at the first start and reused at the next, so tokens survive a restart', async () => {
    let app = await start(database.url);
    const visitor = await openConversation(app.url);
    await app.close();
    const file = secretFile();
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const content = fs.readFileSync(file, 'utf8');
    expect(content.trim().length).toBeGreaterThanOrEqual(32);

    app = await start(database.url);
    try {
      expect((await readActivities(app.url, visitor.conversationId, visitor.token)).status).toBe(200);
      expect(fs.readFileSync(file, 'utf8')).toBe(content);
    } finally {
      await app.close();
    }
  });

  it('is the same for two processes starting at the same moment', async () => {
    const children = [0, 1].map(() => spawnTs(path.join(__dirname, 'support', 'secret-instance.ts'), [database.url]));
    const outputs = children.map((child) => {
      const lines = readline.createInterface({ input: child.stdout });
      const ready = new Promise<void>((resolve) => lines.once('line', () => resolve()));
      const result = ready.then(() => new Promise<{ fingerprint: string; created: boolean }>((resolve) => lines.once('line', (line) => resolve(JSON.parse(line)))));
      return { ready, result };
    });
    await Promise.all(outputs.map((o) => o.ready));
    for (const child of children) child.stdin.write('go\n');
    const results = await Promise.all(outputs.map((o) => o.result));
    for (const child of children) child.stdin.end();

    const onDisk = createHash('sha256').update(fs.readFileSync(secretFile(), 'utf8').trim()).digest('hex');
    expect(results.map((r) => r.fingerprint)).toEqual([onDisk, onDisk]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(fs.readdirSync(path.dirname(secretFile())).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is refused when too short to be a secret', () => {
    fs.writeFileSync(secretFile(), 'short\n', { mode: 0o600 });
    expect(() => masterSecret(loadConfig({ DATABASE_URL: database.url }))).toThrow(/secret file .*shorter than 32 characters, or set LOTSE_SECRET/);
  });
});

describe('the master secret in the configuration', () => {
  it('is refused when shorter than 32 characters, naming the variable without echoing the value', () => {
    expect(() => loadConfig({ LOTSE_SECRET: 'too-short-to-be-safe' })).toThrow(/LOTSE_SECRET: expected at least 32 characters/);
    expect(() => loadConfig({ LOTSE_PREVIOUS_SECRET: 'too-short-to-be-safe' })).toThrow(/LOTSE_PREVIOUS_SECRET/);
    expect(() => loadConfig({ LOTSE_SECRET: 'too-short-to-be-safe' })).not.toThrow(/too-short-to-be-safe/);
  });
});

describe('the master secret with PostgreSQL', () => {
  it('must be configured: instances cannot share a generated file', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/test', LOG_LEVEL: 'silent' });
    await expect(startApp(config, { log: createLogger('silent'), schedulers: false })).rejects.toThrow(/LOTSE_SECRET: required with PostgreSQL/);
  });
});

describe('rotating the master secret', () => {
  const database = tempSqliteUrl();
  afterAll(() => database.cleanup());

  it('accepts tokens of the previous secret while LOTSE_PREVIOUS_SECRET is set, and not after', async () => {
    let app = await start(database.url, { LOTSE_SECRET: SECRET_A });
    const visitor = await openConversation(app.url);
    await app.close();

    app = await start(database.url, { LOTSE_SECRET: SECRET_B, LOTSE_PREVIOUS_SECRET: SECRET_A });
    let renewed: string;
    try {
      expect((await readActivities(app.url, visitor.conversationId, visitor.token)).status).toBe(200);
      const refreshed = await call(app.url, 'POST', `${DL}/tokens/refresh`, { token: visitor.token });
      expect(refreshed.status).toBe(200);
      renewed = refreshed.json.token;
    } finally {
      await app.close();
    }

    app = await start(database.url, { LOTSE_SECRET: SECRET_B });
    try {
      const old = await readActivities(app.url, visitor.conversationId, visitor.token);
      expect(old.status).toBe(403);
      expect(old.json.error.code).toBe('TokenInvalid');
      expect((await readActivities(app.url, visitor.conversationId, renewed)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('the lifetime of a web chat session', () => {
  const MAX = 300;
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { DIRECTLINE_SESSION_MAX_SECONDS: String(MAX) } });
  });
  afterAll(() => server.close());

  /** A token of a session that started `age` seconds ago (issued then, as the server would have). */
  const tokenOfSessionAged = (age: number, conversationId: string, user: string) =>
    new TokenService({ keys: memorySigningKey(server.key), ttlSeconds: 600, sessionMaxSeconds: MAX, now: () => Math.floor(Date.now() / 1000) - age }).issue(conversationId, user);

  it('refuses to refresh a token beyond the maximum session lifetime', async () => {
    const { conversationId, user } = await openConversation(server.base);
    const old = await tokenOfSessionAged(MAX + 60, conversationId, user);
    const refreshed = await call(server.base, 'POST', `${DL}/tokens/refresh`, { token: old.token });
    expect(refreshed.status).toBe(403);
    expect(refreshed.json.error.code).toBe('TokenExpired');
  });

  it('gives a refreshed token no more time than the session has left, and keeps its start', async () => {
    const { conversationId, user } = await openConversation(server.base);
    const aged = await tokenOfSessionAged(MAX - 100, conversationId, user);
    const refreshed = await call(server.base, 'POST', `${DL}/tokens/refresh`, { token: aged.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.expires_in).toBeLessThanOrEqual(100);
    const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(claims(refreshed.json.token).sst).toBe(claims(aged.token).sst);
  });
});

/** Echoes, and on "vergessen" sends the forget event as the dialogs do. */
async function forgettingLogic(context: TurnContext): Promise<void> {
  if (context.activity.type === 'message' && context.activity.text === 'vergessen') {
    await context.sendActivity('Erledigt.');
    await context.sendActivity({ type: 'event', name: FORGET_DEVICE_EVENT });
    return;
  }
  await echoLogic(context);
}

/** Frames of a stream socket, and its upgrade status when refused. */
function openStream(url: string): Promise<{ socket?: WebSocket; frames: unknown[]; refused?: number }> {
  return new Promise((resolve) => {
    const frames: unknown[] = [];
    const socket = new WebSocket(url);
    socket.on('message', (data) => frames.push(JSON.parse(String(data))));
    socket.on('open', () => resolve({ socket, frames }));
    socket.on('unexpected-response', (_req, res) => resolve({ frames, refused: res.statusCode }));
  });
}

describe.each(testDatabases())('forgetting a device revokes its tokens, on $name', ({ open }) => {
  let db: Database;
  let server: TestServer;
  beforeAll(async () => {
    db = await open();
    const revocations = keyedRevocations(new TokenRevocationStore(db.prisma), deriveKeys('revocation-test-master-secret-0123456789').revocation);
    server = await startTestServer({ store: new PrismaTranscriptStore(db.prisma), logic: forgettingLogic, revocations });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('refuses every earlier token of the user on REST and stream after the forget event, and only theirs, and removes their chats', async () => {
    const person = await openConversation(server.base);
    const other = await openConversation(server.base);
    const live = await openStream(person.streamUrl);
    const spare = await call(server.base, 'GET', `${DL}/conversations/${person.conversationId}`, { token: person.token });
    expect(spare.status).toBe(200);

    const posted = await call(server.base, 'POST', `${DL}/conversations/${person.conversationId}/activities`, { token: person.token, body: { type: 'message', text: 'vergessen' } });
    expect(posted.status).toBe(200);
    // The open socket still gets the confirmation and the event: that is how the widget learns to forget.
    await eventually(() => JSON.stringify(live.frames).includes(FORGET_DEVICE_EVENT));
    live.socket?.close();

    const path = `${DL}/conversations/${person.conversationId}`;
    expect((await readActivities(server.base, person.conversationId, person.token)).status).toBe(403);
    expect((await call(server.base, 'POST', `${path}/activities`, { token: person.token, body: { type: 'message', text: 'noch da?' } })).status).toBe(403);
    expect((await call(server.base, 'POST', `${DL}/tokens/refresh`, { token: person.token })).status).toBe(403);
    expect((await call(server.base, 'GET', path, { token: person.token })).status).toBe(403);
    expect((await openStream(spare.json.streamUrl)).refused).toBe(403);

    expect((await readActivities(server.base, other.conversationId, other.token)).status).toBe(200);
    // Nobody can read the forgotten device's chats any more, so they are gone; the other visitor's stay.
    expect(await db.prisma.directLineConversation.count({ where: { userId: person.user } })).toBe(0);
    expect(await db.prisma.directLineConversation.count({ where: { userId: other.user } })).toBe(1);
    const records = await db.prisma.tokenRevocation.findMany();
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records)).not.toContain(person.user);
  });
});
