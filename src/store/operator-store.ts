/** Operators of /admin, their one-time invites and their sessions. Tokens are stored only as SHA-256. */
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from './database';

export interface OperatorRecord {
  id: string;
  email: string;
  passwordHash: string | null;
  failedLogins: number;
  lockedUntil: Date | null;
}

export interface SessionRecord {
  operatorId: string;
  csrfToken: string;
}

export class OperatorStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** The operator with this email, created when new. */
  async ensure(email: string): Promise<OperatorRecord> {
    return this.prisma.operator.upsert({ where: { email }, create: { id: randomUUID(), email }, update: {} });
  }

  /** Removes an operator with invites and sessions; false when there was none. */
  async remove(email: string): Promise<boolean> {
    return (await this.prisma.operator.deleteMany({ where: { email } })).count === 1;
  }

  byEmail(email: string): Promise<OperatorRecord | null> {
    return this.prisma.operator.findUnique({ where: { email } });
  }

  async addInvite(operatorId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.prisma.operatorInvite.create({ data: { tokenHash, operatorId, expiresAt } });
  }

  /** Marks an unused, unexpired invite used and sets the password; false when the token is not (or no longer) valid. */
  async redeemInvite(tokenHash: string, passwordHash: string, now: Date): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const used = await tx.operatorInvite.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (used.count !== 1) return false;
      const invite = await tx.operatorInvite.findUniqueOrThrow({ where: { tokenHash } });
      await tx.operator.update({ where: { id: invite.operatorId }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
      // A new password ends every session opened with the old one.
      await tx.operatorSession.deleteMany({ where: { operatorId: invite.operatorId } });
      return true;
    });
  }

  async inviteValid(tokenHash: string, now: Date): Promise<boolean> {
    return (await this.prisma.operatorInvite.count({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } } })) === 1;
  }

  /** Counts a failed login; locks the operator when the count reaches `limit`. */
  async failLogin(id: string, limit: number, lockUntil: Date): Promise<void> {
    const updated = await this.prisma.operator.update({ where: { id }, data: { failedLogins: { increment: 1 } } });
    if (updated.failedLogins >= limit) await this.prisma.operator.update({ where: { id }, data: { failedLogins: 0, lockedUntil: lockUntil } });
  }

  async succeedLogin(id: string): Promise<void> {
    await this.prisma.operator.update({ where: { id }, data: { failedLogins: 0, lockedUntil: null } });
  }

  async addSession(idHash: string, operatorId: string, csrfToken: string, expiresAt: Date): Promise<void> {
    await this.prisma.operatorSession.create({ data: { idHash, operatorId, csrfToken, expiresAt } });
  }

  async session(idHash: string, now: Date): Promise<SessionRecord | null> {
    return this.prisma.operatorSession.findFirst({ where: { idHash, expiresAt: { gt: now } }, select: { operatorId: true, csrfToken: true } });
  }

  async endSession(idHash: string): Promise<void> {
    await this.prisma.operatorSession.deleteMany({ where: { idHash } });
  }
}
