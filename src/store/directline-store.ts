/**
 * Direct Line transcripts in the database (DirectLineConversation / DirectLineActivity), so a
 * visitor who reloads the page, a restart, or a second instance continues the same conversation.
 *
 * Appends use group commit: activities arriving while a write is in progress are written together
 * in the next batch, and each append resolves only after its row is committed (nothing is
 * acknowledged that a crash could lose). Sequence numbers come from the conversation's counter in
 * the database (`UPDATE … SET "nextSeq" = "nextSeq" + n … RETURNING`). On PostgreSQL the counter
 * update, the INSERT and a notification to the other instances (conversation id and last seq, see
 * transcript-feed.ts) are one statement: another instance appending to the same conversation
 * waits for the counter's row lock until the rows are committed, so numbers are unique and
 * committed in order (a socket that has seen seq n never misses a later commit of a smaller one).
 *
 * Memory: only what a retry needs is kept, in caches bounded by entries and bytes: a
 * conversation's user id, and per client activity id the seq (a retry reads the stored activity
 * from the database).
 */
import type { Activity } from 'botbuilder-core';
import { BoundedMap, stringBytes } from '../bounded-map';
import {
  activityId,
  UnknownConversationError,
  type AppendResult,
  type IdentifiedActivity,
  type StoredActivity,
  type TranscriptConversation,
  type TranscriptStore,
} from '../services/transcripts';
import type { ConversationKey, ConversationTranscripts } from '../services/ports';
import type { PrismaClient, PrismaTx } from './database';
import { hotSql, type HotSql } from './hot-sql';

/** Conversations whose user id is kept in memory. */
const CACHED_CONVERSATIONS = 10_000;
/** Client activity ids kept in memory (a retry of an older one is found in the database). */
const CACHED_CLIENT_IDS = 50_000;
/** Bytes each cache may keep alive. */
const CACHE_BYTES = 8 * 1024 * 1024;
/** Most rows in one INSERT. */
const MAX_BATCH = 500;
/** Attempts of a single append that keeps failing (lock conflicts with other instances). */
const MAX_ATTEMPTS = 5;

interface Row {
  seq: number;
  data: string;
}

interface Pending {
  conversationId: string;
  activity: Partial<Activity>;
  clientId?: string;
  resolve(result: AppendResult): void;
  reject(err: unknown): void;
}

/** Channel ids whose conversations are Direct Line conversations with a transcript here. */
export const WEB_CHANNELS = ['webchat', 'directline'];

/**
 * Removes the activities of Direct Line conversations but keeps the conversations open. The stored
 * counter moves past the removed rows, so no activity id is ever given out twice to a client that
 * still holds its watermark.
 */
export async function forgetActivities(db: PrismaClient | PrismaTx, conversationIds: readonly string[]): Promise<void> {
  for (const id of conversationIds) {
    const [conversation, last] = await Promise.all([
      db.directLineConversation.findUnique({ where: { id }, select: { nextSeq: true } }),
      db.directLineActivity.aggregate({ where: { conversationId: id }, _max: { seq: true } }),
    ]);
    if (!conversation) continue;
    const nextSeq = Math.max(conversation.nextSeq, (last._max.seq ?? -1) + 1);
    await db.directLineConversation.update({ where: { id }, data: { nextSeq } });
    await db.directLineActivity.deleteMany({ where: { conversationId: id } });
  }
}

/** ConversationTranscripts on the Direct Line tables; other channels keep no transcript here. */
export class PrismaConversationTranscripts implements ConversationTranscripts {
  constructor(private readonly prisma: PrismaClient) {}

  async forget(conversation: ConversationKey): Promise<void> {
    if (!WEB_CHANNELS.includes(conversation.channelId)) return;
    await this.prisma.$transaction((tx) => forgetActivities(tx, [conversation.conversationId]));
  }
}

export interface TranscriptStoreOptions {
  /** PostgreSQL: the NOTIFY channel every append announces itself on (see transcript-feed.ts). */
  notifyChannel?: string;
  /** Sent along, so this instance's listener can skip what its own hub already pushed. */
  notifyOrigin?: string;
}

/** A counter behind the rows (written before counters were kept) first jumps past the last row. */
const CATCH_UP = `COALESCE((SELECT MAX(a."seq") + 1 FROM "DirectLineActivity" a WHERE a."conversationId" = "DirectLineConversation"."id" AND a."seq" >= "DirectLineConversation"."nextSeq"), "DirectLineConversation"."nextSeq")`;
/** How the JSON of an activity starts before PostgreSQL writes its id in. */
const ID_PLACEHOLDER = '{"id":""';

