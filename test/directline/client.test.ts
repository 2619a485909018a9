/**
 * The official client library (botframework-directlinejs, as used inside Web Chat) against our
 * server over WebSocket and polling: greeting, posting with the echo Web Chat needs, resuming a
 * conversation with its history, refreshing the token, and a proactive message.
 */
import { TurnContext, type Activity } from 'botbuilder-core';
import { ConnectionStatus, DirectLine } from 'botframework-directlinejs';
import WebSocket from 'ws';
import { call, eventually, startTestServer, userId, type TestServer } from './support';

// DirectLineJS expects browser globals, even when polling.
// eslint-disable-next-line @typescript-eslint/no-require-imports
(globalThis as Record<string, unknown>).XMLHttpRequest ??= require('xhr2');
(globalThis as Record<string, unknown>).WebSocket ??= WebSocket;

let server: TestServer;
const clients: DirectLine[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.end();
});
afterAll(() => server.close());

function connect(options: ConstructorParameters<typeof DirectLine>[0]) {
  const client = new DirectLine({ domain: `${server.base}/v3/directline`, ...options });
  clients.push(client);
  const received: Activity[] = [];
  // The error callback swallows "conversation ended" when a test ends the client.
  client.activity$.subscribe(
    (activity) => received.push(activity as Activity),
    () => undefined,
  );
  return { client, received, texts: () => received.map((a) => a.text) };
}

async function token(user = userId()) {
  const res = await call(server.base, 'POST', '/v3/directline/tokens/generate', { body: { user: { id: user } } });
  return res.json as { token: string; conversationId: string };
}

function postText(client: DirectLine, text: string, user: string): Promise<string> {
  return new Promise((resolve, reject) => {
    client.postActivity({ type: 'message', text, from: { id: user }, channelData: { clientActivityID: `c-${text}` } } as never).subscribe(resolve, reject);
  });
}

describe.each([
  ['WebSocket', true],
  ['polling', false],
])('DirectLineJS over %s', (_name, webSocket) => {
  it('gets the greeting, its own message back with the id it was given, and the reply', async () => {
    const user = userId();
    const { client, received, texts } = connect({ token: (await token(user)).token, webSocket, pollingInterval: 200 });
    await eventually(() => texts().includes('Hallo! Ich bin Lotse.'));
    const id = await postText(client, 'Ich suche eine Lehrstelle', user);
    await eventually(() => texts().includes('Echo: Ich suche eine Lehrstelle'));
    const echo = received.find((a) => a.text === 'Ich suche eine Lehrstelle')!;
    expect(echo).toMatchObject({ id, from: { id: user, role: 'user' }, channelData: { clientActivityID: 'c-Ich suche eine Lehrstelle' } });
    expect(received.find((a) => a.text === 'Echo: Ich suche eine Lehrstelle')!.replyToId).toBe(id);
  });
});

it('resumes a conversation from its id and token with the whole history (page reload)', async () => {
  const user = userId();
  const saved = await token(user);
  const first = connect({ token: saved.token, webSocket: true });
  await eventually(() => first.texts().includes('Hallo! Ich bin Lotse.'));
  await postText(first.client, 'Hallo', user);
  await eventually(() => first.texts().includes('Echo: Hallo'));
  first.client.end();

  // What the web page keeps in sessionStorage: the conversation id and the token.
  const reloaded = connect({ token: saved.token, conversationId: saved.conversationId, webSocket: true });
  await eventually(() => reloaded.texts().length >= 3);
  expect(reloaded.texts()).toEqual(['Hallo! Ich bin Lotse.', 'Hallo', 'Echo: Hallo']);
  await postText(reloaded.client, 'weiter', user);
  await eventually(() => reloaded.texts().includes('Echo: weiter'));
});

it('reaches an open client with a proactive message', async () => {
  const user = userId();
  const { received, texts, client } = connect({ token: (await token(user)).token, webSocket: true });
  await eventually(() => texts().includes('Hallo! Ich bin Lotse.'));
  const reference = TurnContext.getConversationReference(received[0]!);
  await server.channel.adapter.continueConversationAsync('', reference, async (ctx) => {
    await ctx.sendActivity('Es gibt eine neue Stelle, die zu dir passt.');
  });
  await eventually(() => texts().includes('Es gibt eine neue Stelle, die zu dir passt.'));
  expect(client.connectionStatus$.getValue()).toBe(ConnectionStatus.Online);
});
