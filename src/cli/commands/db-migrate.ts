/** `lotse db migrate`: applies pending migrations to the configured database (the server also does this on start). */
import { loadConfig } from '../../config';
import { openDatabase } from '../../store/database';
import type { Command } from '../command';

export const dbMigrateCommand: Command = {
  path: ['db', 'migrate'],
  summary: 'Apply pending database migrations (SQLite or PostgreSQL from DATABASE_URL)',
  usage: 'db migrate',
  options: {},
  async run(_args, io) {
    const config = loadConfig(process.env);
    const db = await openDatabase(config.DATABASE_URL);
    try {
      const { applied, alreadyApplied } = db.migrations;
      if (applied.length === 0) io.print(`Database (${db.kind}) is up to date: ${alreadyApplied.length} migration(s) applied earlier.`);
      else io.print(`Applied ${applied.length} migration(s) to ${db.kind}: ${applied.join(', ')}`);
      return { database: db.kind, applied, alreadyApplied };
    } finally {
      await db.close();
    }
  },
};
