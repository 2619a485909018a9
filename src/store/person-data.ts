/**
 * Everything stored about one person, wherever it lives: rows tied to the Person by foreign key,
 * botbuilder state rows keyed by their channel identities and conversations, the Direct Line
 * transcripts of their web user ids, and what HR received about them through Lotse. Used by
 * "Daten exportieren" and "Profil löschen" (and retention, for profiles unused for long).
 *
 * An export holds only messages stored after a web identity became the person's (at consent or
 * linking): a shared browser may carry an earlier visitor's conversation under the same user id.
 */
import type { ConversationKey, PersonExport } from '../services/ports';
import { conversationKey, personKey, userKey } from '../services/state-keys';
import type { Profile } from '../profile/types';
import type { PrismaClient, PrismaTx } from './database';
import { forgetActivities, WEB_CHANNELS } from './directline-store';
import type { Prisma } from './generated/sqlite/client';
import { parseJson } from './profile-mapping';
import { partnerLinkExport } from './partner-links';

type Db = PrismaClient | PrismaTx;

interface Identities {
  accounts: { channelId: string; channelUserId: string; createdAt: Date; lastUsedAt: Date }[];
  conversations: { channelId: string; conversationId: string }[];
  /** Direct Line conversations of the person's web user ids, with the moment that user id became theirs. */
  web: { id: string; since: Date }[];
  webUserIds: string[];
}

async function identitiesOf(db: Db, personId: string): Promise<Identities> {
  const [accounts, refs] = await Promise.all([
    db.channelAccount.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } }),
    db.conversationRef.findMany({ where: { personId }, select: { channelId: true, conversationId: true } }),
  ]);
  const webAccounts = accounts.filter((a) => WEB_CHANNELS.includes(a.channelId));
  const webUserIds = webAccounts.map((a) => a.channelUserId);
  const rows =
    webUserIds.length === 0
      ? []
      : await db.directLineConversation.findMany({ where: { userId: { in: webUserIds } }, select: { id: true, userId: true } });
  const web = rows.map((c) => ({ id: c.id, since: webAccounts.find((a) => a.channelUserId === c.userId)!.createdAt }));
  const webChannels = [...new Set(webAccounts.map((a) => a.channelId))];
  const conversations = [...refs, ...webChannels.flatMap((channelId) => web.map((c) => ({ channelId, conversationId: c.id })))];
  return { accounts, conversations, web, webUserIds };
}

/** The bot state key prefixes of these identities (the person's, each channel user's, each conversation's). */
function statePrefixes(personId: string, ids: Identities): string[] {
  return [
    personKey(personId),
    ...ids.accounts.map((a) => userKey(a.channelId, a.channelUserId)),
    ...ids.conversations.map((c) => conversationKey(c.channelId, c.conversationId)),
  ];
}

