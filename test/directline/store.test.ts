/**
 * The TranscriptStore contract for the memory store and the Prisma store (SQLite always,
 * PostgreSQL when TEST_DATABASE_URL is set), and a restart test: a token issued before the
 * restart still resumes the same conversation with its history afterwards.
 */
import type { Activity } from 'botbuilder-core';
import { fixedSigningKeys } from '../../src/channels/directline/tokens';
import { deriveKeys } from '../../src/secrets';
import { MemoryTranscriptStore, UnknownConversationError, type TranscriptStore } from '../../src/services/transcripts';
import { createDirectLineChannel } from '../../src/channels/directline';
import { loadConfig } from '../../src/config';
import { createHttpServer } from '../../src/http/server';
import { createLogger } from '../../src/log';
import type { Database } from '../../src/store/database';
import { PrismaTranscriptStore } from '../../src/store/directline-store';
import { testDatabases } from '../support/databases';
import { call, echoLogic, eventually, userId } from './support';

const message = (text: string): Partial<Activity> => ({ type: 'message', text });

function contract(name: string, make: () => Promise<{ store: TranscriptStore; close(): Promise<void> }>) {
  describe(`TranscriptStore on ${name}`, () => {
    let store: TranscriptStore;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ store, close } = await make());
    });
    afterAll(() => close());

    it('creates a conversation once and remembers its user', async () => {
      expect(await store.createConversation({ id: 'c1', userId: 'dl_user1' })).toBe(true);
      expect(await store.createConversation({ id: 'c1', userId: 'dl_other' })).toBe(false);
      expect(await store.getConversation('c1')).toEqual({ id: 'c1', userId: 'dl_user1' });
      expect(await store.getConversation('nope')).toBeUndefined();
    });

    it('numbers activities in order, gives them ids and returns them after a watermark', async () => {
      await store.createConversation({ id: 'c2', userId: 'dl_user2' });
      const a = await store.append('c2', message('a'));
      const b = await store.append('c2', message('b 😀 שלום'));
      expect([a.seq, b.seq]).toEqual([0, 1]);
      expect(b.activity).toMatchObject({ id: 'c2|0000001', text: 'b 😀 שלום' });
      expect((await store.since('c2', -1, 10)).map((x) => x.activity.text)).toEqual(['a', 'b 😀 שלום']);
      expect((await store.since('c2', 0, 10)).map((x) => x.seq)).toEqual([1]);
      expect(await store.since('c2', -1, 1)).toHaveLength(1);
      await expect(store.append('missing', message('x'))).rejects.toThrow(/unknown/);
    });

    it('returns the first activity for a repeated client id', async () => {
      await store.createConversation({ id: 'c3', userId: 'dl_user3' });
      const first = await store.append('c3', message('once'), 'client-1');
      const again = await store.append('c3', message('once'), 'client-1');
      expect(first.duplicate).toBe(false);
      expect(again).toMatchObject({ duplicate: true, seq: first.seq, activity: { id: first.activity.id } });
      expect(await store.since('c3', -1, 10)).toHaveLength(1);
    });

    it('updates and removes stored activities', async () => {
      await store.createConversation({ id: 'c4', userId: 'dl_user4' });
      const a = await store.append('c4', message('alt'));
      const updated = await store.update('c4', a.activity.id, (old) => ({ ...old, text: 'neu' }));
      expect(updated).toMatchObject({ seq: a.seq, activity: { id: a.activity.id, text: 'neu' } });
      expect((await store.since('c4', -1, 10))[0]!.activity.text).toBe('neu');
      expect(await store.update('c4', 'c4|0000099', (old) => old)).toBeUndefined();
      expect(await store.remove('c4', a.activity.id)).toBe(true);
      expect(await store.remove('c4', a.activity.id)).toBe(false);
      expect(await store.since('c4', -1, 10)).toEqual([]);
    });
  });
}

contract('memory', async () => ({ store: new MemoryTranscriptStore(), close: async () => undefined }));
for (const database of testDatabases()) {
  contract(database.name, async () => {
    const db = await database.open();
    return { store: new PrismaTranscriptStore(db.prisma), close: () => db.close() };
  });
}

