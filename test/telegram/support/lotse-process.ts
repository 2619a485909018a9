/**
 * A real Lotse process for crash tests: startApp with the configuration from its environment,
 * "ready" on stdout once it runs. The parent kills it with SIGKILL mid-turn.
 */
import { startApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/log';

startApp(loadConfig(process.env), { log: createLogger('silent'), schedulers: false }).then(
  () => console.log('ready'),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
