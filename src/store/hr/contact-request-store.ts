/** HR contact requests, the person's answer to them, and what is disclosed after a yes. */
import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder-core';
import type { ContactRequestRecord, ContactRequestStore } from '../../services/ports';
import type { PrismaConversationRefStore } from '../conversation-refs';
import type { PrismaClient } from '../database';
import { parseJson } from '../profile-mapping';
import { opt, toRequest } from './rows';

export class PrismaContactRequestStore implements ContactRequestStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly conversations: PrismaConversationRefStore,
  ) {}

  // ───────────── contact requests ─────────────

  /** Creates a pending request; returns the existing one when HR already asked for this pair. */
  async openContactRequest(jobId: string, personId: string, hrUserId: string, now: Date): Promise<{ request: ContactRequestRecord; created: boolean }> {
    const existing = await this.prisma.contactRequest.findUnique({ where: { jobId_personId_hrUserId: { jobId, personId, hrUserId } } });
    if (existing) return { request: toRequest(existing), created: false };
    const row = await this.prisma.contactRequest.create({ data: { id: randomUUID(), jobId, personId, hrUserId, createdAt: now } });
    return { request: toRequest(row), created: true };
  }

  async pendingRequestsFor(personId: string): Promise<ContactRequestRecord[]> {
    const rows = await this.prisma.contactRequest.findMany({ where: { personId, status: 'pending' }, orderBy: { createdAt: 'asc' } });
    return rows.map(toRequest);
  }

  async contactRequest(id: string): Promise<ContactRequestRecord | undefined> {
    const row = await this.prisma.contactRequest.findUnique({ where: { id } });
    return row ? toRequest(row) : undefined;
  }

  /** Sets the candidate's decision once; false when the request was not pending any more. */
  async decideContactRequest(id: string, status: 'accepted' | 'declined', at: Date): Promise<boolean> {
    const result = await this.prisma.contactRequest.updateMany({ where: { id, status: 'pending' }, data: { status, decidedAt: at } });
    return result.count === 1;
  }

  /** Deletes a request that could not be delivered, so HR may try again later. */
  async deleteContactRequest(id: string): Promise<void> {
    await this.prisma.contactRequest.deleteMany({ where: { id } });
  }

  /** The first name and shared contact of a person (read only for an accepted request). */
  async contactDetails(personId: string): Promise<{ firstName?: string; contactShare?: string; locale: string } | undefined> {
    const row = await this.prisma.person.findUnique({ where: { id: personId }, select: { firstName: true, contactShare: true, locale: true } });
    return row ? { firstName: opt(row.firstName), contactShare: opt(row.contactShare), locale: row.locale } : undefined;
  }

  async setContactShare(personId: string, contact: string): Promise<void> {
    await this.prisma.person.update({ where: { id: personId }, data: { contactShare: contact } });
  }

  /** The job title of a company's job. */
  async jobTitle(jobId: string): Promise<string | undefined> {
    const row = await this.prisma.jobPosting.findUnique({ where: { id: jobId }, select: { title: true } });
    return row?.title;
  }

  /** Where a person can be reached (reachable references only, newest first). */
  async personReferences(personId: string): Promise<Partial<ConversationReference>[]> {
    const rows = await this.prisma.conversationRef.findMany({ where: { personId, unreachable: false }, orderBy: { updatedAt: 'desc' } });
    return rows.map((r) => parseJson<Partial<ConversationReference>>(r.reference, {}));
  }

  /** Marks a conversation as unreachable (blocked bot, conversation gone). */
  async markUnreachable(channelId: string, conversationId: string): Promise<void> {
    await this.conversations.markUnreachable(channelId, conversationId);
  }
}
