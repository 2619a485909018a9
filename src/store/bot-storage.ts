/**
 * botbuilder `Storage` on the BotStateItem table, with real eTag optimistic concurrency:
 * a write without eTag or with "*" always wins; a write with an eTag succeeds only while the
 * stored item still has that eTag; every write gets a new eTag.
 *
 * Every turn reads and writes here, so the common statements are plain SQL (hot-sql.ts): through
 * Prisma's model API they cost more than the database work itself. Rare paths keep the model API.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder-core';
import type { PrismaClient } from './database';
import { hotSql, placeholders } from './hot-sql';

/** Keys up to this length are stored as they are; longer ones are shortened with a hash (index limits). */
const MAX_STORED_KEY = 240;
const KEPT_PREFIX = 160;

/** The key under which an item is stored: the key itself, or a prefix plus sha256 for very long keys. */
export function storedKey(key: string): string {
  if (key.length <= MAX_STORED_KEY) return key;
  return `${key.slice(0, KEPT_PREFIX)}#sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/** The error botbuilder's storages throw for a stale eTag. */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002';
}

/** Dialog, conversation and user state of botbuilder, in the database. */
export class PrismaStorage implements Storage {
  constructor(private readonly prisma: PrismaClient) {}

  /** Existing items only (unknown keys are left out), each with its current eTag. */
  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    if (keys.length === 0) return {};
    const byStored = new Map(keys.map((key) => [storedKey(key), key]));
    const stored = [...byStored.keys()];
    const rows = await hotSql(this.prisma).all<{ key: string; data: string; etag: string }>(
      `SELECT "key", "data", "etag" FROM "BotStateItem" WHERE "key" IN ${placeholders(stored.length)}`,
      stored,
    );
    const items: StoreItems = {};
    for (const row of rows) {
      const key = byStored.get(row.key);
      if (key !== undefined) items[key] = { ...JSON.parse(row.data), eTag: row.etag };
    }
    return items;
  }

  /** Writes each item; throws ETagConflictError for an item whose eTag is stale. */
  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    for (const [key, item] of Object.entries(changes)) await this.writeOne(key, item ?? {});
  }

  /** Removes the items; unknown keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await this.prisma.botStateItem.deleteMany({ where: { key: { in: keys.map(storedKey) } } });
  }

  private async writeOne(key: string, item: Record<string, unknown>): Promise<void> {
    const { eTag, ...rest } = item;
    const id = storedKey(key);
    const data = JSON.stringify(rest);
    const etag = randomUUID();
    if (eTag === undefined || eTag === null || eTag === '*') {
      await this.upsert(id, data, etag);
      return;
    }
    const count = await hotSql(this.prisma).run(
      'UPDATE "BotStateItem" SET "data" = ?, "etag" = ?, "updatedAt" = ? WHERE "key" = ? AND "etag" = ?',
      [data, etag, new Date(), id, String(eTag)],
    );
    if (count === 1) return;
    // No row with that eTag: either the item is gone (create it, as MemoryStorage does) or it changed.
    const exists = await this.prisma.botStateItem.findUnique({ where: { key: id }, select: { key: true } });
    if (exists) throw new ETagConflictError(key);
    try {
      await this.prisma.botStateItem.create({ data: { key: id, data, etag } });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ETagConflictError(key);
      throw err;
    }
  }

  /** Last writer wins, in one statement (ON CONFLICT also settles a concurrent first insert). */
  private async upsert(key: string, data: string, etag: string): Promise<void> {
    await hotSql(this.prisma).run(
      'INSERT INTO "BotStateItem" ("key", "data", "etag", "updatedAt") VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT ("key") DO UPDATE SET "data" = excluded."data", "etag" = excluded."etag", "updatedAt" = excluded."updatedAt"',
      [key, data, etag, new Date()],
    );
  }
}
