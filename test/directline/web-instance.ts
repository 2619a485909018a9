/**
 * One real Lotse process for the multi-instance tests: startApp on the database URL given as
 * argv[2], on a free port. Prints {"event":"ready","url":…} and closes when stdin ends.
 * Quota settings come from the environment the test passes.
 */
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { TEST_MASTER_SECRET } from '../support/databases';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, DATABASE_URL: process.argv[2], PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', TELEGRAM_BOT_TOKEN: undefined, LOTSE_SECRET: TEST_MASTER_SECRET });
  const app = await startApp(config, { log: createLogger('silent'), schedulers: false });
  console.log(JSON.stringify({ event: 'ready', url: app.url }));
  process.stdin.resume();
  process.stdin.on('end', () => void app.close().then(() => process.exit(0)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
