/**
 * The network's staff (counsellors, job coaches) and the live handoff cases in the database:
 * invite codes, staff chats, cases, the request messages sent to counsellors and relayed messages.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { ConversationReference } from 'botbuilder-core';
import { nearestLocale } from '../i18n';
import type { CoachLinkRecord, CoachLinkStore, HandoffCase, HandoffOffer, HandoffStatus, HandoffStore, StaffDirectory, StaffRecord, StaffRole } from '../services/handoff-ports';
import type { PrismaClient } from './database';
import { claimInvite } from './invites';
import { parseJson } from './profile-mapping';

type StaffRow = { id: string; name: string; roles: string; onDuty: boolean };
type CaseRow = {
  id: string;
  personId: string | null;
  channelId: string;
  conversationId: string;
  reference: string;
  locale: string;
  topic: string;
  summary: string | null;
  status: string;
  staffId: string | null;
  callbackContact: string | null;
  createdAt: Date;
  takenAt: Date | null;
};

const OPEN: HandoffStatus[] = ['waiting', 'active'];

/** A staff member as the operator sees them (`lotse staff list`). */
export interface StaffOverview extends StaffRecord {
  /** The channels they were reached on ("telegram", "msteams"). */
  channels: string[];
  activeCases: number;
  coachedPersons: number;
}

/** What removing a staff member changed. */
export interface StaffRemoval {
  name: string;
  /** Conversations they held, back to waiting. */
  returnedCases: number;
  /** People they coached whose link ended. */
  endedCoachLinks: number;
}

function toStaff(row: StaffRow): StaffRecord {
  return { id: row.id, name: row.name, roles: row.roles.split(',').filter((r): r is StaffRole => r === 'counsellor' || r === 'coach'), onDuty: row.onDuty };
}

function toCase(row: CaseRow): HandoffCase {
  return {
    id: row.id,
    personId: row.personId ?? undefined,
    channelId: row.channelId,
    conversationId: row.conversationId,
    reference: parseJson<Partial<ConversationReference>>(row.reference, {}),
    locale: nearestLocale(row.locale, 'de-CH'),
    topic: row.topic,
    summary: row.summary ?? undefined,
    status: row.status as HandoffStatus,
    staffId: row.staffId ?? undefined,
    callbackContact: row.callbackContact ?? undefined,
    createdAt: row.createdAt,
    takenAt: row.takenAt ?? undefined,
  };
}

/** Case ids are short (they travel in Telegram's 64-byte button data) and unguessable. */
function caseId(): string {
  return randomBytes(12).toString('base64url');
}

export class StaffStore implements StaffDirectory, HandoffStore, CoachLinkStore {
  constructor(private readonly prisma: PrismaClient) {}

  // ───────────── staff ─────────────

  async createStaffInvite(code: string, name: string, roles: StaffRole[], expiresAt: Date): Promise<void> {
    await this.prisma.staffInvite.create({ data: { code, name, roles: roles.join(','), expiresAt } });
  }

  async redeemStaffInvite(code: string, now: Date, account: { channelId: string; channelUserId: string; reference: Partial<ConversationReference> }): Promise<StaffRecord | undefined> {
    return this.prisma.$transaction(async (tx) => {
      const id = randomUUID();
      const invite = await claimInvite(tx.staffInvite, code, now, id);
      if (!invite) return undefined;
      const row = await tx.staffMember.create({ data: { id, name: invite.name, roles: invite.roles } });
      await tx.staffAccount.create({ data: { id: randomUUID(), staffId: id, channelId: account.channelId, channelUserId: account.channelUserId, reference: JSON.stringify(account.reference) } });
      return toStaff(row);
    });
  }

  async staff(id: string): Promise<StaffRecord | undefined> {
    const row = await this.prisma.staffMember.findUnique({ where: { id } });
    return row ? toStaff(row) : undefined;
  }

  async staffByChannel(channelId: string, channelUserId: string): Promise<StaffRecord | undefined> {
    const row = await this.prisma.staffAccount.findUnique({ where: { channelId_channelUserId: { channelId, channelUserId } }, include: { staff: true } });
    return row ? toStaff(row.staff) : undefined;
  }

  async saveStaffReference(staffId: string, channelId: string, channelUserId: string, reference: Partial<ConversationReference>): Promise<void> {
    const json = JSON.stringify(reference);
    await this.prisma.staffAccount.upsert({
      where: { channelId_channelUserId: { channelId, channelUserId } },
      create: { id: randomUUID(), staffId, channelId, channelUserId, reference: json },
      update: { reference: json },
    });
  }

