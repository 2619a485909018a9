import type { ConversationReference } from 'botbuilder-core';
import { PrismaConversationRefStore } from '../../src/store/conversation-refs';
import type { Database } from '../../src/store/database';
import { LeaseStore } from '../../src/store/leases';
import { PrismaProfileStore } from '../../src/store/profile-store';
import { SettingsStore } from '../../src/store/settings';
import { testDatabases } from '../support/databases';

const ref = (channelId: string, conversationId: string, userId: string): ConversationReference => ({
  channelId,
  conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
  user: { id: userId, name: '' },
  bot: { id: 'lotse', name: 'Lotse' },
  serviceUrl: 'http://localhost',
});

describe.each(testDatabases())('coordination stores on $name', ({ open, openMany }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());

  describe('PrismaConversationRefStore', () => {
    it('saves, refreshes, lists and marks references unreachable', async () => {
      const refs = new PrismaConversationRefStore(db.prisma);
      const person = await new PrismaProfileStore(db.prisma).createWithConsent({ channelId: 'telegram', channelUserId: '77' }, 'de-CH', 'v1');
      await refs.save(ref('telegram', '77', '77'), { personId: person.id });
      await refs.save(ref('webchat', 'dl-conv', 'dl_u'), { personId: person.id });
      await refs.save({ ...ref('telegram', '77', '77'), locale: 'de-CH' }, { personId: person.id });
      const saved = await refs.forPerson(person.id);
      expect(saved).toHaveLength(2);
      expect(saved.find((r) => r.channelId === 'telegram')?.locale).toBe('de-CH');

      await refs.markUnreachable('telegram', '77');
      expect((await refs.forPerson(person.id)).map((r) => r.channelId)).toEqual(['webchat']);
      await refs.save(ref('telegram', '77', '77'), { personId: person.id });
      expect(await refs.forPerson(person.id)).toHaveLength(2);
      await expect(refs.save({ channelId: 'x' } as ConversationReference, {})).rejects.toThrow(/conversation\.id/);
    });

    it('keeps HR users apart from persons', async () => {
      const refs = new PrismaConversationRefStore(db.prisma);
      await db.prisma.company.create({ data: { id: 'co-ref', name: 'Ref AG' } });
      await db.prisma.hrUser.create({ data: { id: 'hr-ref', companyId: 'co-ref' } });
      await refs.save(ref('msteams', 'a:teams-conv', '29:hr'), { hrUserId: 'hr-ref' });
      expect((await refs.forHrUser('hr-ref')).map((r) => r.conversation.id)).toEqual(['a:teams-conv']);
      expect(await refs.forPerson('hr-ref')).toEqual([]);
    });
  });

  describe('SettingsStore', () => {
    it('gets, sets and creates a value once', async () => {
      const settings = new SettingsStore(db.prisma);
      expect(await settings.get('missing')).toBeUndefined();
      await settings.set('a', '1');
      await settings.set('a', '2');
      expect(await settings.get('a')).toBe('2');
      const make = jest.fn(() => 'generated');
      expect(await settings.getOrCreate('key', make)).toBe('generated');
      expect(await settings.getOrCreate('key', () => 'other')).toBe('generated');
      expect(make).toHaveBeenCalledTimes(1);
    });
  });

  describe('LeaseStore', () => {
    it('grants a lease to one owner until it expires or is released', async () => {
      let now = new Date('2026-03-01T07:30:00Z');
      const leases = new LeaseStore(db.prisma, () => now);
      expect(await leases.tryAcquire('digest', 'a', 60_000)).toBe(true);
      expect(await leases.tryAcquire('digest', 'b', 60_000)).toBe(false);
      expect(await leases.tryAcquire('digest', 'a', 60_000)).toBe(true);
      now = new Date(now.getTime() + 61_000);
      expect(await leases.tryAcquire('digest', 'b', 60_000)).toBe(true);
      await leases.release('digest', 'a');
      expect((await leases.holder('digest'))?.owner).toBe('b');
      await leases.release('digest', 'b');
      expect(await leases.tryAcquire('digest', 'a', 60_000)).toBe(true);
      expect(await leases.lastRun('digest')).toBeUndefined();
      await leases.markRun('digest', now);
      expect(await leases.lastRun('digest')).toEqual(now);
    });
  });

  it('gives a lease to exactly one of many instances acquiring at once', async () => {
    const instances = await openMany(2);
    try {
      for (let round = 0; round < 5; round++) {
        const results = await Promise.all(
          instances.flatMap((inst, i) =>
            [0, 1, 2].map((k) => new LeaseStore(inst.prisma).tryAcquire(`job-${round}`, `owner-${i}-${k}`, 60_000)),
          ),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
      }
      const settings = await Promise.all(instances.map((inst, i) => new SettingsStore(inst.prisma).getOrCreate('secret', () => `v${i}`)));
      expect(new Set(settings).size).toBe(1);
    } finally {
      for (const inst of instances) await inst.close();
    }
  });
});
