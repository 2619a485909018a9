import { TurnContext, TestAdapter, type Activity } from 'botbuilder-core';
import { LotseState, StateConflictError } from '../../src/bot/state';
import { PrismaStorage } from '../../src/store/bot-storage';
import type { Database } from '../../src/store/database';
import { testDatabases } from '../support/databases';

function context(adapter: TestAdapter, user = 'u1', conversation = 'c1'): TurnContext {
  const activity: Partial<Activity> = { type: 'message', channelId: 'test', from: { id: user, name: 'Person' }, conversation: { id: conversation } as Activity['conversation'], recipient: { id: 'bot', name: 'Lotse' } };
  return new TurnContext(adapter, activity);
}

describe.each(testDatabases())('LotseState on $name', ({ open }) => {
  let db: Database;
  let state: LotseState;
  const adapter = new TestAdapter();
  beforeAll(async () => {
    db = await open();
    state = new LotseState(new PrismaStorage(db.prisma));
  });
  afterAll(() => db.close());

  it('saves only what changed and reads it back', async () => {
    const a = context(adapter);
    await state.load(a);
    state.conversation(a).step = 1;
    await state.save(a);
    const b = context(adapter);
    await state.load(b);
    expect(state.conversation(b)).toEqual({ step: 1 });
  });

  it('rejects the later of two concurrent writes instead of losing the earlier one', async () => {
    const a = context(adapter, 'u2', 'c2');
    await state.load(a);
    state.conversation(a).n = 1;
    await state.save(a);
    const first = context(adapter, 'u2', 'c2');
    const second = context(adapter, 'u2', 'c2');
    await state.load(first);
    await state.load(second);
    state.conversation(first).n = 2;
    state.conversation(second).n = 3;
    await state.save(first);
    await expect(state.save(second)).rejects.toBeInstanceOf(StateConflictError);
    const check = context(adapter, 'u2', 'c2');
    await state.load(check);
    expect(state.conversation(check).n).toBe(2);
  });

  it('moves user state to the person at consent and deletes everything on clear', async () => {
    const a = context(adapter, 'u3', 'c3');
    await state.load(a);
    state.user(a).locale = 'en';
    state.conversation(a).x = 1;
    await state.save(a);
    const b = context(adapter, 'u3', 'c3');
    await state.load(b);
    await state.rekeyUser(b, 'person-3');
    await state.save(b);
    const keys = (await db.prisma.botStateItem.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys).toContain('persons/person-3/');
    expect(keys).not.toContain('test/users/u3/');
    const c = context(adapter, 'u3', 'c3');
    await state.load(c, 'person-3');
    expect(state.user(c)).toEqual({ locale: 'en' });
    state.clear(c);
    await state.save(c);
    const left = (await db.prisma.botStateItem.findMany({ select: { key: true } })).map((r) => r.key);
    expect(left.filter((k) => k.includes('3'))).toEqual([]);
  });
});
