/**
 * Everything stored about one person, wherever it lives: rows tied to the Person by foreign key,
 * botbuilder state rows keyed by their channel identities and conversations, and the Direct Line
 * transcripts of their web user ids. Used by "Daten exportieren" and "Profil löschen".
 */
import { createHash } from 'node:crypto';
import type { PersonExport } from '../services/ports';
import type { Profile } from '../profile/types';
import type { PrismaClient, PrismaTx } from './database';
import type { Prisma } from './generated/sqlite/client';
import { parseJson } from './profile-mapping';

/** Channel ids whose user ids are Direct Line user ids (DirectLineConversation.userId). */
export const WEB_CHANNELS = ['webchat', 'directline'];

type Db = PrismaClient | PrismaTx;

interface Identities {
  accounts: { channelId: string; channelUserId: string; createdAt: Date; lastUsedAt: Date }[];
  conversations: { channelId: string; conversationId: string }[];
  /** Direct Line conversations of the person's web user ids. */
  webConversationIds: string[];
  webUserIds: string[];
}

async function identitiesOf(db: Db, personId: string): Promise<Identities> {
  const [accounts, refs] = await Promise.all([
    db.channelAccount.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } }),
    db.conversationRef.findMany({ where: { personId }, select: { channelId: true, conversationId: true } }),
  ]);
  const webUserIds = accounts.filter((a) => WEB_CHANNELS.includes(a.channelId)).map((a) => a.channelUserId);
  const web =
    webUserIds.length === 0
      ? []
      : await db.directLineConversation.findMany({ where: { userId: { in: webUserIds } }, select: { id: true } });
  const webConversationIds = web.map((c) => c.id);
  const webChannels = [...new Set(accounts.filter((a) => WEB_CHANNELS.includes(a.channelId)).map((a) => a.channelId))];
  const conversations = [
    ...refs,
    ...webChannels.flatMap((channelId) => webConversationIds.map((conversationId) => ({ channelId, conversationId }))),
  ];
  return { accounts, conversations, webConversationIds, webUserIds };
}

/**
 * botbuilder state keys of these identities: `<channel>/users/<user>/<namespace>` and
 * `<channel>/conversations/<conversation>/<namespace>` (UserState and ConversationState).
 */
function stateKeyFilter(ids: Identities): Prisma.BotStateItemWhereInput {
  const prefixes = [
    ...ids.accounts.map((a) => `${a.channelId}/users/${a.channelUserId}/`),
    ...ids.conversations.map((c) => `${c.channelId}/conversations/${c.conversationId}/`),
  ];
  return { OR: prefixes.map((prefix) => ({ key: { startsWith: prefix } })) };
}

async function stateItemsOf(db: Db, ids: Identities) {
  if (ids.accounts.length === 0 && ids.conversations.length === 0) return [];
  const rows = await db.botStateItem.findMany({ where: stateKeyFilter(ids), select: { key: true, data: true } });
  // The database's LIKE treats some characters specially; keep only true prefix matches.
  const filter = stateKeyFilter(ids).OR as { key: { startsWith: string } }[];
  return rows.filter((row) => filter.some((f) => row.key.startsWith(f.key.startsWith)));
}

interface ActivityJson {
  from?: { id?: string; role?: string };
  text?: string;
  timestamp?: string;
}

const iso = (d: Date) => d.toISOString();

