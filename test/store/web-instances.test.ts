/**
 * What lets several instances share the web channel on PostgreSQL, against a real database:
 * the advisory lock that keeps turns of one conversation one at a time across instances, and the
 * LISTEN/NOTIFY feed that tells an instance about appends made by another one (and, after its
 * connection was cut, that it must catch up). Runs only with TEST_DATABASE_URL.
 */
import pg from 'pg';
import { createLogger } from '../../src/log';
import { openDatabase, postgresSchema, type Database } from '../../src/store/database';
import { PrismaTranscriptStore } from '../../src/store/directline-store';
import { PostgresTranscriptFeed, transcriptChannel } from '../../src/store/transcript-feed';
import { PostgresTurnLock } from '../../src/store/turn-locks';
import { dropSchema, postgresTestUrl } from '../support/databases';
import { eventually } from '../directline/support';

const describePostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

async function sql<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: postgresSchema(url).connectionString });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

describePostgres('instances sharing PostgreSQL', () => {
  let url: string;
  let db: Database;
  beforeAll(async () => {
    url = postgresTestUrl();
    db = await openDatabase(url);
  });
  afterAll(async () => {
    await db.close();
    await dropSchema(url);
  });

  it('run turns of one conversation one at a time across instances, other conversations meanwhile', async () => {
    const [a, b] = [new PostgresTurnLock(url), new PostgresTurnLock(url)];
    try {
      const order: string[] = [];
      let release!: () => void;
      let started!: () => void;
      const running = new Promise<void>((resolve) => (started = resolve));
      const first = a.run('conversation-1', async () => {
        started();
        await new Promise<void>((resolve) => (release = resolve));
        order.push('A finished');
      });
      await running;
      await b.run('conversation-2', async () => void order.push('B ran another conversation'));
      const second = b.run('conversation-1', async () => void order.push('B ran conversation-1'));
      await eventually(async () => (await sql<{ n: number }>(url, "SELECT COUNT(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"))[0]!.n > 0 || undefined);
      release();
      await Promise.all([first, second]);
      expect(order).toEqual(['B ran another conversation', 'A finished', 'B ran conversation-1']);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("tell an instance about another instance's appends, and to catch up after its connection was cut", async () => {
    const feed = new PostgresTranscriptFeed(url, createLogger('silent'));
    await feed.start();
    const heard: string[] = [];
    feed.subscribe({ appended: (conversationId, seq) => heard.push(`${conversationId} ${seq}`), resync: () => heard.push('resync') });
    const other = new PrismaTranscriptStore(db.prisma, { notifyChannel: feed.channel, notifyOrigin: 'other-instance' });
    const own = new PrismaTranscriptStore(db.prisma, { notifyChannel: feed.channel, notifyOrigin: feed.origin });
    try {
      await other.createConversation({ id: 'shared', userId: 'dl_shared' });
      await own.append('shared', { type: 'message', text: 'from this instance' });
      await other.append('shared', { type: 'message', text: 'from the other one' });
      await eventually(() => heard.length > 0 || undefined);
      // Its own append (seq 0) is not announced back: its hub pushed it already.
      expect(heard).toEqual(['shared 1']);

      const listening = await sql<{ pid: number }>(url, 'SELECT pid FROM pg_stat_activity WHERE query = $1', [`LISTEN "${transcriptChannel(url)}"`]);
      expect(listening).toHaveLength(1);
      await sql(url, 'SELECT pg_terminate_backend($1)', [listening[0]!.pid]);
      await eventually(() => heard.includes('resync') || undefined);
      await other.append('shared', { type: 'message', text: 'after the reconnect' });
      await eventually(() => heard.includes('shared 2') || undefined);
    } finally {
      await feed.close();
    }
  });
});
