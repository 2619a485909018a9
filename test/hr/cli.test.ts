import { openDatabase } from '../../src/store/database';
import { runLotse as lotse, useTempDatabase } from '../support/cli';

describe('lotse hr / digest commands', () => {
  const url = useTempDatabase();

  it('creates invites and subscriptions, and runs a digest with a JSON summary', async () => {
    const invite = await lotse(['hr', 'invite', '--company', 'Muster AG', '--valid-days', '7']);
    expect(invite.code).toBe(0);
    expect(invite.json).toEqual({ code: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/), company: 'Muster AG', expiresAt: expect.any(String) });
    const days = (Date.parse(invite.json.expiresAt as string) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);

    const bad = await lotse(['hr', 'invite', '--company', 'Muster AG', '--valid-days', 'zwei']);
    expect(bad.json).toEqual({ error: expect.stringContaining('--valid-days') });
    expect(bad.code).toBe(2);

    const sub = await lotse(['hr', 'subscription', '--company', 'Muster AG', '--until', '2030-12-31']);
    expect(sub.json).toMatchObject({ company: 'Muster AG', until: '2030-12-31T23:59:59.999Z' });

    const run = await lotse(['digest', 'run']);
    expect(run.json).not.toHaveProperty('error');
    expect(run.code).toBe(0);
    expect(run.json).toEqual({
      ran: true,
      companies: 0,
      hrUsers: 0,
      jobs: 0,
      candidates: 0,
      queued: 0,
      digestsSent: 0,
      candidatesReported: 0,
      skippedExpired: 0,
      // An operator learns why nothing went out.
      whyNone: [
        'no HR person has joined yet (lotse hr invite, then "/hr <code>" in the chat)',
        'no person has chosen to be visible to matching companies',
        'no open jobs of subscribed companies',
      ],
    });
    const db = await openDatabase(url);
    expect(await db.prisma.inviteCode.count()).toBe(1);
    await db.close();
  });
});
