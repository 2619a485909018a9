/**
 * The HR side end to end, across the real pieces: Lotse started like `npm start` (startApp, SQLite
 * file, Telegram through the telegram-test-api emulator), the operator's CLI (`lotse hr invite`,
 * `lotse hr subscription`, `lotse digest run`), an HR person and a candidate on Telegram.
 *
 * Lea builds her profile in the conversation and lets matching companies see it anonymously. HR
 * of Muster AG joins with an invite code (`/hr <code>`), receives a digest that lists Lea only by
 * pseudonym with the reasons, taps "Kontakt anfragen"; Lea is asked in her own chat, says yes and
 * shares her e-mail address; only then does HR receive her first name and contact.
 */
import type { CardAction } from 'botbuilder-core';
import { startApp, type App } from '../../src/app';
import { main as lotse } from '../../src/cli/main';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { reach, type Chat } from '../dialogs/support/flows';
import { tempSqliteUrl } from '../support/databases';
import { BotApiHarness } from '../telegram/support/bot-api';
import { TOKEN } from '../telegram/support/channel';
import { TelegramPerson } from '../telegram/support/person';
import { seedJob } from './fixtures';

/** Runs `lotse …` in-process with the app's environment; returns the parsed JSON result line. */
async function cli(env: Record<string, string>, args: string[]): Promise<Record<string, unknown>> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  const lines: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  try {
    expect(await lotse([...args, '--json'])).toBe(0);
    return JSON.parse(lines.at(-1)!) as Record<string, unknown>;
  } finally {
    log.mockRestore();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('an HR person of a member company, invited by code, on Telegram', () => {
  const harness = new BotApiHarness();
  const database = tempSqliteUrl();
  let app: App;
  let env: Record<string, string>;

  beforeAll(async () => {
    await harness.start();
    env = {
      DATABASE_URL: database.url,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: harness.apiRoot,
      TELEGRAM_MODE: 'polling',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
    };
    const config = loadConfig({ ...env, PORT: '0', HOST: '127.0.0.1' });
    app = await startApp(config, { log: createLogger('silent'), schedulers: false });
  });
  afterAll(async () => {
    await app.close();
    await harness.stop();
    database.cleanup();
  });

  const messagesTo = (person: TelegramPerson) => harness.callsOf('sendMessage').filter((c) => String(c.body.chat_id) === person.chatId);
  const seen = (person: TelegramPerson) => messagesTo(person).length;

  /** The bot's messages to a person since `alreadySeen`, made their last answers (to read and tap them). */
  function receive(person: TelegramPerson, alreadySeen: number): string {
    person.last = messagesTo(person).slice(alreadySeen);
    return person.text();
  }

  /** The conversation flow's Chat over a Telegram person. */
  function asChat(person: TelegramPerson): Chat {
    return {
      send: (input) => person.say(typeof input === 'string' ? input : String(input.text ?? '')),
      tap: (title) => person.tap(title),
      text: () => person.text(),
      buttons: () => person.buttons().map((b): CardAction => ({ type: 'postBack', title: b.text, value: b.callback_data })),
    };
  }

  it('gets a pseudonymous digest with reasons, asks for contact and receives details only after the candidate agrees', async () => {
    const lea = new TelegramPerson(harness, app.db, 5001, 'Lea');
    const hr = new TelegramPerson(harness, app.db, 5002, 'Hanna');

    // The candidate: a profile with "Löten", anonymously visible to matching companies.
    const chat = asChat(lea);
    await reach(chat, 'visibility');
    await chat.tap('Anonym für passende Firmen');
    await chat.tap('Ja');
    await lea.tap('Passt, zeig mir Jobs');
    const person = (await app.db.prisma.person.findFirst({ include: { skills: true } }))!;
    expect(person.visibility).toBe('anonymous');

    // The operator: a company with a subscription, an invite code, and an open Lehrstelle.
    const invite = await cli(env, ['hr', 'invite', '--company', 'Muster AG']);
    await cli(env, ['hr', 'subscription', '--company', 'Muster AG', '--until', '2030-12-31']);
    const company = (await app.db.prisma.company.findUnique({ where: { name: 'Muster AG' } }))!;
    const lehrstelle = { kind: 'apprenticeship', postalCode: '4600', placeName: 'Olten', latitude: 47.35, longitude: 7.903, pensumMin: 100, pensumMax: 100 };
    await seedJob(app.db, company.id, 'Elektroniker/in EFZ', [{ conceptId: person.skills[0]!.conceptId }], lehrstelle);

    // HR joins with the code.
    expect(await hr.command(`/hr ${String(invite.code)}`)).toContain('Muster AG');

    // The daily run (as the CLI runs it) sends HR the digest on Telegram.
    const before = seen(hr);
    const run = await cli(env, ['digest', 'run']);
    expect(run).toMatchObject({ ran: true, digestsSent: 1, candidatesReported: 1 });
    const digest = receive(hr, before);
    const pseudonym = /K-[0-9A-F]{6}/.exec(digest)![0];
    expect(digest).toContain('Elektroniker/in EFZ');
    expect(digest).toContain('Passt, weil: Löten');
    expect(digest).toContain('Region 46xx');
    expect(digest).not.toMatch(/Lea|4600|Olten/);

    // HR asks for contact; Lea is asked in her own chat and sees who asks for which job.
    const leaBefore = seen(lea);
    expect(await hr.tap(`Kontakt anfragen ${pseudonym}`)).toContain(`Ich habe ${pseudonym} per Telegram gefragt`);
    await harness.waitFor(() => seen(lea) > leaBefore);
    const question = receive(lea, leaBefore);
    expect(question).toContain('Muster AG hat dein anonymes Kurzprofil gesehen');
    expect(question).toContain('«Elektroniker/in EFZ»');
    expect(receive(hr, before)).not.toContain('Lea');

    // Lea agrees and shares her e-mail address; only now does HR learn who she is.
    expect(await lea.tap('Ja, gerne')).toContain('Wie darf dich Muster AG erreichen?');
    const hrBefore = seen(hr);
    expect(await lea.say('lea.muster@example.ch')).toContain('Super, ich habe Muster AG deinen Vornamen und deine Kontaktangabe geschickt.');
    await harness.waitFor(() => seen(hr) > hrBefore);
    expect(receive(hr, hrBefore)).toBe(
      `Gute Nachricht: ${pseudonym} ist einverstanden, dass Muster AG wegen «Elektroniker/in EFZ» Kontakt aufnimmt. Name: Lea. Kontakt: lea.muster@example.ch.`,
    );
  }, 180_000); // about 30 turns; the app polls the emulator once a second, as it would poll Telegram
});
