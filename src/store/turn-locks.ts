/**
 * Turns of one conversation run one at a time across instances: on PostgreSQL each turn holds a
 * session advisory lock keyed by the conversation, on a small pool of its own. Its own pool,
 * because a turn waiting for its lock must not hold a connection the running turns need for
 * their queries (that would deadlock the pool). On SQLite there is one process, whose turns the
 * adapter's queue already runs one at a time: nothing to lock.
 */
import pg from 'pg';
import { postgresSchema } from './database';

/** Runs `work` while no other instance runs work under the same key. */
export interface TurnLock {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** Connections for locks per instance: how many conversations can be in a turn at once. */
const LOCK_CONNECTIONS = 16;

export class PostgresTurnLock implements TurnLock {
  private readonly pool: pg.Pool;
  private readonly namespace: string;

  constructor(databaseUrl: string, connections = LOCK_CONNECTIONS) {
    const { connectionString, schema } = postgresSchema(databaseUrl);
    this.pool = new pg.Pool({ connectionString, max: connections });
    // Advisory locks are database-wide; the schema keeps deployments sharing a database apart.
    this.namespace = `${schema}:`;
    this.pool.on('error', () => undefined); // an idle connection dropped; the pool replaces it
  }

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const lockKey = this.namespace + key;
    try {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [lockKey]);
    } catch (err) {
      client.release(true);
      throw err;
    }
    try {
      return await work();
    } finally {
      const unlocked = await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [lockKey]).then(() => true, () => false);
      // A connection whose unlock failed may still hold the lock: closing it releases the lock.
      client.release(!unlocked);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
