import { runDigest } from '../../src/hr/digest-run';
import { HrService } from '../../src/hr/service';
import type { Database } from '../../src/store/database';
import { HrStore } from '../../src/store/hr-store';
import { testDatabases } from '../support/databases';
import { DAY, RecordingMessenger, TEST_KEYS, quietLog, seedCompany, seedHrUser, seedJob, seedPerson } from './fixtures';

const T0 = new Date('2026-11-23T07:30:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

describe.each(testDatabases())('HR digest run on $name', ({ open }) => {
  let db: Database;
  let messenger: RecordingMessenger;
  const run = (now: Date, owner?: string) => runDigest({ store: new HrStore(db, TEST_KEYS), now, send: messenger, log: quietLog, owner });

  beforeEach(async () => {
    db = await open();
    messenger = new RecordingMessenger();
  });
  afterEach(() => db.close());

  it('reports only consenting candidates, pseudonymously, to the right company only', async () => {
    const a = await seedCompany(db, 'Muster AG', at(30));
    const b = await seedCompany(db, 'Beispiel GmbH', at(30));
    await seedJob(db, a, 'Polymechaniker/in');
    await seedJob(db, b, 'Koch/Köchin', [{ conceptId: 'cook' }]);
    const visible = await seedPerson(db, { firstName: 'Mirjam', postalCode: '4512' });
    const hidden = await seedPerson(db, { firstName: 'Verena', visibility: 'private' });
    const cook = await seedPerson(db, { firstName: 'Luca', skills: [['cook', 'Kochen', 'expert']] });
    const hrA = await seedHrUser(db, a, 'hr-a', T0);
    const hrB = await seedHrUser(db, b, 'hr-b', T0);

    const summary = await run(T0);
    expect(summary).toMatchObject({ ran: true, companies: 2, hrUsers: 2, digestsSent: 2, candidatesReported: 2, skippedExpired: 0 });

    const toA = messenger.textTo(`conv-hr-a`);
    expect(toA).toContain('Polymechaniker/in');
    expect(toA).toContain('Region 45xx');
    expect(toA).toMatch(/K-[0-9A-F]{6}/);
    expect(toA).toMatch(/Passt, weil: (Schweissen und CNC-Fräsen|CNC-Fräsen und Schweissen)/);
    for (const secret of ['Mirjam', '4512', 'Bellach', visible.channelUserId, visible.conversationId, visible.id, 'Verena', hidden.id, 'Koch', cook.id]) {
      expect(toA).not.toContain(secret);
    }
    const toB = messenger.textTo('conv-hr-b');
    expect(toB).toContain('Koch/Köchin');
    expect(toB).not.toContain('Polymechaniker');
    expect(toB).not.toContain('Schweissen');
    expect(hrA.companyId).not.toBe(hrB.companyId);
  });

  it('does not report a candidate twice for the same job unless something changed; an empty period sends nothing', async () => {
    const a = await seedCompany(db, 'Muster AG', at(30));
    await seedJob(db, a, 'Polymechaniker/in');
    const person = await seedPerson(db);
    await seedHrUser(db, a, 'hr-a', T0);
    expect((await run(T0)).candidatesReported).toBe(1);

    const second = await run(at(1));
    expect(second).toMatchObject({ ran: true, digestsSent: 0, candidatesReported: 0, queued: 0 });
    expect(messenger.to('conv-hr-a')).toHaveLength(1);

    await db.prisma.person.update({ where: { id: person.id }, data: { pensumMin: 60, pensumMax: 100 } });
    const third = await run(at(2));
    expect(third).toMatchObject({ queued: 1, digestsSent: 1, candidatesReported: 1 });
    expect(messenger.textTo('conv-hr-a')).toContain('60–100 %');
  });

  it('sends weekly digests only once a week and daily ones every day', async () => {
    const a = await seedCompany(db, 'Muster AG', at(60));
    const job = await seedJob(db, a, 'Polymechaniker/in');
    await seedPerson(db);
    await seedHrUser(db, a, 'hr-daily', T0);
    const weekly = await seedHrUser(db, a, 'hr-weekly', T0);
    await new HrStore(db).setFrequency(weekly.id, 'weekly');
    await run(T0);
    for (let day = 1; day <= 7; day += 1) {
      await seedPerson(db, { skills: [['weld', 'Schweissen', 'expert'], ['cnc', 'CNC-Fräsen', 'good']] });
      await run(at(day));
    }
    expect(job).toBeTruthy();
    expect(messenger.to('conv-hr-daily')).toHaveLength(8);
    const weeklyDigests = messenger.to('conv-hr-weekly');
    expect(weeklyDigests).toHaveLength(2);
    // The second weekly digest lists the whole week's new candidates.
    expect((JSON.stringify(weeklyDigests[1]).match(/K-[0-9A-F]{6}/g) ?? []).length).toBeGreaterThanOrEqual(7);
  });

  it('stops after the subscription ended and says so once', async () => {
    const a = await seedCompany(db, 'Muster AG', at(1));
    await seedJob(db, a, 'Polymechaniker/in');
    await seedPerson(db);
    await seedHrUser(db, a, 'hr-a', T0);
    expect((await run(T0)).digestsSent).toBe(1);
    await seedPerson(db);
    const later = await run(at(3));
    expect(later).toMatchObject({ digestsSent: 0, skippedExpired: 1 });
    await run(at(4));
    const texts = messenger.to('conv-hr-a').map((a) => a.text ?? '');
    expect(texts.filter((t) => t.includes('abgelaufen'))).toEqual([
      'Das Abo von Muster AG ist am 24.11.2026 abgelaufen. Solange es nicht verlängert ist, schicke ich keine Übersichten. Melde dich beim Netzwerk, um es zu verlängern.',
    ]);
    expect(messenger.to('conv-hr-a')).toHaveLength(2);
  });

  it('removes a candidate who revokes visibility or deletes the profile from pending digests at once', async () => {
    const a = await seedCompany(db, 'Muster AG', at(30));
    await seedJob(db, a, 'Polymechaniker/in');
    const hr = await seedHrUser(db, a, 'hr-a', T0);
    await new HrStore(db).setFrequency(hr.id, 'weekly');
    await run(T0); // nobody yet: an empty period sends nothing
    expect(messenger.sent).toHaveLength(0);
    await seedPerson(db, { firstName: 'First' });
    await run(at(0.5)); // the first digest; the next weekly one is due a week later
    expect(messenger.sent).toHaveLength(1);
    const revoking = await seedPerson(db, { firstName: 'Revoking' });
    const deleting = await seedPerson(db, { firstName: 'Deleting' });
    const staying = await seedPerson(db, { firstName: 'Staying' });
    await run(at(1));
    expect(await db.prisma.digestItem.count({ where: { reportedAt: null } })).toBe(3);
    expect(messenger.sent).toHaveLength(1);

    const service = new HrService({ store: new HrStore(db), messenger, locale: 'de-CH', log: quietLog });
    await db.prisma.person.update({ where: { id: revoking.id }, data: { visibility: 'private' } });
    await service.visibilityChanged(revoking.id, 'private', at(2));
    await db.prisma.person.delete({ where: { id: deleting.id } });
    expect(await db.prisma.digestItem.count({ where: { reportedAt: null } })).toBe(1);

    await run(at(7.5));
    expect(messenger.sent).toHaveLength(2);
    const digest = JSON.stringify(messenger.sent[1]);
    const store = new HrStore(db);
    const { pseudonymFor } = await import('../../src/digest');
    const secret = TEST_KEYS.pseudonym;
    expect(digest).toContain(pseudonymFor(secret, a, staying.id));
    expect(digest).not.toContain(pseudonymFor(secret, a, revoking.id));
    expect(digest).not.toContain(pseudonymFor(secret, a, deleting.id));
    expect(await store.auditTrail(`person:${revoking.id}`)).toEqual([
      expect.objectContaining({ action: 'hr_visibility.revoked', details: { removedItems: 1 } }),
    ]);
  });

  it('runs once when two runs in one process overlap (two OS processes: two-instances.test.ts)', async () => {
    const a = await seedCompany(db, 'Muster AG', at(30));
    await seedJob(db, a, 'Polymechaniker/in');
    await seedPerson(db);
    await seedHrUser(db, a, 'hr-a', T0);
    // The first run's delivery waits until the second run has given up, so they truly overlap.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = new RecordingMessenger();
    const send = slow.send.bind(slow);
    slow.send = async (ref, acts) => {
      await gate;
      return send(ref, acts);
    };
    const first = runDigest({ store: new HrStore(db, TEST_KEYS), now: T0, send: slow, log: quietLog, owner: 'instance-1' });
    while (!(await db.prisma.lease.findFirst({ where: { name: 'digest', owner: 'instance-1', expiresAt: { gt: new Date() } } }))) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const second = await runDigest({ store: new HrStore(db, TEST_KEYS), now: T0, send: slow, log: quietLog, owner: 'instance-2' });
    release();
    expect(second.ran).toBe(false);
    expect((await first).ran).toBe(true);
    expect(slow.to('conv-hr-a')).toHaveLength(1);
    // The lease is released: the next run works again.
    expect((await run(at(1), 'instance-2')).ran).toBe(true);
  });

  it('does not offer a candidate to a company whose job they marked «Nicht interessant»; other companies still get them', async () => {
    const a = await seedCompany(db, 'Muster AG', at(30));
    const b = await seedCompany(db, 'Beispiel GmbH', at(30));
    const refused = await seedJob(db, a, 'Polymechaniker/in');
    await seedJob(db, a, 'Anlagenführer/in');
    await seedJob(db, b, 'Produktionsmechaniker/in');
    const person = await seedPerson(db);
    await db.prisma.feedback.create({ data: { personId: person.id, itemType: 'job', itemId: refused, verdict: 'rejected' } });
    await seedHrUser(db, a, 'hr-a', T0);
    await seedHrUser(db, b, 'hr-b', T0);

    await run(T0);
    expect(messenger.to('conv-hr-a')).toHaveLength(0);
    expect(messenger.textTo('conv-hr-b')).toContain('Produktionsmechaniker/in');
  });

  it('tells HR what the candidate looks for, when they can start, their languages by name, and how the score comes about', async () => {
    const a = await seedCompany(db, 'Muster AG', at(30));
    await seedJob(db, a, 'Polymechaniker/in');
    const person = await seedPerson(db);
    await db.prisma.person.update({ where: { id: person.id }, data: { startDate: '2027-08-01', positionKinds: JSON.stringify(['apprenticeship', 'permanent']) } });
    await seedHrUser(db, a, 'hr-a', T0);
    await run(T0);
    const digest = messenger.textTo('conv-hr-a');
    expect(digest).toContain('Sucht: Lehrstelle, Feste Stelle');
    expect(digest).toContain('Verfügbar ab 1. August 2027');
    expect(digest).toContain('Sprachen: Deutsch (Muttersprache)');
    expect(digest).toMatch(/Die \d+ % ergeben sich vor allem aus: Muss-Skills \d+ % · Niveau \d+ % · Pensum \d+ % · Sprachen \d+ %/);
    expect(digest).not.toMatch(/DE native|2027-08-01/);
  });

  it("tells HR the candidate's school and training, and nothing that names them", async () => {
    const a = await seedCompany(db, 'Muster AG', at(30));
    await seedJob(db, a, 'Polymechaniker/in');
    const trained = await seedPerson(db, { firstName: 'Mirjam' });
    await db.prisma.person.update({ where: { id: trained.id }, data: { schoolLevel: 'Sek A / Bezirksschule', vocationalTraining: 'Polymechaniker EFZ' } });
    const pupil = await seedPerson(db, { firstName: 'Verena', skills: [['weld', 'Schweissen', 'expert'], ['cnc', 'CNC-Fräsen', 'good']] });
    await db.prisma.person.update({ where: { id: pupil.id }, data: { schoolLevel: 'Sekundarschule', vocationalTraining: 'Noch keine' } });
    await seedHrUser(db, a, 'hr-a', T0);
    await run(T0);
    const digest = messenger.textTo('conv-hr-a');
    expect(digest).toContain('Schule/Ausbildung: Sek A / Bezirksschule, Polymechaniker EFZ');
    expect(digest).toContain('Schule/Ausbildung: Sekundarschule, noch keine Lehre');
    for (const secret of ['Mirjam', 'Verena', '4512', 'Bellach']) expect(digest).not.toContain(secret);
  });
});
