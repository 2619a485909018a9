/**
 * The live handoff end to end, across the real pieces: Lotse started like `npm start` (startApp,
 * SQLite file), a person in the web chat over the real Direct Line HTTP API, and the network's
 * counsellors on Telegram through the telegram-test-api emulator; staff codes from `lotse staff invite`.
 *
 * A person asks for a human; Sandra and Marco (counsellors on duty) get the request with
 * «Übernehmen»; Sandra takes it, Marco's message turns into "Übernommen von Sandra"; they write
 * back and forth, marked as coming from a person; Sandra ends it and Lotse is back. Outside office
 * hours the person is told so and leaves a callback request, which the counsellors see.
 * Set HANDOFF_TRANSCRIPTS=<file> to write both sides' transcripts of the main walk as people read them.
 */
import fs from 'node:fs';
import type { Activity } from 'botbuilder-core';
import { startApp, type App } from '../../src/app';
import { htmlToPlain } from '../../src/channels/telegram/sender';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { call } from '../directline/support';
import { WebChat } from '../e2e/web-chat';
import { runLotse } from '../support/cli';
import { tempSqliteUrl } from '../support/databases';
import { BotApiHarness, type ApiCall } from '../telegram/support/bot-api';
import { TOKEN } from '../telegram/support/channel';
import { TelegramPerson } from '../telegram/support/person';

/** A Monday morning and a Sunday night, server-local (OFFICE_HOURS is Mo-Fr 08:00-17:00). */
const MONDAY_10 = new Date(2026, 11, 7, 10, 0);
const SUNDAY_22 = new Date(2026, 11, 6, 22, 0);