  async staffReferences(staffId: string): Promise<Partial<ConversationReference>[]> {
    const rows = await this.prisma.staffAccount.findMany({ where: { staffId }, orderBy: { updatedAt: 'desc' } });
    return rows.map((r) => parseJson<Partial<ConversationReference>>(r.reference, {}));
  }

  async staffWithRole(role: StaffRole): Promise<StaffRecord[]> {
    const rows = await this.prisma.staffMember.findMany({ orderBy: { createdAt: 'asc' } });
    return rows.map(toStaff).filter((s) => s.roles.includes(role));
  }

  async setOnDuty(staffId: string, onDuty: boolean): Promise<void> {
    await this.prisma.staffMember.update({ where: { id: staffId }, data: { onDuty } });
  }

  /** Everyone on the staff with their channels and what they hold now, for the operator. */
  async staffOverview(): Promise<StaffOverview[]> {
    const rows = await this.prisma.staffMember.findMany({ orderBy: { createdAt: 'asc' }, include: { accounts: { select: { channelId: true } } } });
    return Promise.all(
      rows.map(async (row) => ({
        ...toStaff(row),
        channels: [...new Set(row.accounts.map((a) => a.channelId))].sort(),
        activeCases: await this.prisma.handoffCase.count({ where: { staffId: row.id, status: 'active' } }),
        coachedPersons: await this.prisma.coachLink.count({ where: { coachId: row.id, status: 'active' } }),
      })),
    );
  }

  /**
   * Ends a staff member's access: their chats stop being staff chats, a conversation they hold goes
   * back to waiting (so it is offered again or the person hears honestly that nobody is free),
   * their coaching links end and their unused coaching codes stop working.
   */
  async removeStaff(staffId: string, now: Date): Promise<StaffRemoval | undefined> {
    return this.prisma.$transaction(async (tx) => {
      const member = await tx.staffMember.findUnique({ where: { id: staffId } });
      if (!member) return undefined;
      const returned = await tx.handoffCase.updateMany({ where: { staffId, status: 'active' }, data: { status: 'waiting', staffId: null, takenAt: null } });
      await tx.handoffOffer.deleteMany({ where: { staffId } });
      const ended = await tx.coachLink.updateMany({ where: { coachId: staffId, status: 'active' }, data: { status: 'ended', endedAt: now } });
      await tx.coachLink.deleteMany({ where: { coachId: staffId, status: 'offered' } });
      await tx.staffMember.delete({ where: { id: staffId } });
      return { name: member.name, returnedCases: returned.count, endedCoachLinks: ended.count };
    });
  }

  // ───────────── handoff cases ─────────────

  async openCase(data: Parameters<HandoffStore['openCase']>[0], now: Date): Promise<HandoffCase> {
    const row = await this.prisma.handoffCase.create({
      data: {
        id: caseId(),
        personId: data.personId ?? null,
        channelId: data.channelId,
        conversationId: data.conversationId,
        reference: JSON.stringify(data.reference),
        locale: data.locale,
        topic: data.topic,
        summary: data.summary ?? null,
        status: data.status,
        callbackContact: data.callbackContact ?? null,
        createdAt: now,
      },
    });
    return toCase(row);
  }

  async handoff(id: string): Promise<HandoffCase | undefined> {
    const row = await this.prisma.handoffCase.findUnique({ where: { id } });
    return row ? toCase(row) : undefined;
  }

  async openCaseIn(channelId: string, conversationId: string): Promise<HandoffCase | undefined> {
    const row = await this.prisma.handoffCase.findFirst({ where: { channelId, conversationId, status: { in: OPEN } }, orderBy: { createdAt: 'desc' } });
    return row ? toCase(row) : undefined;
  }

  async addOffer(caseId: string, offer: HandoffOffer): Promise<void> {
    await this.prisma.handoffOffer.create({ data: { id: randomUUID(), caseId, staffId: offer.staffId, reference: JSON.stringify(offer.reference), messageId: offer.messageId } });
  }

  async offers(caseId: string): Promise<HandoffOffer[]> {
    const rows = await this.prisma.handoffOffer.findMany({ where: { caseId } });
    return rows.map((r) => ({ staffId: r.staffId, reference: parseJson<Partial<ConversationReference>>(r.reference, {}), messageId: r.messageId }));
  }

  async take(caseId: string, staffId: string, now: Date): Promise<boolean> {
    const taken = await this.prisma.handoffCase.updateMany({ where: { id: caseId, status: 'waiting' }, data: { status: 'active', staffId, takenAt: now } });
    return taken.count === 1;
  }

