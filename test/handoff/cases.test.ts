/**
 * Handoff cases in the database, on SQLite and PostgreSQL: only one of two counsellors tapping
 * «Übernehmen» at once owns the case; a request nobody takes in time is withdrawn from the
 * counsellors and the person is offered a callback; a case is handed on only by its owner; the
 * person's export lists the requests and the relayed messages, and deleting the profile removes them.
 */
import type { Activity, ConversationReference } from 'botbuilder-core';
import { HandoffService } from '../../src/handoff/service';
import { createLogger } from '../../src/log';
import type { EditableMessenger, StaffRecord } from '../../src/services/handoff-ports';
import type { Database } from '../../src/store/database';
import { HrStore } from '../../src/store/hr-store';
import { PrismaProfileStore } from '../../src/store/profile-store';
import { StaffStore } from '../../src/store/staff-store';
import { testDatabases } from '../support/databases';

const MONDAY_10 = new Date(2026, 11, 7, 10, 0);
const minutes = (n: number) => new Date(MONDAY_10.getTime() + n * 60_000);

/** Delivers into per-conversation inboxes (what each chat shows, with edits applied). */
class Inboxes implements EditableMessenger {
  readonly chats = new Map<string, { id: string; text: string; buttons: string[] }[]>();
  private next = 1;

  private inbox(reference: Partial<ConversationReference>) {
    const key = `${reference.channelId}/${reference.conversation?.id}`;
    if (!this.chats.has(key)) this.chats.set(key, []);
    return this.chats.get(key)!;
  }

  async send(reference: ConversationReference, activities: Partial<Activity>[]): Promise<'sent'> {
    for (const a of activities) await this.post(reference, a);
    return 'sent';
  }

