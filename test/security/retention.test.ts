/**
 * Attack 3 of issue 9: nothing was ever removed. Each table that grows gets a row just past its
 * retention period and one just inside it; one run of the retention job removes exactly the old
 * ones, on SQLite and PostgreSQL, and `lotse retention run --json` reports per rule what went.
 */
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { openDatabase } from '../../src/store/database';
import type { Database } from '../../src/store/database';
import { LeaseStore } from '../../src/store/leases';
import { PrismaProfileStore } from '../../src/store/profile-store';
import { usageDay } from '../../src/store/usage-store';
import { RETENTION_LEASE, retentionPeriods, runRetention, RULES } from '../../src/store/retention';
import { runLotse, useTempDatabase } from '../support/cli';
import { eventually } from '../directline/support';
import { tempSqliteUrl, testDatabases, TEST_MASTER_SECRET } from '../support/databases';

const NOW = new Date('2026-06-01T12:00:00Z');
const periods = retentionPeriods(loadConfig({}));
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Just older than the period (old) or just inside it (fresh). */
const old = (ms: number) => new Date(NOW.getTime() - ms - HOUR);
const fresh = (ms: number) => new Date(NOW.getTime() - ms + HOUR);

async function seed(db: Database): Promise<void> {
  const { prisma } = db;
  const p = periods;
  await prisma.company.create({ data: { id: 'co', name: 'Muster AG' } });
  await prisma.hrUser.create({ data: { id: 'hr', companyId: 'co' } });
  // Two consenting persons: one seen recently, one not for longer than the inactivity period.
  for (const [id, seen] of [['active', fresh(p.INACTIVE_PERSONS)], ['gone', old(p.INACTIVE_PERSONS)]] as const) {
    await prisma.person.create({ data: { id, firstName: id, lastSeenAt: seen } });
    await prisma.channelAccount.create({ data: { id: `acc-${id}`, personId: id, channelId: 'directline', channelUserId: `dl_${id}` } });
  }
  // Web conversations: anonymous (no account for the user) and of a person, each quiet for long or not.
  const conversation = async (id: string, userId: string, lastActivity: Date) => {
    await prisma.directLineConversation.create({ data: { id, userId, createdAt: new Date(lastActivity.getTime() - HOUR) } });
    await prisma.directLineActivity.create({ data: { conversationId: id, seq: 0, activityId: `${id}|0`, data: '{"text":"Ich heisse Mia"}', createdAt: lastActivity } });
  };
  await conversation('anon-old', 'dl_visitor1', old(p.ANONYMOUS));
  await conversation('anon-fresh', 'dl_visitor2', fresh(p.ANONYMOUS));
  await conversation('person-recent', 'dl_active', old(p.ANONYMOUS));
  await conversation('person-old', 'dl_active', old(p.TRANSCRIPTS));
  await conversation('hr-recent', 'dl_hr', old(p.ANONYMOUS));
  await prisma.conversationRef.create({
    data: { id: 'ref-hr', hrUserId: 'hr', channelId: 'directline', conversationId: 'hr-other', channelUserId: 'dl_hr', reference: '{}' },
  });
  // Bot state: a pre-consent user row, an anonymous conversation, a person's conversation (has a reference).
  await prisma.conversationRef.create({
    data: { id: 'ref', personId: 'active', channelId: 'directline', conversationId: 'person-recent', channelUserId: 'dl_active', reference: '{}' },
  });
  await prisma.conversationRef.create({
    data: { id: 'ref-tg', personId: 'active', channelId: 'telegram', conversationId: 'abandoned', channelUserId: '42', reference: '{}' },
  });
  const state = (key: string, updatedAt: Date) => prisma.botStateItem.create({ data: { key, data: '{}', etag: '1', updatedAt } });
  await state('directline/users/dl_visitor1/', old(p.ANONYMOUS));
  await state('directline/users/dl_visitor2/', fresh(p.ANONYMOUS));
  await state('directline/conversations/anon-old/', old(p.ANONYMOUS));
  await state('directline/conversations/person-recent/', old(p.ANONYMOUS));
  await state('telegram/conversations/abandoned/', old(p.CONVERSATION_STATE));
  await state('persons/active/', old(p.CONVERSATION_STATE));
  await prisma.auditEvent.createMany({
    data: [
      { id: 'audit-old', at: old(p.AUDIT), actor: 'system', action: 'consent', subject: 'x' },
      { id: 'audit-fresh', at: fresh(p.AUDIT), actor: 'system', action: 'consent', subject: 'x' },
    ],
  });
  await prisma.linkCode.createMany({
    data: [
      { code: 'EXPIREDOLD', personId: 'active', expiresAt: old(p.CODES) },
      { code: 'USEDOLD', personId: 'active', expiresAt: fresh(0), usedAt: old(p.CODES) },
      { code: 'EXPIREDNEW', personId: 'active', expiresAt: fresh(p.CODES) },
    ],
  });
  // Job für Zwei: an invitation nobody took goes after the code period; an accepted link stays with its persons.
  await prisma.partnerLink.createMany({
    data: [
      { id: 'duo-old', code: 'DUOOLD1', inviterId: 'active', expiresAt: old(p.CODES) },
      { id: 'duo-new', code: 'DUONEW1', inviterId: 'active', expiresAt: fresh(p.CODES) },
      { id: 'duo-linked', code: 'DUOLINK1', inviterId: 'active', partnerId: 'active', expiresAt: old(p.CODES), acceptedAt: old(p.CODES) },
    ],
  });
  await prisma.inviteCode.createMany({
    data: [
      { code: 'INV-OLD', companyId: 'co', expiresAt: old(p.CODES) },
      { code: 'INV-NEW', companyId: 'co', expiresAt: fresh(p.CODES) },
    ],
  });
  const job = (id: string, validUntil: Date) =>
    prisma.jobPosting.create({ data: { id, source: 'test', externalId: id, employerName: 'Muster AG', title: 'Job', kind: 'job', validUntil } });
  await job('job-closed-long', old(p.EXPIRED_OFFERS));
  await job('job-closed', fresh(p.EXPIRED_OFFERS));
  await job('job-open', new Date(NOW.getTime() + 30 * DAY));
  const item = (jobId: string, reportedAt: Date) =>
    prisma.digestItem.create({ data: { jobId, personId: 'active', companyId: 'co', score: 0.8, breakdown: '[]', fingerprint: 'f', pseudonym: 'K-1', reportedAt } });
  await item('job-closed', old(p.DIGEST_ITEMS));
  await item('job-open', old(p.DIGEST_ITEMS));
  await item('job-closed-long', fresh(p.DIGEST_ITEMS));
  await prisma.alertDelivery.createMany({
    data: [
      { personId: 'active', jobId: 'job-closed', createdAt: old(p.ALERT_DELIVERIES) },
      { personId: 'active', jobId: 'job-open', createdAt: fresh(p.ALERT_DELIVERIES) },
    ],
  });
  // A second browser of the active person, unused for longer than a web identity lives; revoked tokens, old and new.
  await prisma.channelAccount.create({ data: { id: 'acc-old-browser', personId: 'active', channelId: 'directline', channelUserId: 'dl_oldbrowser', lastUsedAt: old(p.WEB_IDENTITIES) } });
  await prisma.tokenRevocation.createMany({
    data: [
      { id: 'rev-old', revokedAt: old(p.WEB_SESSIONS), expiresAt: new Date(old(p.WEB_SESSIONS).getTime() + p.WEB_SESSIONS) },
      { id: 'rev-fresh', revokedAt: fresh(p.WEB_SESSIONS), expiresAt: new Date(fresh(p.WEB_SESSIONS).getTime() + p.WEB_SESSIONS) },
    ],
  });
  // Operators: an invite used long ago and one still open; a session that ended and one that runs.
  await prisma.operator.create({ data: { id: 'op', email: 'op@example.ch' } });
  await prisma.operatorInvite.createMany({
    data: [
      { tokenHash: 'inv-old', operatorId: 'op', expiresAt: fresh(0), usedAt: old(p.CODES) },
      { tokenHash: 'inv-fresh', operatorId: 'op', expiresAt: fresh(p.CODES) },
    ],
  });
  await prisma.operatorSession.createMany({
    data: [
      { idHash: 'ses-old', operatorId: 'op', csrfToken: 'x', expiresAt: old(0) },
      { idHash: 'ses-fresh', operatorId: 'op', csrfToken: 'y', expiresAt: fresh(-HOUR) },
    ],
  });
  // A queued Telegram message whose turn never ran (a chat that kept failing), and one just arrived.
  await prisma.telegramUpdate.createMany({
    data: [
      { id: 1n, updateId: '1', chatId: '42', round: 1, payload: '{"text":"Ich heisse Mia"}', receivedAt: old(p.PROCESSED_UPDATES) },
      { id: 2n, updateId: '2', chatId: '42', round: 2, payload: '{"text":"Hallo"}', receivedAt: fresh(p.PROCESSED_UPDATES) },
    ],
  });
  await prisma.processedUpdate.createMany({
    data: [
      { channelId: 'telegram', updateId: 'old', at: old(p.PROCESSED_UPDATES) },
      { channelId: 'telegram', updateId: 'fresh', at: fresh(p.PROCESSED_UPDATES) },
    ],
  });
  await prisma.contactRequest.createMany({
    data: [
      { id: 'cr-decided-old', jobId: 'job-open', personId: 'active', hrUserId: 'hr', status: 'accepted', createdAt: old(p.CONTACT_REQUESTS), decidedAt: old(p.CONTACT_REQUESTS) },
      { id: 'cr-pending-old', jobId: 'job-closed', personId: 'active', hrUserId: 'hr', createdAt: old(p.CONTACT_REQUESTS) },
      { id: 'cr-decided-new', jobId: 'job-closed-long', personId: 'active', hrUserId: 'hr', status: 'declined', createdAt: old(p.CONTACT_REQUESTS), decidedAt: fresh(p.CONTACT_REQUESTS) },
    ],
  });
  // Staff codes, and requests to talk to a counsellor: closed long ago, closed lately, and one still open.
  await prisma.staffInvite.createMany({
    data: [
      { code: 'STAFF-OLD', name: 'Sandra', roles: 'counsellor', expiresAt: old(p.CODES) },
      { code: 'STAFF-NEW', name: 'Marco', roles: 'counsellor', expiresAt: fresh(p.CODES) },
    ],
  });
  const handoff = { personId: 'active', channelId: 'telegram', reference: '{}', locale: 'de-CH', topic: 'Bewerbung' };
  await prisma.handoffCase.createMany({
    data: [
      { ...handoff, id: 'ho-old', conversationId: '1', status: 'closed', createdAt: old(p.HANDOFFS) },
      { ...handoff, id: 'ho-open', conversationId: '2', status: 'active', createdAt: old(p.HANDOFFS) },
      { ...handoff, id: 'ho-new', conversationId: '3', status: 'callback', createdAt: fresh(p.HANDOFFS) },
    ],
  });
  await prisma.coachLink.createMany({
    data: [
      { id: 'cl-unused-old', coachId: 'coach', code: 'COAC-0001', expiresAt: old(p.CODES) },
      { id: 'cl-ended-old', coachId: 'coach', personId: 'active', status: 'ended', expiresAt: old(p.CODES), endedAt: old(p.CODES) },
      { id: 'cl-active', coachId: 'coach', personId: 'active', status: 'active', expiresAt: old(p.CODES), linkedAt: old(p.CODES) },
    ],
  });
  await prisma.handoffMessage.create({ data: { id: 'msg-old', caseId: 'ho-old', sender: 'person', text: 'Ich heisse Mia' } });
  await prisma.training.createMany({
    data: [
      { id: 'tr-old', source: 'test', externalId: 'a', provider: 'P', title: 'T', endDate: old(p.EXPIRED_OFFERS) },
      { id: 'tr-new', source: 'test', externalId: 'b', provider: 'P', title: 'T', endDate: fresh(p.EXPIRED_OFFERS) },
    ],
  });
  // Daily counters: a day past the period goes, the day after stays.
  await prisma.usageCount.createMany({
    data: [
      { day: usageDay(new Date(NOW.getTime() - p.USAGE_COUNTS - DAY)), event: 'proposals.jobs', count: 3 },
      { day: usageDay(new Date(NOW.getTime() - p.USAGE_COUNTS + DAY)), event: 'proposals.jobs', count: 4 },
    ],
  });
}

