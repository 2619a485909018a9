import type { Database } from '../../src/store/database';
import { PrismaStorage } from '../../src/store/bot-storage';
import { DELETED_PERSON } from '../../src/store/person-data';
import { PrismaProfileStore, UnknownPersonError } from '../../src/store/profile-store';
import { testDatabases } from '../support/databases';

describe.each(testDatabases())('PrismaProfileStore on $name', ({ open }) => {
  let db: Database;
  let store: PrismaProfileStore;
  beforeAll(async () => {
    db = await open();
    store = new PrismaProfileStore(db.prisma);
  });
  afterAll(() => db.close());

  it('stores nothing before consent and creates person, account and consent together', async () => {
    const identity = { channelId: 'telegram', channelUserId: 'tg-1' };
    expect(await store.findByIdentity(identity)).toBeUndefined();
    const profile = await store.createWithConsent(identity, 'de-DE', 'privacy-v1');
    expect(profile).toMatchObject({ locale: 'de-DE', positionKinds: [], skills: [], languages: [], visibility: 'private', jobAlert: false });
    expect(profile.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await store.findByIdentity(identity))?.id).toBe(profile.id);
    const consents = await db.prisma.consent.findMany({ where: { personId: profile.id } });
    expect(consents).toMatchObject([{ kind: 'profile', granted: true, textVersion: 'privacy-v1' }]);
  });

  it('keeps one profile when the same identity consents twice', async () => {
    const identity = { channelId: 'webchat', channelUserId: 'dl_twice' };
    const [a, b] = await Promise.all([
      store.createWithConsent(identity, 'de-CH', 'v1'),
      store.createWithConsent(identity, 'de-CH', 'v1'),
    ]);
    expect(a.id).toBe(b.id);
    expect(await db.prisma.person.count({ where: { accounts: { some: { channelUserId: 'dl_twice' } } } })).toBe(1);
  });

  it('updates fields, place, pensum and JSON fields, and clears fields set to undefined', async () => {
    const { id } = await store.createWithConsent({ channelId: 'telegram', channelUserId: 'tg-upd' }, 'de-CH', 'v1');
    const updated = await store.update(id, {
      firstName: 'Lea',
      situation: 'school_leaver',
      experienceYears: 1.5,
      place: { postalCode: '4500', name: 'Solothurn', country: 'CH', point: { latitude: 47.2088, longitude: 7.5323 } },
      radiusKm: 25,
      pensum: { min: 80, max: 100 },
      startDate: '2027-08-01',
      positionKinds: ['apprenticeship', 'internship'],
      mobility: { drivingLicence: false, publicTransport: true },
      interests: { R: 0.8, I: 0.6 },
      visibility: 'anonymous',
      jobAlert: true,
    });
    expect(updated).toMatchObject({
      firstName: 'Lea',
      experienceYears: 1.5,
      place: { postalCode: '4500', name: 'Solothurn', country: 'CH', point: { latitude: 47.2088, longitude: 7.5323 } },
      pensum: { min: 80, max: 100 },
      positionKinds: ['apprenticeship', 'internship'],
      mobility: { publicTransport: true },
      interests: { R: 0.8 },
      visibility: 'anonymous',
      jobAlert: true,
    });
    const cleared = await store.update(id, { firstName: undefined, place: undefined });
    expect(cleared.firstName).toBeUndefined();
    expect(cleared.place).toBeUndefined();
    expect(cleared.radiusKm).toBe(25);
    expect(await store.findById(id)).toEqual(cleared);
    await expect(store.update('nobody', { firstName: 'X' })).rejects.toBeInstanceOf(UnknownPersonError);
  });

  it('upserts and removes skills and languages', async () => {
    const { id } = await store.createWithConsent({ channelId: 'telegram', channelUserId: 'tg-skills' }, 'de-CH', 'v1');
    await store.upsertSkill(id, { conceptId: 'esco:loeten', label: 'Löten', level: 'basic', source: 'hobby' });
    await store.upsertSkill(id, { conceptId: 'esco:cad', label: 'CAD', level: 'good' });
    await store.upsertSkill(id, { conceptId: 'esco:loeten', label: 'Löten', level: 'expert', source: 'work' });
    await store.upsertLanguage(id, { language: 'de', level: 'native' });
    await store.upsertLanguage(id, { language: 'en', level: 'B1' });
    await store.upsertLanguage(id, { language: 'en', level: 'B2' });
    let profile = (await store.findById(id))!;
    expect(profile.skills).toEqual([
      { conceptId: 'esco:loeten', label: 'Löten', level: 'expert', source: 'work' },
      { conceptId: 'esco:cad', label: 'CAD', level: 'good' },
    ]);
    expect(profile.languages).toEqual([
      { language: 'de', level: 'native' },
      { language: 'en', level: 'B2' },
    ]);
    await store.removeSkill(id, 'esco:cad');
    await store.removeLanguage(id, 'en');
    await store.removeSkill(id, 'not-there');
    profile = (await store.findById(id))!;
    expect(profile.skills.map((s) => s.conceptId)).toEqual(['esco:loeten']);
    expect(profile.languages.map((l) => l.language)).toEqual(['de']);
    const row = await db.prisma.person.findUniqueOrThrow({ where: { id } });
    expect(row.profileVersion).toBeGreaterThanOrEqual(8);
  });

  it('records consents as history and feedback as the latest verdict', async () => {
    const { id } = await store.createWithConsent({ channelId: 'telegram', channelUserId: 'tg-fb' }, 'de-CH', 'v1');
    await store.recordConsent(id, 'hr_visibility', true, 'hr-v1');
    await store.recordConsent(id, 'hr_visibility', false, 'hr-v1');
    expect(await db.prisma.consent.count({ where: { personId: id, kind: 'hr_visibility' } })).toBe(2);
    await store.recordFeedback(id, 'job', 'job-1', 'saved');
    await store.recordFeedback(id, 'job', 'job-1', 'rejected');
    await store.recordFeedback(id, 'training', 'tr-1', 'saved');
    expect(await store.feedbackOf(id)).toEqual(
      expect.arrayContaining([
        { itemType: 'job', itemId: 'job-1', verdict: 'rejected' },
        { itemType: 'training', itemId: 'tr-1', verdict: 'saved' },
      ]),
    );
  });

  it('links a second channel identity to the same person', async () => {
    const { id } = await store.createWithConsent({ channelId: 'webchat', channelUserId: 'dl_link' }, 'de-CH', 'v1');
    await store.linkIdentity(id, { channelId: 'telegram', channelUserId: 'tg-link' });
    await store.linkIdentity(id, { channelId: 'telegram', channelUserId: 'tg-link' });
    expect((await store.findByIdentity({ channelId: 'telegram', channelUserId: 'tg-link' }))?.id).toBe(id);
  });

  describe('export and deletion', () => {
    /** A person with data in every place, and a bystander whose data must survive. */
    async function seedPerson(webUserId: string, telegramId: string) {
      const p = await store.createWithConsent({ channelId: 'webchat', channelUserId: webUserId }, 'de-CH', 'v1');
      await store.linkIdentity(p.id, { channelId: 'telegram', channelUserId: telegramId });
      await store.upsertSkill(p.id, { conceptId: 'c1', label: 'Löten', level: 'good' });
      await store.recordFeedback(p.id, 'job', 'j1', 'saved');
      const company = await db.prisma.company.upsert({ where: { name: 'Muster AG' }, create: { id: 'co1', name: 'Muster AG' }, update: {} });
      const hr = await db.prisma.hrUser.upsert({ where: { id: 'hr1' }, create: { id: 'hr1', companyId: company.id }, update: {} });
      await db.prisma.contactRequest.create({ data: { id: `cr-${p.id}`, jobId: 'j1', personId: p.id, hrUserId: hr.id } });
      await db.prisma.digestItem.create({
        data: { jobId: 'j1', personId: p.id, companyId: company.id, score: 0.8, breakdown: '[]', fingerprint: 'f', pseudonym: 'K-1' },
      });
      await db.prisma.alertDelivery.create({ data: { personId: p.id, jobId: 'j1' } });
      await db.prisma.conversationRef.create({
        data: { id: `ref-${p.id}`, personId: p.id, channelId: 'telegram', conversationId: telegramId, channelUserId: telegramId, reference: '{}' },
      });
      const dl = await db.prisma.directLineConversation.create({ data: { id: `dlc-${webUserId}`, userId: webUserId } });
      await db.prisma.directLineActivity.createMany({
        data: [
          { conversationId: dl.id, seq: 0, activityId: 'a0', data: JSON.stringify({ from: { id: webUserId }, text: 'Hallo', timestamp: '2026-01-01T10:00:00Z' }) },
          { conversationId: dl.id, seq: 1, activityId: 'a1', data: JSON.stringify({ from: { id: 'lotse', role: 'bot' }, text: 'Grüezi!' }) },
        ],
      });
      const storage = new PrismaStorage(db.prisma);
      await storage.write({
        [`webchat/conversations/${dl.id}/`]: { dialog: webUserId },
        [`webchat/users/${webUserId}/`]: { user: webUserId },
        [`telegram/conversations/${telegramId}/`]: { dialog: telegramId },
        [`telegram/users/${telegramId}/`]: { user: telegramId },
      });
      await db.prisma.auditEvent.create({
        data: { id: `ae-${webUserId}`, actor: p.id, action: 'consent', subject: p.id, details: JSON.stringify({ personId: p.id }) },
      });
      // As the HR side writes them: references "person:<id>".
      await db.prisma.auditEvent.create({
        data: { id: `ae-ref-${webUserId}`, actor: `person:${p.id}`, action: 'contact.accepted', subject: `person:${p.id}` },
      });
      return p;
    }

    it('exports everything tied to the person', async () => {
      const p = await seedPerson('dl_export', '9001');
      const exported = await store.exportAll(p.id);
      expect(exported.profile.id).toBe(p.id);
      expect(exported.channelAccounts.map((a) => a.channelId).sort()).toEqual(['telegram', 'webchat']);
      expect(exported.consents).toHaveLength(1);
      expect(exported.feedback).toMatchObject([{ itemId: 'j1', verdict: 'saved' }]);
      expect(exported.contactRequests).toMatchObject([{ jobId: 'j1', status: 'pending' }]);
      expect(exported.conversations).toMatchObject([{ channelId: 'telegram' }]);
      expect(exported.messages).toEqual([
        { conversationId: 'dlc-dl_export', from: 'user', text: 'Hallo', timestamp: '2026-01-01T10:00:00Z' },
        { conversationId: 'dlc-dl_export', from: 'bot', text: 'Grüezi!', timestamp: undefined },
      ]);
      expect(Object.keys(exported.dialogState).sort()).toEqual([
        'telegram/conversations/9001/',
        'telegram/users/9001/',
        'webchat/conversations/dlc-dl_export/',
        'webchat/users/dl_export/',
      ]);
      expect(exported.digestItems).toMatchObject([{ jobId: 'j1', score: 0.8 }]);
      expect(exported.jobAlerts).toMatchObject([{ jobId: 'j1' }]);
      expect(() => JSON.stringify(exported)).not.toThrow();
      await expect(store.exportAll('nobody')).rejects.toBeInstanceOf(UnknownPersonError);
    });

    it('deletes everything tied to the person and nothing else, keeping audit events without whom they concerned', async () => {
      const bystander = await seedPerson('dl_bystander', '9100');
      // Identities that look like LIKE patterns must not reach other people's rows.
      const p = await seedPerson('%', '91%');
      await store.deleteAll(p.id);

      expect(await store.findById(p.id)).toBeUndefined();
      expect(await store.findByIdentity({ channelId: 'telegram', channelUserId: '91%' })).toBeUndefined();
      for (const table of ['channelAccount', 'personSkill', 'consent', 'feedback', 'contactRequest', 'digestItem', 'alertDelivery', 'conversationRef'] as const) {
        const delegate = db.prisma[table] as unknown as { count(a: object): Promise<number> };
        expect(await delegate.count({ where: { personId: p.id } })).toBe(0);
      }
      expect(await db.prisma.directLineConversation.count({ where: { userId: '%' } })).toBe(0);
      expect(await db.prisma.directLineActivity.count({ where: { conversationId: { in: ['dlc-%'] } } })).toBe(0);
      const keys = (await db.prisma.botStateItem.findMany({ select: { key: true } })).map((r) => r.key);
      expect(keys.filter((k) => k.includes('/91%/') || k.includes('/%/') || k.includes('dlc-%'))).toEqual([]);

      const audit = await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: 'ae-%' } });
      expect(audit).toMatchObject({ subject: DELETED_PERSON, actor: DELETED_PERSON, details: '{}' });
      expect(JSON.stringify(audit)).not.toContain(p.id);
      const reference = await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: 'ae-ref-%' } });
      expect(reference).toMatchObject({ subject: DELETED_PERSON, actor: DELETED_PERSON, details: '{}' });

      const survivor = await store.exportAll(bystander.id);
      expect(Object.keys(survivor.dialogState)).toHaveLength(4);
      expect(survivor.messages).toHaveLength(2);
      expect(survivor.contactRequests).toHaveLength(1);
      await expect(store.deleteAll('nobody')).resolves.toBeUndefined();
    });
  });
});
