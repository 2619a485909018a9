/**
 * Hostile input on the web chat's Direct Line API gets a 4xx with a JSON error or a polite answer,
 * never a 500 or a crashed turn; and Lotse keeps no more of a message than it reads. Real HTTP
 * against the Direct Line routes (echo bot) and against Lotse as `npm start` runs it.
 */
import http from 'node:http';
import type { Activity } from 'botbuilder-core';
import WebSocket from 'ws';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { call, eventually, startTestServer, userId, type TestServer } from '../directline/support';
import { testDatabaseUrls, TEST_MASTER_SECRET } from '../support/databases';

const DL = '/v3/directline';

async function open(base: string) {
  const generated = await call(base, 'POST', `${DL}/tokens/generate`, { body: { user: { id: userId() } } });
  const started = await call(base, 'POST', `${DL}/conversations`, { token: generated.json.token, body: { locale: 'de-CH' } });
  expect(started.status).toBe(201);
  const token = started.json.token as string;
  const id = started.json.conversationId as string;
  return {
    token,
    id,
    post: (raw: string) => call(base, 'POST', `${DL}/conversations/${id}/activities`, { token, raw }),
    send: (body: unknown) => call(base, 'POST', `${DL}/conversations/${id}/activities`, { token, body }),
    history: async () => (await call(base, 'GET', `${DL}/conversations/${id}/activities`, { token })).json.activities as Activity[],
  };
}

/** A raw HTTP request with a Host header of the caller's choice (fetch does not allow setting it). */
function withHost(base: string, path: string, host: string, token: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path, method: 'POST', headers: { host, authorization: `Bearer ${token}`, 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) as Record<string, unknown> }));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('hostile input on the Direct Line routes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('JSON nested 5,000 deep in value, channelData or entities is a 400, not a 500', async () => {
    const chat = await open(server.base);
    const deep = nested(5000);
    for (const raw of [
      `{"type":"message","text":"x","value":${deep}}`,
      `{"type":"message","text":"x","channelData":{"a":${deep}}}`,
      `{"type":"message","text":"x","entities":[{"a":${deep}}]}`,
    ]) {
      const res = await chat.post(raw);
      expect(res.status).toBe(400);
      expect(res.json.error).toMatchObject({ code: 'BadArgument', message: expect.stringMatching(/deeper than 32/) });
    }
    const fine = await chat.post(`{"type":"message","text":"x","value":{"a":${nested(20)}}}`);
    expect(fine.status).toBe(200);
  });

  it('oversized value or channelData is a 400', async () => {
    const chat = await open(server.base);
    const res = await chat.send({ type: 'message', text: 'x', channelData: { blob: 'x'.repeat(20_000) } });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/larger than/);
  });

  it('fields of the wrong type are a 400 naming the field', async () => {
    const chat = await open(server.base);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ type: 'message', text: 'x', entities: [null] }, /entities/],
      [{ type: 'message', text: 'x', entities: { type: 'GeoCoordinates' } }, /entities/],
      [{ type: 'message', text: 'x', attachments: [1] }, /attachments/],
      [{ type: 'message', text: 'x', channelData: 'string' }, /channelData/],
      [{ type: 'message', text: 'x', channelData: [1, 2] }, /channelData/],
      [{ type: 'message', text: 'x', locale: 42 }, /locale/],
      [{ type: 'message', text: 'x', from: 'someone' }, /from/],
      [{ type: 'message', text: ['a'] }, /text/],
    ];
    for (const [body, field] of cases) {
      const res = await chat.send(body);
      expect(res.status).toBe(400);
      expect(res.json.error.message).toMatch(field);
    }
  });

  it('null for an optional field means absent, as some clients send it', async () => {
    const chat = await open(server.base);
    const res = await chat.send({ type: 'message', text: 'hallo', locale: null, entities: null, channelData: null, from: { id: 'x', name: null } });
    expect(res.status).toBe(200);
  });

  it('a client cannot set Lotse\'s own channelData marks', async () => {
    const chat = await open(server.base);
    const res = await chat.send({ type: 'message', text: 'kurz', channelData: { clientActivityID: 'c1', lotse: { truncated: true } } });
    expect(res.status).toBe(200);
    const stored = (await chat.history()).find((a) => a.id === res.json.id)!;
    expect(stored.channelData).toEqual({ clientActivityID: 'c1' });
  });

  it('a malformed percent-encoding in the stream URL is a 400, not a 500', async () => {
    const socket = new WebSocket(`${server.base.replace('http', 'ws')}${DL}/conversations/%E0%A4%A/stream?t=x`);
    const error = await new Promise<Error>((resolve) => socket.once('error', resolve));
    expect(error.message).toMatch(/Unexpected server response: 400/);
  });

  it('a malformed percent-encoding in a REST conversation id is a 4xx, not a 500', async () => {
    const chat = await open(server.base);
    const res = await call(server.base, 'GET', `${DL}/conversations/%E0%A4%A/activities`, { token: chat.token });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('CORS allows a fixed list of request headers, not whatever the preflight asks for', async () => {
    const res = await fetch(`${server.base}${DL}/tokens/generate`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-evil, cookie, authorization' },
    });
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    expect(allowed).toContain('authorization');
    expect(allowed).toContain('x-ms-bot-agent');
    expect(allowed).toContain('x-requested-with');
    expect(allowed).not.toContain('x-evil');
    expect(allowed).not.toContain('cookie');
  });

  it('without PUBLIC_URL a Host header not on the allow-list gets no stream URL pointing to it', async () => {
    const generated = await call(server.base, 'POST', `${DL}/tokens/generate`, { body: { user: { id: userId() } } });
    const res = await withHost(server.base, `${DL}/conversations`, 'evil.example', generated.json.token as string);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toContain('evil.example');
    expect(res.body).toMatchObject({ error: { code: 'HostNotAllowed', message: expect.stringMatching(/ALLOWED_HOSTS/) } });
  });
});