describe('a person in the web chat talks with a counsellor of the network on Telegram', () => {
  const harness = new BotApiHarness();
  const database = tempSqliteUrl();
  let app: App;
  let clock = MONDAY_10;
  let sandra: TelegramPerson;
  let marco: TelegramPerson;
  /** What the counsellors typed or tapped, with the time, for the transcript. */
  const typed: { chatId: string; text: string; at: number }[] = [];

  beforeAll(async () => {
    await harness.start();
    const env = { DATABASE_URL: database.url, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: harness.apiRoot, TELEGRAM_MODE: 'polling', SEED_DEMO: 'false', LOG_LEVEL: 'silent' };
    const config = loadConfig({ ...env, PORT: '0', HOST: '127.0.0.1', OFFICE_HOURS: 'Mo-Fr 08:00-17:00' });
    app = await startApp(config, { log: createLogger('silent'), schedulers: false, now: () => clock });
    sandra = new TelegramPerson(harness, app.db, 6001, 'Sandra');
    marco = new TelegramPerson(harness, app.db, 6002, 'Marco');
    for (const [person, name] of [[sandra, 'Sandra'], [marco, 'Marco']] as const) {
      expect(await person.command(`/team ${await staffCode(name)}`)).toContain(`Willkommen im Team, ${name}!`);
    }
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await harness.stop();
    database.cleanup();
  });

  /** `lotse staff invite --role counsellor --name <name> --json`, as the operator runs it; returns the code. */
  async function staffCode(name: string): Promise<string> {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    try {
      const { code, json } = await runLotse(['staff', 'invite', '--role', 'counsellor', '--name', name]);
      expect(code).toBe(0);
      expect(json).toMatchObject({ name, roles: ['counsellor'], code: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/) });
      return String(json.code);
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  }

  const callsTo = (chatId: string, method = 'sendMessage') => harness.callsOf(method).filter((c) => String(c.body.chat_id) === chatId);
  const plain = (c: ApiCall) => htmlToPlain(String(c.body.text));

  /** Waits for the next message Lotse sends to this chat on its own, and returns its text. */
  async function nextTo(person: TelegramPerson, before: number): Promise<string> {
    await harness.waitFor(() => callsTo(person.chatId).length > before, 15_000);
    person.last = callsTo(person.chatId).slice(before);
    return person.text();
  }

  /** A counsellor's command (answered by Lotse), or a message for the person (relayed, Lotse says nothing). */
  async function staffSays(person: TelegramPerson, text: string): Promise<string> {
    typed.push({ chatId: person.chatId, text, at: Date.now() });
    if (text.startsWith('/')) return person.command(text);
    await person.client.sendMessage(person.client.makeMessage(text));
    return '';
  }

  /** Posts in the web chat and returns what Lotse answered in that turn. */
  async function webSays(web: WebChat, text: string): Promise<string> {
    await web.send(text);
    return web.text();
  }

  it('asks what it is about, sends it with consent, and relays both ways until the counsellor ends it', async () => {
    const web = new WebChat(app.url, 'dl_person_handoff_0001');
    await web.open();
    expect(await webSays(web, 'Ich möchte mit einem Menschen reden')).toContain('Worum geht es?');
    expect(await webSays(web, 'Ich suche eine Lehrstelle als Elektroniker und weiss nicht, wie ich mich bewerben soll.')).toContain('Einverstanden?');

    const sandraBefore = callsTo(sandra.chatId).length;
    const marcoBefore = callsTo(marco.chatId).length;
    await web.tap('Ja, schicken');
    expect(web.text()).toContain('Ich habe deine Anfrage geschickt.');

    // Both counsellors on duty get the request with «Übernehmen».
    const request = await nextTo(sandra, sandraBefore);
    expect(request).toBe('Neue Anfrage über Lotse: «Ich suche eine Lehrstelle als Elektroniker und weiss nicht, wie ich mich bewerben soll.»');
    expect(sandra.buttons().map((b) => b.text)).toEqual(['Übernehmen']);
    expect(await nextTo(marco, marcoBefore)).toBe(request);
    const marcosRequest = marco.last;

    // Sandra takes it: the person is told who is there; Marco's request now says it is taken.
    const taken = await (async () => {
      typed.push({ chatId: sandra.chatId, text: '[tippt «Übernehmen»]', at: Date.now() });
      return sandra.tap('Übernehmen');
    })();
    expect(taken).toContain('Du hast die Anfrage übernommen');
    await harness.waitFor(() => callsTo(marco.chatId, 'editMessageText').length > 0);
    const edit = callsTo(marco.chatId, 'editMessageText')[0]!;
    expect(plain(edit)).toBe('Übernommen von Sandra: «Ich suche eine Lehrstelle als Elektroniker und weiss nicht, wie ich mich bewerben soll.»');
    expect(edit.body.message_id).toBe(marcosRequest[0]!.result!.message_id);
    expect(edit.body.reply_markup).toBeUndefined();
    expect(await web.receive(/Sandra vom Fachkräftenetz ist jetzt für dich da/)).toContain('Mit «zurück zu Lotse» kommst du wieder zu mir.');

    // Marco taps his old button after all: a second take changes nothing.
    marco.last = marcosRequest;
    expect(await marco.tap('Übernehmen')).toBe('Schon übernommen von Sandra.');
    expect(callsTo(marco.chatId, 'editMessageText').map(plain)).toEqual([plain(edit)]);

    // Sandra writes; the person reads it marked as from a person of the network.
    await staffSays(sandra, 'Hallo, ich bin Sandra. Gern helfe ich dir mit der Bewerbung. Hast du schon einen Lebenslauf?');
    expect(await web.receive(/Sandra vom Fachkräftenetz: Hallo/)).toBe('Sandra vom Fachkräftenetz: Hallo, ich bin Sandra. Gern helfe ich dir mit der Bewerbung. Hast du schon einen Lebenslauf?');

    // The person answers; Lotse itself stays silent and passes it on.
    const before = callsTo(sandra.chatId).length;
    expect(await webSays(web, 'Nein, noch nicht. Wie fange ich an?')).toBe('');
    expect(await nextTo(sandra, before)).toBe('Person: Nein, noch nicht. Wie fange ich an?');
    // Even words that are Lotse commands go to Sandra during the conversation.
    const before2 = callsTo(sandra.chatId).length;
    expect(await webSays(web, 'hilfe')).toBe('');
    expect(await nextTo(sandra, before2)).toBe('Person: hilfe');

    await staffSays(sandra, 'Wir machen ihn zusammen. Ich schicke dir eine Vorlage per Mail, dann telefonieren wir am Donnerstag.');
    await web.receive(/Vorlage per Mail/);

    // Sandra ends it; the person is back with Lotse.
    expect(await staffSays(sandra, '/ende')).toBe('Gespräch beendet. Danke!');
    expect(await web.receive(/hat das Gespräch beendet/)).toContain('Sandra hat das Gespräch beendet. Du bist wieder bei Lotse.');
    expect(await webSays(web, 'hilfe')).toContain('Ich bin Lotse');

    // A stale «Übernehmen» after the end does nothing.
    sandra.last = callsTo(sandra.chatId).filter((c) => plain(c).startsWith('Neue Anfrage'));
    expect(await sandra.tap('Übernehmen')).toBe('Diese Anfrage ist nicht mehr offen.');

    // What was relayed and who took the case is on record.
    const handoff = (await app.db.prisma.handoffCase.findFirst({ include: { messages: { orderBy: { createdAt: 'asc' } } } }))!;
    expect(handoff.status).toBe('closed');
    expect(handoff.messages.map((m) => m.sender)).toEqual(['staff', 'person', 'person', 'staff']);
    const audit = await app.db.prisma.auditEvent.findMany({ where: { action: { startsWith: 'handoff.' } }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['handoff.requested', 'handoff.taken', 'handoff.ended']);
    expect(JSON.parse(audit[1]!.details)).toMatchObject({ disclosed: ['topic'] });

    if (process.env.HANDOFF_TRANSCRIPTS) fs.writeFileSync(process.env.HANDOFF_TRANSCRIPTS, await transcripts(web));
  }, 120_000);

  it('outside office hours says so honestly and keeps a callback request the counsellors see', async () => {
    clock = SUNDAY_22;
    try {
      const web = new WebChat(app.url, 'dl_person_sunday_00001');
      await web.open();
      expect(await webSays(web, 'Kann ich mit jemandem sprechen?')).toContain('Gerade ist niemand vom Beratungsteam da (Bürozeiten: Mo-Fr 08:00-17:00)');
      expect(await webSays(web, 'Ich habe eine Frage zur Anerkennung meines Diploms.')).toContain('Wie können wir dich erreichen?');
      expect(await webSays(web, 'vielleicht morgen')).toContain('Das sieht nicht nach einer Telefonnummer');
      expect(await webSays(web, '079 123 45 67')).toContain('Danke! Jemand vom Beratungsteam meldet sich bei dir unter 079 123 45 67.');
      const stored = await app.db.prisma.handoffCase.findFirst({ where: { status: 'callback', topic: 'Ich habe eine Frage zur Anerkennung meines Diploms.' } });
      expect(stored).toMatchObject({ callbackContact: '079 123 45 67' });

      // Nobody got a live request at night.
      expect(harness.sentTexts().filter((t) => t.includes('Anerkennung'))).toEqual([]);
      // Next morning Marco looks at the callback requests and marks it done.
      clock = MONDAY_10;
      expect(await marco.command('/rueckrufe')).toContain('079 123 45 67. Worum: «Ich habe eine Frage zur Anerkennung meines Diploms.»');
      marco.last = marco.last.filter((c) => plain(c).includes('079 123 45 67'));
      expect(await marco.tap('Erledigt')).toBe('Erledigt, danke.');
      expect(await app.db.prisma.handoffCase.findUnique({ where: { id: stored!.id } })).toMatchObject({ status: 'called' });
    } finally {
      clock = MONDAY_10;
    }
  }, 60_000);

  it('connects a person on Telegram with a counsellor on Telegram, until the person goes back to Lotse', async () => {
    const tim = new TelegramPerson(harness, app.db, 6010, 'Tim');
    expect(await tim.say('Ich möchte mit einem Menschen reden')).toContain('Worum geht es?');
    expect(await tim.say('Wie finde ich eine Schnupperlehre?')).toContain('Einverstanden?');
    const marcoBefore = callsTo(marco.chatId).length;
    expect(await tim.tap('Ja, schicken')).toContain('Ich habe deine Anfrage geschickt.');
    expect(await nextTo(marco, marcoBefore)).toBe('Neue Anfrage über Lotse: «Wie finde ich eine Schnupperlehre?»');
    const timBefore = callsTo(tim.chatId).length;
    expect(await marco.tap('Übernehmen')).toContain('Du hast die Anfrage übernommen.');
    expect(await nextTo(tim, timBefore)).toBe('Marco vom Fachkräftenetz ist jetzt für dich da. Schreib einfach hier. Mit «zurück zu Lotse» kommst du wieder zu mir.');

    const before = callsTo(tim.chatId).length;
    await marco.client.sendMessage(marco.client.makeMessage('Hoi Tim! Für welchen Beruf?'));
    expect(await nextTo(tim, before)).toBe('Marco vom Fachkräftenetz: Hoi Tim! Für welchen Beruf?');
    const marcoSeen = callsTo(marco.chatId).length;
    expect(await tim.say('zurück zu Lotse')).toBe('Du bist wieder bei Lotse. Schreib «hilfe» für einen Überblick.');
    expect(await nextTo(marco, marcoSeen)).toBe('Die Person ist zurück bei Lotse. Das Gespräch ist beendet.');
    expect(await marco.command('/ende')).toBe('Du hast gerade kein offenes Gespräch.');
  }, 60_000);

  it('after a request nobody took, «Rückruf anfragen» keeps a callback on the same request', async () => {
    const web = new WebChat(app.url, 'dl_person_missed_00001');
    await web.open();
    await web.send('Ich möchte mit einem Menschen reden');
    await web.send('Ich brauche Hilfe mit meinem Lebenslauf.');
    await web.tap('Ja, schicken');
    const waiting = (await app.db.prisma.handoffCase.findFirst({ where: { status: 'waiting', topic: 'Ich brauche Hilfe mit meinem Lebenslauf.' } }))!;
    // What the expiry check does after HANDOFF_WAIT_MINUTES (tested with the clock in cases.test.ts).
    await app.db.prisma.handoffCase.update({ where: { id: waiting.id }, data: { status: 'missed' } });
    // The person taps «Rückruf anfragen» on the message Lotse sent them then.
    expect(await web.send({ text: `ho:cb:${waiting.id}`, value: `ho:cb:${waiting.id}` }).then(() => web.text())).toContain('Wie können wir dich erreichen?');
    expect(await webSays(web, 'mia@example.ch')).toContain('Danke! Jemand vom Beratungsteam meldet sich bei dir unter mia@example.ch.');
    expect(await app.db.prisma.handoffCase.findUnique({ where: { id: waiting.id } })).toMatchObject({ status: 'callback', callbackContact: 'mia@example.ch' });
    expect(await webSays(web, 'Hallo')).not.toContain('notiert');
  }, 60_000);

  it('refuses a forged team code and ignores a stranger tapping «Übernehmen»', async () => {
    const stranger = new TelegramPerson(harness, app.db, 6003, 'Mallory');
    expect(await stranger.command('/team ABCD-2345')).toBe('Diesen Code kenne ich nicht, oder er ist schon benutzt oder abgelaufen. Frag bitte nach einem neuen Code.');
    expect(await app.db.prisma.staffAccount.count({ where: { channelUserId: '6003' } })).toBe(0);

    // A real request is waiting; the stranger forges a tap on its button.
    const web = new WebChat(app.url, 'dl_person_forged_00001');
    await web.open();
    await web.send('Ich möchte mit einem Menschen reden');
    await web.send('Wie schreibe ich eine Bewerbung?');
    await web.tap('Ja, schicken');
    const waiting = (await app.db.prisma.handoffCase.findFirst({ where: { status: 'waiting' } }))!;
    const before = callsTo(stranger.chatId).length;
    await stranger.client.sendCallback(stranger.client.makeCallbackQuery(`ho:take:${waiting.id}`, { message: { message_id: 1 } }));
    expect(await nextTo(stranger, before)).toBe('Diese Schaltfläche ist nur für das Beratungsteam des Netzwerks.');
    expect((await app.db.prisma.handoffCase.findUnique({ where: { id: waiting.id } }))!.status).toBe('waiting');

    // The person changes their mind: the counsellors' requests say it was withdrawn.
    const edits = harness.callsOf('editMessageText').length;
    expect(await webSays(web, 'zurück zu Lotse')).toContain('Du bist wieder bei Lotse.');
    await harness.waitFor(() => harness.callsOf('editMessageText').slice(edits).filter((c) => plain(c) === 'Zurückgezogen: «Wie schreibe ich eine Bewerbung?»').length === 2);
  }, 60_000);

  /** Both sides of the main walk as the people read them (web chat; Sandra's and Marco's Telegram chats). */
  async function transcripts(web: WebChat): Promise<string> {
    const page = await call(app.url, 'GET', `/v3/directline/conversations/${web.conversationId}/activities`, { token: web.token });
    const activities = (page.json.activities as Partial<Activity>[]).filter((a) => a.type === 'message');
    // A tap shows as the button's title, as Web Chat shows it.
    const titles = new Map(activities.flatMap((a) => a.suggestedActions?.actions.map((b) => [String(b.value), b.title] as const) ?? []));
    const person = activities.map((a) => `${a.from?.id === web.user ? '**Person:**' : '**Lotse:**'} ${a.value !== undefined ? `[tippt «${titles.get(String(a.value)) ?? ''}»]` : (a.text ?? '').replace(/\n/g, '\n> ')}${a.suggestedActions?.actions.length ? `  \n_[${a.suggestedActions.actions.map((b) => b.title).join('] [')}]_` : ''}`);
    const chat = (who: TelegramPerson, name: string) =>
      [
        ...harness.calls.filter((c) => String(c.body.chat_id) === who.chatId && (c.method === 'sendMessage' || c.method === 'editMessageText')).map((c) => ({
          at: c.at,
          line: `${c.method === 'editMessageText' ? '**Lotse (ändert die Nachricht):**' : '**Lotse:**'} ${plain(c).replace(/\n/g, '\n> ')}${(c.body.reply_markup as { inline_keyboard?: { text: string }[][] } | undefined)?.inline_keyboard ? `  \n_[${(c.body.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard.flat().map((b) => b.text).join('] [')}]_` : ''}`,
        })),
        ...typed.filter((t) => t.chatId === who.chatId).map((t) => ({ at: t.at, line: `**${name}:** ${t.text}` })),
      ]
        .sort((a, b) => a.at - b.at)
        .map((l) => l.line);
    return [
      '# Live handoff: both sides of the conversation',
      '',
      'Written by test/handoff/live-handoff.test.ts (HANDOFF_TRANSCRIPTS=…): a person in the web chat (Direct Line), Sandra and Marco, counsellors of the network, on Telegram (telegram-test-api emulator).',
      '',
      '## The person, in the web chat',
      '',
      ...person.map((l) => `${l}\n`),
      '## Sandra, counsellor, on Telegram',
      '',
      ...chat(sandra, 'Sandra').map((l) => `${l}\n`),
      '## Marco, counsellor, on Telegram',
      '',
      ...chat(marco, 'Marco').map((l) => `${l}\n`),
    ].join('\n');
  }
});
