/**
 * /api/messages serves Teams only: nobody can act as a Telegram or web chat person by naming their
 * channel and user id in a Bot Framework body. Lotse runs as `npm start` runs it (startApp), the
 * attacker talks plain HTTP.
 */
import os from 'node:os';
import type { Activity } from 'botbuilder-core';
import restify from 'restify';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { seedPerson, type SeededPerson } from '../hr/fixtures';
import { testDatabaseUrls, TEST_MASTER_SECRET } from '../support/databases';

const log = createLogger('silent');

/** A body as the Bot Framework would send it, claiming whatever channel and user the caller likes. */
function claim(channelId: string, userId: string, text: string, extra: Partial<Activity> = {}): Partial<Activity> {
  return {
    type: 'message',
    id: `in-${Math.random()}`,
    channelId,
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: userId, name: 'Angreifer' },
    recipient: { id: 'lotse', name: 'Lotse' },
    conversation: { id: `conv-${userId}` } as Activity['conversation'],
    locale: 'de-CH',
    text,
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

async function post(base: string, body: unknown) {
  const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text };
}

/** An address of this machine that is not loopback (the container's network interface), if any. */
function externalAddress(): string | undefined {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const entry of list ?? []) if (!entry.internal && entry.family === 'IPv4') return entry.address;
  }
  return undefined;
}

describe.each(testDatabaseUrls())('/api/messages on $name: a body cannot choose whose conversation it is', ({ create }) => {
  const database = create();
  let app: App | undefined;
  let victim: SeededPerson;

  async function start(env: Record<string, string> = {}): Promise<App> {
    const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '0.0.0.0', LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...env, LOTSE_SECRET: TEST_MASTER_SECRET });
    app = await startApp(config, { log, schedulers: false });
    victim ??= await seedPerson(app.db, { firstName: 'Mirjam' });
    return app;
  }

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(async () => {
    await database.cleanup();
  });

  it('in the default configuration the route is off: a Telegram person\'s profile is not given to a caller naming their id', async () => {
    const lotse = await start();
    for (const channelId of ['telegram', 'directline', 'msteams', 'emulator']) {
      const res = await post(lotse.url, claim(channelId, victim.channelUserId, 'Profil'));
      expect(res.status).toBe(404);
      expect(JSON.parse(res.text)).toMatchObject({ error: { code: 'NotConfigured', message: expect.stringMatching(/not configured/) } });
      expect(res.text).not.toContain('Mirjam');
    }
  });

  it('in the default configuration nobody can delete another person through it', async () => {
    const lotse = await start();
    await post(lotse.url, claim('telegram', victim.channelUserId, 'Profil löschen'));
    await post(lotse.url, claim('telegram', victim.channelUserId, 'Ja'));
    expect(await lotse.db.prisma.person.count({ where: { id: victim.id } })).toBe(1);
  });

  it('with Teams credentials, other channels are refused before any token check and msteams needs a token', async () => {
    const lotse = await start({ MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'secret-password' });
    for (const channelId of ['telegram', 'directline', 'emulator', 'webchat']) {
      const res = await post(lotse.url, claim(channelId, victim.channelUserId, 'Profil', { deliveryMode: undefined }));
      expect(res.status).toBe(403);
      expect(res.text).not.toContain('Mirjam');
    }
    const teams = await post(lotse.url, claim('msteams', victim.channelUserId, 'Profil', { deliveryMode: undefined, serviceUrl: 'https://smba.trafficmanager.net/emea/' }));
    expect(teams.status).toBe(401);
  });

  it('in emulator mode a body naming a Telegram or web chat channel is refused', async () => {
    const lotse = await start({ BOT_EMULATOR: 'true' });
    for (const channelId of ['telegram', 'directline', 'msteams']) {
      const res = await post(lotse.url, claim(channelId, victim.channelUserId, 'Profil', { deliveryMode: undefined }));
      expect(res.status).toBe(403);
      expect(res.text).not.toContain('Mirjam');
    }
  });

  it('in emulator mode replies in the HTTP answer (expectReplies) are refused', async () => {
    const lotse = await start({ BOT_EMULATOR: 'true' });
    const res = await post(lotse.url, claim('emulator', victim.channelUserId, 'Profil'));
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/expectReplies/);
  });

  it('in emulator mode the emulator\'s user is its own person, never the Telegram person with the same id', async () => {
    const lotse = await start({ BOT_EMULATOR: 'true' });
    const replies: Partial<Activity>[] = [];
    const connector = await (() => {
      const server = restify.createServer();
      server.use(restify.plugins.bodyParser());
      const record = (req: restify.Request, res: restify.Response, next: () => void) => {
        replies.push(req.body as Partial<Activity>);
        res.send(200, { id: `r${replies.length}` });
        next();
      };
      server.post('/v3/conversations/:cid/activities', record);
      server.post('/v3/conversations/:cid/activities/:aid', record);
      return new Promise<restify.Server>((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
    })();
    try {
      const port = (connector.address() as { port: number }).port;
      const res = await post(lotse.url, claim('emulator', victim.channelUserId, 'Profil', { deliveryMode: undefined, serviceUrl: `http://127.0.0.1:${port}/` }));
      expect(res.status).toBe(200);
      const said = replies.map((r) => r.text ?? '').join('\n');
      expect(said).toMatch(/nichts/i);
      expect(said).not.toContain('Mirjam');
    } finally {
      connector.close();
    }
  });

  it('in emulator mode a serviceUrl that is not this machine is refused', async () => {
    const lotse = await start({ BOT_EMULATOR: 'true' });
    const res = await post(lotse.url, claim('emulator', 'emu-user', 'hallo', { deliveryMode: undefined, serviceUrl: 'https://attacker.example/' }));
    expect(res.status).toBe(403);
  });

  const external = externalAddress();
  (external ? it : it.skip)('in emulator mode a caller from another machine is refused, whatever its body says', async () => {
    const lotse = await start({ BOT_EMULATOR: 'true' });
    const port = new URL(lotse.url).port;
    const res = await fetch(`http://${external}:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '127.0.0.1', host: `127.0.0.1:${port}` },
      body: JSON.stringify(claim('emulator', 'emu-user', 'hallo', { deliveryMode: undefined })),
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/only accepted from this machine/);
  });

  it('a body that is no activity gets 400, not 500', async () => {
    const lotse = await start({ BOT_EMULATOR: 'true' });
    for (const body of [[], { type: 'message' }, claim('emulator', 'u', 'x', { from: null as never }), claim('emulator', 'u', 'x', { text: 42 as never })]) {
      expect((await post(lotse.url, body)).status).toBe(400);
    }
  });
});
