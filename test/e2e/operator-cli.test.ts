/** `lotse operator invite|remove`: the link an operator gets, and ending an operator's access. */
import { openDatabase } from '../../src/store/database';
import { runLotse as lotse, useTempDatabase } from '../support/cli';

describe('lotse operator', () => {
  const url = useTempDatabase();
  const saved = process.env.PUBLIC_URL;
  afterAll(() => {
    if (saved === undefined) delete process.env.PUBLIC_URL;
    else process.env.PUBLIC_URL = saved;
  });

  it('prints a one-time link under PUBLIC_URL, valid 48 hours, storing only its hash', async () => {
    process.env.PUBLIC_URL = 'https://lotse.example.ch/';
    const invite = await lotse(['operator', 'invite', '--email', ' Betrieb@Netzwerk.example ']);
    expect(invite.code).toBe(0);
    expect(invite.json).toEqual({ email: 'betrieb@netzwerk.example', link: expect.stringMatching(/^https:\/\/lotse\.example\.ch\/admin\/set-password\?token=[A-Za-z0-9_-]{43}$/), expiresAt: expect.any(String) });
    const hours = (Date.parse(invite.json.expiresAt as string) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48);
    const token = new URL(invite.json.link as string).searchParams.get('token')!;
    const db = await openDatabase(url);
    try {
      expect(JSON.stringify(await db.prisma.operatorInvite.findMany())).not.toContain(token);
      expect(await db.prisma.operator.count()).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('refuses a missing or malformed address', async () => {
    for (const args of [['operator', 'invite'], ['operator', 'invite', '--email', 'keine-adresse']]) {
      const bad = await lotse(args);
      expect(bad.code).toBe(2);
      expect(bad.json).toEqual({ error: expect.stringContaining('--email') });
    }
  });

  it('removes an operator with their links', async () => {
    expect((await lotse(['operator', 'remove', '--email', 'betrieb@netzwerk.example'])).json).toEqual({ email: 'betrieb@netzwerk.example', removed: true });
    expect((await lotse(['operator', 'remove', '--email', 'betrieb@netzwerk.example'])).json).toEqual({ email: 'betrieb@netzwerk.example', removed: false });
    const db = await openDatabase(url);
    try {
      expect(await db.prisma.operatorInvite.count()).toBe(0);
    } finally {
      await db.close();
    }
  });
});
