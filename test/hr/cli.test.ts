import { main } from '../../src/cli/main';
import { openDatabase } from '../../src/store/database';
import { tempSqliteUrl } from '../support/databases';

/** Runs `lotse …` in-process; returns the exit code and the parsed last stdout line. */
async function lotse(args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  const lines: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const code = await main([...args, '--json']);
    return { code, json: JSON.parse(lines.at(-1)!) as Record<string, unknown> };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

describe('lotse hr / digest commands', () => {
  const { url, cleanup } = tempSqliteUrl();
  const saved = process.env.DATABASE_URL;
  beforeAll(() => {
    process.env.DATABASE_URL = url;
  });
  afterAll(() => {
    process.env.DATABASE_URL = saved;
    cleanup();
  });

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
    });
    const db = await openDatabase(url);
    expect(await db.prisma.inviteCode.count()).toBe(1);
    await db.close();
  });
});
