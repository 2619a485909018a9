import { TestAdapter } from 'botbuilder-core';
import { handleHrTurn } from '../../dialogs/hr-commands';
import { runDigest } from '../../src/hr/digest-run';
import { createInvite } from '../../src/hr/invites';
import { parseContactAnswer } from '../../src/hr/messages';
import { HrService } from '../../src/hr/service';
import type { Database } from '../../src/store/database';
import { HrStore } from '../../src/store/hr-store';
import { deriveKeys } from '../../src/secrets';
import { testDatabases } from '../support/databases';
import { DAY, RecordingMessenger, TEST_KEYS, quietLog, seedCompany, seedJob, seedPerson } from './fixtures';

const T0 = new Date('2026-11-23T07:30:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

/** One HR turn over a TestAdapter on a Telegram-like channel; returns the bot's texts. */
async function hrSays(hr: HrService, text: string, options: { userId?: string; value?: unknown; now?: Date } = {}): Promise<string[]> {
  const adapter = new TestAdapter(async (context) => {
    const handled = await handleHrTurn(context, hr, options.now ?? T0);
    if (!handled) await context.sendActivity('(not HR)');
  }, { channelId: 'telegram', locale: 'de-CH' } as never);
  adapter.template.from = { id: options.userId ?? 'hr-user', name: 'HR' };
  adapter.template.conversation = { id: `conv-${options.userId ?? 'hr-user'}` } as never;
  await adapter.send(options.value ? ({ type: 'message', text: text, value: options.value } as never) : text);
  return adapter.activeQueue.map((a) => a.text ?? JSON.stringify(a.attachments ?? a.suggestedActions ?? {}));
}

describe.each(testDatabases())('HR join and contact requests on $name', ({ open }) => {
  let db: Database;
  let store: HrStore;
  let messenger: RecordingMessenger;
  let hr: HrService;

  beforeEach(async () => {
    db = await open();
    store = new HrStore(db);
    messenger = new RecordingMessenger();
    hr = new HrService({ store, messenger, locale: 'de-CH', log: quietLog });
  });
  afterEach(() => db.close());

  it('invite codes work once, only before they expire, and join on "/hr <code>" or "HR-Code <code>"', async () => {
    const companyId = await seedCompany(db, 'Muster AG', at(30));
    const invite = await createInvite(store, { company: 'Muster AG', validDays: 14, now: T0 });
    expect(invite).toMatchObject({ company: 'Muster AG', companyId, code: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/) });
    expect(new Date(invite.expiresAt).getTime()).toBe(at(14).getTime());

    expect(await hrSays(hr, 'Hallo', { userId: 'someone' })).toEqual(['(not HR)']);
    expect(await hrSays(hr, '/hr', { userId: 'first' })).toEqual(['Schick mir bitte deinen HR-Code, z. B. «/hr ABCD-2345».']);
    const joined = await hrSays(hr, `/hr ${invite.code.toLowerCase()}`, { userId: 'first' });
    expect(joined[0]).toContain('Du bist jetzt für Muster AG angemeldet');
    expect(joined[0]).toContain('Das Abo von Muster AG läuft bis am 23.12.2026.');
    expect(await hrSays(hr, `HR-Code ${invite.code}`, { userId: 'second' })).toEqual([
      'Diesen Code kenne ich nicht, oder er ist schon benutzt oder abgelaufen. Frag bitte beim Netzwerk nach einem neuen Code.',
    ]);
    expect(await hrSays(hr, `/hr ${invite.code}`, { userId: 'first' })).toEqual(['Du bist bereits für Muster AG angemeldet.']);

    const late = await createInvite(store, { company: 'Muster AG', validDays: 1, now: T0 });
    expect(await hrSays(hr, `HR-Code ${late.code}`, { userId: 'third', now: at(2) })).toEqual([
      'Diesen Code kenne ich nicht, oder er ist schon benutzt oder abgelaufen. Frag bitte beim Netzwerk nach einem neuen Code.',
    ]);
    expect(await db.prisma.hrUser.count()).toBe(1);

    // Frequency by button value or by word.
    expect(await hrSays(hr, 'wöchentlich', { userId: 'first' })).toEqual(['Alles klar: Du bekommst die Übersicht ab jetzt wöchentlich.']);
    expect((await store.allHrUsers())[0]!.digestFrequency).toBe('weekly');
    await hrSays(hr, '', { userId: 'first', value: 'hrf:daily' });
    expect((await store.allHrUsers())[0]!.digestFrequency).toBe('daily');
  });

  it('tells HR clearly when the subscription has run out', async () => {
    await seedCompany(db, 'Muster AG', at(-1));
    const invite = await createInvite(store, { company: 'Muster AG', now: T0 });
    await hrSays(hr, `/hr ${invite.code}`);
    const answer = await hrSays(hr, '/digest');
    expect(answer).toEqual([
      'Das Abo von Muster AG ist am 22.11.2026 abgelaufen. Solange es nicht verlängert ist, schicke ich keine Übersichten. Melde dich beim Netzwerk, um es zu verlängern.',
    ]);
  });

  async function digestWithCandidate(visibility: 'anonymous' = 'anonymous') {
    const companyId = await seedCompany(db, 'Muster AG', at(30));
    const jobId = await seedJob(db, companyId, 'Polymechaniker/in');
    const person = await seedPerson(db, { firstName: 'Mirjam', visibility });
    const invite = await createInvite(store, { company: 'Muster AG', now: T0 });
    await hrSays(hr, `/hr ${invite.code}`);
    await runDigest({ store: new HrStore(db, TEST_KEYS), now: T0, send: messenger, log: quietLog });
    const digest = messenger.to('conv-hr-user')[0]!;
    const button = digest.suggestedActions!.actions[0]!;
    return { companyId, jobId, person, button };
  }

  it('asks the candidate in their channel and discloses the contact to HR only after "ja"', async () => {
    const { person, button } = await digestWithCandidate();
    const pseudonym = /K-[0-9A-F]{6}/.exec(button.title)![0];
    const asked = await hrSays(hr, '', { value: button.value });
    expect(asked).toEqual([`Ich habe ${pseudonym} per Telegram gefragt, ob Muster AG wegen «Polymechaniker/in» Kontakt aufnehmen darf. Ich melde mich mit der Antwort.`]);
    expect(await hrSays(hr, `Kontakt anfragen ${pseudonym}`)).toEqual([`Du hast ${pseudonym} für «Polymechaniker/in» schon angefragt. Ich melde mich, sobald die Antwort da ist.`]);

    const question = messenger.to(person.conversationId)[0]!;
    expect(question.text).toContain('Muster AG hat dein anonymes Kurzprofil gesehen');
    expect(question.text).toContain('«Polymechaniker/in»');
    const yes = parseContactAnswer(question.suggestedActions!.actions[0]!.value)!;
    expect(yes.yes).toBe(true);
    expect(messenger.textTo('conv-hr-user')).not.toContain('Mirjam');

    // Someone else cannot answer for the candidate.
    expect(await hr.answerContact(yes.requestId, 'another-person', true, at(1), 'x@y.ch')).toBe('closed');
    expect(await hr.answerContact(yes.requestId, person.id, true, at(1), '079 123 45 67')).toBe('shared');
    const disclosed = messenger.to('conv-hr-user').at(-1)!.text!;
    expect(disclosed).toBe(`Gute Nachricht: ${pseudonym} ist einverstanden, dass Muster AG wegen «Polymechaniker/in» Kontakt aufnimmt. Name: Mirjam. Kontakt: 079 123 45 67.`);
    expect(await hr.answerContact(yes.requestId, person.id, false, at(1))).toBe('closed');

    const trail = await store.auditTrail(`person:${person.id}`);
    expect(trail.map((e) => e.action)).toEqual(['contact.requested', 'contact.accepted', 'contact.disclosed']);
    // The full number, not a fragment: random ids in the trail may contain "079".
    expect(JSON.stringify(trail)).not.toMatch(/Mirjam|079 123 45 67/);
  });

  it('tells HR that a web-only candidate sees the request in the web chat now or on their next visit, and keeps it open until answered', async () => {
    const { person, button } = await digestWithCandidate();
    const web = { channelId: 'directline', conversation: { id: 'dl-conv-1' }, user: { id: 'web-user' }, bot: { id: 'bot' } };
    await db.prisma.conversationRef.updateMany({ where: { personId: person.id }, data: { channelId: 'directline', conversationId: 'dl-conv-1', reference: JSON.stringify(web) } });
    const pseudonym = /K-[0-9A-F]{6}/.exec(button.title)![0];
    expect(await hrSays(hr, '', { value: button.value })).toEqual([
      `Ich habe die Anfrage von Muster AG wegen «Polymechaniker/in» für ${pseudonym} notiert. Die Person sieht die Anfrage im Web-Chat – gleich, wenn sie gerade dort ist, sonst beim nächsten Besuch. Ich melde mich mit der Antwort.`,
    ]);
    // Shown at once in the web conversation, if the page is still open …
    expect(messenger.to('dl-conv-1').map((a) => a.text)).toEqual([expect.stringContaining('Muster AG hat dein anonymes Kurzprofil gesehen')]);
    // … and asked again at the next visit while unanswered.
    const [question] = await hr.waitingQuestions(person.id);
    expect(question!.text).toContain('Muster AG hat dein anonymes Kurzprofil gesehen');
    const yes = parseContactAnswer(question!.suggestedActions!.actions[0]!.value)!;
    expect(await hr.answerContact(yes.requestId, person.id, true, at(1), '079 123 45 67')).toBe('shared');
    expect(await hr.waitingQuestions(person.id)).toEqual([]);
  });

  it('on "nein" tells HR politely without identifying the candidate', async () => {
    const { person, button } = await digestWithCandidate();
    await hrSays(hr, '', { value: button.value });
    const no = parseContactAnswer(messenger.to(person.conversationId)[0]!.suggestedActions!.actions[1]!.value)!;
    expect(no.yes).toBe(false);
    expect(await hr.answerContact(no.requestId, person.id, false, at(1))).toBe('declined');
    const answer = messenger.to('conv-hr-user').at(-1)!.text!;
    expect(answer).toMatch(/^K-[0-9A-F]{6} möchte wegen «Polymechaniker\/in» im Moment keinen Kontakt/);
    expect(answer).not.toContain('Mirjam');
    expect((await db.prisma.person.findUnique({ where: { id: person.id } }))!.contactShare).toBeNull();
  });

  it('never resolves another company’s candidate or a revoked one', async () => {
    const { person, button } = await digestWithCandidate();
    await seedCompany(db, 'Andere AG', at(30));
    const other = await createInvite(store, { company: 'Andere AG', now: T0 });
    await hrSays(hr, `/hr ${other.code}`, { userId: 'other-hr' });
    expect(await hrSays(hr, '', { userId: 'other-hr', value: button.value })).toEqual([
      'Dieses Profil finde ich in deinen Übersichten nicht (mehr). Vielleicht hat die Person ihre Sichtbarkeit geändert.',
    ]);
    await db.prisma.person.update({ where: { id: person.id }, data: { visibility: 'private' } });
    await hr.visibilityChanged(person.id, 'private', at(1));
    expect((await hrSays(hr, '', { value: button.value }))[0]).toContain('nicht (mehr)');
    expect(messenger.to(person.conversationId)).toHaveLength(0);
  });

  it('after the master secret changed, a pseudonym from an earlier digest still reaches the candidate and HR hears the same pseudonym back', async () => {
    const { person, button } = await digestWithCandidate();
    const pseudonym = /K-[0-9A-F]{6}/.exec(button.title)![0];
    const rotated = new HrService({ store: new HrStore(db, deriveKeys('a-new-master-secret-after-rotation-0123456789')), messenger, locale: 'de-CH', log: quietLog });
    expect((await hrSays(rotated, `Kontakt anfragen ${pseudonym}`))[0]).toContain(`Ich habe ${pseudonym} per Telegram gefragt`);
    const yes = parseContactAnswer(messenger.to(person.conversationId)[0]!.suggestedActions!.actions[0]!.value)!;
    expect(await rotated.answerContact(yes.requestId, person.id, true, at(1), '079 123 45 67')).toBe('shared');
    expect(messenger.to('conv-hr-user').at(-1)!.text).toContain(`Gute Nachricht: ${pseudonym} ist einverstanden`);
  });
});