describe('stream URLs with ALLOWED_HOSTS and PUBLIC_URL', () => {
  it('a listed Host is used; with PUBLIC_URL the Host header never matters', async () => {
    const listed = await startTestServer({ env: { ALLOWED_HOSTS: 'chat.example.ch' } });
    const proxied = await startTestServer({ env: { PUBLIC_URL: 'https://lotse.example.ch' } });
    try {
      const a = await call(listed.base, 'POST', `${DL}/tokens/generate`);
      const ok = await withHost(listed.base, `${DL}/conversations`, 'chat.example.ch', a.json.token as string);
      expect(ok.status).toBe(201);
      expect(ok.body.streamUrl).toMatch(/^ws:\/\/chat\.example\.ch\/v3\/directline\/conversations\//);
      const b = await call(proxied.base, 'POST', `${DL}/tokens/generate`);
      const viaPublic = await withHost(proxied.base, `${DL}/conversations`, 'evil.example', b.json.token as string);
      expect(viaPublic.status).toBe(201);
      expect(viaPublic.body.streamUrl).toMatch(/^wss:\/\/lotse\.example\.ch\//);
    } finally {
      await listed.close();
      await proxied.close();
    }
  });
});

describe.each(testDatabaseUrls())('hostile input reaching the bot (Lotse as `npm start` runs it on $name)', ({ create }) => {
  const database = create();
  let app: App;
  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: 'false', LOTSE_SECRET: TEST_MASTER_SECRET });
    app = await startApp(config, { log: createLogger('silent'), schedulers: false });
  });
  afterAll(async () => {
    await app.close();
    await database.cleanup();
  });

  it('entities: [null] is refused with 400 instead of crashing the turn', async () => {
    const chat = await open(app.url);
    const res = await chat.send({ type: 'message', text: 'hallo', entities: [null] });
    expect(res.status).toBe(400);
    expect((await chat.history()).map((a) => a.text ?? '').join('\n')).not.toMatch(/schiefgelaufen/);
  });

  it('a 250 KB message is stored as the 1,000 characters Lotse reads, and the person is told politely', async () => {
    const chat = await open(app.url);
    const res = await chat.send({ type: 'message', text: `Ich heisse Lea. ${'bla '.repeat(60_000)}`, locale: 'de-CH' });
    expect(res.status).toBe(200);
    const history = await eventually(async () => {
      const all = await chat.history();
      return all.some((a) => /nur den Anfang gelesen/.test(a.text ?? '')) ? all : undefined;
    });
    const stored = history.find((a) => a.id === res.json.id)!;
    expect(stored.text!.length).toBe(1000);
    expect(stored.channelData).toMatchObject({ lotse: { truncated: true } });
    const row = await app.db.prisma.directLineActivity.findMany();
    expect(Math.max(...row.map((r) => JSON.stringify(r).length))).toBeLessThan(5000);
  });
});
