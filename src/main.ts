/**
 * `npm start`: reads the configuration, starts Lotse and shuts it down gracefully on SIGINT/SIGTERM
 * (running turns finish, the database closes). A second signal stops at once.
 */
import { startApp } from './app';
import { ConfigError, loadConfig, loadDotEnv } from './config';
import { createLogger, errorFields } from './log';

const SHUTDOWN_GRACE_MS = 15_000;

async function main(): Promise<void> {
  loadDotEnv();
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example and the configuration table in README.md.\n`);
      process.exit(78);
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL);
  const app = await startApp(config, { log }).catch((err: NodeJS.ErrnoException) => {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example and the configuration table in README.md.\n`);
      process.exit(78);
    }
    log.fatal(errorFields(err), 'Lotse could not start');
    process.stderr.write(`\nLotse could not start: ${startFailure(err, config!)}\n`);
    process.exit(1);
  });
  process.stdout.write(`\nLotse is running: ${app.url}  (web chat demo page)\n\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.warn('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err) => {
        log.error(errorFields(err), 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** What an operator needs to know about a failed start, in one line. */
function startFailure(err: NodeJS.ErrnoException, config: { PORT: number; DATABASE_URL: string }): string {
  const database = config.DATABASE_URL.replace(/\/\/[^@/]*@/, '//…@');
  switch (err.code) {
    case 'EADDRINUSE':
      return `port ${config.PORT} is already in use. Stop the other program or set PORT to a free port.`;
    case 'EACCES':
    case 'EEXIST':
    case 'ENOTDIR':
    case 'EROFS':
      return `cannot create the database file for DATABASE_URL=${database} (${err.code}). Choose a writable path.`;
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
      return `cannot reach the database at DATABASE_URL=${database} (${err.code}). Is PostgreSQL running there?`;
    default:
      return errorFields(err).err.message;
  }
}

main().catch((err) => {
  createLogger('error').fatal(errorFields(err), 'Lotse could not start');
  process.exit(1);
});