async function stateItemsOf(db: Db, personId: string, ids: Identities) {
  const prefixes = statePrefixes(personId, ids);
  const where: Prisma.BotStateItemWhereInput = { OR: prefixes.map((prefix) => ({ key: { startsWith: prefix } })) };
  const rows = await db.botStateItem.findMany({ where, select: { key: true, data: true } });
  // The database's LIKE treats some characters specially; keep only true prefix matches.
  return rows.filter((row) => prefixes.some((prefix) => row.key.startsWith(prefix)));
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
    prisma.contactRequest.findMany({ where: { personId }, orderBy: { createdAt: 'asc' }, include: { hrUser: { select: { company: { select: { name: true } } } } } }),
    prisma.conversationRef.findMany({ where: { personId } }),
    prisma.digestItem.findMany({ where: { personId }, orderBy: { queuedAt: 'asc' } }),
    prisma.alertDelivery.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } }),
    prisma.directLineActivity.findMany({
      where: { OR: ids.web.map((c) => ({ conversationId: c.id, createdAt: { gte: c.since } })) },
      orderBy: [{ conversationId: 'asc' }, { seq: 'asc' }],
    }),
    stateItemsOf(prisma, personId, ids),
    prisma.person.findUnique({ where: { id: personId }, select: { contactShare: true } }),
    prisma.auditEvent.findMany({
      where: { OR: [{ subject: { contains: personId } }, { actor: { contains: personId } }] },
      orderBy: { at: 'asc' },
    }),
  ]);
  const coachLinks = await prisma.coachLink.findMany({ where: { personId }, orderBy: { createdAt: 'asc' } });
  const handoffs = await prisma.handoffCase.findMany({ where: handoffsOf(personId, refs), orderBy: { createdAt: 'asc' }, include: { messages: { orderBy: { createdAt: 'asc' } } } });
  const [companies, partnerLinks] = await Promise.all([companyNames(prisma, digestItems.map((d) => d.companyId)), partnerLinkExport(prisma, personId)]);
  const webUsers = new Set(ids.webUserIds);
  return {
    exportedAt: new Date().toISOString(),
    profile,
    channelAccounts: ids.accounts.map((a) => ({ channelId: a.channelId, createdAt: iso(a.createdAt), lastUsedAt: iso(a.lastUsedAt) })),
    consents: consents.map((c) => ({ kind: c.kind, granted: c.granted, textVersion: c.textVersion, createdAt: iso(c.createdAt) })),
    feedback: feedback.map((f) => ({ itemType: f.itemType, itemId: f.itemId, verdict: f.verdict, createdAt: iso(f.createdAt) })),
    contactRequests: contactRequests.map((c) => ({
      jobId: c.jobId,
      company: c.hrUser.company.name,
      status: c.status,
      createdAt: iso(c.createdAt),
      ...(c.decidedAt ? { decidedAt: iso(c.decidedAt) } : {}),
    })),
    conversations: refs.map((r) => ({ channelId: r.channelId, updatedAt: iso(r.updatedAt) })),
    messages: activities.map((a) => {
      const activity = parseJson<ActivityJson>(a.data, {});
      const fromUser = activity.from?.role === 'user' || (activity.from?.id !== undefined && webUsers.has(activity.from.id));
      return { conversationId: a.conversationId, from: fromUser ? 'user' : 'bot', text: activity.text, timestamp: activity.timestamp };
    }),
    dialogState: Object.fromEntries(state.map((s) => [s.key, parseJson<unknown>(s.data, null)])),
    digestItems: digestItems.map((d) => ({
      jobId: d.jobId,
      company: companies.get(d.companyId) ?? d.companyId,
      pseudonym: d.pseudonym,
      score: d.score,
      queuedAt: iso(d.queuedAt),
      ...(d.reportedAt ? { reportedAt: iso(d.reportedAt) } : {}),
    })),
    jobAlerts: alerts.map((a) => ({ jobId: a.jobId, createdAt: iso(a.createdAt) })),
    partnerLinks,
    ...(person?.contactShare ? { sharedContact: person.contactShare } : {}),
    handoffs: handoffs.map((h) => ({
      status: h.status,
      topic: h.topic,
      profileShared: h.summary !== null,
      createdAt: iso(h.createdAt),
      ...(h.takenAt ? { takenAt: iso(h.takenAt) } : {}),
      ...(h.callbackContact ? { callbackContact: h.callbackContact } : {}),
      messages: h.messages.map((m) => ({ from: m.sender === 'staff' ? 'counsellor' : 'person', text: m.text, at: iso(m.createdAt) })),
    })),
    coachLinks: coachLinks.map((l) => ({ status: l.status, ...(l.linkedAt ? { linkedAt: iso(l.linkedAt) } : {}), ...(l.endedAt ? { endedAt: iso(l.endedAt) } : {}) })),
    auditTrail: audit.map((e) => ({ at: iso(e.at), action: e.action, details: parseJson<Record<string, unknown>>(e.details, {}) })),
  };
}

async function companyNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.company.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(rows.map((c) => [c.id, c.name]));
}

/** What stands in for a deleted person's name, contact or pseudonym in the copies Lotse keeps of what HR saw. */
export const REDACTED = '[…]';
/** Subject and actor of audit events about a person who was deleted: the event stays, whom it concerned does not. */
export const DELETED_PERSON = 'person:deleted';

/** What HR may have received about the person: the pseudonyms per company, and the name and contact disclosed on request. */
interface Disclosed {
  companyIds: string[];
  pseudonyms: string[];
  contact?: string;
  /** Only redacted where a pseudonym or the contact also appears, so other people of the same name stay. */
  name?: string;
}

const meaningful = (value: string | null | undefined) => (value && value.trim().length >= 2 ? value : undefined);

async function disclosedOf(db: Db, personId: string): Promise<Disclosed> {
  const [person, items, requests, asked] = await Promise.all([
    db.person.findUnique({ where: { id: personId }, select: { firstName: true, contactShare: true } }),
    db.digestItem.findMany({ where: { personId }, select: { companyId: true, pseudonym: true } }),
    db.contactRequest.findMany({ where: { personId }, select: { hrUser: { select: { companyId: true } } } }),
    db.auditEvent.findMany({ where: { subject: { contains: personId } }, select: { details: true } }),
  ]);
  const askedFor = asked.map((e) => parseJson<{ pseudonym?: unknown }>(e.details, {}).pseudonym).filter((p): p is string => typeof p === 'string');
  return {
    companyIds: [...new Set([...items.map((i) => i.companyId), ...requests.map((r) => r.hrUser.companyId)])],
    pseudonyms: [...new Set([...items.map((i) => i.pseudonym), ...askedFor])].filter((p) => p.length >= 3),
    name: meaningful(person?.firstName),
    contact: meaningful(person?.contactShare),
  };
}

/** Replaces each of `values` inside stored JSON text (as JSON writes them) with REDACTED. */
function redactJson(json: string, values: readonly string[]): string {
  return values.reduce((text, value) => text.split(JSON.stringify(value).slice(1, -1)).join(REDACTED), json);
}