/** The activity id as activityId() writes it, in SQL (for a number `seq` of conversation `id`). */
const SQLITE_ACTIVITY_ID = `n."id" || '|' || printf('%07d', n."seq")`;
/** Numbers and inserts one activity of a conversation (none when the conversation is gone); returns its seq. */
const SQLITE_NUMBERED_INSERT = `INSERT INTO "DirectLineActivity" ("conversationId", "seq", "activityId", "clientId", "data", "createdAt")
  SELECT n."id", n."seq", ${SQLITE_ACTIVITY_ID}, ?, '{"id":' || json_quote(${SQLITE_ACTIVITY_ID}) || substr(?, ${ID_PLACEHOLDER.length + 1}), ?
  FROM (SELECT "id", ${CATCH_UP} AS "seq" FROM "DirectLineConversation" WHERE "id" = ?) AS n
  RETURNING "seq"`;

function withoutId(activity: Partial<Activity>): Partial<Activity> {
  const copy = { ...activity };
  delete copy.id;
  return copy;
}

const toStored = (row: Row): StoredActivity => ({ seq: row.seq, activity: JSON.parse(row.data) as IdentifiedActivity });
const clientKey = (conversationId: string, clientId: string) => `${conversationId}\n${clientId}`;

/** TranscriptStore on Prisma (SQLite or PostgreSQL). */
export class PrismaTranscriptStore implements TranscriptStore {
  private readonly users = new BoundedMap<string, string>({
    maxEntries: CACHED_CONVERSATIONS,
    maxBytes: CACHE_BYTES,
    sizeOf: (id, user) => stringBytes(id) + stringBytes(user),
  });
  private readonly clientIds = new BoundedMap<string, number>({ maxEntries: CACHED_CLIENT_IDS, maxBytes: CACHE_BYTES, sizeOf: (key) => stringBytes(key) + 16 });
  private queue: Pending[] = [];
  private writing = false;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly options: TranscriptStoreOptions = {},
  ) {}

  async createConversation(conversation: TranscriptConversation): Promise<boolean> {
    const now = new Date();
    const created = await hotSql(this.prisma).run(
      'INSERT INTO "DirectLineConversation" ("id", "userId", "createdAt", "updatedAt", "nextSeq") VALUES (?, ?, ?, ?, 0) ON CONFLICT ("id") DO NOTHING',
      [conversation.id, conversation.userId, now, now],
    );
    if (created === 0) return false;
    this.users.set(conversation.id, conversation.userId);
    return true;
  }

  async getConversation(id: string): Promise<TranscriptConversation | undefined> {
    const userId = await this.userOf(id);
    return userId === undefined ? undefined : { id, userId };
  }

  append(conversationId: string, activity: Partial<Activity>, clientId?: string): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ conversationId, activity, clientId, resolve, reject });
      if (!this.writing) void this.writeLoop();
    });
  }

  /** Bytes held by the store's memory caches (operators' check, memory tests). */
  cachedBytes(): number {
    return this.users.bytes + this.clientIds.bytes;
  }

  async since(conversationId: string, after: number, limit: number): Promise<StoredActivity[]> {
    const rows = await hotSql(this.prisma).all<Row>(
      'SELECT "seq", "data" FROM "DirectLineActivity" WHERE "conversationId" = ? AND "seq" > ? ORDER BY "seq" ASC LIMIT ?',
      [conversationId, after, limit],
    );
    return rows.map(toStored);
  }

  async update(conversationId: string, activityId: string, change: (old: Activity) => Activity): Promise<StoredActivity | undefined> {
    const row = await this.prisma.directLineActivity.findFirst({ where: { conversationId, activityId }, select: { seq: true, data: true } });
    if (!row) return undefined;
    const activity: IdentifiedActivity = { ...change(toStored(row).activity), id: activityId };
    await this.prisma.directLineActivity.update({
      where: { conversationId_seq: { conversationId, seq: row.seq } },
      data: { data: JSON.stringify(activity) },
    });
    return { seq: row.seq, activity };
  }

  async remove(conversationId: string, activityId: string): Promise<boolean> {
    const row = await this.prisma.directLineActivity.findFirst({ where: { conversationId, activityId }, select: { seq: true } });
    if (!row) return false;
    // Keep the counter past the removed row so its id is never given out again.
    await this.prisma.$transaction([
      this.prisma.directLineActivity.delete({ where: { conversationId_seq: { conversationId, seq: row.seq } } }),
      this.prisma.directLineConversation.updateMany({ where: { id: conversationId, nextSeq: { lte: row.seq } }, data: { nextSeq: row.seq + 1 } }),
    ]);
    return true;
  }

  async removeUser(userId: string): Promise<number> {
    this.users.deleteWhere((_, user) => user === userId);
    const { count } = await this.prisma.directLineConversation.deleteMany({ where: { userId } });
    return count;
  }

  /** Writes queued appends, one batch per INSERT, until the queue is empty. */
  private async writeLoop(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, MAX_BATCH);
        await this.writeBatch(batch).catch(() => this.writeOneByOne(batch));
      }
    } finally {
      this.writing = false;
    }
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    const fresh: Pending[] = [];
    const duplicates: Pending[] = [];
    const inBatch = new Set<string>();
    for (const item of batch) {
      if ((await this.userOf(item.conversationId)) === undefined) {
        item.reject(new UnknownConversationError());
        continue;
      }
      const key = item.clientId === undefined ? undefined : clientKey(item.conversationId, item.clientId);
      if (key && (this.clientIds.has(key) || inBatch.has(key))) {
        duplicates.push(item);
        continue;
      }
      if (key) inBatch.add(key);
      fresh.push(item);
    }
    const results = fresh.length ? await this.write(hotSql(this.prisma), fresh) : [];
    for (const [item, result] of results) {
      if (item.clientId !== undefined) this.clientIds.set(clientKey(item.conversationId, item.clientId), result.seq);
      item.resolve(result);
    }
    for (const item of duplicates) await this.duplicateOf(item).then(item.resolve, item.reject);
  }

  /** Allocates the numbers of `items` from their conversations' counters and inserts them. */
  private async write(sql: HotSql, items: Pending[]): Promise<[Pending, AppendResult][]> {
    const seqs = sql.dialect === 'postgres' ? await this.writePostgres(sql, items) : await this.writeSqlite(sql, items);
    const results: [Pending, AppendResult][] = [];
    items.forEach((item, i) => {
      const seq = seqs[i];
      if (seq === undefined) {
        item.reject(new UnknownConversationError());
        return;
      }
      const activity = { ...item.activity, id: activityId(item.conversationId, seq) } as IdentifiedActivity;
      results.push([item, { seq, activity, duplicate: false }]);
    });
    return results;
  }

  /**
   * SQLite: one INSERT per append that takes its number from the conversation's rows in the same
   * statement (one commit, as a plain insert costs). One process and one writer loop: nothing
   * writes in between. The stored counter is not moved on every append; it only has to be past
   * rows that were removed (remove() and forgetActivities() raise it), CATCH_UP does the rest.
   */
  private async writeSqlite(sql: HotSql, items: Pending[]): Promise<(number | undefined)[]> {
    const now = new Date();
    const seqs: (number | undefined)[] = [];
    for (const item of items) {
      const data = JSON.stringify({ id: '', ...withoutId(item.activity) });
      const [row] = await sql.all<{ seq: number }>(SQLITE_NUMBERED_INSERT, [item.clientId ?? null, data, now, item.conversationId]);
      seqs.push(row === undefined ? undefined : Number(row.seq));
    }
    return seqs;
  }

  /**
   * PostgreSQL: one statement takes the numbers from the counters, inserts the rows with their ids
   * and notifies the listening instances. One round trip, and as one statement one transaction:
   * the counter rows stay locked until the rows are committed, and the notification is delivered
   * at commit, so a listener reads what was committed.
   */
  private async writePostgres(sql: HotSql, items: Pending[]): Promise<(number | undefined)[]> {
    const now = new Date();
    const channel = this.options.notifyChannel;
    const rows = await sql.all<{ ord: number; seq: number }>(
      `WITH input AS (
         SELECT i.conv, i.client, i.data, i.ord FROM unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[])) WITH ORDINALITY AS i(conv, client, data, ord)
       ), counts AS (
         SELECT conv, COUNT(*)::int AS n FROM input GROUP BY conv
       ), counter AS (
         UPDATE "DirectLineConversation" SET "nextSeq" = ${CATCH_UP} + counts.n, "updatedAt" = CAST(? AS TIMESTAMP(3))
         FROM counts WHERE "DirectLineConversation"."id" = counts.conv RETURNING "DirectLineConversation"."id" AS conv, "nextSeq" - counts.n AS first
       ), numbered AS (
         SELECT i.ord, i.conv, i.client, i.data, counter.first + (ROW_NUMBER() OVER (PARTITION BY i.conv ORDER BY i.ord))::int - 1 AS seq
         FROM input i JOIN counter ON counter.conv = i.conv
       ), identified AS (
         SELECT ord, conv, client, data, seq, conv || '|' || CASE WHEN length(seq::text) >= 7 THEN seq::text ELSE lpad(seq::text, 7, '0') END AS aid FROM numbered
       ), inserted AS (
         INSERT INTO "DirectLineActivity" ("conversationId", "seq", "activityId", "clientId", "data", "createdAt")
         SELECT conv, seq, aid, client, '{"id":' || to_json(aid)::text || substr(data, ${ID_PLACEHOLDER.length + 1}), CAST(? AS TIMESTAMP(3)) FROM identified
         RETURNING 1
       )
       SELECT ord::int AS ord, seq, (SELECT COUNT(*) FROM inserted)::int AS written${
         channel ? `, (SELECT COUNT(*) FROM (SELECT pg_notify(?, conv || ' ' || MAX(seq) || ' ' || ?) FROM identified GROUP BY conv) AS notified)::int AS notified` : ''
       }
       FROM identified ORDER BY ord`,
      [
        items.map((item) => item.conversationId),
        items.map((item) => item.clientId ?? null),
        // The id is only known in the statement: the JSON starts with an empty one that it fills in.
        items.map((item) => JSON.stringify({ id: '', ...withoutId(item.activity) })),
        now,
        now,
        ...(channel ? [channel, this.options.notifyOrigin ?? ''] : []),
      ],
    );
    const seqs: (number | undefined)[] = items.map(() => undefined);
    for (const row of rows) seqs[Number(row.ord) - 1] = Number(row.seq);
    return seqs;
  }

  /** The slow path after a failed batch: each append on its own, with duplicate checks in the database. */
  private async writeOneByOne(batch: Pending[]): Promise<void> {
    for (const item of batch) await this.appendOne(item).then(item.resolve, item.reject);
  }

  private async appendOne(item: Pending): Promise<AppendResult> {
    for (let attempt = 1; ; attempt += 1) {
      const known = item.clientId === undefined ? undefined : await this.byClientId(item.conversationId, item.clientId);
      if (known) return { ...known, duplicate: true };
      if ((await this.userOf(item.conversationId)) === undefined) throw new UnknownConversationError();
      try {
        let failure: unknown;
        const captured: Pending = { ...item, resolve: () => undefined, reject: (err) => (failure = err) };
        const [written] = await this.write(hotSql(this.prisma), [captured]);
        if (!written) throw failure ?? new UnknownConversationError();
        if (item.clientId !== undefined) this.clientIds.set(clientKey(item.conversationId, item.clientId), written[1].seq);
        return written[1];
      } catch (err) {
        if (err instanceof UnknownConversationError || attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }

  /** The stored activity a repeated client id refers to. */
  private async duplicateOf(item: Pending): Promise<AppendResult> {
    const known = await this.byClientId(item.conversationId, item.clientId!);
    if (known) return { ...known, duplicate: true };
    // Forgotten or removed in the meantime: store it as new.
    this.clientIds.delete(clientKey(item.conversationId, item.clientId!));
    return this.appendOne(item);
  }

  /** The conversation's user id (cached), undefined when it does not exist. */
  private async userOf(conversationId: string): Promise<string | undefined> {
    const cached = this.users.get(conversationId);
    if (cached !== undefined) return cached;
    const found = await this.prisma.directLineConversation.findUnique({ where: { id: conversationId }, select: { userId: true } });
    if (found) this.users.set(conversationId, found.userId);
    return found?.userId;
  }

  private async byClientId(conversationId: string, clientId: string): Promise<StoredActivity | undefined> {
    const row = await this.prisma.directLineActivity.findUnique({
      where: { conversationId_clientId: { conversationId, clientId } },
      select: { seq: true, data: true },
    });
    return row ? toStored(row) : undefined;
  }
}
