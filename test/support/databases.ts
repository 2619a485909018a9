/**
 * The databases every store test runs against: a fresh temporary SQLite file always, and
 * PostgreSQL in a fresh, isolated schema when TEST_DATABASE_URL is set (dropped again at close).
 *
 *   describe.each(testDatabases())('… on $name', ({ open }) => { let db: Database; beforeAll(async () => { db = await open(); }); afterAll(() => db.close()); … });
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, postgresSchema, type Database } from '../../src/store/database';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** A new, migrated, empty database; its close() also removes it. */
  open(): Promise<Database>;
  /** n connections (as separate instances would have) to one new database; the last close() removes it. */
  openMany(n: number): Promise<Database[]>;
}

/** A temporary SQLite file URL in its own directory (removed by the returned cleanup). */
export function tempSqliteUrl(): { url: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-test-db-'));
  return { url: `file:${path.join(dir, 'lotse.db')}`, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh SQLite database in a temp directory. */
export async function openTestSqlite(): Promise<Database> {
  const { url, cleanup } = tempSqliteUrl();
  const db = await openDatabase(url);
  return {
    ...db,
    close: async () => {
      await db.close();
      cleanup();
    },
  };
}

/** A unique schema name for one test database ("t_" prefix, random suffix). */
export function uniqueSchema(prefix = 't'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/** TEST_DATABASE_URL with its schema replaced by a fresh one. */
export function postgresTestUrl(schema = uniqueSchema()): string {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** Drops a test schema and everything in it. */
export async function dropSchema(url: string): Promise<void> {
  const { connectionString, schema } = postgresSchema(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema.replace(/"/g, '""')}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL schema under TEST_DATABASE_URL, dropped at close. */
export async function openTestPostgres(): Promise<Database> {
  const url = postgresTestUrl();
  const db = await openDatabase(url);
  return {
    ...db,
    close: async () => {
      await db.close();
      await dropSchema(url);
    },
  };
}

/** Opens n instances on one URL; the database is removed after all of them closed. */
async function openShared(url: string, n: number, remove: () => Promise<void> | void): Promise<Database[]> {
  const first = await openDatabase(url);
  const rest = await Promise.all(Array.from({ length: n - 1 }, () => openDatabase(url)));
  let open = n;
  return [first, ...rest].map((db) => ({
    ...db,
    close: async () => {
      await db.close();
      if (--open === 0) await remove();
    },
  }));
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. Use with describe.each. */
export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [
    {
      name: 'sqlite',
      open: openTestSqlite,
      openMany: (n) => {
        const { url, cleanup } = tempSqliteUrl();
        return openShared(url, n, cleanup);
      },
    },
  ];
  if (process.env.TEST_DATABASE_URL) {
    list.push({
      name: 'postgres',
      open: openTestPostgres,
      openMany: (n) => {
        const url = postgresTestUrl();
        return openShared(url, n, () => dropSchema(url));
      },
    });
  }
  return list;
}

/** A database by URL (for startApp, which opens its own): a fresh one per call, removed by cleanup. */
export interface TestDatabaseUrl {
  name: 'sqlite' | 'postgres';
  create(): { url: string; cleanup(): Promise<void> | void };
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. Use with describe.each. */
export function testDatabaseUrls(): TestDatabaseUrl[] {
  const list: TestDatabaseUrl[] = [{ name: 'sqlite', create: tempSqliteUrl }];
  if (process.env.TEST_DATABASE_URL) {
    list.push({
      name: 'postgres',
      create: () => {
        const url = postgresTestUrl();
        return { url, cleanup: () => dropSchema(url) };
      },
    });
  }
  return list;
}

/** A master secret for apps started in tests (PostgreSQL requires one; SQLite would generate its own file). */
export const TEST_MASTER_SECRET = 'lotse-test-master-secret-0123456789abcdef';
