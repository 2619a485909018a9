/** `lotse db migrate`: applies pending migrations to the configured database (the server also does this on start). */
import type { Command } from '../command';
import { withDatabase } from '../database';

export const dbMigrateCommand: Command = {
  summary: 'Apply pending database migrations (SQLite or PostgreSQL from DATABASE_URL)',
  usage: 'db migrate',
  async run(_args, io) {
    return withDatabase(async (db) => {
      const { applied, alreadyApplied } = db.migrations;
      if (applied.length === 0) io.print(`Database (${db.kind}) is up to date: ${alreadyApplied.length} migration(s) applied earlier.`);
      else io.print(`Applied ${applied.length} migration(s) to ${db.kind}: ${applied.join(', ')}`);
      return { database: db.kind, applied, alreadyApplied };
    });
  },
};
