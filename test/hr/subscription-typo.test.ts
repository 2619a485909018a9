/** `lotse hr subscription` with a mistyped company lists close names instead of creating an empty company. */
import { runLotse, useTempDatabase } from '../support/cli';
import { openDatabase } from '../../src/store/database';

describe('lotse hr subscription with a typo', () => {
  const url = useTempDatabase();

  it('lists close names, creates nothing, and creates only with --create', async () => {
    expect((await runLotse(['hr', 'invite', '--company', 'Muster Technik AG'])).code).toBe(0);
    const typo = await runLotse(['hr', 'subscription', '--company', 'Muster AG', '--until', '2030-12-31']);
    expect(typo.code).toBe(2);
    expect(String(typo.json.error)).toContain('No company is called "Muster AG". Did you mean: "Muster Technik AG"? Add --create to create it.');
    const db = await openDatabase(url);
    try {
      expect((await db.prisma.company.findMany({ select: { name: true } })).map((c) => c.name)).toEqual(['Muster Technik AG']);
      expect((await runLotse(['hr', 'subscription', '--company', 'Muster Technik AG', '--until', '2030-12-31'])).code).toBe(0);
      expect((await runLotse(['hr', 'subscription', '--company', 'Muster AG', '--until', '2030-12-31', '--create'])).code).toBe(0);
      expect(await db.prisma.company.count()).toBe(2);
    } finally {
      await db.close();
    }
  });
});