/** Everything about the person as handed out by "Daten exportieren". */
export async function exportPersonData(prisma: PrismaClient, profile: Profile): Promise<PersonExport> {
  const personId = profile.id;
  const ids = await identitiesOf(prisma, personId);
  const [consents, feedback, contactRequests, refs, digestItems, alerts, activities, state, person, audit] = await Promise.all([
    prisma.consent.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } }),
    prisma.feedback.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } }),
    prisma.contactRequest.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } }),
    prisma.conversationRef.findMany({ where: { personId } }),
    prisma.digestItem.findMany({ where: { personId }, orderBy: { queuedAt: 'asc' } }),
    prisma.alertDelivery.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } }),
    prisma.directLineActivity.findMany({
      where: { conversationId: { in: ids.webConversationIds } },
      orderBy: [{ conversationId: 'asc' }, { seq: 'asc' }],
    }),
    stateItemsOf(prisma, ids),
    prisma.person.findUnique({ where: { id: personId }, select: { contactShare: true } }),
    prisma.auditEvent.findMany({
      where: { OR: [{ subject: { contains: personId } }, { actor: { contains: personId } }] },
      orderBy: { at: 'asc' },
    }),
  ]);
  const webUsers = new Set(ids.webUserIds);
  return {
    exportedAt: new Date().toISOString(),
    profile,
    channelAccounts: ids.accounts.map((a) => ({ channelId: a.channelId, createdAt: iso(a.createdAt), lastUsedAt: iso(a.lastUsedAt) })),
    consents: consents.map((c) => ({ kind: c.kind, granted: c.granted, textVersion: c.textVersion, createdAt: iso(c.createdAt) })),
    feedback: feedback.map((f) => ({ itemType: f.itemType, itemId: f.itemId, verdict: f.verdict, createdAt: iso(f.createdAt) })),
    contactRequests: contactRequests.map((c) => ({ jobId: c.jobId, status: c.status, createdAt: iso(c.createdAt) })),
    conversations: refs.map((r) => ({ channelId: r.channelId, updatedAt: iso(r.updatedAt) })),
    messages: activities.map((a) => {
      const activity = parseJson<ActivityJson>(a.data, {});
      const fromUser = activity.from?.role === 'user' || (activity.from?.id !== undefined && webUsers.has(activity.from.id));
      return { conversationId: a.conversationId, from: fromUser ? 'user' : 'bot', text: activity.text, timestamp: activity.timestamp };
    }),
    dialogState: Object.fromEntries(state.map((s) => [s.key, parseJson<unknown>(s.data, null)])),
    digestItems: digestItems.map((d) => ({
      jobId: d.jobId,
      score: d.score,
      queuedAt: iso(d.queuedAt),
      ...(d.reportedAt ? { reportedAt: iso(d.reportedAt) } : {}),
    })),
    jobAlerts: alerts.map((a) => ({ jobId: a.jobId, createdAt: iso(a.createdAt) })),
    ...(person?.contactShare ? { sharedContact: person.contactShare } : {}),
    auditTrail: audit.map((e) => ({ at: iso(e.at), action: e.action, details: parseJson<Record<string, unknown>>(e.details, {}) })),
  };
}

/** The id audit events keep once the person is gone: stable, but not linkable back without the original id. */
export function deletedPseudonym(personId: string): string {
  return `deleted:${createHash('sha256').update(`lotse-deleted-person:${personId}`).digest('hex').slice(0, 20)}`;
}

/** Removes the person and everything tied to them, in one transaction. Unknown ids are a no-op. */
export async function deletePersonData(prisma: PrismaClient, personId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const ids = await identitiesOf(tx, personId);
    const state = await stateItemsOf(tx, ids);
    if (state.length > 0) await tx.botStateItem.deleteMany({ where: { key: { in: state.map((s) => s.key) } } });
    if (ids.webConversationIds.length > 0) {
      await tx.directLineConversation.deleteMany({ where: { id: { in: ids.webConversationIds } } });
    }
    await pseudonymizeAudit(tx, personId);
    // Accounts, skills, languages, consents, references, feedback, link codes, digest items,
    // contact requests and alert deliveries go with the person (ON DELETE CASCADE).
    await tx.person.deleteMany({ where: { id: personId } });
  });
}

async function pseudonymizeAudit(tx: PrismaTx, personId: string): Promise<void> {
  const pseudonym = deletedPseudonym(personId);
  // Subjects and actors carry the id inside references such as "person:<id>".
  const events = await tx.auditEvent.findMany({
    where: { OR: [{ subject: { contains: personId } }, { actor: { contains: personId } }, { details: { contains: personId } }] },
  });
  const replace = (text: string) => text.split(personId).join(pseudonym);
  for (const event of events) {
    await tx.auditEvent.update({
      where: { id: event.id },
      data: { subject: replace(event.subject), actor: replace(event.actor), details: replace(event.details) },
    });
  }
}