describe.each(testDatabases())('PrismaTranscriptStore under concurrency on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());

  it('numbers many simultaneous appends without gaps or duplicates (group commit)', async () => {
    const store = new PrismaTranscriptStore(db.prisma);
    const ids = ['g1', 'g2', 'g3', 'g4', 'g5'];
    for (const c of ids) await store.createConversation({ id: c, userId: `dl_${c}` });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => store.append(ids[i % 5]!, message(`m${i}`), i % 50 < 5 ? `same-${i % 50}` : undefined)));
    for (const c of ids) {
      const stored = await store.since(c, -1, 100);
      expect(stored.map((x) => x.seq)).toEqual(stored.map((_, i) => i));
    }
    // Appends 0 and 50 of a conversation share a client id: the second one is the duplicate.
    expect(results[50]).toMatchObject({ duplicate: true, seq: results[0]!.seq });
    expect(results.filter((r) => r.duplicate)).toHaveLength(5);
  });

  it('keeps numbering right when two instances append to the same conversation', async () => {
    const a = new PrismaTranscriptStore(db.prisma);
    const b = new PrismaTranscriptStore(db.prisma);
    await a.createConversation({ id: 'shared', userId: 'dl_shared' });
    await a.append('shared', message('a0'));
    await b.append('shared', message('b0'));
    const both = await Promise.all([a.append('shared', message('a1')), b.append('shared', message('b1'), 'retry')]);
    const retried = await a.append('shared', message('b1'), 'retry');
    expect(retried).toMatchObject({ duplicate: true, seq: both[1].seq });
    const stored = await a.since('shared', -1, 10);
    expect(stored.map((x) => x.seq)).toEqual([0, 1, 2, 3]);
    expect(new Set(stored.map((x) => x.activity.text))).toEqual(new Set(['a0', 'b0', 'a1', 'b1']));
  });

  it('keeps only the ids of client activities in memory, however big the messages; a retry still gets the whole activity', async () => {
    const store = new PrismaTranscriptStore(db.prisma);
    await store.createConversation({ id: 'big', userId: 'dl_big' });
    const text = 'x'.repeat(100_000);
    for (let i = 0; i < 40; i += 1) await store.append('big', message(`${i}${text}`), `client-${i}`);
    expect(store.cachedBytes()).toBeLessThan(20_000); // 40 messages of 100 KB were 4 MB
    const retry = await store.append('big', message('again'), 'client-0');
    expect(retry).toMatchObject({ duplicate: true, seq: 0, activity: { id: 'big|0000000', text: `0${text}` } });
  });

  it('continues after the last row when the stored counter is behind it', async () => {
    const store = new PrismaTranscriptStore(db.prisma);
    await store.createConversation({ id: 'behind', userId: 'dl_behind' });
    for (const text of ['a', 'b', 'c']) await store.append('behind', message(text));
    await db.prisma.directLineConversation.update({ where: { id: 'behind' }, data: { nextSeq: 0 } });
    expect((await new PrismaTranscriptStore(db.prisma).append('behind', message('d'))).seq).toBe(3);
  });

  it('refuses appends to a conversation deleted behind its back', async () => {
    const store = new PrismaTranscriptStore(db.prisma);
    await store.createConversation({ id: 'doomed', userId: 'dl_doomed' });
    await store.append('doomed', message('x'));
    await db.prisma.directLineConversation.delete({ where: { id: 'doomed' } });
    await expect(store.append('doomed', message('y'))).rejects.toThrow(UnknownConversationError);
  });
});

describe.each(testDatabases())('two instances appending to one conversation at once on $name', ({ openMany }) => {
  let dbs: Database[];
  beforeAll(async () => {
    dbs = await openMany(2);
  });
  afterAll(async () => {
    for (const db of dbs) await db.close();
  });

  it('give every append its own number, without errors or gaps', async () => {
    const [a, b] = dbs.map((db) => new PrismaTranscriptStore(db.prisma)) as [PrismaTranscriptStore, PrismaTranscriptStore];
    await a.createConversation({ id: 'busy', userId: 'dl_busy' });
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? b : a).append('busy', message(`m${i}`), `c-${i}`)));
    expect(new Set(results.map((r) => r.seq)).size).toBe(100);
    const stored = await a.since('busy', -1, 200);
    expect(stored.map((x) => x.seq)).toEqual(stored.map((_, i) => i));
    expect(stored).toHaveLength(100);
  });
});

describe.each(testDatabases())('Direct Line across a restart on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());

  async function start() {
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const log = createLogger('silent');
    const http = createHttpServer({ config, log });
    // The same master secret on both starts, as LOTSE_SECRET or the secret file gives it.
    const keys = fixedSigningKeys(deriveKeys('directline-restart-test-secret-0123456789').tokenSigning);
    const channel = createDirectLineChannel({ server: http.server, store: new PrismaTranscriptStore(db.prisma), logic: echoLogic, config, log, keys });
    http.onClose(() => channel.close());
    return { http, base: await http.listen(0, '127.0.0.1') };
  }

  it('resumes the conversation with its history and the same token after a restart', async () => {
    const first = await start();
    const user = userId();
    const generated = await call(first.base, 'POST', '/v3/directline/tokens/generate', { body: { user: { id: user } } });
    const { token, conversationId } = (await call(first.base, 'POST', '/v3/directline/conversations', { token: generated.json.token })).json;
    const posted = await call(first.base, 'POST', `/v3/directline/conversations/${conversationId}/activities`, { token, body: { type: 'message', text: 'Ich bin Elektrikerin' } });
    expect(posted.status).toBe(200);
    await eventually(async () => (await call(first.base, 'GET', `/v3/directline/conversations/${conversationId}/activities`, { token })).json.activities.length === 3);
    await first.http.close();

    const second = await start();
    try {
      const resumed = await call(second.base, 'GET', `/v3/directline/conversations/${conversationId}?watermark=`, { token });
      expect(resumed.status).toBe(200);
      const history = await call(second.base, 'GET', `/v3/directline/conversations/${conversationId}/activities`, { token: resumed.json.token });
      expect(history.json.activities.map((a: Activity) => a.text)).toEqual(['Hallo! Ich bin Lotse.', 'Ich bin Elektrikerin', 'Echo: Ich bin Elektrikerin']);
      expect(history.json.activities[1].from.id).toBe(user);
      const next = await call(second.base, 'POST', `/v3/directline/conversations/${conversationId}/activities`, { token, body: { type: 'message', text: 'weiter' } });
      expect(next.json.id).toBe(`${conversationId}|0000003`);
    } finally {
      await second.http.close();
    }
  });
});
