import { PrismaPartnerLinks } from '../../src/store/partner-links';
import { PrismaProfileStore } from '../../src/store/profile-store';
import { RULES } from '../../src/store/retention';
import type { Database } from '../../src/store/database';
import { testDatabases } from '../support/databases';

const NOW = new Date('2026-12-01T10:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

describe.each(testDatabases())('Job für Zwei links ($name)', ({ open }) => {
  let db: Database;
  let links: PrismaPartnerLinks;
  let profiles: PrismaProfileStore;
  beforeEach(async () => {
    db = await open();
    links = new PrismaPartnerLinks(db.prisma);
    profiles = new PrismaProfileStore(db.prisma);
  });
  afterEach(() => db.close());

  const person = async (id: string) => (await profiles.createWithConsent({ channelId: 'telegram', channelUserId: id }, 'de-CH', 'v1')).id;

  it('links the partner who redeems the invitation, once, and either side can end it', async () => {
    const [ana, ben, cem] = [await person('1'), await person('2'), await person('3')];
    const invite = (await links.invite(ana, NOW))!;
    expect(await links.inviterOf(invite.code.toLowerCase(), NOW)).toBe(ana);
    expect(await links.accept(invite.code, ana, NOW)).toEqual({ status: 'self' });
    expect(await links.accept(invite.code, ben, NOW)).toEqual({ status: 'linked', inviterId: ana });
    expect(await links.accept(invite.code, cem, NOW)).toEqual({ status: 'invalid' });
    expect(await links.partnerOf(ana)).toEqual({ partnerId: ben, since: NOW });
    expect((await links.partnerOf(ben))?.partnerId).toBe(ana);
    expect(await links.invite(ana, NOW)).toBeUndefined();
    // Cem's invitation cannot link Ben a second time.
    const other = (await links.invite(cem, NOW))!;
    expect(await links.accept(other.code, ben, NOW)).toEqual({ status: 'taken' });
    expect(await links.end(ben)).toBe(true);
    expect(await links.partnerOf(ana)).toBeUndefined();
    expect(await links.end(ben)).toBe(false);
  });

  it('does not accept an expired invitation, and retention removes it', async () => {
    const [ana, ben] = [await person('1'), await person('2')];
    const invite = (await links.invite(ana, NOW, DAY))!;
    expect(await links.accept(invite.code, ben, new Date(NOW.getTime() + 2 * DAY))).toEqual({ status: 'invalid' });
    const rule = RULES.find((r) => r.name === 'partner-invitations')!;
    expect(await rule.remove(db.prisma, new Date(NOW.getTime() + 2 * DAY), NOW)).toBe(1);
    expect(await db.prisma.partnerLink.count()).toBe(0);
  });

  it('a new invitation withdraws the earlier one', async () => {
    const [ana, ben] = [await person('1'), await person('2')];
    const first = (await links.invite(ana, NOW))!;
    await links.invite(ana, NOW);
    expect(await links.accept(first.code, ben, NOW)).toEqual({ status: 'invalid' });
  });

  it('ends the link when either person deletes their profile, and each export names only the own role', async () => {
    const [ana, ben] = [await person('1'), await person('2')];
    await links.accept((await links.invite(ana, NOW))!.code, ben, NOW);
    const exported = await profiles.exportAll(ben);
    expect(exported.partnerLinks).toEqual([{ role: 'partner', createdAt: NOW.toISOString(), acceptedAt: NOW.toISOString() }]);
    expect(JSON.stringify(exported.partnerLinks)).not.toContain(ana);
    await profiles.deleteAll(ben);
    expect(await links.partnerOf(ana)).toBeUndefined();
    expect(await db.prisma.partnerLink.count()).toBe(0);
  });
  it('forged codes open nothing: a neighbour of a real code, injection text, prototype keys, huge input', async () => {
    const ana = await person('1');
    const ben = await person('2');
    const real = (await links.invite(ana, NOW))!.code;
    const neighbour = real.slice(0, -1) + (real.endsWith('2') ? '3' : '2');
    for (const forged of [neighbour, "' OR 1=1 --", '__proto__', 'constructor', '', '%', '_'.repeat(10), 'Ａ'.repeat(10), real + 'X', 'x'.repeat(100_000)]) {
      expect(await links.inviterOf(forged, NOW)).toBeUndefined();
      expect(await links.accept(forged, ben, NOW)).toEqual({ status: 'invalid' });
    }
    expect(await links.partnerOf(ana)).toBeUndefined();
    expect(await links.accept(real, ben, NOW)).toEqual({ status: 'linked', inviterId: ana });
  });

  it('a code redeemed twice at once links exactly one of the two', async () => {
    const [ana, ben, cem] = [await person('1'), await person('2'), await person('3')];
    const code = (await links.invite(ana, NOW))!.code;
    const outcomes = await Promise.all([links.accept(code, ben, NOW), links.accept(code, cem, NOW)]);
    expect(outcomes.filter((o) => o.status === 'linked')).toHaveLength(1);
    expect(await db.prisma.partnerLink.count({ where: { acceptedAt: { not: null } } })).toBe(1);
  });
});
