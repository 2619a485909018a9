import { TelegramUpdateQueue } from '../../src/store/telegram-updates';
import type { Database } from '../../src/store/database';
import { testDatabases } from '../support/databases';

describe.each(testDatabases())('Telegram update queue on $name', ({ open, openMany }) => {
  let db: Database;
  let now: Date;
  let queue: TelegramUpdateQueue;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.prisma.telegramUpdate.deleteMany();
    await db.prisma.processedUpdate.deleteMany();
    now = new Date('2026-12-05T10:00:00Z');
    queue = new TelegramUpdateQueue(db.prisma, db.kind, () => now);
  });

  it('stores a redelivered update once, and not at all once it was handled', async () => {
    expect(await queue.enqueue('1', 'c1', '{"a":1}')).toBe(true);
    expect(await queue.enqueue('1', 'c1', '{"a":1}')).toBe(false);
    const claimed = await queue.claim('w', 60_000);
    expect(claimed).toMatchObject({ updateId: '1', chatId: 'c1', payload: '{"a":1}', attempts: 1 });
    await queue.complete('1');
    expect(await queue.enqueue('1', 'c1', '{"a":1}')).toBe(false);
    expect(await db.prisma.telegramUpdate.count()).toBe(0);
  });

  it('serves one chat at a time, in order, and other chats before a backlog', async () => {
    for (const id of ['1', '2', '3']) await queue.enqueue(id, 'flood', 'x');
    await queue.enqueue('4', 'quiet', 'y');
    const first = await queue.claim('w', 60_000);
    expect(first?.updateId).toBe('1');
    // The flood chat is busy: its second update waits, the quiet chat goes next.
    expect((await queue.claim('w', 60_000))?.updateId).toBe('4');
    expect(await queue.claim('w', 60_000)).toBeUndefined();
    await queue.complete('1');
    expect((await queue.claim('w', 60_000))?.updateId).toBe('2');
  });

  it('lets a chat whose updates were stored out of order go first only once', async () => {
    // Parallel webhook connections: update 3 is stored before update 2, but 2 is served first.
    await queue.enqueue('3', 'flood', 'x');
    await queue.enqueue('2', 'flood', 'x');
    expect((await queue.claim('w', 60_000))?.updateId).toBe('2');
    await queue.enqueue('9', 'quiet', 'y');
    await queue.complete('2');
    // The flood chat had its first turn; the quiet chat's first turn comes before its second.
    expect((await queue.claim('w', 60_000))?.updateId).toBe('9');
    expect((await queue.claim('w', 60_000))?.updateId).toBe('3');
  });

  it('runs an update again when its worker died (lease expired)', async () => {
    await queue.enqueue('7', 'c', 'x');
    expect((await queue.claim('dead', 1000))?.updateId).toBe('7');
    expect(await queue.claim('alive', 1000)).toBeUndefined();
    now = new Date(now.getTime() + 1001);
    expect(await queue.claim('alive', 1000)).toMatchObject({ updateId: '7', attempts: 2 });
    expect(await queue.renew('7', 'dead', 1000)).toBe(false);
    expect(await queue.renew('7', 'alive', 1000)).toBe(true);
  });

  it('never gives two instances turns of the same chat at once', async () => {
    const [a, b] = await openMany(2);
    try {
      const qa = new TelegramUpdateQueue(a!.prisma, a!.kind);
      const qb = new TelegramUpdateQueue(b!.prisma, b!.kind);
      for (let i = 0; i < 6; i++) await qa.enqueue(String(100 + i), `chat${i % 2}`, 'x');
      const claims = await Promise.all([qa.claim('a', 60_000), qb.claim('b', 60_000), qa.claim('a', 60_000), qb.claim('b', 60_000)]);
      const got = claims.filter((c) => c !== undefined);
      expect(got.map((c) => c.chatId).sort()).toEqual(['chat0', 'chat1']);
      expect(got.map((c) => c.updateId).sort()).toEqual(['100', '101']);
    } finally {
      await a!.close();
      await b!.close();
    }
  });

  it('removes pending updates after a day', async () => {
    await queue.enqueue('9', 'c', 'x');
    now = new Date(now.getTime() + 24 * 60 * 60 * 1000 + 1);
    expect(await queue.prune()).toBe(1);
  });
});
