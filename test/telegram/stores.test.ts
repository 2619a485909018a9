import { randomUUID } from 'node:crypto';
import { CodeAccountLinking, telegramDeepLink } from '../../src/services/account-linking';
import type { Database } from '../../src/store/database';
import { LinkCodeStore, newLinkCode, normalizeLinkCode } from '../../src/store/link-codes';
import { looksLikeCode } from '../../dialogs/linking';
import { testDatabases } from '../support/databases';

describe.each(testDatabases())('Telegram stores on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());

  const person = async () => {
    const id = randomUUID();
    await db.prisma.person.create({ data: { id } });
    return id;
  };

  describe('LinkCodeStore', () => {
    it('creates typeable codes that are redeemed once', async () => {
      const codes = new LinkCodeStore(db.prisma);
      const personId = await person();
      const { code, expiresAt } = await codes.create(personId, 60_000);
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
      expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
      const redeemed = await Promise.all([codes.redeem(code), codes.redeem(code.toLowerCase())]);
      expect(redeemed.filter((r) => r === personId)).toHaveLength(1);
      expect(await codes.redeem(code)).toBeUndefined();
    });

    it('refuses expired, unknown and malformed codes', async () => {
      let now = new Date();
      const codes = new LinkCodeStore(db.prisma, () => now);
      const { code } = await codes.create(await person(), 1000);
      now = new Date(now.getTime() + 2000);
      expect(await codes.redeem(code)).toBeUndefined();
      expect(await codes.redeem('NOPE234567')).toBeUndefined();
      expect(await codes.redeem("'; DROP TABLE x; --")).toBeUndefined();
      expect(normalizeLinkCode('abcd efgh-23')).toBe('ABCDEFGH23');
      expect(await codes.prune(now)).toBeGreaterThanOrEqual(1);
    });
  });

  describe('CodeAccountLinking', () => {
    const profiles = () => {
      const linked: unknown[] = [];
      return {
        linked,
        findById: async (id: string) => (id ? ({ id } as never) : undefined),
        linkIdentity: async (personId: string, identity: unknown) => void linked.push({ personId, identity }),
      };
    };

    it('offers a deep link when a Telegram bot is configured and links the identity on redeem', async () => {
      const store = profiles();
      const linking = new CodeAccountLinking({ codes: new LinkCodeStore(db.prisma), profiles: store, telegramBotUsername: async () => 'LotseBot' });
      const personId = await person();
      const offer = await linking.offer(personId);
      expect(offer.telegramUrl).toBe(`https://t.me/LotseBot?start=${offer.code}`);
      const identity = { channelId: 'telegram', channelUserId: '4711' };
      expect(await linking.redeem(offer.code, identity)).toBe(personId);
      expect(store.linked).toEqual([{ personId, identity }]);
      expect(await linking.redeem(offer.code, identity)).toBeUndefined();
    });

    it('still offers a typeable code without Telegram or when getMe fails', async () => {
      const codes = new LinkCodeStore(db.prisma);
      const without = await new CodeAccountLinking({ codes, profiles: profiles() }).offer(await person());
      expect(without.telegramUrl).toBeUndefined();
      const failing = await new CodeAccountLinking({ codes, profiles: profiles(), telegramBotUsername: () => Promise.reject(new Error('down')) }).offer(await person());
      expect(failing.code).toHaveLength(10);
      expect(failing.telegramUrl).toBeUndefined();
      expect(telegramDeepLink('Lotse_bot', 'AB')).toBe('https://t.me/Lotse_bot?start=AB');
    });
  });
});

describe('link codes typed as a first message', () => {
  it('every fresh code is recognised as a code, not taken for a word', () => {
    for (let i = 0; i < 2000; i++) {
      const code = newLinkCode();
      expect(looksLikeCode(code)).toBe(true);
    }
  });
});