async function remaining(db: Database) {
  const { prisma } = db;
  const ids = <T>(rows: T[], f: (r: T) => string) => rows.map(f).sort();
  return {
    persons: ids(await prisma.person.findMany(), (r) => r.id),
    conversations: ids(await prisma.directLineConversation.findMany(), (r) => r.id),
    activities: ids(await prisma.directLineActivity.findMany(), (r) => r.conversationId),
    state: ids(await prisma.botStateItem.findMany(), (r) => r.key),
    audit: ids(await prisma.auditEvent.findMany(), (r) => r.id),
    linkCodes: ids(await prisma.linkCode.findMany(), (r) => r.code),
    invites: ids(await prisma.inviteCode.findMany(), (r) => r.code),
    partnerLinks: ids(await prisma.partnerLink.findMany(), (r) => r.id),
    jobs: ids(await prisma.jobPosting.findMany(), (r) => r.id),
    digestItems: ids(await prisma.digestItem.findMany(), (r) => r.jobId),
    alerts: ids(await prisma.alertDelivery.findMany(), (r) => r.jobId),
    updates: ids(await prisma.processedUpdate.findMany(), (r) => r.updateId),
    telegramQueue: ids(await prisma.telegramUpdate.findMany(), (r) => r.updateId),
    contactRequests: ids(await prisma.contactRequest.findMany(), (r) => r.id),
    trainings: ids(await prisma.training.findMany(), (r) => r.id),
    accounts: ids(await prisma.channelAccount.findMany(), (r) => r.id),
    revocations: ids(await prisma.tokenRevocation.findMany(), (r) => r.id),
    operatorInvites: ids(await prisma.operatorInvite.findMany(), (r) => r.tokenHash),
    operatorSessions: ids(await prisma.operatorSession.findMany(), (r) => r.idHash),
    usageDays: ids(await prisma.usageCount.findMany(), (r) => r.day),
    staffInvites: ids(await prisma.staffInvite.findMany(), (r) => r.code),
    handoffs: ids(await prisma.handoffCase.findMany(), (r) => r.id),
    handoffMessages: ids(await prisma.handoffMessage.findMany(), (r) => r.id),
    coachLinks: ids(await prisma.coachLink.findMany(), (r) => r.id),
  };
}

