/**
 * The Direct Line 3.0 API over real HTTP and WebSocket with an echo bot: tokens, conversations,
 * activities with watermarks, the stream, proactive messages, and every kind of bad input.
 */
import { TurnContext, type Activity } from 'botbuilder-core';
import WebSocket from 'ws';
import { MemoryTranscriptStore } from '../../src/services/transcripts';
import { memorySigningKey, TokenService } from '../../src/channels/directline/tokens';
import { call, eventually, startTestServer, userId, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Frame {
  activities: Activity[];
  watermark?: string;
}

/** Opens a stream URL and collects its frames. */
function openStream(url: string) {
  const socket = new WebSocket(url);
  const frames: Frame[] = [];
  socket.on('message', (data) => frames.push(JSON.parse(String(data)) as Frame));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const texts = () => frames.flatMap((f) => f.activities.map((a) => a.text));
  return { socket, frames, opened, texts, activities: () => frames.flatMap((f) => f.activities) };
}

async function startConversation(user = userId()) {
  const generated = await call(server.base, 'POST', '/v3/directline/tokens/generate', { body: { user: { id: user } } });
  expect(generated.status).toBe(200);
  const started = await call(server.base, 'POST', '/v3/directline/conversations', { token: generated.json.token, body: { locale: 'de-CH' } });
  expect(started.status).toBe(201);
  return { user, token: started.json.token as string, conversationId: started.json.conversationId as string, streamUrl: started.json.streamUrl as string };
}

function post(conversationId: string, token: string, activity: Record<string, unknown>) {
  return call(server.base, 'POST', `/v3/directline/conversations/${conversationId}/activities`, { token, body: activity });
}

describe('tokens', () => {
  it('generates a signed JWT bound to a new conversation and the given user', async () => {
    const user = userId();
    const res = await call(server.base, 'POST', '/v3/directline/tokens/generate', { body: { user: { id: user } } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 600 });
    const claims = JSON.parse(Buffer.from(res.json.token.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ user, conv: res.json.conversationId, aud: 'conversation' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('makes up an unguessable user id when none is given, and refuses weak ones', async () => {
    const res = await call(server.base, 'POST', '/v3/directline/tokens/generate');
    const claims = JSON.parse(Buffer.from(res.json.token.split('.')[1], 'base64url').toString());
    expect(claims.user).toMatch(/^dl_[A-Za-z0-9_-]{24}$/);
    const weak = await call(server.base, 'POST', '/v3/directline/tokens/generate', { body: { user: { id: 'alice' } } });
    expect(weak.status).toBe(400);
    expect(weak.json.error.code).toBe('BadArgument');
  });

  it('refreshes a valid token for the same conversation and user', async () => {
    const { token, conversationId } = await startConversation();
    const res = await call(server.base, 'POST', '/v3/directline/tokens/refresh', { token });
    expect(res.status).toBe(200);
    expect(res.json.conversationId).toBe(conversationId);
    const history = await call(server.base, 'GET', `/v3/directline/conversations/${conversationId}/activities`, { token: res.json.token });
    expect(history.status).toBe(200);
  });

  it('refuses missing, forged, expired and other-conversation tokens with 403 and a JSON error', async () => {
    const a = await startConversation();
    const b = await startConversation();
    const path = `/v3/directline/conversations/${a.conversationId}/activities`;
    const [header, payload, signature] = a.token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, user: 'dl_someoneelse123456789' })).toString('base64url');
    const expired = await new TokenService({ keys: memorySigningKey(server.key), ttlSeconds: 60, now: () => Math.floor(Date.now() / 1000) - 3600 }).issue(a.conversationId, a.user);
    const cases: [string | undefined, string][] = [
      [undefined, 'TokenInvalid'],
      ['garbage', 'TokenInvalid'],
      [`${header}.${forgedPayload}.${signature}`, 'TokenInvalid'],
      [`${a.token.slice(0, -2)}xx`, 'TokenInvalid'],
      [expired.token, 'TokenExpired'],
      [b.token, 'TokenInvalid'],
    ];
    for (const [token, code] of cases) {
      const res = await call(server.base, 'GET', path, { token });
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe(code);
    }
    const refresh = await call(server.base, 'POST', '/v3/directline/tokens/refresh', { token: expired.token });
    expect(refresh.status).toBe(403);
  });

  it('requires the secret for tokens/generate when DIRECTLINE_SECRET is set', async () => {
    const secret = 's'.repeat(40);
    const guarded = await startTestServer({ env: { DIRECTLINE_SECRET: secret } });
    try {
      expect((await call(guarded.base, 'POST', '/v3/directline/tokens/generate')).status).toBe(403);
      expect((await call(guarded.base, 'POST', '/v3/directline/tokens/generate', { token: 'x'.repeat(40) })).status).toBe(403);
      const ok = await call(guarded.base, 'POST', '/v3/directline/tokens/generate', { token: secret });
      expect(ok.status).toBe(200);
      const viaSecret = await call(guarded.base, 'POST', '/v3/directline/conversations', { token: secret, body: { user: { id: userId() } } });
      expect(viaSecret.status).toBe(201);
      expect(viaSecret.json.streamUrl).toMatch(/^ws:\/\//);
    } finally {
      await guarded.close();
    }
  });
});

describe('conversations and activities', () => {
  it('starts a conversation whose stream replays the greeting, echoes a posted activity with its id and delivers the reply', async () => {
    const { token, conversationId, streamUrl } = await startConversation();
    expect(streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${conversationId}/stream\\?t=`));
    const stream = openStream(streamUrl);
    await stream.opened;
    await eventually(() => stream.texts().includes('Hallo! Ich bin Lotse.'));
    const res = await post(conversationId, token, { type: 'message', text: 'Grüezi 👋 مرحبا', from: { id: 'spoofed', name: 'Mia' }, channelData: { clientActivityID: 'c1' } });
    expect(res.status).toBe(200);
    expect(res.json.id).toBe(`${conversationId}|0000001`);
    await eventually(() => stream.texts().includes('Echo: Grüezi 👋 مرحبا'));
    const [greeting, echo, reply] = stream.activities();
    expect(greeting!.from.role).toBe('bot');
    expect(echo).toMatchObject({ id: res.json.id, text: 'Grüezi 👋 مرحبا', from: { role: 'user', name: 'Mia' }, channelData: { clientActivityID: 'c1' } });
    expect(echo!.from.id).not.toBe('spoofed');
    expect(reply).toMatchObject({ replyToId: res.json.id, from: { id: 'lotse', role: 'bot' }, channelId: 'directline' });
    expect(stream.frames.at(-1)!.watermark).toBe('2');
    stream.socket.close();
  });

  it('returns the history after a watermark and resumes a conversation with a new stream URL', async () => {
    const { token, conversationId } = await startConversation();
    await post(conversationId, token, { type: 'message', text: 'eins' });
    await post(conversationId, token, { type: 'message', text: 'zwei' });
    const all = await call(server.base, 'GET', `/v3/directline/conversations/${conversationId}/activities`, { token });
    expect(all.json.activities.map((a: Activity) => a.text)).toEqual(['Hallo! Ich bin Lotse.', 'eins', 'Echo: eins', 'zwei', 'Echo: zwei']);
    expect(all.json.watermark).toBe('4');
    const later = await call(server.base, 'GET', `/v3/directline/conversations/${conversationId}/activities?watermark=2`, { token });
    expect(later.json.activities.map((a: Activity) => a.text)).toEqual(['zwei', 'Echo: zwei']);

    const resumed = await call(server.base, 'GET', `/v3/directline/conversations/${conversationId}?watermark=2`, { token });
    expect(resumed.status).toBe(200);
    expect(resumed.json.conversationId).toBe(conversationId);
    const stream = openStream(resumed.json.streamUrl);
    await eventually(() => stream.texts().length === 2);
    expect(stream.texts()).toEqual(['zwei', 'Echo: zwei']);
    stream.socket.close();

    const again = await call(server.base, 'POST', '/v3/directline/conversations', { token });
    expect(again.status).toBe(200);
  });

  it('delivers proactive messages to an open socket and keeps them for a later reconnect', async () => {
    const { token, conversationId, streamUrl } = await startConversation();
    const stream = openStream(streamUrl);
    await eventually(() => stream.texts().length === 1);
    const history = await call(server.base, 'GET', `/v3/directline/conversations/${conversationId}/activities`, { token });
    const reference = TurnContext.getConversationReference(history.json.activities[0]);
    const flipped = { ...reference, user: { id: 'ignored', name: '' } };
    await server.channel.adapter.continueConversation(flipped, async (ctx) => {
      await ctx.sendActivity('Neue Lehrstelle für dich!');
    });
    await eventually(() => stream.texts().includes('Neue Lehrstelle für dich!'));
    stream.socket.close();

    await server.channel.adapter.continueConversationAsync('', flipped, async (ctx) => {
      await ctx.sendActivity('Noch eine Stelle.');
    });
    const resumed = await call(server.base, 'GET', `/v3/directline/conversations/${conversationId}?watermark=1`, { token });
    const later = openStream(resumed.json.streamUrl);
    await eventually(() => later.texts().includes('Noch eine Stelle.'));
    expect(later.texts()).toEqual(['Noch eine Stelle.']);
    later.socket.close();

    await expect(
      server.channel.adapter.continueConversation({ ...reference, conversation: { id: 'gone', isGroup: false, conversationType: '', name: '' } }, async () => undefined),
    ).rejects.toThrow(/unreachable/);
  });

  it('answers a retried activity (same clientActivityID) with the first id and runs the bot once', async () => {
    const { token, conversationId } = await startConversation();
    const activity = { type: 'message', text: 'nochmal', channelData: { clientActivityID: 'retry-1' } };
    const [first, second] = await Promise.all([post(conversationId, token, activity), post(conversationId, token, activity)]);
    expect(first.json.id).toBe(second.json.id);
    const third = await post(conversationId, token, activity);
    expect(third.json.id).toBe(first.json.id);
    const all = await call(server.base, 'GET', `/v3/directline/conversations/${conversationId}/activities`, { token });
    expect(all.json.activities.filter((a: Activity) => a.text === 'Echo: nochmal')).toHaveLength(1);
  });

  it('runs turns of one conversation in order', async () => {
    const order: string[] = [];
    let aStarted!: () => void;
    const aRunning = new Promise<void>((resolve) => (aStarted = resolve));
    let bArrived!: () => void;
    const bWaiting = new Promise<void>((resolve) => (bArrived = resolve));
    // Turn "a" holds until "b" was stored and handed on to run (one event-loop turn after its
    // append, when its turn is queued); a turn that did not wait for "a" would start meanwhile.
    const store = new MemoryTranscriptStore();
    const append = store.append.bind(store);
    store.append = async (conversationId, activity, clientId) => {
      const stored = await append(conversationId, activity, clientId);
      if (activity.text === 'b') setImmediate(bArrived);
      return stored;
    };
    const slow = await startTestServer({
      store,
      logic: async (ctx) => {
        if (ctx.activity.type !== 'message') return;
        order.push(`start ${ctx.activity.text}`);
        if (ctx.activity.text === 'a') {
          aStarted();
          await bWaiting;
        }
        order.push(`end ${ctx.activity.text}`);
        await ctx.sendActivity(`ok ${ctx.activity.text}`);
      },
    });
    try {
      const generated = await call(slow.base, 'POST', '/v3/directline/tokens/generate');
      const started = await call(slow.base, 'POST', '/v3/directline/conversations', { token: generated.json.token });
      const { token, conversationId } = started.json;
      const path = `/v3/directline/conversations/${conversationId}/activities`;
      const a = call(slow.base, 'POST', path, { token, body: { type: 'message', text: 'a' } });
      await aRunning;
      const b = call(slow.base, 'POST', path, { token, body: { type: 'message', text: 'b' } });
      await Promise.all([a, b]);
      expect(order).toEqual(['start a', 'end a', 'start b', 'end b']);
    } finally {
      await slow.close();
    }
  });
});

describe('bad input', () => {
  let conversation: Awaited<ReturnType<typeof startConversation>>;
  beforeAll(async () => {
    conversation = await startConversation();
  });
  const path = () => `/v3/directline/conversations/${conversation.conversationId}/activities`;

  it('answers broken JSON with 400 and a JSON error', async () => {
    const res = await call(server.base, 'POST', path(), { token: conversation.token, raw: '{"type": "message", "text": ' });
    expect(res.status).toBe(400);
    expect(res.json.error).toEqual({ code: expect.any(String), message: expect.any(String) });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers an oversize body with 413', async () => {
    const res = await call(server.base, 'POST', path(), { token: conversation.token, body: { type: 'message', text: 'x'.repeat(300_000) } });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toEqual(expect.any(String));
  });

  it('takes a 10,000-character message and keeps only the 1,000 characters Lotse reads, marked as cut', async () => {
    const res = await call(server.base, 'POST', path(), { token: conversation.token, body: { type: 'message', text: 'ä'.repeat(10_000) } });
    expect(res.status).toBe(200);
    const history = await call(server.base, 'GET', `${path()}?watermark=${res.json.id.split('|')[1] - 1}`, { token: conversation.token });
    const [stored, echo] = history.json.activities as Activity[];
    expect(stored!.text).toBe('ä'.repeat(1000));
    expect(stored!.channelData).toMatchObject({ lotse: { truncated: true } });
    expect(echo!.text).toBe('Echo: 1000 Zeichen');
  });

  it('refuses non-activities, unknown types and non-string text with 400', async () => {
    for (const body of [[], 'text', { text: 'no type' }, { type: 'endOfConversation' }, { type: 'message', text: 42 }]) {
      const res = await call(server.base, 'POST', path(), { token: conversation.token, body });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('BadArgument');
    }
  });

  it('answers unknown routes and unknown conversations with 404 JSON', async () => {
    const unknown = await call(server.base, 'GET', '/nothing/here');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toEqual(expect.any(String));
    const wrongMethod = await call(server.base, 'GET', '/v3/directline/tokens/generate');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.json.error.code).toEqual(expect.any(String));
    const generated = await call(server.base, 'POST', '/v3/directline/tokens/generate');
    const notStarted = await call(server.base, 'GET', `/v3/directline/conversations/${generated.json.conversationId}/activities`, { token: generated.json.token });
    expect(notStarted.status).toBe(404);
  });

  it('answers CORS preflights', async () => {
    const res = await fetch(`${server.base}/v3/directline/tokens/generate`, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });

  it('refuses stream connections with a bad token, a conversation token or the wrong conversation', async () => {
    const other = await startConversation();
    const base = server.base.replace('http', 'ws');
    const urls = [
      `${base}/v3/directline/conversations/${conversation.conversationId}/stream?t=bad`,
      `${base}/v3/directline/conversations/${conversation.conversationId}/stream?t=${conversation.token}`,
      other.streamUrl.replace(other.conversationId, conversation.conversationId),
      `${base}/somewhere-else`,
    ];
    for (const url of urls) {
      const socket = new WebSocket(url);
      const error = await new Promise<Error>((resolve) => socket.once('error', resolve));
      expect(error.message).toMatch(/Unexpected server response: (403|404)/);
    }
  });
});
