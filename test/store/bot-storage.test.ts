/**
 * botbuilder's storage conformance cases (libraries/botbuilder-core/tests/storageBaseTests.js),
 * ported to jest, plus concurrency cases, against every test database.
 */
import { AutoSaveStateMiddleware, ConversationState, MessageFactory, TestAdapter, type StoreItems } from 'botbuilder-core';
import { Dialog, DialogSet, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import { ETagConflictError, PrismaStorage, storedKey } from '../../src/store/bot-storage';
import type { Database } from '../../src/store/database';
import { testDatabases } from '../support/databases';

describe.each(testDatabases())('PrismaStorage on $name', ({ open }) => {
  let db: Database;
  let storage: PrismaStorage;
  beforeAll(async () => {
    db = await open();
    storage = new PrismaStorage(db.prisma);
  });
  afterAll(() => db.close());

  it('returns an empty object when reading an unknown key', async () => {
    expect(await storage.read(['unknown'])).toEqual({});
    expect(await storage.read([])).toEqual({});
  });

  it('rejects null keys and null changes like MemoryStorage', async () => {
    await expect(storage.read(null as unknown as string[])).rejects.toThrow(new ReferenceError('Keys are required when reading.'));
    await expect(storage.write(null as unknown as StoreItems)).rejects.toThrow(
      new ReferenceError('Changes are required when writing.'),
    );
  });

  it('does not throw when writing no items', async () => {
    await expect(storage.write({})).resolves.toBeUndefined();
    await expect(storage.write([] as unknown as StoreItems)).resolves.toBeUndefined();
  });

  it('creates objects with an eTag', async () => {
    await storage.write({ createPoco: { id: 1 }, createPocoStoreItem: { id: 2 } });
    const read = await storage.read(['createPoco', 'createPocoStoreItem']);
    expect(read.createPoco.id).toBe(1);
    expect(read.createPocoStoreItem.id).toBe(2);
    expect(typeof read.createPoco.eTag).toBe('string');
    expect(read.createPoco.eTag).not.toBe(read.createPocoStoreItem.eTag);
  });

  it.each([
    ['crazy ascii', '!@#$%^&*()~/\\><,.?\';"`~'],
    ['sql wildcards and quotes', "%_'--; DROP TABLE \"BotStateItem\";"],
    ['unicode', 'telegram/users/Zoë-Müller-Straße-🚀-مرحبا-日本語/'],
    ['very long', `msteams/conversations/${'a:b;c@d'.repeat(1500)}/`],
  ])('handles %s keys', async (_name, key) => {
    await storage.write({ [key]: { id: 1, text: 'Grüezi 👋' } });
    const read = await storage.read([key]);
    expect(read[key]).toMatchObject({ id: 1, text: 'Grüezi 👋' });
    await storage.delete([key]);
    expect(await storage.read([key])).toEqual({});
  });

  it('keeps long keys with a common prefix apart', async () => {
    const prefix = 'x'.repeat(400);
    await storage.write({ [`${prefix}1`]: { n: 1 }, [`${prefix}2`]: { n: 2 } });
    const read = await storage.read([`${prefix}1`, `${prefix}2`]);
    expect(read[`${prefix}1`].n).toBe(1);
    expect(read[`${prefix}2`].n).toBe(2);
    expect(storedKey(`${prefix}1`)).not.toBe(storedKey(`${prefix}2`));
  });

  it('updates objects: new eTag per write, stale eTag rejected, "*" and missing eTag win', async () => {
    await storage.write({ pocoItem: { id: 1, count: 1 }, pocoStoreItem: { id: 1, count: 1 } });
    const loaded = await storage.read(['pocoItem', 'pocoStoreItem']);
    const pocoItem = loaded.pocoItem;
    delete pocoItem.eTag;
    const pocoStoreItem = loaded.pocoStoreItem;
    pocoItem.count++;
    pocoStoreItem.count++;
    await storage.write(loaded);

    const reloaded = await storage.read(['pocoItem', 'pocoStoreItem']);
    expect(reloaded.pocoItem.count).toBe(2);
    expect(reloaded.pocoStoreItem.count).toBe(2);
    expect(reloaded.pocoStoreItem.eTag).not.toBe(pocoStoreItem.eTag);

    pocoItem.count = 123;
    await expect(storage.write({ pocoItem })).resolves.toBeUndefined();
    pocoStoreItem.count = 123;
    await expect(storage.write({ pocoStoreItem })).rejects.toThrow(
      new ETagConflictError('pocoStoreItem').message,
    );

    const again = await storage.read(['pocoItem', 'pocoStoreItem']);
    expect(again.pocoItem.count).toBe(123);
    expect(again.pocoStoreItem.count).toBe(2);

    again.pocoItem.count = 100;
    again.pocoStoreItem.count = 100;
    again.pocoStoreItem.eTag = '*';
    delete again.pocoItem.eTag;
    await storage.write(again);
    const final = await storage.read(['pocoItem', 'pocoStoreItem']);
    expect(final.pocoItem.count).toBe(100);
    expect(final.pocoStoreItem.count).toBe(100);
  });

  it('creates an item written with an eTag when it does not exist (MemoryStorage semantics)', async () => {
    await storage.write({ ghost: { n: 1, eTag: 'from-elsewhere' } });
    expect((await storage.read(['ghost'])).ghost.n).toBe(1);
  });

  it('keeps the eTag out of the stored data', async () => {
    await storage.write({ plain: { n: 1, eTag: '*' } });
    const row = await db.prisma.botStateItem.findUniqueOrThrow({ where: { key: 'plain' } });
    expect(JSON.parse(row.data)).toEqual({ n: 1 });
  });

  it('deletes objects and ignores unknown keys', async () => {
    await storage.write({ delete1: { id: 1, count: 1 } });
    expect((await storage.read(['delete1'])).delete1.count).toBe(1);
    await storage.delete(['delete1']);
    expect((await storage.read(['delete1'])).delete1).toBeUndefined();
    await expect(storage.delete(['unknown_key'])).resolves.toBeUndefined();
  });

  it('performs batch operations', async () => {
    await storage.write({ batch1: { count: 10 }, batch2: { count: 20 }, batch3: { count: 30 } });
    const result = await storage.read(['batch1', 'batch2', 'batch3', 'batch4']);
    expect(Object.keys(result).sort()).toEqual(['batch1', 'batch2', 'batch3']);
    expect(result.batch3.count).toBe(30);
    await storage.delete(['batch1', 'batch2', 'batch3']);
    expect(await storage.read(['batch1', 'batch2', 'batch3'])).toEqual({});
  });

  it('lets exactly one of two concurrent writers with the same eTag win', async () => {
    await storage.write({ race: { count: 0 } });
    const { race } = await storage.read(['race']);
    const results = await Promise.allSettled([
      storage.write({ race: { ...race, count: 1 } }),
      storage.write({ race: { ...race, count: 2 } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ETagConflictError);
  });

  it('survives concurrent last-writer-wins writes of a new key', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => storage.write({ [`lww`]: { i, eTag: '*' } })));
    expect(typeof (await storage.read(['lww'])).lww.i).toBe('number');
  });

  it('proceeds through a waterfall with ConversationState', async () => {
    const conversationState = new ConversationState(storage);
    const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
    dialogs.add(
      new TextPrompt('textPrompt', async (prompt) => {
        if ((prompt.recognized.value ?? '').length > 3) {
          await prompt.context.sendActivity(MessageFactory.text(`You got it at the ${prompt.attemptCount}th try!`));
          return true;
        }
        await prompt.context.sendActivity(`Please send a name that is longer than 3 characters. ${prompt.attemptCount}`);
        return false;
      }),
    );
    dialogs.add(
      new WaterfallDialog('waterfall', [
        async (step) => {
          await step.context.sendActivity('step1');
          return Dialog.EndOfTurn;
        },
        async (step) => step.prompt('textPrompt', { prompt: 'Please type your name.' }),
        async (step) => {
          await step.context.sendActivity('step3');
          return Dialog.EndOfTurn;
        },
      ]),
    );
    const adapter = new TestAdapter(async (context) => {
      const dc = await dialogs.createContext(context);
      await dc.continueDialog();
      if (!context.responded) await dc.beginDialog('waterfall');
    }).use(new AutoSaveStateMiddleware(conversationState));

    await adapter
      .send('hello')
      .assertReply('step1')
      .send('hello')
      .assertReply('Please type your name.')
      .send('hi')
      .assertReply('Please send a name that is longer than 3 characters. 1')
      .send('hi')
      .assertReply('Please send a name that is longer than 3 characters. 2')
      .send('Kyle')
      .assertReply('You got it at the 3th try!')
      .assertReply('step3')
      .startTest();
    expect(await db.prisma.botStateItem.count({ where: { key: { contains: '/conversations/' } } })).toBe(1);
  });
});
