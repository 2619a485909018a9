/**
 * Attacks 2 and 4 of issue 9, on the real app over the Direct Line HTTP API the web chat uses.
 *
 * 2: a visitor types a name and phone number, then declines consent — the words must be gone at
 *    once (not kept in DirectLineActivity forever), and no state row may stay.
 * 4: Lea builds a profile, lets companies see it anonymously, HR (also in the web chat) gets her
 *    pseudonym in a digest, asks for contact and receives her first name and e-mail. Lea deletes
 *    her profile: she sees the confirmation, the widget keeps working, and no table holds her ids,
 *    name, contact, pseudonym or words — HR's transcript in Lotse is redacted, audit events keep
 *    only what happened and when.
 */
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { LeaseStore } from '../../src/store/leases';
import { retentionPeriods, runRetention } from '../../src/store/retention';
import { reach } from '../dialogs/support/flows';
import { call, eventually, userId } from '../directline/support';
import { seedJob } from '../hr/fixtures';
import { WebChat } from '../e2e/web-chat';
import { runLotse } from '../support/cli';
import { tempSqliteUrl } from '../support/databases';

/** Every row of every table, as JSON text per table (SQLite file of the app). */
async function dump(app: App): Promise<Record<string, string>> {
  const tables = await app.db.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) out[name] = JSON.stringify(await app.db.prisma.$queryRawUnsafe(`SELECT * FROM "${name}"`), (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
  return out;
}

/** The tables in which any of `needles` occurs. */
async function tablesHolding(app: App, needles: (string | RegExp)[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [table, rows] of Object.entries(await dump(app))) {
    const hits = needles.filter((n) => (typeof n === 'string' ? rows.includes(n) : n.test(rows))).map(String);
    if (hits.length) found[table] = hits;
  }
  return found;
}

describe('consent and deletion over the web chat', () => {
  const database = tempSqliteUrl();
  const env = { DATABASE_URL: database.url, SEED_DEMO: 'false', LOG_LEVEL: 'silent' };
  const config = loadConfig({ ...env, PORT: '0', HOST: '127.0.0.1' });
  let app: App;
  const saved = process.env.DATABASE_URL;

  beforeAll(async () => {
    process.env.DATABASE_URL = database.url;
    app = await startApp(config, { log: createLogger('silent'), schedulers: false });
  });
  afterAll(async () => {
    await app.close();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    database.cleanup();
  });

  it('a visitor who declines consent leaves neither words nor state behind', async () => {
    const visitor = new WebChat(app.url, userId());
    await visitor.open();
    await visitor.send('Hallo');
    await visitor.tap('Deutsch (Schweiz)');
    await visitor.send('Ich heisse Zora Quast, Telefon 079 555 12 34');
    await visitor.tap(/Nein/);

    expect(await tablesHolding(app, ['Zora', '079 555 12 34'])).toEqual({});
    const left = await app.db.prisma.directLineActivity.findMany({ where: { conversationId: visitor.conversationId } });
    // What stays is Lotse's answer to the "nein", and that only until the conversations before consent expire.
    expect(left.map((a) => JSON.parse(a.data).from.role)).toEqual(['bot']);
    expect(await app.db.prisma.botStateItem.count({ where: { key: { contains: visitor.user } } })).toBe(0);
    expect(await app.db.prisma.botStateItem.count({ where: { key: { contains: visitor.conversationId } } })).toBe(0);
    expect(await app.db.prisma.person.count()).toBe(0);
    expect(visitor.text()).toMatch(/Was du bisher geschrieben hast, habe ich gelöscht/);
  });

  it('what was typed before consent does not become part of the profile’s transcript when the visitor agrees', async () => {
    const visitor = new WebChat(app.url, userId());
    await visitor.open();
    await visitor.send('Hallo');
    await visitor.tap('Deutsch (Schweiz)');
    await visitor.send('Mein Natel ist 079 444 55 66');
    await visitor.tap('Ja, einverstanden');
    expect(visitor.text()).toMatch(/Was suchst du/);
    expect(await tablesHolding(app, ['079 444 55 66'])).toEqual({});
    const person = (await app.db.prisma.channelAccount.findFirst({ where: { channelUserId: visitor.user } }))!;
    await app.db.prisma.person.delete({ where: { id: person.personId } });
  });

  it('the consent notice says that messages before consent are kept for about an hour', async () => {
    const visitor = new WebChat(app.url, userId());
    await visitor.open();
    await visitor.send('Hallo');
    await visitor.tap('Deutsch (Schweiz)');
    expect(visitor.text()).toMatch(/bevor du Ja sagst, behalte ich nur für dieses Gespräch, höchstens etwa eine Stunde/);
  });

  it('deleting a profile shows the confirmation, keeps the widget working and leaves nothing of the person, not even in HR’s copy', async () => {
    const lea = new WebChat(app.url, userId());
    await lea.open();
    await reach(lea, 'visibility');
    await lea.tap('Anonym für passende Firmen');
    await lea.tap('Ja');
    await lea.tap('Passt, zeig mir Jobs');
    const person = (await app.db.prisma.person.findFirst({ include: { skills: true } }))!;
    expect(person).toMatchObject({ firstName: 'Lea', visibility: 'anonymous' });

    // The operator invites Muster AG; HR joins in the web chat too.
    const { json: invite } = await runLotse(['hr', 'invite', '--company', 'Muster AG']);
    await runLotse(['hr', 'subscription', '--company', 'Muster AG', '--until', '2030-12-31']);
    const company = (await app.db.prisma.company.findUnique({ where: { name: 'Muster AG' } }))!;
    const place = { kind: 'apprenticeship', postalCode: '4600', placeName: 'Olten', latitude: 47.35, longitude: 7.903, pensumMin: 100, pensumMax: 100 };
    await seedJob(app.db, company.id, 'Elektroniker/in EFZ', [{ conceptId: person.skills[0]!.conceptId }], place);
    const hr = new WebChat(app.url, userId());
    await hr.open();
    expect(await hr.send(`/hr ${String(invite.code)}`).then(() => hr.text())).toContain('Muster AG');
    await runLotse(['digest', 'run']);
    await hr.send('/digest');
    const pseudonym = /K-[0-9A-F]{6}/.exec(hr.text())![0];

    await hr.send(`Kontakt anfragen ${pseudonym}`);
    await lea.receive(/Muster AG hat dein anonymes Kurzprofil gesehen/);
    await lea.tap('Ja, gerne');
    await lea.send('lea.muster@example.ch');
    expect(await hr.receive(/Name: Lea/)).toContain('lea.muster@example.ch');

    // The export names the pseudonym the company knows her by, and the contact request with its company.
    await lea.send('Daten exportieren');
    const exported = JSON.parse(Buffer.from(String(lea.last.find((a) => a.attachments?.length)!.attachments![0]!.contentUrl).split(',')[1]!, 'base64').toString('utf8'));
    expect(exported.digestItems).toEqual([expect.objectContaining({ company: 'Muster AG', pseudonym })]);
    expect(exported.contactRequests).toEqual([expect.objectContaining({ company: 'Muster AG', status: 'accepted' })]);

    const secrets = [person.id, lea.user, 'lea.muster@example.ch', pseudonym, 'Ich kann löten', /\bLea\b/];
    expect(Object.keys(await tablesHolding(app, secrets)).length).toBeGreaterThan(3);

    await lea.send('Profil löschen');
    // The widget holds a stream socket: the confirmation and the forget event arrive there.
    const stream = await lea.listen();
    await lea.post('Ja');
    await eventually(() => stream.activities.some((a) => a.type === 'event' && a.name === 'lotse.forgetDevice'));
    stream.close();
    expect(stream.activities.map((a) => a.text ?? '').join('\n')).toMatch(/Erledigt: Dein Profil und alle deine Daten sind gelöscht/);
    expect(stream.activities.at(-1)).toMatchObject({ type: 'event', name: 'lotse.forgetDevice' });

    // The old browser id's tokens are revoked; the widget starts afresh with a new id and is answered.
    expect((await call(app.url, 'GET', `/v3/directline/conversations/${lea.conversationId}/activities`, { token: lea.token })).status).toBe(403);
    const fresh = new WebChat(app.url, userId());
    await fresh.open();
    expect(fresh.text()).toMatch(/Ich bin Lotse/);
    await fresh.tap('Deutsch (Schweiz)');
    expect(fresh.text()).toMatch(/Einverstanden/i);

    // Nothing of Lea anywhere: not her ids, name, contact, pseudonym or words; nothing left for retention to find either.
    expect(await tablesHolding(app, secrets)).toEqual({});
    const periods = retentionPeriods(config);
    const later = new Date(Date.now() + periods.ANONYMOUS + 60_000);
    await runRetention({ prisma: app.db.prisma, periods, lease: new LeaseStore(app.db.prisma, () => later), owner: 'test', now: later });
    expect(await tablesHolding(app, secrets)).toEqual({});

    // HR's transcript in Lotse still shows that a contact was disclosed, without whose.
    const hrActivities = await app.db.prisma.directLineActivity.findMany({ where: { conversationId: hr.conversationId } });
    expect(hrActivities.map((a) => a.data).join('\n')).toContain('Name: […]. Kontakt: […]');
    const disclosed = await app.db.prisma.auditEvent.findMany({ where: { action: 'contact.disclosed' } });
    expect(disclosed).toEqual([expect.objectContaining({ subject: 'person:deleted', details: '{}' })]);

    const post = await call(app.url, 'GET', '/healthz');
    expect(post.status).toBe(200);
  }, 120_000);
});
