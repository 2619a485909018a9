/** The dashboard's aggregates on SQLite and PostgreSQL: counts and per-skill totals, nothing about a person. */
import { OperatorAuth } from '../../src/admin/auth';
import { DashboardStore } from '../../src/store/dashboard-store';
import type { Database } from '../../src/store/database';
import { OperatorStore } from '../../src/store/operator-store';
import { testDatabases } from '../support/databases';

const NOW = new Date('2026-06-01T08:00:00Z');
const DAY = 86_400_000;

async function person(db: Database, id: string, skills: string[], consent = true): Promise<void> {
  await db.prisma.person.create({
    data: {
      id,
      firstName: `Name-${id}`,
      postalCode: '4500',
      consents: { create: { id: `${id}-c`, kind: 'profile', granted: consent, textVersion: 't' } },
      skills: { create: skills.map((conceptId) => ({ id: `${id}-${conceptId}`, conceptId, label: conceptId })) },
    },
  });
}

async function job(db: Database, id: string, skills: string[], validUntil: Date | null = null): Promise<void> {
  await db.prisma.jobPosting.create({
    data: { id, source: 'test', externalId: id, employerName: 'Muster AG', title: id, kind: 'permanent', validUntil, skills: { create: skills.map((conceptId) => ({ conceptId })) } },
  });
}

describe.each(testDatabases())('DashboardStore on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
    await person(db, 'p1', ['welding', 'cad']);
    await person(db, 'p2', ['welding']);
    await person(db, 'p3', ['cnc'], false);
    await job(db, 'j1', ['welding', 'cnc']);
    await job(db, 'j2', ['cnc', 'cad']);
    await job(db, 'j3', ['cnc'], new Date(NOW.getTime() + DAY));
    await job(db, 'old', ['plc', 'plc2'], new Date(NOW.getTime() - DAY));
    await db.prisma.feedback.createMany({ data: [
      { personId: 'p1', itemType: 'job', itemId: 'j1', verdict: 'saved' },
      { personId: 'p1', itemType: 'job', itemId: 'j2', verdict: 'rejected' },
      { personId: 'p2', itemType: 'job', itemId: 'j1', verdict: 'saved' },
    ] });
    await db.prisma.auditEvent.createMany({ data: [
      { id: 'a1', actor: 'system', action: 'hr.digest_sent', subject: 'company:x' },
      { id: 'a2', actor: 'person:p1', action: 'contact.disclosed', subject: 'hr:y' },
      { id: 'a3', actor: 'person:p1', action: 'contact.requested', subject: 'hr:y' },
    ] });
    await db.prisma.company.create({ data: { id: 'c1', name: 'Muster AG', subscriptionUntil: new Date('2027-01-01T00:00:00Z') } });
    await db.prisma.company.create({ data: { id: 'c2', name: 'Ohne Abo AG' } });
    await db.prisma.directLineConversation.createMany({ data: [
      { id: 'recent', userId: 'u1', createdAt: new Date(NOW.getTime() - 2 * DAY) },
      { id: 'old', userId: 'u2', createdAt: new Date(NOW.getTime() - 40 * DAY) },
    ] });
  });
  afterAll(() => db.close());

  it('counts what consenting profiles offer against what open postings ask', async () => {
    const n = await new DashboardStore(db.prisma).numbers(NOW);
    expect(n).toMatchObject({ profiles: 2, profilesReady: 2, consentsGiven: 2, saved: 2, rejected: 1, digestsSent: 1, disclosures: 1, webConversations30d: 1 });
    expect(n.supply).toEqual([{ conceptId: 'welding', count: 2 }, { conceptId: 'cad', count: 1 }]);
    expect(n.demand).toEqual([{ conceptId: 'cnc', count: 3 }, { conceptId: 'cad', count: 1 }, { conceptId: 'welding', count: 1 }]);
    expect(n.gaps).toEqual([{ conceptId: 'cnc', count: 3, offered: 0 }]);
    expect(n.companies).toEqual([{ name: 'Muster AG', subscriptionUntil: new Date('2027-01-01T00:00:00Z') }]);
    expect(JSON.stringify(n)).not.toMatch(/Name-|p1|p2/);
  });

  it('keeps operators, one-time invites and sessions', async () => {
    const auth = new OperatorAuth(new OperatorStore(db.prisma), () => NOW);
    const { token } = await auth.invite('op@example.ch');
    expect(await auth.setPassword(token, 'ein langes Passwort')).toBe(true);
    expect(await auth.setPassword(token, 'noch ein Passwort!')).toBe(false);
    const stored = await db.prisma.operatorInvite.findMany();
    expect(JSON.stringify(stored)).not.toContain(token);
    const ok = await auth.login('OP@example.ch', 'ein langes Passwort');
    expect(ok.ok).toBe(true);
    const sessionId = ok.ok ? ok.sessionId : '';
    expect(await auth.session(sessionId)).toMatchObject({ csrfToken: expect.any(String) });
    expect(JSON.stringify(await db.prisma.operatorSession.findMany())).not.toContain(sessionId);
    await auth.logout(sessionId);
    expect(await auth.session(sessionId)).toBeNull();
  });
});
