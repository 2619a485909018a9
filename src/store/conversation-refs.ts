/** Where Lotse can reach a person or an HR user later: botbuilder ConversationReferences as rows. */
import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder-core';
import type { ConversationRefStore } from '../services/ports';
import type { PrismaClient } from './database';
import { hotSql } from './hot-sql';
import { parseJson } from './profile-mapping';

/** ConversationRefStore on Prisma; one row per (channel, conversation), updated on every save. */
export class PrismaConversationRefStore implements ConversationRefStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Saves (or refreshes) the reference and marks it reachable again. */
  async save(reference: ConversationReference, owner: { personId?: string; hrUserId?: string }): Promise<void> {
    const channelId = reference.channelId;
    const conversationId = reference.conversation?.id;
    if (!channelId || !conversationId) throw new Error('A conversation reference needs channelId and conversation.id');
    // Saved in the turns of every new conversation: one plain statement (hot-sql.ts) instead of a
    // model upsert; ON CONFLICT keeps the row's id, as the upsert did.
    await hotSql(this.prisma).run(
      'INSERT INTO "ConversationRef" ("id", "channelId", "conversationId", "personId", "hrUserId", "channelUserId", "reference", "unreachable", "updatedAt") ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("channelId", "conversationId") DO UPDATE SET "personId" = excluded."personId", ' +
        '"hrUserId" = excluded."hrUserId", "channelUserId" = excluded."channelUserId", "reference" = excluded."reference", ' +
        '"unreachable" = excluded."unreachable", "updatedAt" = excluded."updatedAt"',
      [randomUUID(), channelId, conversationId, owner.personId ?? null, owner.hrUserId ?? null, reference.user?.id ?? '', JSON.stringify(reference), false, new Date()],
    );
  }

  /** The person's reachable references, most recently used first. */
  async forPerson(personId: string): Promise<ConversationReference[]> {
    return this.reachable({ personId });
  }

  /** The HR user's reachable references, most recently used first. */
  async forHrUser(hrUserId: string): Promise<ConversationReference[]> {
    return this.reachable({ hrUserId });
  }

  /** Called when a channel reports the user blocked the bot or the chat is gone. */
  async markUnreachable(channelId: string, conversationId: string): Promise<void> {
    await this.prisma.conversationRef.updateMany({ where: { channelId, conversationId }, data: { unreachable: true } });
  }

  private async reachable(owner: { personId: string } | { hrUserId: string }): Promise<ConversationReference[]> {
    const rows = await this.prisma.conversationRef.findMany({
      where: { ...owner, unreachable: false },
      orderBy: { updatedAt: 'desc' },
      select: { reference: true },
    });
    return rows.map((row) => parseJson<ConversationReference | null>(row.reference, null)).filter((r): r is ConversationReference => r !== null);
  }
}
