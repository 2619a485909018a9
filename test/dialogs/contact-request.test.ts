/**
 * The candidate's side of an HR contact request, through the real bot: the question arrives in
 * the person's own conversation, "Nein" discloses nothing, "Ja" asks for the contact to share and
 * only then hands first name and contact to the company.
 */
import { runDigest } from '../../src/hr/digest-run';
import { HrService } from '../../src/hr/service';
import { HrStore } from '../../src/store/hr-store';
import { DAY, RecordingMessenger, TEST_KEYS, quietLog, seedCompany, seedHrUser } from '../hr/fixtures';
import { reach } from './support/flows';
import { openHarness, type Chat } from './support/harness';

type H = Awaited<ReturnType<typeof openHarness>>;
const NOW = new Date();

describe('a contact request reaches the candidate in the conversation', () => {
  let h: H;
  let messenger: RecordingMessenger;
  let hr: HrService;

  beforeEach(async () => {
    messenger = new RecordingMessenger();
    h = await openHarness({
      contactRequests: (db) => (hr = new HrService({ store: new HrStore(db), messenger, locale: 'de-CH', log: quietLog })),
    });
  });
  afterEach(async () => {
    await h.close();
    h.cleanup();
  });

  /** Lea makes her profile visible to companies; Muster AG's digest lists her; HR asks for contact. */
  async function askedByMusterAg(chat: Chat, expected: 'asked' | 'waiting' = 'asked') {
    await reach(chat, 'visibility');
    await chat.tap('Anonym für passende Firmen');
    await chat.tap('Ja');
    await chat.tap('Passt, zeig mir Jobs');
    const db = h.db.prisma;
    const { conceptId } = (await db.personSkill.findFirst())!;
    const companyId = await seedCompany(h.db, 'Muster AG', new Date(NOW.getTime() + 30 * DAY));
    await db.jobPosting.create({
      data: {
        id: 'job-elektronik',
        source: 'test',
        externalId: 'job-elektronik',
        companyId,
        employerName: 'Muster AG',
        title: 'Elektroniker/in EFZ',
        kind: 'apprenticeship',
        postalCode: '4600',
        placeName: 'Olten',
        latitude: 47.35,
        longitude: 7.9,
        pensumMin: 100,
        pensumMax: 100,
        skills: { create: [{ conceptId, essential: true, level: 'basic' }] },
      },
    });
    const hrUser = await seedHrUser(h.db, companyId, 'hr-1', NOW);
    await runDigest({ store: new HrStore(h.db, TEST_KEYS), now: NOW, send: messenger, log: quietLog });
    const pseudonym = /K-[0-9A-F]{6}/.exec(messenger.textTo('conv-hr-1'))?.[0];
    expect(pseudonym).toBeDefined();
    expect(await hr.requestContact(hrUser, pseudonym!, NOW)).toMatchObject({ result: expected });
    const question = messenger.to(chat.conversation).at(-1)!;
    return { question, pseudonym: pseudonym!, hrUser };
  }

  it('on "Ja" asks how the company may reach her, then discloses name and contact to HR only', async () => {
    const chat = h.chat('lea', 'c-lea');
    const { question, pseudonym } = await askedByMusterAg(chat);
    expect(question.text).toContain('Muster AG hat dein anonymes Kurzprofil gesehen');
    expect(messenger.textTo('conv-hr-1')).not.toContain('Lea');

    const yes = question.suggestedActions!.actions.find((a) => a.title === 'Ja, gerne')!;
    await chat.send({ text: String(yes.value), value: yes.value });
    expect(chat.text()).toContain('Wie darf dich Muster AG erreichen?');
    await chat.send('meine Adresse ist geheim');
    expect(chat.text()).toContain('Das sieht nicht nach einer Telefonnummer');
    expect(messenger.textTo('conv-hr-1')).not.toContain('Lea');
    await chat.send('lea.muster@example.ch');
    expect(chat.text()).toContain('Super, ich habe Muster AG deinen Vornamen und deine Kontaktangabe geschickt.');
    expect(messenger.to('conv-hr-1').at(-1)!.text).toBe(
      `Gute Nachricht: ${pseudonym} ist einverstanden, dass Muster AG wegen «Elektroniker/in EFZ» Kontakt aufnimmt. Name: Lea. Kontakt: lea.muster@example.ch.`,
    );

    // "Daten exportieren" shows what was shared, with whom it was recorded.
    const person = (await h.db.prisma.person.findFirst({ where: { firstName: 'Lea' } }))!;
    const exported = await h.services.profiles.exportAll(person.id);
    expect(exported.sharedContact).toBe('lea.muster@example.ch');
    expect(exported.auditTrail.map((e) => e.action)).toEqual(expect.arrayContaining(['contact.requested', 'contact.accepted', 'contact.disclosed']));

    // A second tap on the old question changes nothing.
    await chat.send({ text: String(yes.value), value: yes.value });
    expect(chat.text()).toContain('Diese Anfrage ist nicht mehr offen.');
  });

  it('on "Nein" tells the company politely and discloses nothing; the conversation goes on', async () => {
    const chat = h.chat('lea', 'c-lea');
    const { question, pseudonym } = await askedByMusterAg(chat);
    const no = question.suggestedActions!.actions.find((a) => a.title === 'Nein, danke')!;
    await chat.send({ text: String(no.value), value: no.value });
    expect(chat.text()).toContain('In Ordnung, ich sage Muster AG freundlich ab. Du bleibst anonym.');
    const toHr = messenger.textTo('conv-hr-1');
    expect(toHr).toContain(pseudonym);
    expect(toHr).not.toContain('Lea');
    await chat.send('Profil zeigen');
    expect(chat.text()).toContain('Lea');
  });

  it('someone else cannot answer the request for her', async () => {
    const lea = h.chat('lea', 'c-lea');
    const { question } = await askedByMusterAg(lea);
    const yes = question.suggestedActions!.actions.find((a) => a.title === 'Ja, gerne')!;
    const other = h.chat('tim', 'c-tim');
    await reach(other, 'end');
    await other.send({ text: String(yes.value), value: yes.value });
    expect(other.text()).toContain('Diese Anfrage ist nicht mehr offen.');
    expect(messenger.textTo('conv-hr-1')).not.toContain('Gute Nachricht');
  });

  it('in the web chat the request shows in the open conversation and also waits for her next visit', async () => {
    const first = h.chat('lea', 'c-lea-web-1', 'directline');
    await askedByMusterAg(first, 'waiting');
    // The open page shows it at once; a closed one reaches nobody, so it waits as well.
    expect(messenger.to('c-lea-web-1').map((a) => a.text)).toEqual([expect.stringContaining('Muster AG hat dein anonymes Kurzprofil gesehen')]);

    // Days later Lea opens the web chat again (same web identity, a new conversation).
    const next = h.chat('lea', 'c-lea-web-2', 'directline');
    await next.send('Hallo');
    expect(next.text()).toContain('Muster AG hat dein anonymes Kurzprofil gesehen');
    const yes = next.buttons().find((b) => b.title === 'Ja, gerne')!;
    await next.send({ text: String(yes.value), value: yes.value });
    expect(next.text()).toContain('Wie darf dich Muster AG erreichen?');
    await next.send('lea.muster@example.ch');
    expect(messenger.to('conv-hr-1').at(-1)!.text).toContain('Name: Lea. Kontakt: lea.muster@example.ch.');
  });
});
