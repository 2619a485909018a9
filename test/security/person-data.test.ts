/**
 * Export and deletion at the storage level, on SQLite and PostgreSQL (issue 9, attacks 2 and 4):
 * a shared browser's earlier visitor is never in someone else's export; deletion keeps the running
 * conversation open without its words; HR's copies and the audit log lose the person's name,
 * contact and pseudonym; declining consent forgets the conversation's words.
 */
import type { Database } from '../../src/store/database';
import { PrismaConversationTranscripts } from '../../src/store/directline-store';
import { DELETED_PERSON, REDACTED } from '../../src/store/person-data';
import { PrismaProfileStore } from '../../src/store/profile-store';
import { testDatabases } from '../support/databases';

const at = (minutes: number) => new Date(Date.UTC(2026, 5, 1, 12, minutes));

async function conversation(db: Database, id: string, userId: string, texts: [string, 'user' | 'bot', Date][]): Promise<void> {
  await db.prisma.directLineConversation.create({ data: { id, userId, createdAt: texts[0]![2], nextSeq: texts.length } });
  await db.prisma.directLineActivity.createMany({
    data: texts.map(([text, role, createdAt], seq) => ({
      conversationId: id,
      seq,
      activityId: `${id}|${seq}`,
      data: JSON.stringify({ type: 'message', text, from: { id: role === 'user' ? userId : 'lotse', role } }),
      createdAt,
    })),
  });
}

