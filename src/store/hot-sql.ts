/**
 * Plain SQL for the few statements every chat turn runs (bot state, transcript, profile lookup).
 *
 * Through Prisma even a raw statement costs a query-engine round (request, plan interpretation,
 * statement preparation) that was most of a turn's CPU time. On SQLite these statements run on
 * the Prisma adapter's own better-sqlite3 connection, prepared once and reused. That is the
 * connection Prisma itself uses for its raw statements, so transactions, locks and visibility are
 * exactly those of `$queryRaw`. On PostgreSQL (or when the connection is not reachable) they go
 * through `$queryRawUnsafe`. Statements are written once, with `?` placeholders and double-quoted
 * identifiers, which both databases read alike; rows come back typed as Prisma's raw queries
 * return them (Date for date columns, boolean for boolean columns).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { PrismaClient } from './database';

/** Columns to convert from SQLite's storage types. */
export interface ColumnTypes {
  dates?: readonly string[];
  booleans?: readonly string[];
}

export interface HotSql {
  readonly dialect: 'sqlite' | 'postgres';
  /** The rows of a SELECT. */
  all<T>(sql: string, params: readonly unknown[], types?: ColumnTypes): Promise<T[]>;
  /** Runs an INSERT/UPDATE/DELETE; resolves with the number of changed rows. */
  run(sql: string, params: readonly unknown[]): Promise<number>;
}

/** Prepared statements kept per connection; more distinct texts than this start the cache afresh. */
const MAX_STATEMENTS = 500;

/** The statements on a better-sqlite3 connection, parameters and rows converted as Prisma's adapter does. */
class SqliteHotSql implements HotSql {
  readonly dialect = 'sqlite';
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly client: BetterSqlite3.Database) {}

  async all<T>(sql: string, params: readonly unknown[], types: ColumnTypes = {}): Promise<T[]> {
    const rows = this.statement(sql).all(...params.map(sqliteParam)) as Record<string, unknown>[];
    for (const row of rows) {
      for (const column of types.dates ?? []) if (typeof row[column] === 'string') row[column] = new Date(row[column] as string);
      for (const column of types.booleans ?? []) if (typeof row[column] === 'number') row[column] = row[column] !== 0;
    }
    return rows as T[];
  }

  async run(sql: string, params: readonly unknown[]): Promise<number> {
    return this.statement(sql).run(...params.map(sqliteParam)).changes;
  }

  private statement(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MAX_STATEMENTS) this.statements.clear();
      // The adapter turns on safe integers for the whole connection; these rows hold small integers.
      statement = this.client.prepare(sql).safeIntegers(false);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** As @prisma/adapter-better-sqlite3 stores them: ISO-8601 with "+00:00", booleans as 0/1. */
function sqliteParam(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value === undefined ? null : value;
}

/** Through Prisma's raw API (PostgreSQL): `?` becomes `$1`, `$2`, … */
class PrismaHotSql implements HotSql {
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly prisma: PrismaClient,
    readonly dialect: 'sqlite' | 'postgres',
  ) {}

  all<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    return this.prisma.$queryRawUnsafe<T[]>(this.numbered(sql), ...params);
  }

  run(sql: string, params: readonly unknown[]): Promise<number> {
    return this.prisma.$executeRawUnsafe(this.numbered(sql), ...params);
  }

  private numbered(sql: string): string {
    let text = this.texts.get(sql);
    if (text === undefined) {
      let n = 0;
      text = sql.replace(/\?/g, () => `$${++n}`);
      if (this.texts.size >= MAX_STATEMENTS) this.texts.clear();
      this.texts.set(sql, text);
    }
    return text;
  }
}

const sqliteConnections = new WeakMap<PrismaClient, () => BetterSqlite3.Database | undefined>();
const executors = new WeakMap<PrismaClient, { client?: BetterSqlite3.Database; sql: HotSql }>();

/** Registers how to reach a SQLite client's connection (database.ts, when it opens SQLite). */
export function registerSqliteConnection(prisma: PrismaClient, connection: () => BetterSqlite3.Database | undefined): void {
  sqliteConnections.set(prisma, connection);
}

/** The hot-statement executor of a Prisma client. */
export function hotSql(prisma: PrismaClient): HotSql {
  const client = sqliteConnections.get(prisma)?.();
  const usable = client?.open ? client : undefined;
  const cached = executors.get(prisma);
  if (cached && cached.client === usable) return cached.sql;
  const sql = usable ? new SqliteHotSql(usable) : new PrismaHotSql(prisma, sqliteConnections.has(prisma) ? 'sqlite' : 'postgres');
  executors.set(prisma, { client: usable, sql });
  return sql;
}

/** `(?, ?, …)` with n placeholders. */
export function placeholders(n: number): string {
  return `(${Array.from({ length: n }, () => '?').join(', ')})`;
}
