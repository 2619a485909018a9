/**
 * The durable per-chat queue of Telegram updates (TelegramUpdate table). The webhook and the
 * polling loop only store an update and answer at once; a worker claims the oldest pending update
 * of a chat nobody else is serving, runs the turn and completes it. Claiming is one conditional
 * UPDATE with a lease, so two instances never run two turns of one chat at once, and a crashed
 * instance's claim runs again after its lease expired (at-least-once; the bot core drops a rerun
 * whose state was already saved).
 */
import type { DatabaseKind, PrismaClient, PrismaTx } from './database';

/** How long pending rows may live: Telegram gives up on an unconfirmed update after 24 hours. */
export const TELEGRAM_UPDATE_RETENTION_MS = 24 * 60 * 60 * 1000;

const CHANNEL_ID = 'telegram';

/** Parameters: owner, lease end, now, now. */
const CLAIM_SQL = `
  UPDATE "TelegramUpdate" SET "leaseOwner" = ?, "leaseUntil" = ?, "attempts" = "attempts" + 1
  WHERE "id" = (
    SELECT q."id" FROM "TelegramUpdate" q
    WHERE q."id" = (SELECT MIN(h."id") FROM "TelegramUpdate" h WHERE h."chatId" = q."chatId")
      AND NOT EXISTS (SELECT 1 FROM "TelegramUpdate" b WHERE b."chatId" = q."chatId" AND b."leaseUntil" > ?)
    ORDER BY q."round", q."id" LIMIT 1 /*lock*/
  ) AND ("leaseUntil" IS NULL OR "leaseUntil" <= ?)
  RETURNING "id", "updateId", "chatId", "round", "payload", "attempts", "replies"`;

/** A claimed update. */
export interface QueuedUpdate {
  updateId: string;
  chatId: string;
  payload: string;
  attempts: number;
  /** Replies a dead process was sending (JSON), if any. */
  replies: string | null;
}

interface ClaimedRow extends QueuedUpdate {
  id: bigint | number;
  round: bigint | number;
}

/** The TelegramUpdate table (with ProcessedUpdate as the redelivery guard). */
export class TelegramUpdateQueue {
  private readonly claimSql: string;
  private readonly postgres: boolean;

  constructor(
    private readonly prisma: PrismaClient,
    kind: DatabaseKind,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.postgres = kind === 'postgres';
    // SQLite serialises writers, so its single UPDATE is already exclusive; PostgreSQL needs row locks.
    const sql = CLAIM_SQL.replace('/*lock*/', kind === 'postgres' ? 'FOR UPDATE OF q SKIP LOCKED' : '');
    let n = 0;
    this.claimSql = kind === 'postgres' ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  }

  /** Stores an update; false when it is already queued or was already handled (a redelivery). */
  async enqueue(updateId: string, chatId: string, payload: string): Promise<boolean> {
    if (!/^\d{1,18}$/.test(updateId)) throw new Error('a Telegram update id is a non-negative integer');
    const insert = (db: PrismaTx) => db.$executeRaw`
      INSERT INTO "TelegramUpdate" ("id", "updateId", "chatId", "round", "payload", "receivedAt")
      SELECT ${BigInt(updateId)}, ${updateId}, ${chatId}, (SELECT COUNT(*) FROM "TelegramUpdate" WHERE "chatId" = ${chatId}) + 1, ${payload}, ${this.now()}
      WHERE NOT EXISTS (SELECT 1 FROM "ProcessedUpdate" WHERE "channelId" = ${CHANNEL_ID} AND "updateId" = ${updateId})
      ON CONFLICT DO NOTHING`;
    if (!this.postgres) return (await insert(this.prisma)) === 1;
    // Updates of one chat arriving at once (parallel webhook connections) must count each other for their round.
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`telegram:${chatId}`}))::text`;
      return (await insert(tx)) === 1;
    });
  }

  /**
   * Claims the next update for `owner` for leaseMs: the oldest pending update of a chat that no
   * live lease holds, lowest round first (round-robin across chats), then oldest.
   */
  async claim(owner: string, leaseMs: number): Promise<QueuedUpdate | undefined> {
    const now = this.now();
    const until = new Date(now.getTime() + leaseMs);
    const rows = await this.prisma.$queryRawUnsafe<ClaimedRow[]>(this.claimSql, owner, until, now, now);
    const row = rows[0];
    if (!row) return undefined;
    await this.takeLowestRound(row);
    const { id: _id, round: _round, ...update } = row;
    return { ...update, attempts: Number(row.attempts) };
  }

  /**
   * The served update takes its chat's lowest round. Updates of one chat can be stored out of
   * order (parallel webhook connections), so the head served first may carry a later round than
   * an update behind it; without the swap that update would count as the chat's first turn and go
   * ahead of other chats a second time.
   */
  private async takeLowestRound(claimed: ClaimedRow): Promise<void> {
    const round = Number(claimed.round);
    const lower = await this.prisma.telegramUpdate.findFirst({
      where: { chatId: claimed.chatId, round: { lt: round } },
      orderBy: { round: 'asc' },
      select: { id: true, round: true },
    });
    if (!lower) return;
    await this.prisma.$transaction([
      this.prisma.telegramUpdate.update({ where: { id: lower.id }, data: { round } }),
      this.prisma.telegramUpdate.update({ where: { id: BigInt(claimed.id) }, data: { round: lower.round } }),
    ]);
  }

  /** Extends the owner's lease while a turn runs; false when the lease was lost. */
  async renew(updateId: string, owner: string, leaseMs: number): Promise<boolean> {
    const { count } = await this.prisma.telegramUpdate.updateMany({
      where: { updateId, leaseOwner: owner },
      data: { leaseUntil: new Date(this.now().getTime() + leaseMs) },
    });
    return count === 1;
  }

  /** Notes the replies about to be sent (JSON), or clears them once sent (null). */
  async journal(updateId: string, replies: string | null): Promise<void> {
    await this.prisma.telegramUpdate.updateMany({ where: { updateId }, data: { replies } });
  }

  /** Marks an update handled: its row (with the person's words) goes, the bare id stays as the redelivery guard. */
  async complete(updateId: string): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.processedUpdate.upsert({
        where: { channelId_updateId: { channelId: CHANNEL_ID, updateId } },
        create: { channelId: CHANNEL_ID, updateId, at: this.now() },
        update: {},
      }),
      this.prisma.telegramUpdate.deleteMany({ where: { updateId } }),
    ]);
  }

  /** Pending updates of one chat (queued or running). */
  async pending(chatId: string): Promise<number> {
    return this.prisma.telegramUpdate.count({ where: { chatId } });
  }

  /**
   * Removes what is older than the retention: updates never handled (Lotse was down for a day)
   * and handled update ids (Telegram no longer redelivers them).
   */
  async prune(retentionMs = TELEGRAM_UPDATE_RETENTION_MS): Promise<number> {
    const cutoff = new Date(this.now().getTime() - retentionMs);
    const [pending, handled] = await this.prisma.$transaction([
      this.prisma.telegramUpdate.deleteMany({ where: { receivedAt: { lt: cutoff } } }),
      this.prisma.processedUpdate.deleteMany({ where: { channelId: CHANNEL_ID, at: { lt: cutoff } } }),
    ]);
    return pending.count + handled.count;
  }
}
