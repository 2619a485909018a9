/**
 * The PartnerLink table (Job für Zwei): invitation codes, the link between two persons once the
 * partner accepted, and its end. Rows cascade with either person, so deleting a profile ends the link.
 */
import { randomUUID } from 'node:crypto';
import type { AcceptOutcome, PartnerLinks } from '../services/partners';
import { PARTNER_INVITE_TTL_MS } from '../services/partners';
import type { PrismaClient } from './database';
import { newLinkCode, normalizeLinkCode } from './link-codes';

const linkedWhere = (personId: string) => ({ acceptedAt: { not: null }, OR: [{ inviterId: personId }, { partnerId: personId }] });

export class PrismaPartnerLinks implements PartnerLinks {
  constructor(private readonly prisma: PrismaClient) {}

  async invite(personId: string, now: Date, ttlMs = PARTNER_INVITE_TTL_MS): Promise<{ code: string; expiresAt: Date } | undefined> {
    if (await this.partnerOf(personId)) return undefined;
    const code = newLinkCode();
    const expiresAt = new Date(now.getTime() + ttlMs);
    await this.prisma.$transaction([
      this.prisma.partnerLink.deleteMany({ where: { inviterId: personId, acceptedAt: null } }),
      this.prisma.partnerLink.create({ data: { id: randomUUID(), code, inviterId: personId, expiresAt, createdAt: now } }),
    ]);
    return { code, expiresAt };
  }

  async inviterOf(input: string, now: Date): Promise<string | undefined> {
    const row = await this.prisma.partnerLink.findFirst({
      where: { code: normalizeLinkCode(input), acceptedAt: null, expiresAt: { gt: now } },
      select: { inviterId: true },
    });
    return row?.inviterId;
  }

  async accept(input: string, partnerId: string, now: Date): Promise<AcceptOutcome> {
    const code = normalizeLinkCode(input);
    const inviterId = await this.inviterOf(code, now);
    if (!inviterId) return { status: 'invalid' };
    if (inviterId === partnerId) return { status: 'self' };
    if ((await this.partnerOf(inviterId)) || (await this.partnerOf(partnerId))) return { status: 'taken' };
    // Conditional: of two people redeeming one code at once, exactly one wins.
    const { count } = await this.prisma.partnerLink.updateMany({
      where: { code, acceptedAt: null, expiresAt: { gt: now } },
      data: { partnerId, acceptedAt: now },
    });
    if (count !== 1) return { status: 'invalid' };
    await this.prisma.partnerLink.deleteMany({ where: { inviterId: partnerId, acceptedAt: null } });
    return { status: 'linked', inviterId };
  }

  async partnerOf(personId: string): Promise<{ partnerId: string; since: Date } | undefined> {
    const row = await this.prisma.partnerLink.findFirst({ where: linkedWhere(personId), orderBy: { acceptedAt: 'desc' } });
    if (!row || !row.partnerId || !row.acceptedAt) return undefined;
    return { partnerId: row.inviterId === personId ? row.partnerId : row.inviterId, since: row.acceptedAt };
  }

  async end(personId: string): Promise<boolean> {
    const { count } = await this.prisma.partnerLink.deleteMany({ where: { OR: [linkedWhere(personId), { inviterId: personId, acceptedAt: null }] } });
    return count > 0;
  }

  /** Open invitations that expired before `cutoff` (links themselves live as long as both persons). */
  async prune(cutoff: Date): Promise<number> {
    const { count } = await this.prisma.partnerLink.deleteMany({ where: { acceptedAt: null, expiresAt: { lt: cutoff } } });
    return count;
  }
}

/** What a person's export holds about their link: when and in which role, never the partner's data. */
export async function partnerLinkExport(prisma: PrismaClient, personId: string): Promise<{ role: 'inviter' | 'partner'; createdAt: string; acceptedAt?: string }[]> {
  const rows = await prisma.partnerLink.findMany({ where: { OR: [{ inviterId: personId }, { partnerId: personId }] }, orderBy: { createdAt: 'asc' } });
  return rows.map((r) => ({
    role: r.inviterId === personId ? 'inviter' : 'partner',
    createdAt: r.createdAt.toISOString(),
    ...(r.acceptedAt ? { acceptedAt: r.acceptedAt.toISOString() } : {}),
  }));
}