  async post(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<string> {
    const id = String(this.next++);
    this.inbox(reference).push({ id, text: activity.text ?? '', buttons: activity.suggestedActions?.actions.map((b) => String(b.value)) ?? [] });
    return id;
  }

  async update(reference: Partial<ConversationReference>, activity: Partial<Activity> & { id: string }): Promise<void> {
    const message = this.inbox(reference).find((m) => m.id === activity.id);
    if (message) Object.assign(message, { text: activity.text ?? '', buttons: [] });
  }

  texts(channelId: string, conversationId: string): string[] {
    return (this.chats.get(`${channelId}/${conversationId}`) ?? []).map((m) => m.text);
  }
}

const ref = (channelId: string, conversationId: string): Partial<ConversationReference> => ({ channelId, conversation: { id: conversationId } as ConversationReference['conversation'], user: { id: conversationId, name: '' } });

describe.each(testDatabases())('handoff cases on $name', ({ open }) => {
  let db: Database;
  let inboxes: Inboxes;
  let service: HandoffService;
  let sandra: StaffRecord;
  let marco: StaffRecord;

  beforeAll(async () => {
    db = await open();
    const hr = new HrStore(db);
    const staff = new StaffStore(db.prisma);
    const store = Object.assign(staff, { audit: hr.audit.bind(hr), hasAudit: hr.hasAudit.bind(hr) });
    inboxes = new Inboxes();
    service = new HandoffService({ store, messenger: inboxes, locale: 'de-CH', officeHours: 'Mo-Fr 08:00-17:00', waitMinutes: 10, log: createLogger('silent'), now: () => MONDAY_10 });
    for (const [code, name, chat] of [['SAND-0001', 'Sandra', 's'], ['MARC-0001', 'Marco', 'm']] as const) {
      await staff.createStaffInvite(code, name, ['counsellor'], minutes(60 * 24));
      await service.join(code, { channelId: 'telegram', channelUserId: chat, reference: ref('telegram', chat) }, MONDAY_10);
    }
    sandra = (await staff.staffByChannel('telegram', 's'))!;
    marco = (await staff.staffByChannel('telegram', 'm'))!;
  });
  afterAll(() => db.close());

  const ask = async (conversationId: string, topic: string, personId?: string) =>
    (await service.request({ personId, reference: ref('directline', conversationId), locale: 'de-CH', topic }, MONDAY_10)).caseId;

  it('gives the case to exactly one of two counsellors tapping at the same moment', async () => {
    const caseId = await ask('web-1', 'Lehrstelle finden');
    const [a, b] = await Promise.all([service.take(sandra, caseId, minutes(1)), service.take(marco, caseId, minutes(1))]);
    expect([a.kind, b.kind].sort()).toEqual(['already', 'taken']);
    const owner = a.kind === 'taken' ? 'Sandra' : 'Marco';
    expect([a, b].find((r) => r.kind === 'already')).toEqual({ kind: 'already', by: owner });
    expect(inboxes.texts('directline', 'web-1')).toEqual([`${owner} vom Fachkräftenetz ist jetzt für dich da. Schreib einfach hier. Mit «zurück zu Lotse» kommst du wieder zu mir.`]);
    const holder = owner === 'Sandra' ? sandra : marco;
    await service.endByStaff(holder, (await service.activeCaseOf(holder))!, minutes(2));
  });

  it('withdraws a request nobody took in time and offers the person a callback', async () => {
    const caseId = await ask('web-2', 'Anerkennung Diplom');
    expect(await service.expireWaiting(minutes(9))).toBe(0);
    expect(await service.expireWaiting(minutes(11))).toBe(1);
    expect(inboxes.texts('telegram', 'm').at(-1)).toBe('Nicht übernommen (niemand innert 10 Minuten): «Anerkennung Diplom». Die Person kann einen Rückruf anfragen (/rueckrufe).');
    const offer = inboxes.chats.get('directline/web-2')!.at(-1)!;
    expect(offer.text).toContain('Leider hat gerade niemand vom Beratungsteam Zeit');
    expect(offer.buttons).toEqual([`ho:cb:${caseId}`, 'ho:cb:no']);
    expect((await service.take(sandra, caseId, minutes(12))).kind).toBe('gone');
    await service.callback({ caseId, reference: ref('directline', 'web-2'), locale: 'de-CH', topic: '', contact: 'mia@example.ch' }, minutes(13));
    expect((await service.openCallbacks()).map((c) => [c.id, c.topic, c.callbackContact])).toEqual([[caseId, 'Anerkennung Diplom', 'mia@example.ch']]);
  });

  it('hands a case on only from its owner, and the colleague sees what was said', async () => {
    const caseId = await ask('web-3', 'Bewerbung schreiben');
    await service.take(sandra, caseId, minutes(1));
    const handoff = (await service.activeCaseOf(sandra))!;
    await service.fromPerson(handoff, 'Ich habe keinen Lebenslauf.', minutes(2));
    expect(await service.passOn(marco, caseId, sandra.id, minutes(3))).toEqual({ kind: 'gone' });
    expect(await service.passOn(sandra, caseId, marco.id, minutes(3))).toEqual({ kind: 'passed', to: 'Marco' });
    expect(inboxes.texts('telegram', 'm').at(-1)).toContain('Sandra hat dir ein Gespräch übergeben: «Bewerbung schreiben».');
    expect(inboxes.texts('telegram', 'm').at(-1)).toContain('Person: Ich habe keinen Lebenslauf.');
    expect(inboxes.texts('directline', 'web-3').at(-1)).toBe('Ab jetzt schreibt dir Marco vom Fachkräftenetz.');
    expect((await service.activeCaseOf(marco))?.id).toBe(caseId);
    expect(await service.activeCaseOf(sandra)).toBeUndefined();
    await service.endByStaff(marco, (await service.activeCaseOf(marco))!, minutes(4));
  });

  it('a counsellor removed by the operator leaves her conversation waiting for a colleague, and her chat is no staff chat any more', async () => {
    const staff = new StaffStore(db.prisma);
    await staff.createStaffInvite('LINA-0001', 'Lina', ['counsellor', 'coach'], minutes(60 * 24));
    await service.join('LINA-0001', { channelId: 'telegram', channelUserId: 'l', reference: ref('telegram', 'l') }, MONDAY_10);
    const lina = (await staff.staffByChannel('telegram', 'l'))!;
    const caseId = await ask('web-5', 'Lebenslauf');
    expect((await service.take(lina, caseId, minutes(1))).kind).toBe('taken');
    await staff.createCoachLink(lina.id, 'LINACODE', minutes(60));
    expect((await staff.staffOverview()).find((m) => m.id === lina.id)).toMatchObject({ activeCases: 1, channels: ['telegram'] });

    expect(await staff.removeStaff(lina.id, minutes(2))).toEqual({ name: 'Lina', returnedCases: 1, endedCoachLinks: 0 });
    expect(await staff.staffByChannel('telegram', 'l')).toBeUndefined();
    expect(await staff.offeredCoach('LINACODE', minutes(3))).toBeUndefined();
    expect((await service.take(marco, caseId, minutes(3))).kind).toBe('taken');
    expect(await staff.removeStaff(lina.id, minutes(4))).toBeUndefined();
    await service.endByStaff(marco, (await service.activeCaseOf(marco))!, minutes(5));
  });

  it("lists a person's requests and relayed messages in the export and removes them with the profile", async () => {
    const profiles = new PrismaProfileStore(db.prisma);
    const person = await profiles.createWithConsent({ channelId: 'directline', channelUserId: 'dl_mia_0000000000001' }, 'de-CH', 'v1');
    const caseId = await ask('web-4', 'Pensum reduzieren', person.id);
    await service.take(sandra, caseId, minutes(1));
    const handoff = (await service.activeCaseOf(sandra))!;
    await service.fromStaff(sandra, handoff, 'Hallo Mia!', minutes(2));
    await service.fromPerson(handoff, 'Hallo Sandra', minutes(3));
    const exported = await profiles.exportAll(person.id);
    expect(exported.handoffs).toEqual([
      expect.objectContaining({ status: 'active', topic: 'Pensum reduzieren', profileShared: false, messages: [expect.objectContaining({ from: 'counsellor', text: 'Hallo Mia!' }), expect.objectContaining({ from: 'person', text: 'Hallo Sandra' })] }),
    ]);
    expect(exported.auditTrail.map((e) => e.action)).toEqual(['handoff.requested', 'handoff.taken']);
    await profiles.deleteAll(person.id);
    expect(await db.prisma.handoffCase.count({ where: { id: caseId } })).toBe(0);
    expect(await db.prisma.handoffMessage.count({ where: { caseId } })).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { subject: { contains: person.id } } })).toBe(0);
  });
});
