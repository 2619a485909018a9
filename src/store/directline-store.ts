/**
 * Direct Line transcripts in the database (DirectLineConversation / DirectLineActivity), so a
 * visitor who reloads the page, a restart, or a second instance continues the same conversation.
 *
 * Appends use group commit: activities arriving while a write is in progress are written together
 * in the next single INSERT, and each append resolves only after its row is committed (nothing is
 * acknowledged that a crash could lose). Sequence numbers are assigned at write time from a cached
 * per-conversation counter; the primary key (conversationId, seq) and the unique client id catch
 * another instance writing to the same conversation, and such a batch is redone row by row with
 * fresh counters.
 */
import type { Activity } from 'botbuilder-core';
import {
  UnknownConversationError,
  type AppendResult,
  type IdentifiedActivity,
  type StoredActivity,
  type TranscriptConversation,
  type TranscriptStore,
} from '../channels/directline/transcript';
import type { ConversationKey, ConversationTranscripts } from '../services/ports';
import type { PrismaClient, PrismaTx } from './database';
import { hotSql, placeholders } from './hot-sql';

const isCode = (err: unknown, code: string) =>
  typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;

/** Conversations whose counters and recent client ids are kept in memory. */
const CACHED_CONVERSATIONS = 10_000;
/** Recent client ids per conversation answered from memory (older retries are found in the database). */
const RECENT_CLIENT_IDS = 32;
/** Most rows in one INSERT. */
const MAX_BATCH = 500;
/** Attempts of a single append when other instances keep taking the same sequence number. */
const MAX_ATTEMPTS = 5;

interface Row {
  seq: number;
  data: string;
}

interface ConversationState {
  userId: string;
  next: number;
  recent: Map<string, StoredActivity>;
}

interface Pending {
  conversationId: string;
  activity: Partial<Activity>;
  makeId: (seq: number) => string;
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

const toStored = (row: Row): StoredActivity => ({ seq: row.seq, activity: JSON.parse(row.data) as IdentifiedActivity });

/** TranscriptStore on Prisma (SQLite or PostgreSQL). */
export class PrismaTranscriptStore implements TranscriptStore {
  private readonly states = new Map<string, ConversationState>();
  private queue: Pending[] = [];
  private writing = false;

  constructor(private readonly prisma: PrismaClient) {}

  async createConversation(conversation: TranscriptConversation): Promise<boolean> {
    const now = new Date();
    const created = await hotSql(this.prisma).run(
      'INSERT INTO "DirectLineConversation" ("id", "userId", "createdAt", "updatedAt", "nextSeq") VALUES (?, ?, ?, ?, 0) ON CONFLICT ("id") DO NOTHING',
      [conversation.id, conversation.userId, now, now],
    );
    if (created === 0) return false;
    this.remember(conversation.id, { userId: conversation.userId, next: 0, recent: new Map() });
    return true;
  }

  async getConversation(id: string): Promise<TranscriptConversation | undefined> {
    const state = await this.state(id);
    return state && { id, userId: state.userId };
  }

