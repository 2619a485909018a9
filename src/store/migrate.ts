/**
 * Applies the committed SQL migrations (prisma/migrations/<provider>/<name>/migration.sql) on start.
 * Prisma's own `migrate deploy` cannot run on PostgreSQL with the JS engine (see DESIGN), so we apply
 * the same files ourselves and record them in a `_prisma_migrations` table shaped like Prisma's, so
 * that `prisma migrate status` and our own runs agree on what is applied.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import { projectPath } from '../paths';

export type Provider = 'sqlite' | 'postgres';

/** One migration directory: its name, SQL text and the sha256 Prisma records as checksum. */
export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** What a migration run did. */
export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

/** An applied migration whose file changed afterwards: the database and the code disagree. */
export class MigrationChecksumError extends Error {
  constructor(readonly migration: string) {
    super(
      `Migration "${migration}" was applied to this database, but its migration.sql has changed since. ` +
        'Restore the original file, or start from a fresh database (the project has no releases yet).',
    );
    this.name = 'MigrationChecksumError';
  }
}

/** The committed migrations of a provider, in name order. */
export function loadMigrations(provider: Provider, dir = projectPath('prisma', 'migrations', provider)): Migration[] {
  if (!fs.existsSync(dir)) throw new Error(`No migrations found at ${dir}`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, 'migration.sql'));
      return { name, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
}

/** Splits migrations into pending ones, after checking that applied ones are unchanged. */
function pending(migrations: Migration[], applied: AppliedRow[]): { todo: Migration[]; done: string[] } {
  const byName = new Map(applied.map((row) => [row.migration_name, row.checksum]));
  for (const migration of migrations) {
    const checksum = byName.get(migration.name);
    if (checksum !== undefined && checksum !== migration.checksum) throw new MigrationChecksumError(migration.name);
  }
  return { todo: migrations.filter((m) => !byName.has(m.name)), done: migrations.filter((m) => byName.has(m.name)).map((m) => m.name) };
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/**
 * Applies pending migrations to a SQLite database in one IMMEDIATE transaction, so a second
 * process opening the same file waits instead of applying them twice.
 */
export function migrateSqlite(db: BetterSqlite3.Database, migrations: Migration[] = loadMigrations('sqlite')): MigrationResult {
  const run = db.transaction((): MigrationResult => {
    db.exec(SQLITE_TABLE);
    const applied = db
      .prepare('SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL')
      .all() as AppliedRow[];
    const { todo, done } = pending(migrations, applied);
    const record = db.prepare(
      'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)',
    );
    for (const migration of todo) {
      const started = Date.now();
      db.exec(migration.sql);
      record.run(randomUUID(), migration.checksum, Date.now(), migration.name, started);
    }
    return { applied: todo.map((m) => m.name), alreadyApplied: done };
  });
  return run.immediate();
}

const POSTGRES_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Quotes an SQL identifier (a schema name from the URL). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Applies pending migrations to a PostgreSQL schema. A session advisory lock per schema makes
 * instances that start together take turns; each migration runs in its own transaction.
 */
export async function migratePostgres(
  client: pg.Client,
  schema: string,
  migrations: Migration[] = loadMigrations('postgres'),
): Promise<MigrationResult> {
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [`lotse-migrate:${schema}`]);
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    await client.query(POSTGRES_TABLE);
    const { rows } = await client.query<AppliedRow>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL',
    );
    const { todo, done } = pending(migrations, rows);
    for (const migration of todo) await applyPostgres(client, migration);
    return { applied: todo.map((m) => m.name), alreadyApplied: done };
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`lotse-migrate:${schema}`]);
  }
}

async function applyPostgres(client: pg.Client, migration: Migration): Promise<void> {
  await client.query('BEGIN');
  try {
    const started = new Date();
    await client.query(migration.sql);
    await client.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)',
      [randomUUID(), migration.checksum, migration.name, started],
    );
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}