describe.each(testDatabases())('retention on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
    await seed(db);
  });
  afterAll(() => db.close());

  it('removes exactly the rows past their period, and reports per rule how many', async () => {
    const summary = await runRetention({ prisma: db.prisma, periods, lease: new LeaseStore(db.prisma, () => NOW), owner: 'test', now: NOW });
    expect(summary.ran).toBe(true);
    expect(await remaining(db)).toEqual({
      persons: ['active'],
      conversations: ['anon-fresh', 'hr-recent', 'person-recent'],
      activities: ['anon-fresh', 'hr-recent', 'person-recent'],
      state: ['directline/conversations/person-recent/', 'directline/users/dl_visitor2/', 'persons/active/'],
      audit: ['audit-fresh'],
      linkCodes: ['EXPIREDNEW'],
      invites: ['INV-NEW'],
      partnerLinks: ['duo-linked', 'duo-new'],
      jobs: ['job-closed', 'job-open'],
      // A reported item stays while its job is open: it is what keeps the candidate from being reported twice.
      digestItems: ['job-closed-long', 'job-open'],
      alerts: ['job-open'],
      updates: ['fresh'],
      telegramQueue: ['2'],
      contactRequests: ['cr-decided-new'],
      trainings: ['tr-new'],
      accounts: ['acc-active'],
      revocations: ['rev-fresh'],
      operatorInvites: ['inv-fresh'],
      operatorSessions: ['ses-fresh'],
      usageDays: [usageDay(new Date(NOW.getTime() - periods.USAGE_COUNTS + DAY))],
      staffInvites: ['STAFF-NEW'],
      // An open case stays however old it is; the relayed messages go with their case.
      handoffs: ['ho-new', 'ho-open'],
      handoffMessages: [],
      coachLinks: ['cl-active'],
    });
    const removed = Object.fromEntries(summary.rules.map((r) => [r.name, r.removed]));
    expect(removed).toEqual({
      'anonymous-transcripts': 1,
      'anonymous-state': 2,
      transcripts: 1,
      'conversation-state': 1,
      'audit-events': 1,
      'link-codes': 2,
      'partner-invitations': 1,
      'invite-codes': 1,
      'staff-invites': 1,
      'handoff-cases': 1,
      'coach-links': 2,
      'operator-invites': 1,
      'operator-sessions': 1,
      'digest-items': 1,
      'alert-deliveries': 1,
      'processed-updates': 1,
      'telegram-queue': 1,
      'contact-requests': 2,
      'inactive-persons': 1,
      'idle-web-identities': 1,
      'usage-counts': 1,
      'token-revocations': 1,
      'expired-jobs': 1,
      'past-trainings': 1,
    });
    expect(summary.rules.every((r) => !r.failed)).toBe(true);
  });

  it('a person who comes back after long is marked seen and no longer counts as inactive', async () => {
    await db.prisma.person.create({ data: { id: 'returning', lastSeenAt: old(periods.INACTIVE_PERSONS) } });
    await db.prisma.channelAccount.create({ data: { id: 'acc-returning', personId: 'returning', channelId: 'telegram', channelUserId: '777' } });
    const profiles = new PrismaProfileStore(db.prisma);
    expect(await profiles.findByIdentity({ channelId: 'telegram', channelUserId: '777' }, NOW)).toMatchObject({ id: 'returning' });
    await runRetention({ prisma: db.prisma, periods, lease: new LeaseStore(db.prisma, () => NOW), owner: 'test', now: NOW });
    expect(await db.prisma.person.findUnique({ where: { id: 'returning' } })).toMatchObject({ lastSeenAt: NOW });
    // Not a write on every turn: the next visit on the same day leaves the date as it is.
    await profiles.findByIdentity({ channelId: 'telegram', channelUserId: '777' }, new Date(NOW.getTime() + HOUR));
    expect(await db.prisma.person.findUnique({ where: { id: 'returning' } })).toMatchObject({ lastSeenAt: NOW });
  });

  it('a second instance does nothing while one holds the lease', async () => {
    const leases = new LeaseStore(db.prisma, () => NOW);
    expect(await leases.tryAcquire(RETENTION_LEASE, 'other-instance', 60_000)).toBe(true);
    const summary = await runRetention({ prisma: db.prisma, periods, lease: leases, owner: 'this-instance', now: NOW });
    expect(summary).toEqual({ ran: false, rules: [] });
    await leases.release(RETENTION_LEASE, 'other-instance');
  });
});