  append(conversationId: string, activity: Partial<Activity>, makeId: (seq: number) => string, clientId?: string): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ conversationId, activity, makeId, clientId, resolve, reject });
      if (!this.writing) void this.writeLoop();
    });
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
    // Raise the stored counter past the removed row so its id is never given out again.
    const state = await this.state(conversationId);
    const next = Math.max(state?.next ?? 0, row.seq + 1);
    await this.prisma.$transaction([
      this.prisma.directLineActivity.delete({ where: { conversationId_seq: { conversationId, seq: row.seq } } }),
      this.prisma.directLineConversation.update({ where: { id: conversationId }, data: { nextSeq: next } }),
    ]);
    return true;
  }

  async removeUser(userId: string): Promise<number> {
    for (const [id, state] of this.states) if (state.userId === userId) this.states.delete(id);
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
    const rows: { conversationId: string; seq: number; activityId: string; clientId: string | null; data: string }[] = [];
    const results: [Pending, AppendResult][] = [];
    const inBatch = new Map<string, AppendResult>();
    const touched = new Set<string>();
    for (const item of batch) {
      const state = await this.state(item.conversationId);
      if (!state) {
        item.reject(new UnknownConversationError());
        continue;
      }
      const key = item.clientId === undefined ? undefined : `${item.conversationId}\n${item.clientId}`;
      const known = (item.clientId !== undefined && state.recent.get(item.clientId)) || (key && inBatch.get(key));
      if (known) {
        results.push([item, { ...known, duplicate: true }]);
        continue;
      }
      const seq = state.next++;
      touched.add(item.conversationId);
      const activity = { ...item.activity, id: item.makeId(seq) } as IdentifiedActivity;
      rows.push({ conversationId: item.conversationId, seq, activityId: activity.id, clientId: item.clientId ?? null, data: JSON.stringify(activity) });
      const result = { seq, activity, duplicate: false };
      if (key) inBatch.set(key, result);
      results.push([item, result]);
    }
    try {
      if (rows.length) await this.insertRows(rows);
    } catch (err) {
      // Another instance wrote to one of these conversations (or one was deleted): forget the counters.
      for (const id of touched) this.states.delete(id);
      throw err;
    }
    for (const [item, result] of results) {
      if (!result.duplicate && item.clientId !== undefined) this.rememberClientId(item.conversationId, item.clientId, result);
      item.resolve(result);
    }
  }

  /**
   * One multi-row INSERT in plain SQL (hot-sql.ts): on the hot path of every turn, where Prisma's
   * createMany costs more than the write itself and wraps it in a transaction.
   */
  private async insertRows(rows: { conversationId: string; seq: number; activityId: string; clientId: string | null; data: string }[]): Promise<void> {
    const now = new Date();
    const values = rows.map(() => placeholders(6)).join(', ');
    await hotSql(this.prisma).run(
      `INSERT INTO "DirectLineActivity" ("conversationId", "seq", "activityId", "clientId", "data", "createdAt") VALUES ${values}`,
      rows.flatMap((r) => [r.conversationId, r.seq, r.activityId, r.clientId, r.data, now]),
    );
  }

  /** The slow path after a failed batch: each append on its own, with fresh counters and duplicate checks. */
  private async writeOneByOne(batch: Pending[]): Promise<void> {
    for (const item of batch) {
      await this.appendOne(item).then(item.resolve, item.reject);
    }
  }

  private async appendOne(item: Pending): Promise<AppendResult> {
    for (let attempt = 1; ; attempt += 1) {
      if (item.clientId !== undefined) {
        const known = await this.byClientId(item.conversationId, item.clientId);
        if (known) return { ...known, duplicate: true };
      }
      this.states.delete(item.conversationId);
      const state = await this.state(item.conversationId);
      if (!state) throw new UnknownConversationError();
      const seq = state.next++;
      const activity = { ...item.activity, id: item.makeId(seq) } as IdentifiedActivity;
      try {
        await this.prisma.directLineActivity.create({
          data: { conversationId: item.conversationId, seq, activityId: activity.id, clientId: item.clientId ?? null, data: JSON.stringify(activity) },
        });
      } catch (err) {
        this.states.delete(item.conversationId);
        if (!isCode(err, 'P2002') || attempt >= MAX_ATTEMPTS) throw err;
        continue;
      }
      const result = { seq, activity, duplicate: false };
      if (item.clientId !== undefined) this.rememberClientId(item.conversationId, item.clientId, result);
      return result;
    }
  }

  /** The conversation's cached state, loaded on first use (undefined when it does not exist). */
  private async state(conversationId: string): Promise<ConversationState | undefined> {
    const cached = this.states.get(conversationId);
    if (cached) return cached;
    const [conversation, last] = await Promise.all([
      this.prisma.directLineConversation.findUnique({ where: { id: conversationId }, select: { userId: true, nextSeq: true } }),
      this.prisma.directLineActivity.aggregate({ where: { conversationId }, _max: { seq: true } }),
    ]);
    if (!conversation) return undefined;
    const next = Math.max(conversation.nextSeq, (last._max.seq ?? -1) + 1);
    return this.remember(conversationId, { userId: conversation.userId, next, recent: new Map() });
  }

  private remember(conversationId: string, state: ConversationState): ConversationState {
    const existing = this.states.get(conversationId);
    if (existing) return existing;
    if (this.states.size >= CACHED_CONVERSATIONS) this.states.delete(this.states.keys().next().value!);
    this.states.set(conversationId, state);
    return state;
  }

  private rememberClientId(conversationId: string, clientId: string, result: AppendResult): void {
    const recent = this.states.get(conversationId)?.recent;
    if (!recent) return;
    recent.set(clientId, { seq: result.seq, activity: result.activity });
    if (recent.size > RECENT_CLIENT_IDS) recent.delete(recent.keys().next().value!);
  }

  private async byClientId(conversationId: string, clientId: string): Promise<StoredActivity | undefined> {
    const row = await this.prisma.directLineActivity.findUnique({
      where: { conversationId_clientId: { conversationId, clientId } },
      select: { seq: true, data: true },
    });
    return row ? toStored(row) : undefined;
  }
}