/**
 * Lotse's copies of what HR people of the involved companies saw in the web chat (digest entries,
 * contact disclosures): the person's pseudonyms, name and contact become REDACTED.
 */
async function redactHrTranscripts(tx: PrismaTx, disclosed: Disclosed): Promise<void> {
  const markers = [...disclosed.pseudonyms, ...(disclosed.contact ? [disclosed.contact] : [])];
  if (disclosed.companyIds.length === 0 || markers.length === 0) return;
  const refs = await tx.conversationRef.findMany({
    where: { hrUser: { companyId: { in: disclosed.companyIds } }, channelId: { in: WEB_CHANNELS } },
    select: { channelUserId: true },
  });
  if (refs.length === 0) return;
  const rows = await tx.directLineActivity.findMany({
    where: {
      conversation: { userId: { in: [...new Set(refs.map((r) => r.channelUserId))] } },
      OR: markers.map((m) => ({ data: { contains: JSON.stringify(m).slice(1, -1) } })),
    },
    select: { conversationId: true, seq: true, data: true },
  });
  const values = [disclosed.name, ...markers].filter((v): v is string => v !== undefined);
  for (const row of rows) {
    await tx.directLineActivity.update({
      where: { conversationId_seq: { conversationId: row.conversationId, seq: row.seq } },
      data: { data: redactJson(row.data, values) },
    });
  }
}

/**
 * Audit events stay (that consent was given or a contact disclosed, and when); whom they concerned
 * goes: events about the person lose subject, actor and details, and other events (a digest that
 * listed several candidates) lose the person's pseudonyms.
 */
async function anonymizeAudit(tx: PrismaTx, personId: string, pseudonyms: readonly string[]): Promise<void> {
  const about = { OR: [{ subject: { contains: personId } }, { actor: { contains: personId } }, { details: { contains: personId } }] };
  const events = await tx.auditEvent.findMany({ where: about, select: { id: true, subject: true, actor: true } });
  for (const event of events) {
    const anonymous = (ref: string) => (ref.includes(personId) ? DELETED_PERSON : ref);
    await tx.auditEvent.update({ where: { id: event.id }, data: { subject: anonymous(event.subject), actor: anonymous(event.actor), details: '{}' } });
  }
  if (pseudonyms.length === 0) return;
  const listing = await tx.auditEvent.findMany({ where: { OR: pseudonyms.map((p) => ({ details: { contains: p } })) }, select: { id: true, details: true } });
  for (const event of listing) await tx.auditEvent.update({ where: { id: event.id }, data: { details: redactJson(event.details, pseudonyms) } });
}
/**
 * The person's requests to talk to a human: those made with their profile, and those made in one
 * of their conversations before it was theirs (a request before consent).
 */
function handoffsOf(personId: string, refs: readonly { channelId: string; conversationId: string }[]) {
  return { OR: [{ personId }, ...refs.map((r) => ({ channelId: r.channelId, conversationId: r.conversationId }))] };
}

/**
 * Removes the person and everything tied to them, in one transaction. Unknown ids are a no-op.
 * The `running` conversation (where the deletion was asked for) loses its words but stays open,
 * so the confirmation reaches the person; it expires with the conversations before consent.
 */
export async function deletePersonData(prisma: PrismaClient, personId: string, running?: ConversationKey): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const ids = await identitiesOf(tx, personId);
    const state = await stateItemsOf(tx, personId, ids);
    if (state.length > 0) await tx.botStateItem.deleteMany({ where: { key: { in: state.map((s) => s.key) } } });
    const keep = running && WEB_CHANNELS.includes(running.channelId) ? running.conversationId : undefined;
    const web = ids.web.map((c) => c.id);
    if (keep) await forgetActivities(tx, [keep]);
    const gone = web.filter((id) => id !== keep);
    if (gone.length > 0) await tx.directLineConversation.deleteMany({ where: { id: { in: gone } } });
    const disclosed = await disclosedOf(tx, personId);
    await redactHrTranscripts(tx, disclosed);
    await anonymizeAudit(tx, personId, disclosed.pseudonyms);
    await tx.coachLink.deleteMany({ where: { personId } });
    // Requests to talk to a human, with the relayed messages and the counsellors' request messages (cascade).
    await tx.handoffCase.deleteMany({ where: handoffsOf(personId, await tx.conversationRef.findMany({ where: { personId }, select: { channelId: true, conversationId: true } })) });
    // Messages still waiting in the Telegram queue (a private chat's id is its user's id). A claimed
    // row is the turn running now; its turn deletes it when done.
    const telegramChats = ids.accounts.filter((a) => a.channelId === 'telegram').map((a) => a.channelUserId);
    if (telegramChats.length > 0) await tx.telegramUpdate.deleteMany({ where: { chatId: { in: telegramChats }, leaseOwner: null } });
    // Accounts, skills, languages, consents, references, feedback, link codes, digest items,
    // contact requests and alert deliveries go with the person (ON DELETE CASCADE).
    await tx.person.deleteMany({ where: { id: personId } });
  });
}
