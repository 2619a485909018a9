import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Prisma } from '../../src/store/generated/sqlite/client';
import { openDatabase, postgresSchema, sqlitePath } from '../../src/store/database';
import { loadMigrations, MigrationChecksumError, migrateSqlite } from '../../src/store/migrate';
import { dropSchema, postgresTestUrl, tempSqliteUrl, testDatabases } from '../support/databases';

const ROOT = path.join(__dirname, '..', '..');

describe('database URLs', () => {
  it('resolves file: URLs relative to the working directory', () => {
    expect(sqlitePath('file:./data/x.db')).toBe(path.resolve('data/x.db'));
    expect(sqlitePath('file:/tmp/a%20b.db?mode=rwc')).toBe('/tmp/a b.db');
    expect(() => sqlitePath('file:')).toThrow(/needs a path/);
  });

  it('splits ?schema= off PostgreSQL URLs', () => {
    expect(postgresSchema('postgresql://u@h:5432/db?schema=t_1&sslmode=disable')).toEqual({
      connectionString: 'postgresql://u@h:5432/db?sslmode=disable',
      schema: 't_1',
    });
    expect(postgresSchema('postgres://u@h/db').schema).toBe('public');
  });

  it('rejects other URLs with a clear message', async () => {
    await expect(openDatabase('mysql://x')).rejects.toThrow(/file: .*postgresql:\/\//);
  });
});

describe('committed migrations', () => {
  it('match prisma/schema.prisma (npm run db:schema-sql is up to date)', () => {
    expect(() =>
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'schema-sql.js'), '--check'], { cwd: ROOT, stdio: 'pipe' }),
    ).not.toThrow();
  });
});

describe('SQLite specifics', () => {
  it('creates the directory, uses WAL and records the migration like Prisma', async () => {
    const { url, cleanup } = tempSqliteUrl();
    const nested = url.replace(/lotse\.db$/, 'deep/er/lotse.db');
    try {
      const db = await openDatabase(nested);
      expect(db.migrations.applied).toEqual(['0001_init']);
      await db.close();
      const direct = new BetterSqlite3(sqlitePath(nested));
      expect(direct.pragma('journal_mode', { simple: true })).toBe('wal');
      const rows = direct.prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations').all() as {
        checksum: string;
        finished_at: unknown;
      }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]!.checksum).toBe(loadMigrations('sqlite')[0]!.checksum);
      expect(rows[0]!.finished_at).not.toBeNull();
      direct.close();
    } finally {
      cleanup();
    }
  });

  it('refuses to start when an applied migration was changed afterwards', () => {
    const { url, cleanup } = tempSqliteUrl();
    try {
      const direct = new BetterSqlite3(sqlitePath(url));
      const [init] = loadMigrations('sqlite');
      migrateSqlite(direct, [init!]);
      expect(() => migrateSqlite(direct, [{ ...init!, sql: init!.sql + '\n-- edited', checksum: 'f'.repeat(64) }])).toThrow(
        MigrationChecksumError,
      );
      direct.close();
    } finally {
      cleanup();
    }
  });

  it('rolls back a failing migration completely', () => {
    const { url, cleanup } = tempSqliteUrl();
    try {
      const direct = new BetterSqlite3(sqlitePath(url));
      const broken = { name: '0002_broken', sql: 'CREATE TABLE "A" (x INT); CREATE TABLE nope nope;', checksum: 'x' };
      expect(() => migrateSqlite(direct, [...loadMigrations('sqlite'), broken])).toThrow();
      const tables = direct.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      expect(tables).toEqual([]);
      direct.close();
    } finally {
      cleanup();
    }
  });
});

describe.each(testDatabases())('database on $name', ({ open }) => {
  it('opens migrated and enforces cascading deletes', async () => {
    const db = await open();
    try {
      expect(db.migrations.applied).toEqual(['0001_init']);
      await db.prisma.person.create({ data: { id: 'p1', accounts: { create: { id: 'a1', channelId: 'telegram', channelUserId: '42' } } } });
      await db.prisma.person.delete({ where: { id: 'p1' } });
      expect(await db.prisma.channelAccount.count()).toBe(0);
    } finally {
      await db.close();
    }
  });

  it('has every table and column the Prisma client reads (no drift between migration and schema)', async () => {
    const db = await open();
    try {
      for (const model of Object.values(Prisma.ModelName)) {
        const delegate = (db.prisma as unknown as Record<string, { findMany(a: object): Promise<unknown[]> }>)[
          model.charAt(0).toLowerCase() + model.slice(1)
        ]!;
        await expect(delegate.findMany({ take: 1 })).resolves.toEqual([]);
      }
    } finally {
      await db.close();
    }
  });
});

const pgOnly = process.env.TEST_DATABASE_URL ? describe : describe.skip;
pgOnly('PostgreSQL migrations', () => {
  it('two instances starting together apply the migration exactly once (advisory lock)', async () => {
    const url = postgresTestUrl();
    try {
      const [a, b] = await Promise.all([openDatabase(url), openDatabase(url)]);
      expect([...a.migrations.applied, ...b.migrations.applied]).toEqual(['0001_init']);
      const rows = await a.prisma.$queryRawUnsafe<{ n: bigint | number }[]>('SELECT count(*) AS n FROM "_prisma_migrations"');
      expect(Number(rows[0]!.n)).toBe(1);
      await Promise.all([a.close(), b.close()]);
    } finally {
      await dropSchema(url);
    }
  });

  it('keeps each schema apart', async () => {
    const urlA = postgresTestUrl();
    const urlB = postgresTestUrl();
    try {
      const a = await openDatabase(urlA);
      const b = await openDatabase(urlB);
      await a.prisma.setting.create({ data: { key: 'k', value: 'a' } });
      expect(await b.prisma.setting.count()).toBe(0);
      await Promise.all([a.close(), b.close()]);
    } finally {
      await Promise.all([dropSchema(urlA), dropSchema(urlB)]);
    }
  });
});

it('the committed migration files exist for both providers', () => {
  for (const provider of ['sqlite', 'postgres']) {
    expect(fs.existsSync(path.join(ROOT, 'prisma', 'migrations', provider, '0001_init', 'migration.sql'))).toBe(true);
  }
});
