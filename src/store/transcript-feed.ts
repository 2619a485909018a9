/**
 * Several instances on one PostgreSQL database: every append to a Direct Line transcript is
 * announced with NOTIFY (conversation id and last seq, sent by the INSERT itself, see
 * directline-store.ts), and each instance LISTENs on a dedicated connection so its stream hub can
 * read the new activities for the sockets it holds. Notifications are hints, not data: a lost one
 * is caught up by the next read, and after the listening connection was lost and is back, every
 * open socket is caught up. SQLite (one process) needs none of this.
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TranscriptFeed, TranscriptListener } from '../services/transcripts';
import { errorFields, type Logger } from '../log';
import { postgresSchema } from './database';

/** Waits before reconnecting the listening connection (doubling up to the last value). */
const RECONNECT_MS = [250, 500, 1000, 2000, 5000];

/** The channel of one database schema (channels are database-wide; schemas share a database in tests and hosting). */
export function transcriptChannel(databaseUrl: string): string {
  const { schema } = postgresSchema(databaseUrl);
  return `lotse_directline_${createHash('sha256').update(schema).digest('hex').slice(0, 16)}`;
}

/** LISTENs for transcript appends on a dedicated connection, reconnecting when it drops. */
export class PostgresTranscriptFeed implements TranscriptFeed {
  readonly channel: string;
  /** This instance's mark on its own notifications: its hub already pushed those activities itself. */
  readonly origin = randomBytes(6).toString('hex');
  private readonly listeners = new Set<TranscriptListener>();
  private client?: pg.Client;
  private closed = false;
  private failures = 0;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {
    this.channel = transcriptChannel(databaseUrl);
  }

  subscribe(listener: TranscriptListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Connects and listens; resolves once listening (rejects when the first connection fails). */
  async start(): Promise<void> {
    await this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: postgresSchema(this.databaseUrl).connectionString });
    client.on('notification', (message) => {
      if (message.channel !== this.channel || !message.payload) return;
      const [conversationId, seq, origin] = message.payload.split(' ');
      if (conversationId && seq && origin !== this.origin) for (const listener of this.listeners) listener.appended(conversationId, Number(seq));
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN "${this.channel}"`);
    this.client = client;
    this.failures = 0;
  }

  /** The listening connection is gone: reconnect, then let every hub catch up what it missed. */
  private lost(client: pg.Client, err?: Error): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    if (err) this.log.warn(errorFields(err), 'transcript feed connection lost');
    this.retry();
  }

  private retry(): void {
    const wait = RECONNECT_MS[Math.min(this.failures, RECONNECT_MS.length - 1)]!;
    this.failures += 1;
    this.timer = setTimeout(() => {
      this.connect().then(
        () => {
          for (const listener of this.listeners) listener.resync();
        },
        (err: unknown) => {
          this.log.warn({ ...errorFields(err), failures: this.failures }, 'transcript feed could not reconnect');
          if (!this.closed) this.retry();
        },
      );
    }, wait);
    this.timer.unref();
  }
}
