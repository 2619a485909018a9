/**
 * The counsellor's side on Teams, through Lotse's Teams adapter (the local emulator channel, as
 * `npm start` runs it with BOT_EMULATOR=true) and a local stand-in for the Bot Connector: a
 * counsellor joins with /team, gets a web chat person's request, takes it, and writes with them.
 */
import type { Activity } from 'botbuilder-core';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createStaffInvite } from '../../src/handoff/invites';
import { createLogger } from '../../src/log';
import { HrStore } from '../../src/store/hr-store';
import { StaffStore } from '../../src/store/staff-store';
import { WebChat } from '../e2e/web-chat';
import { tempSqliteUrl, TEST_MASTER_SECRET } from '../support/databases';
import { activity, connectorStub, post } from '../hr/support/teams';

describe('a counsellor on Teams', () => {
  const database = tempSqliteUrl();
  let app: App;
  let connector: Awaited<ReturnType<typeof connectorStub>>;

  beforeAll(async () => {
    connector = await connectorStub();
    const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SEED_DEMO: 'false', BOT_EMULATOR: 'true', LOTSE_SECRET: TEST_MASTER_SECRET, OFFICE_HOURS: 'immer' });
    app = await startApp(config, { log: createLogger('silent'), schedulers: false });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    connector.server.close();
    database.cleanup();
  });

  const sandra = (extra: Partial<Activity>) => activity(connector.url, { from: { id: 'teams-sandra', name: 'Sandra Muster' }, conversation: { id: 'teams-sandra-chat' } as Activity['conversation'], ...extra });

  it('joins with a code, takes a request with the button and talks with the person in the web chat', async () => {
    const staffStore = new StaffStore(app.db.prisma);
    const hr = new HrStore(app.db);
    const invite = await createStaffInvite({ createStaffInvite: (...a) => staffStore.createStaffInvite(...a), audit: (...a) => hr.audit(...a), hasAudit: (...a) => hr.hasAudit(...a) }, { name: 'Sandra', roles: ['counsellor'] });
    expect((await post(app.url, sandra({ text: `/team ${invite.code}` }))).status).toBe(200);
    expect(connector.received.at(-1)!.text).toContain('Willkommen im Team, Sandra!');

    const web = new WebChat(app.url, 'dl_person_teams_000001');
    await web.open();
    await web.send('Ich möchte mit einem Menschen reden');
    await web.send('Ich möchte Teilzeit arbeiten. Geht das in einer Lehre?');
    await web.tap('Ja, schicken');
    const request = connector.received.at(-1)!;
    expect(request.text).toBe('Neue Anfrage über Lotse: «Ich möchte Teilzeit arbeiten. Geht das in einer Lehre?»');
    const take = request.suggestedActions!.actions[0]!;
    expect(take.title).toBe('Übernehmen');

    // Teams sends the tapped postBack as a message carrying the value.
    expect((await post(app.url, sandra({ text: String(take.value), value: take.value }))).status).toBe(200);
    expect(connector.received.at(-1)!.text).toContain('Du hast die Anfrage übernommen.');
    expect(connector.updated.map((a) => a.text)).toEqual(['Übernommen von Sandra: «Ich möchte Teilzeit arbeiten. Geht das in einer Lehre?»']);
    await web.receive(/Sandra vom Fachkräftenetz ist jetzt für dich da/);

    const count = connector.received.length;
    expect((await post(app.url, sandra({ text: 'Ja, eine Teilzeitlehre ist möglich. Ich erkläre dir gern, wie.' }))).status).toBe(200);
    expect(await web.receive(/Teilzeitlehre/)).toContain('Sandra vom Fachkräftenetz: Ja, eine Teilzeitlehre ist möglich.');
    // Lotse said nothing to Sandra: her message went to the person.
    expect(connector.received.length).toBe(count);
    await web.send('Danke, wie geht es weiter?');
    expect(connector.received.at(-1)!.text).toBe('Person: Danke, wie geht es weiter?');
  }, 60_000);
});
