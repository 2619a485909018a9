/** Companies with their subscriptions, invite codes, and the HR users with where to reach them. */
import { randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder-core';
import type { CompanyRecord, DigestFrequency, HrDirectory, HrUserRecord } from '../../services/ports';
import type { PrismaConversationRefStore } from '../conversation-refs';
import type { PrismaClient } from '../database';
import { hotSql } from '../hot-sql';
import { claimInvite } from '../invites';
import { parseJson } from '../profile-mapping';
import { toCompany, toHrUser } from './rows';

export class HrDirectoryStore implements HrDirectory {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly conversations: PrismaConversationRefStore,
  ) {}

  // ───────────── companies and invites ─────────────

  /** Creates the company when missing; returns it either way. */
  async ensureCompany(name: string): Promise<CompanyRecord> {
    const row = await this.prisma.company.upsert({ where: { name }, create: { id: randomUUID(), name }, update: {} });
    return toCompany(row);
  }

  /** Sets the subscription period of a company. */
  /** The company of exactly this name, if there is one. */
  async companyNamed(name: string): Promise<CompanyRecord | undefined> {
    const row = await this.prisma.company.findUnique({ where: { name } });
    return row ? toCompany(row) : undefined;
  }

  /** The names of all companies (for suggestions when a typed name matches none). */
  async companyNames(): Promise<string[]> {
    return (await this.prisma.company.findMany({ select: { name: true }, orderBy: { name: 'asc' } })).map((c) => c.name);
  }

  async setSubscription(companyId: string, from: Date, until: Date): Promise<CompanyRecord> {
    const row = await this.prisma.company.update({ where: { id: companyId }, data: { subscriptionFrom: from, subscriptionUntil: until } });
    return toCompany(row);
  }

  async createInvite(companyId: string, code: string, expiresAt: Date): Promise<void> {
    await this.prisma.inviteCode.create({ data: { code, companyId, expiresAt } });
  }

  /**
   * Uses an invite code once: creates the HR user and marks the code used in one transaction.
   * Undefined for an unknown, used or expired code (a concurrent second use loses).
   */
  async redeemInvite(code: string, now: Date, displayName?: string): Promise<HrUserRecord | undefined> {
    return this.prisma.$transaction(async (tx) => {
      const hrUserId = randomUUID();
      const invite = await claimInvite(tx.inviteCode, code, now, hrUserId);
      if (!invite) return undefined;
      const row = await tx.hrUser.create({
        data: { id: hrUserId, companyId: invite.companyId, displayName: displayName ?? null },
        include: { company: true },
      });
      return toHrUser(row);
    });
  }

  // ───────────── HR users and their conversations ─────────────

  async hrUser(id: string): Promise<HrUserRecord | undefined> {
    const row = await this.prisma.hrUser.findUnique({ where: { id }, include: { company: true } });
    return row ? toHrUser(row) : undefined;
  }

  /** The HR user who writes from this channel account, if they joined with a code. */
  async hrUserByChannel(channelId: string, channelUserId: string): Promise<HrUserRecord | undefined> {
    // Asked on every turn of every person, almost always with no answer: one plain SQL lookup
    // (hot-sql.ts; the model query with includes made three, each costing more than the lookup).
    const refs = await hotSql(this.prisma).all<{ hrUserId: string }>(
      'SELECT "hrUserId" FROM "ConversationRef" WHERE "channelId" = ? AND "channelUserId" = ? AND "hrUserId" IS NOT NULL ORDER BY "updatedAt" DESC LIMIT 1',
      [channelId, channelUserId],
    );
    return refs[0] ? this.hrUser(refs[0].hrUserId) : undefined;
  }

  /** Remembers where to reach an HR user (one row per channel conversation). */
  async saveHrReference(hrUserId: string, reference: Partial<ConversationReference>): Promise<void> {
    await this.conversations.save(reference as ConversationReference, { hrUserId });
  }

  /** Where an HR user can be reached (reachable references only, newest first). */
  async hrReferences(hrUserId: string): Promise<Partial<ConversationReference>[]> {
    const rows = await this.prisma.conversationRef.findMany({ where: { hrUserId, unreachable: false }, orderBy: { updatedAt: 'desc' } });
    return rows.map((r) => parseJson<Partial<ConversationReference>>(r.reference, {}));
  }

  async setFrequency(hrUserId: string, frequency: DigestFrequency): Promise<void> {
    await this.prisma.hrUser.update({ where: { id: hrUserId }, data: { digestFrequency: frequency } });
  }

  /** Every HR user with their company. */
  async allHrUsers(): Promise<HrUserRecord[]> {
    const rows = await this.prisma.hrUser.findMany({ include: { company: true }, orderBy: { createdAt: 'asc' } });
    return rows.map(toHrUser);
  }

  async markDigestSent(hrUserId: string, at: Date): Promise<void> {
    await this.prisma.hrUser.update({ where: { id: hrUserId }, data: { lastDigestAt: at } });
  }
}