describe('the running app', () => {
  const database = tempSqliteUrl();
  afterAll(() => database.cleanup());

  it('applies retention on its own schedule, starting right away', async () => {
    const config = loadConfig({ DATABASE_URL: database.url, SEED_DEMO: 'false', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', LOTSE_SECRET: TEST_MASTER_SECRET });
    const before = await openDatabase(database.url);
    await before.prisma.directLineConversation.create({ data: { id: 'left-open', userId: 'dl_gone', createdAt: new Date(Date.now() - 2 * HOUR) } });
    await before.close();
    const app = await startApp(config, { log: createLogger('silent') });
    try {
      // The run records itself when done, so the check waits for that, not for the row.
      await eventually(() => new LeaseStore(app.db.prisma).lastRun(RETENTION_LEASE));
      expect(await app.db.prisma.directLineConversation.count({ where: { id: 'left-open' } })).toBe(0);
    } finally {
      await app.close();
    }
  });
});

describe('retention settings', () => {
  it('take minutes, hours or days, and name the variable when a value is wrong', () => {
    expect(retentionPeriods(loadConfig({ RETENTION_ANONYMOUS: '90m', RETENTION_AUDIT: '3650d' }))).toMatchObject({ ANONYMOUS: 90 * 60_000, AUDIT: 3650 * DAY });
    expect(() => loadConfig({ RETENTION_TRANSCRIPTS: 'forever' })).toThrow(/RETENTION_TRANSCRIPTS: expected a period like 90m, 1h or 180d/);
    expect(() => loadConfig({ RETENTION_TRANSCRIPTS: '0d' })).toThrow(/RETENTION_TRANSCRIPTS/);
  });
});

describe('lotse retention run --json', () => {
  useTempDatabase();

  it('reports every rule with its period and what it removed', async () => {
    const { code, json } = await runLotse(['retention', 'run']);
    expect(code).toBe(0);
    expect(json.ran).toBe(true);
    const rules = json.rules as { name: string; periodMs: number; removed: number }[];
    expect(rules.map((r) => r.name)).toEqual(RULES.map((r) => r.name));
    expect(rules.find((r) => r.name === 'anonymous-transcripts')?.periodMs).toBe(HOUR);
  });

  it('removes an anonymous conversation that went quiet, when told the time', async () => {
    const db = await openDatabase(process.env.DATABASE_URL!);
    try {
      await db.prisma.directLineConversation.create({ data: { id: 'cli-anon', userId: 'dl_cli', createdAt: new Date('2026-01-01T10:00:00Z') } });
    } finally {
      await db.close();
    }
    const { json } = await runLotse(['retention', 'run', '--now', '2026-01-01T12:00:00Z']);
    expect(json.removed).toBe(1);
    expect((json.rules as { name: string; removed: number }[]).find((r) => r.name === 'anonymous-transcripts')?.removed).toBe(1);
  });
});
