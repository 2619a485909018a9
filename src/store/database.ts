/**
 * Opens Lotse's database: SQLite (`file:…`, embedded default) or PostgreSQL (`postgresql://…`),
 * applies pending migrations, and hands out one Prisma client type for the rest of src/store.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { PrismaClient as SqliteClient, type Prisma } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgres/client';
import { registerSqliteConnection } from './hot-sql';
import { migratePostgres, migrateSqlite, quoteIdent, type MigrationResult } from './migrate';

/**
 * The Prisma client every store uses. Both generated clients share the same model API; the
 * Postgres one is cast to this type once, in openPostgres.
 */
export type PrismaClient = SqliteClient;

/** The inside of `prisma.$transaction(async (tx) => …)`. */
export type PrismaTx = Prisma.TransactionClient;

export type DatabaseKind = 'sqlite' | 'postgres';

/** An open database. */
export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** Migrations applied while opening (empty when `migrate: false` or nothing was pending). */
  migrations: MigrationResult;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
}

/** How long SQLite waits for another writer before failing with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Opens (and by default migrates) the database at a `file:` or `postgresql://` URL. */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Database> {
  const migrate = options.migrate ?? true;
  if (url.startsWith('file:')) return openSqlite(sqlitePath(url), migrate);
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url, migrate);
  throw new Error('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)');
}

/** The file path of a `file:` URL, relative paths resolved against the working directory. */
export function sqlitePath(url: string): string {
  const raw = decodeURIComponent(url.slice('file:'.length).replace(/\?.*$/, ''));
  const withoutSlashes = raw.startsWith('//') ? raw.slice(2) : raw;
  if (!withoutSlashes) throw new Error('DATABASE_URL file: needs a path, e.g. file:./data/lotse.db');
  return path.resolve(withoutSlashes);
}

const EMPTY: MigrationResult = { applied: [], alreadyApplied: [] };

/** Per-connection settings Prisma's adapter does not make: cascades need foreign_keys on. */
const SQLITE_CONNECTION_PRAGMAS = `PRAGMA foreign_keys = ON; PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}; PRAGMA synchronous = NORMAL;`;

/** The better-sqlite3 adapter with our connection pragmas applied to every connection it opens. */
class LotseSQLite extends PrismaBetterSQLite3 {
  /** The connection the adapter opened last (hot-sql.ts runs its statements there). */
  connection?: BetterSqlite3.Database;

  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_CONNECTION_PRAGMAS);
    // Not part of the adapter's typed API (exact version pinned); without it hot-sql.ts uses Prisma's raw API.
    const client = (adapter as unknown as { client?: unknown }).client;
    this.connection = client instanceof BetterSqlite3 ? client : undefined;
    return adapter;
  }
}

async function openSqlite(file: string, migrate: boolean): Promise<Database> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const direct = new BetterSqlite3(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  let migrations = EMPTY;
  try {
    // WAL lets readers continue while one writer commits; the mode is stored in the file.
    direct.pragma('journal_mode = WAL');
    if (migrate) migrations = migrateSqlite(direct);
  } finally {
    direct.close();
  }
  const adapter = new LotseSQLite({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const prisma = new SqliteClient({ adapter });
  await prisma.$connect();
  registerSqliteConnection(prisma, () => adapter.connection);
  return { kind: 'sqlite', prisma, migrations, close: () => prisma.$disconnect() };
}

/** Splits `?schema=` off a PostgreSQL URL (pg does not know it; Prisma's convention). */
export function postgresSchema(url: string): { connectionString: string; schema: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') || 'public';
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

async function openPostgres(url: string, migrate: boolean): Promise<Database> {
  const { connectionString, schema } = postgresSchema(url);
  let migrations = EMPTY;
  if (migrate) {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      migrations = await migratePostgres(client, schema);
    } finally {
      await client.end();
    }
  }
  const adapter = new PrismaPg(
    { connectionString, options: `-c search_path=${quoteIdent(schema)}` },
    { schema },
  );
  const prisma = new PostgresClient({ adapter }) as unknown as PrismaClient;
  await prisma.$connect();
  return { kind: 'postgres', prisma, migrations, close: () => prisma.$disconnect() };
}