  async passOn(caseId: string, from: string, to: string): Promise<boolean> {
    const moved = await this.prisma.handoffCase.updateMany({ where: { id: caseId, status: 'active', staffId: from }, data: { staffId: to } });
    return moved.count === 1;
  }

  async finish(caseId: string, status: 'closed' | 'missed', now: Date): Promise<boolean> {
    const ended = await this.prisma.handoffCase.updateMany({ where: { id: caseId, status: { in: OPEN } }, data: { status, closedAt: now } });
    return ended.count === 1;
  }

  async activeCaseOf(staffId: string): Promise<HandoffCase | undefined> {
    const row = await this.prisma.handoffCase.findFirst({ where: { staffId, status: 'active' }, orderBy: { takenAt: 'desc' } });
    return row ? toCase(row) : undefined;
  }

  async addMessage(caseId: string, sender: 'person' | 'staff', text: string, now: Date): Promise<void> {
    await this.prisma.handoffMessage.create({ data: { id: randomUUID(), caseId, sender, text, createdAt: now } });
  }

  async messages(caseId: string): Promise<{ sender: 'person' | 'staff'; text: string; at: Date }[]> {
    const rows = await this.prisma.handoffMessage.findMany({ where: { caseId }, orderBy: { createdAt: 'asc' } });
    return rows.map((r) => ({ sender: r.sender === 'staff' ? 'staff' : 'person', text: r.text, at: r.createdAt }));
  }

  async waitingSince(before: Date): Promise<HandoffCase[]> {
    const rows = await this.prisma.handoffCase.findMany({ where: { status: 'waiting', createdAt: { lt: before } } });
    return rows.map(toCase);
  }

  async requestCallback(caseId: string, contact: string, now: Date): Promise<boolean> {
    const set = await this.prisma.handoffCase.updateMany({ where: { id: caseId, status: { in: ['missed', 'waiting', 'callback'] } }, data: { status: 'callback', callbackContact: contact, closedAt: now } });
    return set.count === 1;
  }

  async openCallbacks(): Promise<HandoffCase[]> {
    const rows = await this.prisma.handoffCase.findMany({ where: { status: 'callback' }, orderBy: { createdAt: 'asc' } });
    return rows.map(toCase);
  }

  async markCalled(caseId: string, staffId: string, now: Date): Promise<boolean> {
    const done = await this.prisma.handoffCase.updateMany({ where: { id: caseId, status: 'callback' }, data: { status: 'called', staffId, closedAt: now } });
    return done.count === 1;
  }

  // ───────────── job coaching ─────────────

  async createCoachLink(coachId: string, code: string, expiresAt: Date): Promise<void> {
    await this.prisma.coachLink.create({ data: { id: caseId(), coachId, code, expiresAt } });
  }

  async offeredCoach(code: string, now: Date): Promise<string | undefined> {
    const row = await this.prisma.coachLink.findUnique({ where: { code } });
    return row && row.status === 'offered' && row.expiresAt.getTime() > now.getTime() ? row.coachId : undefined;
  }

  async activateCoachLink(code: string, personId: string, now: Date): Promise<boolean> {
    const linked = await this.prisma.coachLink.updateMany({ where: { code, status: 'offered', expiresAt: { gt: now } }, data: { status: 'active', personId, linkedAt: now, code: null } });
    return linked.count === 1;
  }

  async activeLinksOfCoach(coachId: string): Promise<CoachLinkRecord[]> {
    return toLinks(await this.prisma.coachLink.findMany({ where: { coachId, status: 'active' }, orderBy: { linkedAt: 'asc' } }));
  }

  async activeLink(id: string): Promise<CoachLinkRecord | undefined> {
    return toLinks(await this.prisma.coachLink.findMany({ where: { id, status: 'active' } }))[0];
  }

  async activeLinksOfPerson(personId: string): Promise<CoachLinkRecord[]> {
    return toLinks(await this.prisma.coachLink.findMany({ where: { personId, status: 'active' } }));
  }

  async endCoachLinks(personId: string, now: Date): Promise<CoachLinkRecord[]> {
    const links = await this.activeLinksOfPerson(personId);
    await this.prisma.coachLink.updateMany({ where: { id: { in: links.map((l) => l.id) }, status: 'active' }, data: { status: 'ended', endedAt: now } });
    return links;
  }
}

function toLinks(rows: { id: string; coachId: string; personId: string | null; linkedAt: Date | null }[]): CoachLinkRecord[] {
  return rows.filter((r) => r.personId && r.linkedAt).map((r) => ({ id: r.id, coachId: r.coachId, personId: r.personId!, linkedAt: r.linkedAt! }));
}
