/**
 * Flooding the web chat over real HTTP: one client starting chats or posting as fast as it can is
 * answered 429 with Retry-After and a JSON error once its quota is used up, while other clients
 * (another address, another conversation) go on normally. X-Forwarded-For counts only when it
 * comes from a proxy Lotse was told to trust. Clients with another address connect from
 * 127.0.0.2 (the loopback network), so no header is involved.
 */
import http from 'node:http';
import { startTestServer, userId, type TestServer } from '../directline/support';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  json: { error?: { code: string; message: string }; token?: string; conversationId?: string; id?: string };
}

function send(base: string, path: string, options: { body?: unknown; token?: string; from?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const url = new URL(path, base);
  const payload = JSON.stringify(options.body ?? {});
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: options.from ?? '127.0.0.1',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: text ? JSON.parse(text) : {} }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const generate = (base: string, options: { from?: string; headers?: Record<string, string> } = {}) =>
  send(base, '/v3/directline/tokens/generate', { body: { user: { id: userId() } }, ...options });

async function startChat(base: string, from?: string): Promise<{ conversationId: string; token: string }> {
  const generated = await generate(base, { from });
  const started = await send(base, '/v3/directline/conversations', { token: generated.json.token!, from });
  return { conversationId: started.json.conversationId!, token: started.json.token! };
}

const post = (base: string, chat: { conversationId: string; token: string }, text: string, from?: string) =>
  send(base, `/v3/directline/conversations/${chat.conversationId}/activities`, { token: chat.token, body: { type: 'message', text }, from });

function expectTooMany(answer: Answer): void {
  expect(answer.status).toBe(429);
  expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(answer.json.error?.code).toBe('TooManyRequests');
  expect(answer.headers['access-control-allow-origin']).toBe('*');
}

describe('a client flooding the web chat', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_STARTS_PER_IP: '4', RATE_LIMIT_POSTS_PER_IP: '8', RATE_LIMIT_POSTS_PER_CONVERSATION: '3' } });
  });
  afterAll(() => server.close());

  it('gets 429 with Retry-After for new tokens after its burst; another address still gets one', async () => {
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await generate(server.base, { from: '127.0.0.3' }));
    expect(answers.slice(0, 4).map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expectTooMany(answers[4]!);
    expect((await generate(server.base, { from: '127.0.0.4' })).status).toBe(200);
  });

  it('cannot choose another address by sending X-Forwarded-For itself', async () => {
    for (let i = 0; i < 4; i += 1) await generate(server.base, { from: '127.0.0.5', headers: { 'x-forwarded-for': `198.51.100.${i}` } });
    expectTooMany(await generate(server.base, { from: '127.0.0.5', headers: { 'x-forwarded-for': '198.51.100.200' } }));
  });

  it('gets 429 for posts to one conversation after its burst, and the answers it got are real', async () => {
    const chat = await startChat(server.base, '127.0.0.6');
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await post(server.base, chat, `Nachricht ${i}`, '127.0.0.6'));
    expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers[0]!.json.id).toContain(chat.conversationId);
    expectTooMany(answers[3]!);
  });

  it("cannot use up another person's conversation quota with a token of its own", async () => {
    const victim = await startChat(server.base, '127.0.0.7');
    const attacker = await startChat(server.base, '127.0.0.8');
    for (let i = 0; i < 5; i += 1) {
      const answer = await post(server.base, { conversationId: victim.conversationId, token: attacker.token }, 'x', '127.0.0.8');
      expect([403, 429]).toContain(answer.status);
    }
    expect((await post(server.base, victim, 'Hallo', '127.0.0.7')).status).toBe(200);
  });

  it('gets 429 for posts from one address spread over many conversations', async () => {
    const chats = [await startChat(server.base, '127.0.0.10'), await startChat(server.base, '127.0.0.11'), await startChat(server.base, '127.0.0.12')];
    const statuses = [];
    for (let i = 0; i < 9; i += 1) statuses.push((await post(server.base, chats[i % 3]!, `m${i}`, '127.0.0.9')).status);
    expect(statuses.slice(0, 8).every((s) => s === 200)).toBe(true);
    expect(statuses[8]).toBe(429);
  });
});

describe('behind a trusted proxy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_STARTS_PER_IP: '2', TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => server.close());

  it('counts each client by the address the proxy forwards', async () => {
    const viaProxy = (client: string) => generate(server.base, { headers: { 'x-forwarded-for': client } });
    expect([(await viaProxy('198.51.100.1')).status, (await viaProxy('198.51.100.1')).status]).toEqual([200, 200]);
    expectTooMany(await viaProxy('198.51.100.1'));
    expect((await viaProxy('198.51.100.2')).status).toBe(200);
  });
});
