/**
 * At-least-once delivery, exactly-once effect: a real Lotse process is killed with SIGKILL in the
 * middle of a Telegram turn (held in a Bot API call), and a new process on the same database
 * answers the message: once, with the profile created once. On the starting code the update was
 * marked processed before its turn, so the message was lost for good.
 *
 * The processes run the TypeScript sources through @swc/core (as jest does), so the test does not
 * depend on a build in dist/.
 */
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { openDatabase, type Database } from '../../src/store/database';
import { dropSchema, postgresTestUrl, tempSqliteUrl, TEST_MASTER_SECRET } from '../support/databases';
import { spawnTs } from '../support/child';
import { BotApiHarness } from './support/bot-api';
import { TOKEN, waitUntil } from './support/channel';
import { TelegramPerson } from './support/person';

const PROCESS = path.join(__dirname, 'support', 'lotse-process.ts');

/** Starts Lotse on `url` against the harness; resolves once it is ready. */
function startLotse(url: string, apiRoot: string): Promise<ChildProcess> {
  const child = spawnTs(PROCESS, [], {
    DATABASE_URL: url,
    PORT: '0',
    HOST: '127.0.0.1',
    PUBLIC_URL: '',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    LOTSE_SECRET: TEST_MASTER_SECRET,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    TELEGRAM_MODE: 'polling',
    // A claim of a killed process is free again after a second (the default is 30).
    TELEGRAM_TURN_LEASE_SECONDS: '1',
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => line === 'ready' && resolve(child));
    child.once('exit', (code) => reject(new Error(`Lotse exited with ${code}: ${stderr}`)));
  });
}

function databases(): { name: string; url: string; remove(): Promise<void> | void }[] {
  const sqlite = tempSqliteUrl();
  const list = [{ name: 'a SQLite file', url: sqlite.url, remove: sqlite.cleanup as () => Promise<void> | void }];
  if (process.env.TEST_DATABASE_URL) {
    const url = postgresTestUrl();
    list.push({ name: 'PostgreSQL', url, remove: () => dropSchema(url) });
  }
  return list;
}

describe.each(databases())('a Lotse process killed during a Telegram turn ($name)', ({ url, remove }) => {
  const harness = new BotApiHarness();
  const children: ChildProcess[] = [];
  /** The processes' database, as the test sees it: where a person's turn is seen to be handled. */
  let db: Database;
  beforeAll(async () => {
    await harness.start();
    db = await openDatabase(url);
  });
  // One process at a time: each test kills and restarts its own.
  afterEach(async () => {
    for (const child of children.splice(0)) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await harness.stop();
    await db.close();
    await remove();
  });

  /** A new person in the emulator who has chosen the language and sees the consent question. */
  const newPerson = async () => {
    const chatId = 8100 + Math.floor(Math.random() * 800);
    const person = new TelegramPerson(harness, db, chatId, 'Lea');
    await person.command('/start');
    await person.tap('Deutsch (Schweiz)');
    expect(person.text()).toMatch(/einverstanden/);
    return person;
  };

  /** Kills the running process, starts a new one on the same database; returns the number of replies before. */
  const crashAndRestart = async () => {
    const dead = children[children.length - 1]!;
    dead.kill('SIGKILL');
    await new Promise((resolve) => dead.once('exit', resolve));
    const before = harness.callsOf('sendMessage').length;
    children.push(await startLotse(url, harness.apiRoot));
    await harness.waitFor((calls) => calls.filter((c) => c.method === 'sendMessage').length > before, 20_000);
    return before;
  };

  const stored = async (chatId: string) => {
    // The last turn is marked done just after its answer went out.
    await waitUntil(async () => (await db.prisma.telegramUpdate.count()) === 0);
    const account = await db.prisma.channelAccount.findUnique({ where: { channelId_channelUserId: { channelId: 'telegram', channelUserId: chatId } }, include: { person: true } });
    return {
      kinds: account?.person.positionKinds,
      consents: account ? await db.prisma.consent.count({ where: { personId: account.personId } }) : 0,
      accounts: await db.prisma.channelAccount.count({ where: { channelUserId: chatId } }),
      queued: await db.prisma.telegramUpdate.count(),
    };
  };

  it('killed before the turn saved anything: the restarted process runs it once', async () => {
    children.push(await startLotse(url, harness.apiRoot));
    const lea = await newPerson();
    // The consent tap: its turn starts by answering the button, and hangs there when Lotse is killed.
    const consent = lea.buttons().find((b) => /Ja, einverstanden/.test(b.text))!;
    const message = lea.last.find((call) => JSON.stringify(call.body.reply_markup ?? '').includes(consent.callback_data!))!;
    const held = harness.hold('answerCallbackQuery');
    await lea.client.sendCallback(lea.client.makeCallbackQuery(consent.callback_data!, { message: { message_id: message.result!.message_id! } }));
    await held;
    const before = await crashAndRestart();

    // A wrongly repeated turn would show before the answer to the chat's next message (the turn
    // ends once both the rerun consent and «Lehrstelle» are handled).
    expect(await lea.say('Lehrstelle')).toMatch(/Was kannst du gut/);
    const afterCrash = harness.sentTexts().slice(before);
    expect(afterCrash.filter((text) => /Was suchst du/.test(text))).toHaveLength(1);
    expect(await stored(lea.chatId)).toEqual({ kinds: '["apprenticeship"]', consents: 1, accounts: 1, queued: 0 });
  }, 90_000); // each process first compiles the sources it loads

  it('killed while sending the answer (state already saved): the restarted process sends it, once', async () => {
    children.push(await startLotse(url, harness.apiRoot));
    const lea = await newPerson();
    expect(await lea.tap('Ja, einverstanden')).toMatch(/Was suchst du/);
    const held = harness.hold('sendMessage');
    await lea.client.sendMessage(lea.client.makeMessage('Lehrstelle'));
    await held;
    const before = await crashAndRestart();

    // stored() waits until the update is done, so every reply of the recovered turn has been sent.
    expect(await stored(lea.chatId)).toEqual({ kinds: '["apprenticeship"]', consents: 1, accounts: 1, queued: 0 });
    const mine = harness.callsOf('sendMessage').slice(before).filter((call) => String(call.body.chat_id) === lea.chatId);
    expect(mine.filter((call) => /Was kannst du gut/.test(String(call.body.text)))).toHaveLength(1);
  }, 90_000); // each process first compiles the sources it loads
});
