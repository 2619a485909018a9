/**
 * At-least-once delivery, exactly-once effect: a real Lotse process is killed with SIGKILL in the
 * middle of a Telegram turn (held in a Bot API call), and a new process on the same database
 * answers the message: once, with the profile created once. On the starting code the update was
 * marked processed before its turn, so the message was lost for good.
 *
 * The processes run the TypeScript sources through @swc/core (as jest does), so the test does not
 * depend on a build in dist/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { openDatabase } from '../../src/store/database';
import { dropSchema, postgresTestUrl, tempSqliteUrl } from '../support/databases';
import { BotApiHarness } from './support/bot-api';
import { TOKEN, waitUntil } from './support/channel';
import { TelegramPerson } from './support/person';

const ROOT = path.join(__dirname, '..', '..');
const PROCESS = path.join(__dirname, 'support', 'lotse-process.ts');

/** Loads .ts files through swc in the child (the jest transform's settings), then runs argv[1]. */
const REGISTER_AND_RUN = `
const fs = require('node:fs');
const swc = require('@swc/core');
require.extensions['.ts'] = (module, filename) => {
  const options = { filename, jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } };
  module._compile(swc.transformSync(fs.readFileSync(filename, 'utf8'), options).code, filename);
};
process.argv.splice(1, 1, require.resolve(process.argv[1]));
require(process.argv[1]);
`;

/** Starts Lotse on `url` against the harness; resolves once it is ready. */
function startLotse(url: string, apiRoot: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', REGISTER_AND_RUN, PROCESS], {
    cwd: ROOT,
    env: {
      ...process.env,
      DOTENV_CONFIG_QUIET: 'true',
      DATABASE_URL: url,
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_URL: '',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      TELEGRAM_MODE: 'polling',
      // A claim of a killed process is free again after a second (the default is 30).
      TELEGRAM_TURN_LEASE_SECONDS: '1',
    },
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
  beforeAll(() => harness.start());
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await harness.stop();
    await remove();
  });

  it('answers the message after a restart, exactly once, and creates the profile once', async () => {
    children.push(await startLotse(url, harness.apiRoot));
    const chatId = 8100 + Math.floor(Math.random() * 800);
    const lea = new TelegramPerson(harness, harness.emulator.getClient(TOKEN, { userId: chatId, chatId, firstName: 'Lea' }), String(chatId));
    await lea.command('/start');
    await lea.tap('Deutsch (Schweiz)');
    expect(lea.text()).toMatch(/einverstanden/);

    // The consent tap: its turn starts by answering the button, and hangs there when Lotse is killed.
    const consent = lea.buttons().find((b) => /Ja, einverstanden/.test(b.text))!;
    const held = harness.hold('answerCallbackQuery');
    const message = lea.last.find((call) => JSON.stringify(call.body.reply_markup ?? '').includes(consent.callback_data!))!;
    await lea.client.sendCallback(lea.client.makeCallbackQuery(consent.callback_data!, { message: { message_id: message.result!.message_id! } }));
    await held;
    children[0]!.kill('SIGKILL');
    await new Promise((resolve) => children[0]!.once('exit', resolve));
    const repliesBefore = harness.callsOf('sendMessage').length;

    children.push(await startLotse(url, harness.apiRoot));
    await harness.waitFor((calls) => calls.filter((c) => c.method === 'sendMessage').length > repliesBefore, 20_000);
    // Give a wrongly repeated turn the chance to show up: the next message of the chat is answered after it.
    await lea.say('Lea');
    const afterCrash = harness.sentTexts().slice(repliesBefore);
    expect(afterCrash.filter((text) => /Wie darf ich dich nennen/.test(text))).toHaveLength(1);

    const db = await openDatabase(url);
    try {
      expect(await db.prisma.channelAccount.count({ where: { channelId: 'telegram', channelUserId: String(chatId) } })).toBe(1);
      expect(await db.prisma.person.count()).toBe(1);
      expect(await db.prisma.consent.count()).toBe(1);
      // The last turn is marked done just after its answer went out.
      await waitUntil(async () => (await db.prisma.telegramUpdate.count()) === 0);
      expect(await db.prisma.telegramUpdate.count()).toBe(0);
    } finally {
      await db.close();
    }
  }, 90_000); // each process first compiles the sources it loads
});
