/** The database a CLI command works on: opened from the configuration, closed when the work ends. */
import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../store/database';
import { parseNow, type Command, type CommandIO } from './command';

/** Opens the configured database, runs `work` on it and closes it again, also when `work` throws. */
export async function withDatabase<T>(work: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config.DATABASE_URL);
  try {
    return await work(db, config);
  } finally {
    await db.close();
  }
}

/**
 * A command that runs one of the server's periodic jobs once, as at --now (default: the current
 * time), on the configured database. `usage` gives the command's words, e.g. "retention run".
 */
export function runOnceCommand(usage: string, summary: string, work: (job: { db: Database; config: Config; now: Date }, io: CommandIO) => Promise<unknown>): Command {
  return {
    summary,
    usage: `${usage} [--now <ISO date>]`,
    options: { now: { type: 'string' } },
    async run({ values }, io) {
      const now = parseNow(values.now);
      return withDatabase((db, config) => work({ db, config, now }, io));
    },
  };
}