describe.each(testDatabases())('person data on $name', ({ open }) => {
  let db: Database;
  let profiles: PrismaProfileStore;
  beforeAll(async () => {
    db = await open();
    profiles = new PrismaProfileStore(db.prisma);
  });
  afterAll(() => db.close());

  it('an export never holds what an earlier visitor of the same browser typed before the person consented', async () => {
    await conversation(db, 'shared-before', 'dl_shared', [['Ich bin Bea, 079 111 22 33', 'user', at(0)]]);
    const anna = await profiles.createWithConsent({ channelId: 'directline', channelUserId: 'dl_shared' }, 'de-CH', 'v');
    await conversation(db, 'shared-after', 'dl_shared', [['Ich kann schweissen', 'user', new Date(Date.now() + 1000)]]);
    const exported = await profiles.exportAll(anna.id);
    expect(exported.messages.map((m) => m.text)).toEqual(['Ich kann schweissen']);
    await profiles.deleteAll(anna.id);
  });

  it('declining consent forgets what was typed in the conversation, and the ids go on after it', async () => {
    await conversation(db, 'declined', 'dl_decliner', [
      ['Hallo, ich bin Lotse', 'bot', at(0)],
      ['Ich heisse Zora, Telefon 079 555 12 34', 'user', at(1)],
    ]);
    await new PrismaConversationTranscripts(db.prisma).forget({ channelId: 'directline', conversationId: 'declined' });
    expect(await db.prisma.directLineActivity.count({ where: { conversationId: 'declined' } })).toBe(0);
    expect(await db.prisma.directLineConversation.findUnique({ where: { id: 'declined' } })).toMatchObject({ nextSeq: 2 });
    // Telegram and Teams keep their history on their side: nothing to forget here, and nothing breaks.
    await new PrismaConversationTranscripts(db.prisma).forget({ channelId: 'telegram', conversationId: 'declined' });
  });

  it('deletion removes the person’s Telegram messages still waiting in the queue, not the one whose turn is running, nor other chats’', async () => {
    const tom = await profiles.createWithConsent({ channelId: 'telegram', channelUserId: '4711' }, 'de-CH', 'v');
    const queued = (id: bigint, chatId: string, leaseOwner: string | null) => ({
      id,
      updateId: String(id),
      chatId,
      round: 1,
      payload: JSON.stringify({ message: { text: `Ich bin Tom, Nachricht ${id}` } }),
      receivedAt: at(0),
      leaseOwner,
      leaseUntil: leaseOwner ? new Date(Date.now() + 60_000) : null,
    });
    await db.prisma.telegramUpdate.createMany({ data: [queued(901n, '4711', 'worker-1'), queued(902n, '4711', null), queued(903n, '4242', null)] });
    await profiles.deleteAll(tom.id);
    const left = await db.prisma.telegramUpdate.findMany({ orderBy: { id: 'asc' } });
    expect(left.map((u) => u.updateId)).toEqual(['901', '903']);
    await db.prisma.telegramUpdate.deleteMany();
  });

  it('deletion keeps the running conversation without its words, and redacts HR’s copy and the audit log', async () => {
    const lea = await profiles.createWithConsent({ channelId: 'directline', channelUserId: 'dl_lea' }, 'de-CH', 'v');
    await profiles.update(lea.id, { firstName: 'Lea' });
    await db.prisma.person.update({ where: { id: lea.id }, data: { contactShare: 'lea@example.ch' } });
    await conversation(db, 'lea-running', 'dl_lea', [['Ich kann löten', 'user', new Date(Date.now() + 1000)]]);
    await conversation(db, 'lea-earlier', 'dl_lea', [['Ich wohne in Olten', 'user', new Date(Date.now() + 1000)]]);
    // Muster AG's HR person reads digests and disclosures in the web chat.
    await db.prisma.company.create({ data: { id: 'co', name: 'Muster AG' } });
    await db.prisma.hrUser.create({ data: { id: 'hr1', companyId: 'co' } });
    await db.prisma.conversationRef.create({ data: { id: 'hr-ref', hrUserId: 'hr1', channelId: 'directline', conversationId: 'hr-chat', channelUserId: 'dl_hr', reference: '{}' } });
    await db.prisma.digestItem.create({ data: { jobId: 'j1', personId: lea.id, companyId: 'co', score: 0.9, breakdown: '[]', fingerprint: 'f', pseudonym: 'K-ABC123' } });
    await conversation(db, 'hr-chat', 'dl_hr', [
      ['Neu für «Elektroniker/in EFZ»: K-ABC123, Region 46xx', 'bot', at(0)],
      ['Gute Nachricht: K-ABC123 ist einverstanden. Name: Lea. Kontakt: lea@example.ch.', 'bot', at(1)],
      ['Danke, Lea rufe ich an', 'user', at(2)],
      ['Lea Meier aus einem anderen Gespräch', 'bot', at(3)],
    ]);
    await db.prisma.auditEvent.createMany({
      data: [
        { id: 'a1', actor: 'system', action: 'contact.disclosed', subject: `person:${lea.id}`, details: JSON.stringify({ requestId: 'r1', to: 'hr:hr1' }) },
        { id: 'a2', actor: 'system', action: 'hr.digest_sent', subject: 'hr:hr1', details: JSON.stringify({ candidates: ['K-ABC123', 'K-OTHER1'] }) },
      ],
    });

    await profiles.deleteAll(lea.id, { channelId: 'directline', conversationId: 'lea-running' });

    expect(await db.prisma.directLineConversation.findUnique({ where: { id: 'lea-running' } })).toMatchObject({ nextSeq: 1 });
    expect(await db.prisma.directLineActivity.count({ where: { conversationId: 'lea-running' } })).toBe(0);
    expect(await db.prisma.directLineConversation.findUnique({ where: { id: 'lea-earlier' } })).toBeNull();
    const hrChat = (await db.prisma.directLineActivity.findMany({ where: { conversationId: 'hr-chat' }, orderBy: { seq: 'asc' } })).map((a) => JSON.parse(a.data).text);
    expect(hrChat).toEqual([
      `Neu für «Elektroniker/in EFZ»: ${REDACTED}, Region 46xx`,
      `Gute Nachricht: ${REDACTED} ist einverstanden. Name: ${REDACTED}. Kontakt: ${REDACTED}.`,
      // Lines without her pseudonym or contact are not hers to redact.
      'Danke, Lea rufe ich an',
      'Lea Meier aus einem anderen Gespräch',
    ]);
    const audit = await db.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });
    expect(audit.map((e) => [e.action, e.subject, JSON.parse(e.details)])).toEqual([
      ['contact.disclosed', DELETED_PERSON, {}],
      ['hr.digest_sent', 'hr:hr1', { candidates: [REDACTED, 'K-OTHER1'] }],
    ]);
    expect(audit.every((e) => e.at instanceof Date)).toBe(true);
  });
});
