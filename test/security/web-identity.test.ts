/**
 * The web identity (a random `dl_` id in the embedding site's localStorage) can be ended: by the
 * person ("Gerät vergessen"), and by time (unused for RETENTION_WEB_IDENTITIES). Whoever later
 * reads the id from the browser gets a stranger's welcome, not the profile.
 */
import type { Activity } from 'botbuilder-core';
import { randomUUID } from 'node:crypto';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { FORGET_DEVICE_EVENT } from '../../src/services/ports';
import type { Database } from '../../src/store/database';
import { PrismaProfileStore } from '../../src/store/profile-store';
import { call, eventually, userId } from '../directline/support';
import { testDatabases, testDatabaseUrls } from '../support/databases';
import { WebChat } from '../e2e/web-chat';

jest.setTimeout(60_000);

const DL = '/v3/directline';
const DAY = 24 * 3600_000;

const texts = (activities: Partial<Activity>[]) => activities.map((a) => a.text ?? '').join('\n');

describe.each(testDatabaseUrls())('«Gerät vergessen» in the web chat, on $name', ({ name, create }) => {
  const database = create();
  let app: App;
  beforeAll(async () => {
    const env = name === 'postgres' ? { LOTSE_SECRET: 'postgres-test-master-secret-0123456789abcd' } : {};
    const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: 'false', ...env });
    app = await startApp(config, { log: createLogger('silent'), schedulers: false });
  });
  afterAll(async () => {
    await app?.close();
    await database.cleanup();
  });

  it('a copied dl_ id no longer opens the profile once the person told Lotse to forget this device', async () => {
    const id = userId();
    const profiles = new PrismaProfileStore(app.db.prisma);
    const lea = await profiles.createWithConsent({ channelId: 'directline', channelUserId: id }, 'de-CH', 'test');
    await profiles.update(lea.id, { firstName: 'Lea' });

    const visit = new WebChat(app.url, id);
    await visit.open();
    expect(visit.text()).toMatch(/wieder da bist, Lea/);
    expect(texts(await visit.send('Gerät vergessen'))).toMatch(/Soll ich dieses Gerät vergessen/);
    // The confirmation and the event reach the open socket; afterwards this browser's tokens are refused.
    const stream = await visit.listen();
    await visit.post('Ja');
    await eventually(() => stream.activities.some((a) => a.type === 'event' && a.name === FORGET_DEVICE_EVENT));
    stream.close();
    expect(texts(stream.activities)).toMatch(/Dieses Gerät ist abgemeldet/);
    expect((await call(app.url, 'GET', `${DL}/conversations/${visit.conversationId}/activities`, { token: visit.token })).status).toBe(403);
    expect(await app.db.prisma.directLineConversation.count({ where: { userId: id } })).toBe(0);

    // Someone who copied the id from localStorage gets a new conversation (the token endpoint is open)…
    const thief = new WebChat(app.url, id);
    await thief.open();
    const greeting = thief.text();
    // …that knows nothing of Lea.
    expect(greeting).not.toMatch(/Lea/);
    expect(greeting).toMatch(/Ich bin Lotse/);
    expect(texts(await thief.send('Profil zeigen'))).toMatch(/Ich habe noch nichts über dich gespeichert/);
    expect(await app.db.prisma.person.count({ where: { id: lea.id } })).toBe(1);
  });
});

describe.each(testDatabases())('web identities unused for too long, on $name', ({ open }) => {
  let db: Database;
  let profiles: PrismaProfileStore;
  beforeAll(async () => {
    db = await open();
    profiles = new PrismaProfileStore(db.prisma);
  });
  afterAll(() => db.close());

  async function personWith(channelId: string, channelUserId: string, lastUsedAt: Date): Promise<string> {
    const person = await profiles.createWithConsent({ channelId, channelUserId }, 'de-CH', 'test');
    await db.prisma.channelAccount.updateMany({ where: { channelId, channelUserId }, data: { lastUsedAt } });
    await db.prisma.conversationRef.create({ data: { id: randomUUID(), personId: person.id, channelId, conversationId: `conv-${channelUserId}`, channelUserId, reference: '{}' } });
    if (channelId === 'directline') await db.prisma.directLineConversation.create({ data: { id: `conv-${channelUserId}`, userId: channelUserId } });
    return person.id;
  }

  it('unlinks a web identity idle beyond the limit, but not a recent one nor another channel', async () => {
    const now = new Date();
    const old = userId();
    const recent = userId();
    const oldPerson = await personWith('directline', old, new Date(now.getTime() - 200 * DAY));
    await personWith('directline', recent, new Date(now.getTime() - 10 * DAY));
    await personWith('telegram', '4711', new Date(now.getTime() - 400 * DAY));

    expect(await profiles.expireIdleWebIdentities(new Date(now.getTime() - 180 * 86_400_000))).toBe(1);
    expect(await profiles.findByIdentity({ channelId: 'directline', channelUserId: old })).toBeUndefined();
    expect(await profiles.findByIdentity({ channelId: 'directline', channelUserId: recent })).toBeDefined();
    expect(await profiles.findByIdentity({ channelId: 'telegram', channelUserId: '4711' })).toBeDefined();
    // The profile stays (a one-time code brings it back); only the way in and proactive messages there end.
    expect(await profiles.findById(oldPerson)).toBeDefined();
    expect(await db.prisma.conversationRef.count({ where: { channelUserId: old } })).toBe(0);
    expect(await db.prisma.conversationRef.count({ where: { channelUserId: recent } })).toBe(1);
    expect(await db.prisma.directLineConversation.count({ where: { userId: old } })).toBe(0);
    expect(await db.prisma.directLineConversation.count({ where: { userId: recent } })).toBe(1);
  });

  it('counts a visit as use, writing the time at most once a day', async () => {
    const id = userId();
    const twoDaysAgo = new Date(Date.now() - 2 * DAY);
    await personWith('directline', id, twoDaysAgo);
    const lastUsed = async () => (await db.prisma.channelAccount.findFirstOrThrow({ where: { channelUserId: id } })).lastUsedAt.getTime();

    await profiles.findByIdentity({ channelId: 'directline', channelUserId: id });
    const touched = await lastUsed();
    expect(touched).toBeGreaterThan(twoDaysAgo.getTime() + DAY);

    const anHourAgo = new Date(Date.now() - 3600_000);
    await db.prisma.channelAccount.updateMany({ where: { channelUserId: id }, data: { lastUsedAt: anHourAgo } });
    await profiles.findByIdentity({ channelId: 'directline', channelUserId: id });
    expect(await lastUsed()).toBe(anHourAgo.getTime());
  });
});
