/**
 * What reaches the log of a failed database call: the reason, never the rows the call carried
 * (a Prisma validation error prints its arguments, which can be a person's words).
 */
import { errorFields } from '../../src/log';
import { openTestSqlite } from '../support/databases';

describe('error fields for the log', () => {
  it("a rejected database write is logged with its reason, not with the rows it carried", async () => {
    const db = await openTestSqlite();
    try {
      const err = await db.prisma.jobPosting
        .create({ data: { title: 'Lea Muster, 079 123 45 67', notAColumn: 1 } as never })
        .then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toContain('Lea Muster');
      const logged = JSON.stringify(errorFields(err));
      expect(logged).not.toContain('Lea Muster');
      expect(logged).not.toContain('079 123');
      expect(logged).toMatch(/Invalid `[^`]*create\(\)` invocation/);
      expect(logged).toMatch(/… (Argument `\w+` is missing|Unknown argument)/);
      expect(logged).toContain('    at ');
    } finally {
      await db.close();
    }
  });

  it('other errors keep their message and stack, with bot tokens masked', () => {
    const err = new Error('getMe failed for 123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZabcd');
    const { err: logged } = errorFields(err);
    expect(logged.message).toBe('getMe failed for [bot-token]');
    expect(logged.stack).toContain('[bot-token]');
    expect(logged.stack).toContain('    at ');
  });
});
