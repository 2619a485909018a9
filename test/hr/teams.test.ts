import type { Activity, ConversationReference } from 'botbuilder-core';
import restify from 'restify';
import { ChannelRouter } from '../../src/channels/router';
import { createTeamsChannel } from '../../src/channels/teams';
import { runDigest } from '../../src/hr/digest-run';
import { createInvite } from '../../src/hr/invites';
import { HrService } from '../../src/hr/service';
import type { ProactiveMessenger } from '../../src/services/ports';
import type { Database } from '../../src/store/database';
import { HrStore } from '../../src/store/hr-store';
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { openTestSqlite, tempSqliteUrl, TEST_MASTER_SECRET } from '../support/databases';
import { activity, connectorStub, listen, post } from './support/teams';
import { DAY, RecordingMessenger, TEST_KEYS, quietLog, seedCompany, seedJob, seedPerson } from './fixtures';

const T0 = new Date('2026-11-23T07:30:00Z');

async function lotseServer(db: Database, appId: string | undefined, messenger: ProactiveMessenger, emulator = false) {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  const hr = new HrService({ store: new HrStore(db), messenger, locale: 'de-CH', log: quietLog });
  const channel = createTeamsChannel({
    server,
    config: { MICROSOFT_APP_ID: appId, MICROSOFT_APP_PASSWORD: appId ? 'secret-password' : undefined, MICROSOFT_APP_TENANT_ID: undefined, BOT_EMULATOR: emulator },
    hr,
    log: quietLog,
    now: () => T0,
  });
  return { server, url: await listen(server), channel, hr };
}

describe('Teams channel over HTTP', () => {
  let db: Database;
  const servers: restify.Server[] = [];
  beforeEach(async () => {
    db = await openTestSqlite();
  });
  afterEach(async () => {
    for (const s of servers.splice(0)) s.close();
    await db.close();
  });

  it('rejects requests without a valid Bot Framework token when MICROSOFT_APP_ID is set', async () => {
    const lotse = await lotseServer(db, '00000000-0000-0000-0000-000000000001', new RecordingMessenger());
    servers.push(lotse.server);
    const body = activity('https://smba.trafficmanager.net/emea/', { channelId: 'msteams', text: '/hr ABCD-2345' });
    expect((await post(lotse.url, body)).status).toBe(401);
    const forged = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2lnbmF0dXJl';
    expect((await post(lotse.url, body, { authorization: `Bearer ${forged}` })).status).toBe(401);
    expect(await db.prisma.auditEvent.count()).toBe(0);
  });

  it('without an app id and without BOT_EMULATOR the route says it is not configured', async () => {
    const lotse = await lotseServer(db, undefined, new RecordingMessenger());
    servers.push(lotse.server);
    const res = await post(lotse.url, activity('http://127.0.0.1:9/', { text: 'hallo' }));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'NotConfigured' } });
  });

  it('lets an HR person (in the local emulator) join, receive the digest as an Adaptive Card and ask for contact', async () => {
    const connector = await connectorStub();
    servers.push(connector.server);
    const people = new RecordingMessenger();
    const hrSide = new ChannelRouter();
    const messenger: ProactiveMessenger = {
      send: (ref: ConversationReference, acts) => (ref.channelId === 'emulator' ? hrSide.send(ref, acts) : people.send(ref, acts)),
    };
    const lotse = await lotseServer(db, undefined, messenger, true);
    hrSide.register('emulator', lotse.channel.adapter);
    servers.push(lotse.server);

    const companyId = await seedCompany(db, 'Muster AG', new Date(T0.getTime() + 30 * DAY));
    await seedJob(db, companyId, 'Polymechaniker/in');
    const person = await seedPerson(db, { firstName: 'Mirjam' });
    const invite = await createInvite(new HrStore(db), { company: 'Muster AG', now: T0 });

    expect((await post(lotse.url, activity(connector.url, { text: 'Hallo' }))).status).toBe(200);
    expect(connector.received.at(-1)!.text).toContain('Schick mir deinen HR-Code');
    expect((await post(lotse.url, activity(connector.url, { text: `/hr ${invite.code}` }))).status).toBe(200);
    expect(connector.received.at(-1)!.text).toContain('Du bist jetzt für Muster AG angemeldet');

    const summary = await runDigest({ store: new HrStore(db, TEST_KEYS), now: T0, send: messenger, log: quietLog });
    expect(summary).toMatchObject({ digestsSent: 1, candidatesReported: 1 });
    const card = connector.received.at(-1)!.attachments![0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const json = JSON.stringify(card.content);
    expect(json).toContain('Polymechaniker/in');
    expect(json).not.toContain('Mirjam');
    const submit = JSON.stringify(card.content).match(/"data":\{"action":"(hrc:[^"]+)"\}/)![1]!;

    // Teams sends an Action.Submit as a message with the data as value and no text.
    expect((await post(lotse.url, activity(connector.url, { text: undefined, value: { action: submit } }))).status).toBe(200);
    expect(connector.received.at(-1)!.text).toMatch(/^Ich habe K-[0-9A-F]{6} per Telegram gefragt, ob Muster AG/);
    expect(people.to(person.conversationId)[0]!.text).toContain('Muster AG hat dein anonymes Kurzprofil gesehen');
  });

  it('reports a Teams chat the connector refuses (403, 404) as unreachable, so digests stop going there', async () => {
    const connector = await connectorStub({ removed: 403, deleted: 404 });
    servers.push(connector.server);
    const lotse = await lotseServer(db, undefined, new RecordingMessenger(), true);
    servers.push(lotse.server);
    const router = new ChannelRouter();
    router.register('emulator', lotse.channel.adapter);
    const to = (id: string): Partial<ConversationReference> => ({ channelId: 'emulator', serviceUrl: connector.url, conversation: { id } as ConversationReference['conversation'], bot: { id: 'lotse', name: 'Lotse' } });
    const message = [{ type: 'message', text: 'Dein Digest' }];
    expect(await router.send(to('removed') as ConversationReference, message)).toBe('unreachable');
    expect(await router.send(to('deleted') as ConversationReference, message)).toBe('unreachable');
    expect(await router.send(to('open') as ConversationReference, message)).toBe('sent');
    expect(connector.received.map((a) => a.text)).toEqual(['Dein Digest']);
  });

  it('as npm start runs it, the bot answers a Teams HR person\'s code once and everyone else with the candidate conversation', async () => {
    const connector = await connectorStub();
    servers.push(connector.server);
    const database = tempSqliteUrl();
    const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: 'false', BOT_EMULATOR: 'true', LOTSE_SECRET: TEST_MASTER_SECRET });
    const app = await startApp(config, { log: quietLog, schedulers: false });
    try {
      await seedCompany(app.db, 'Muster AG', new Date(Date.now() + 30 * DAY));
      const invite = await createInvite(new HrStore(app.db), { company: 'Muster AG' });
      expect((await post(app.url, activity(connector.url, { text: `/hr ${invite.code}` }))).status).toBe(200);
      expect(connector.received.map((a) => a.text)).toEqual([expect.stringContaining('Du bist jetzt für Muster AG angemeldet')]);
      const visitor = activity(connector.url, { text: 'Hallo', from: { id: 'candidate-1', name: 'Lea' }, conversation: { id: 'teams-conv-2' } as Activity['conversation'] });
      expect((await post(app.url, visitor)).status).toBe(200);
      expect(connector.received.slice(1).map((a) => a.text ?? '').join('\n')).toContain('Lotse');
    } finally {
      await app.close();
      database.cleanup();
    }
  });
});
