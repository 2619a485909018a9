/**
 * Job coaching end to end: Lotse started like `npm start` (startApp, SQLite file, the demo data),
 * Jana, a job coach of the network, on Telegram (telegram-test-api emulator), and Lea, whom she
 * accompanies, in the web chat over the real Direct Line HTTP API.
 *
 * Jana creates a code with /coach; Lea types it and agrees; Jana sees Lea's profile and the jobs
 * Lotse finds for her and suggests one, which appears in Lea's chat with "Warum passt das?";
 * Lea ends the link with "Coach beenden" and Jana sees nothing any more.
 */
import type { CardAction } from 'botbuilder-core';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { reach } from '../dialogs/support/flows';
import { WebChat } from '../e2e/web-chat';
import { runLotse } from '../support/cli';
import { tempSqliteUrl } from '../support/databases';
import { BotApiHarness } from '../telegram/support/bot-api';
import { TOKEN } from '../telegram/support/channel';
import { TelegramPerson } from '../telegram/support/person';

describe('a job coach on Telegram accompanies a person in the web chat', () => {
  const harness = new BotApiHarness();
  const database = tempSqliteUrl();
  let app: App;

  beforeAll(async () => {
    await harness.start();
    const env = { DATABASE_URL: database.url, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: harness.apiRoot, TELEGRAM_MODE: 'polling', LOG_LEVEL: 'silent' };
    app = await startApp(loadConfig({ ...env, PORT: '0', HOST: '127.0.0.1' }), { log: createLogger('silent'), schedulers: false });
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await harness.stop();
    database.cleanup();
  });

  /** `lotse …` as the operator runs it, against this app's database. */
  async function operator(args: string[]) {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    return runLotse(args).finally(() => {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    });
  }

  it('links with a code and consent, shows the profile, suggests a job, and ends when the person says so', async () => {
    const invite = await operator(['staff', 'invite', '--role', 'coach', '--name', 'Jana']);
    const jana = new TelegramPerson(harness, app.db, 7001, 'Jana');
    expect(await jana.command(`/team ${String(invite.json.code)}`)).toContain('Willkommen im Team, Jana!');

    const codeText = await jana.command('/coach');
    const code = /[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(codeText)![0];
    expect(codeText).toContain(`Die Person schreibt Lotse «Coach-Code ${code}» und sagt Ja.`);

    // Lea, with a profile, types the code; nothing is linked before her "Ja".
    const lea = new WebChat(app.url, 'dl_lea_coached_000001');
    await lea.open();
    await reach(lea, 'summary');
    await lea.tap('Passt, zeig mir Jobs');
    await lea.send(`Coach-Code ${code.toLowerCase()}`);
    expect(lea.text()).toContain('Jana (Job-Coach) möchte dich begleiten. Darf Jana dein Profil und deine Job-Vorschläge sehen');
    expect(await app.db.prisma.coachLink.count({ where: { status: 'active' } })).toBe(0);
    const janaBefore = harness.callsOf('sendMessage').filter((c) => String(c.body.chat_id) === jana.chatId).length;
    await lea.tap('Ja, einverstanden');
    expect(lea.text()).toContain('Super! Jana begleitet dich jetzt und sieht dein Profil.');
    await harness.waitFor(() => harness.callsOf('sendMessage').filter((c) => String(c.body.chat_id) === jana.chatId).length > janaBefore);

    // Jana looks at Lea's profile and the jobs Lotse finds for her.
    expect(await jana.command('/personen')).toMatch(/^Lea \(verbunden seit \d{4}-\d{2}-\d{2}\)$/);
    const profile = await jana.tap('Profil');
    expect(profile).toContain('Lea');
    expect(profile).toContain('Löten');
    await jana.command('/personen');
    const jobs = await jana.tap('Passende Stellen');
    expect(jobs).toMatch(/^1\. .+ – .+ \(\d+ %\)\nPasst, weil/);
    const firstTitle = /^1\. (.+) – /.exec(jobs)![1]!;

    // She suggests the first one; it appears in Lea's chat with its reasons a tap away.
    expect(await jana.tap('1 vorschlagen')).toBe('Vorgeschlagen. Die Person sieht es in ihrem Chat.');
    expect(await lea.receive(/Dein Job-Coach Jana schlägt dir vor/)).toContain(`«${firstTitle}»`);
    await lea.tap('Warum passt das?');
    expect(lea.text()).toMatch(/Löten/);

    // Lea opens the details of a job and takes it to Jana with one tap.
    await lea.send('zeig mir Jobs');
    const card = lea.last.flatMap((a) => a.attachments ?? [])[0]!.content as { title: string; buttons: CardAction[] };
    const details = card.buttons.find((b) => b.title === 'Details & Bewerbung')!;
    await lea.send({ text: String(details.value), value: details.value });
    await lea.tap('Mit Jana besprechen');
    expect(lea.text()).toContain(`Ich habe Jana geschrieben, dass du über «${card.title}» sprechen möchtest.`);
    await harness.waitFor(() => harness.sentTexts().some((t) => t.includes(`Lea möchte mit dir über eine Stelle sprechen: «${card.title}»`)));

    // Lea ends it; Jana is told and sees nothing any more.
    await lea.send('Coach beenden');
    expect(lea.text()).toContain('Erledigt: Dein Coach sieht dein Profil nicht mehr');
    await harness.waitFor(() => harness.sentTexts().some((t) => t.includes('Lea hat die Begleitung über Lotse beendet.')));
    expect(await jana.command('/personen')).toContain('Gerade begleitest du niemanden über Lotse.');
    const audit = await app.db.prisma.auditEvent.findMany({ where: { action: { startsWith: 'coach.' } }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['coach.linked', 'coach.profile_viewed', 'coach.suggested', 'coach.asked', 'coach.unlinked']);
  }, 120_000);

  it('the operator lists the staff and removes a coach: her links end and her chat is no staff chat any more', async () => {
    const invite = await operator(['staff', 'invite', '--role', 'coach', '--name', 'Mara']);
    const mara = new TelegramPerson(harness, app.db, 7002, 'Mara');
    expect(await mara.command(`/team ${String(invite.json.code)}`)).toContain('Willkommen im Team, Mara!');
    const code = /[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(await mara.command('/coach'))![0];
    const tim = new WebChat(app.url, 'dl_tim_coached_000002');
    await tim.open();
    await reach(tim, 'summary');
    await tim.tap('Passt, zeig mir Jobs');
    await tim.send(`Coach-Code ${code}`);
    await tim.tap('Ja, einverstanden');
    expect(tim.text()).toContain('Mara begleitet dich jetzt');

    expect(await mara.command('/personen')).toMatch(/^Lea \(verbunden seit/);
    const listed = await operator(['staff', 'list']);
    const entry = (listed.json as unknown as { id: string; name: string; channels: string[]; coachedPersons: number }[]).find((m) => m.name === 'Mara')!;
    expect(entry).toMatchObject({ channels: ['telegram'], coachedPersons: 1 });

    expect((await operator(['staff', 'remove', '--id', 'no-such-id'])).code).toBe(1);
    const removed = await operator(['staff', 'remove', '--id', entry.id]);
    expect(removed.code).toBe(0);
    expect(removed.json).toMatchObject({ removed: true, name: 'Mara', endedCoachLinks: 1, returnedCases: 0 });

    expect(await app.db.prisma.coachLink.count({ where: { coachId: entry.id, status: 'active' } })).toBe(0);
    // Her chat is a stranger's now: Lotse greets her like anyone new.
    expect(await mara.command('/personen')).toContain('Ich bin Lotse');
    expect(await mara.command('/coach')).not.toMatch(/[A-Z2-9]{4}-[A-Z2-9]{4}/);
    expect(((await operator(['staff', 'list'])).json as unknown as { name: string }[]).map((m) => m.name)).not.toContain('Mara');

    // Tim's details have no coach button any more, and a stale one is answered kindly.
    await tim.send('zeig mir Jobs');
    const card = tim.last.flatMap((a) => a.attachments ?? [])[0]!.content as { buttons: CardAction[] };
    const details = card.buttons.find((b) => b.title === 'Details & Bewerbung')!;
    await tim.send({ text: String(details.value), value: details.value });
    expect(tim.buttons().map((b) => b.title)).not.toContain('Mit Mara besprechen');
    const jobId = String(details.value).split(':').pop()!;
    await tim.send({ text: `job:coach:${jobId}`, value: `job:coach:${jobId}` });
    expect(tim.text()).toContain('Du bist gerade mit keinem Coach verbunden.');
  }, 120_000);
});
