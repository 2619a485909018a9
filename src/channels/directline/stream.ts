/**
 * The Direct Line WebSocket stream: `GET /v3/directline/conversations/:id/stream?t=<stream token>&watermark=W`
 * upgraded on the HTTP server's `upgrade` event. A new socket first gets the history after its
 * watermark (so activities sent before it connected, like the greeting, are not lost), then every
 * new activity of its conversation as `{activities, watermark}` frames.
 *
 * The transcript is the source of truth: a socket gets an activity directly only when it is the
 * next one after the socket's watermark; otherwise (an activity appended by another instance, a
 * notification that came late or not at all) the hub reads everything after the watermark from
 * the store. So a socket never skips an activity, and nothing queues up in memory per socket.
 * With several instances on PostgreSQL a TranscriptFeed tells the hub about appends made elsewhere.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { errorFields, type Logger } from '../../log';
import { parseWatermark } from './activity';
import type { TokenService } from './tokens';
import type { StoredActivity, TranscriptFeed, TranscriptStore } from '../../services/transcripts';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;
/** Activities per replay frame. */
const REPLAY_PAGE = 100;
/** Dead sockets are found by missing pongs within this interval. */
const HEARTBEAT_MS = 30_000;
/**
 * A socket whose client reads slower than this much piles up in memory is closed; the client
 * reconnects with its watermark and reads the rest from the transcript.
 */
const MAX_BUFFERED_BYTES = 1024 * 1024;

interface Subscriber {
  socket: WebSocket;
  lastSeq: number;
  alive: boolean;
  /** A read from the store is running for this socket. */
  syncing: boolean;
  /** Something was appended during that read: read again afterwards. */
  dirty: boolean;
}

/** Live WebSocket connections per conversation. */
export class StreamHub {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly unsubscribe?: () => void;
  private closed = false;

  constructor(
    private readonly store: TranscriptStore,
    private readonly tokens: TokenService,
    private readonly log: Logger,
    feed?: TranscriptFeed,
  ) {
    this.heartbeat = setInterval(() => this.checkAlive(), HEARTBEAT_MS);
    this.heartbeat.unref();
    this.unsubscribe = feed?.subscribe({
      appended: (conversationId, seq) => {
        for (const subscriber of this.subscribers.get(conversationId) ?? []) if (seq > subscriber.lastSeq) void this.sync(conversationId, subscriber);
      },
      resync: () => {
        for (const [conversationId, set] of this.subscribers) for (const subscriber of set) void this.sync(conversationId, subscriber);
      },
    });
  }

  /** Handles WebSocket upgrades for the stream path on this HTTP server (other paths get 404). */
  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      this.upgrade(req, socket, head).catch((err) => {
        this.log.warn(errorFields(err), 'directline stream upgrade failed');
        refuse(socket, 500, 'Internal Server Error');
      });
    });
  }

  /** Sends a stored activity to every open socket of its conversation. */
  publish(conversationId: string, item: StoredActivity): void {
    for (const subscriber of this.subscribers.get(conversationId) ?? []) {
      if (!subscriber.syncing && item.seq === subscriber.lastSeq + 1) this.sendItems(subscriber, [item]);
      else if (item.seq > subscriber.lastSeq) void this.sync(conversationId, subscriber);
    }
  }

  /** Sends a changed activity (update) without moving the clients' watermark. */
  publishUpdate(conversationId: string, item: StoredActivity): void {
    for (const subscriber of this.subscribers.get(conversationId) ?? []) {
      if (!subscriber.syncing) send(subscriber.socket, { activities: [item.activity] });
    }
  }

  /** Number of open sockets (all conversations, or one). */
  openSockets(conversationId?: string): number {
    if (conversationId) return this.subscribers.get(conversationId)?.size ?? 0;
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  /** Closes every socket with "going away" (clients reconnect to another instance or later). */
  close(): void {
    this.closed = true;
    clearInterval(this.heartbeat);
    this.unsubscribe?.();
    for (const set of this.subscribers.values()) for (const s of set) s.socket.close(1001, 'server shutting down');
    this.subscribers.clear();
    this.wss.close();
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return refuse(socket, 404, 'Not Found');
    if (this.closed) return refuse(socket, 503, 'Service Unavailable');
    const conversationId = decodePathSegment(match[1]!);
    if (conversationId === undefined) return refuse(socket, 400, 'Bad Request');
    const claims = await this.tokens.verify(url.searchParams.get('t') ?? undefined, 'stream').catch(() => undefined);
    if (!claims || claims.conversationId !== conversationId) return refuse(socket, 403, 'Forbidden');
    const watermark = parseWatermark(url.searchParams.get('watermark'));
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      void this.connect(ws, conversationId, watermark);
    });
  }

  private async connect(socket: WebSocket, conversationId: string, watermark: number): Promise<void> {
    const subscriber: Subscriber = { socket, lastSeq: watermark, alive: true, syncing: false, dirty: false };
    let set = this.subscribers.get(conversationId);
    if (!set) this.subscribers.set(conversationId, (set = new Set()));
    set.add(subscriber);
    socket.on('pong', () => (subscriber.alive = true));
    socket.on('message', () => (subscriber.alive = true)); // DirectLineJS pings with empty text frames
    socket.on('close', () => this.remove(conversationId, subscriber));
    socket.on('error', () => socket.terminate());
    await this.sync(conversationId, subscriber);
  }

  /** Sends the socket everything after its watermark from the store; one read at a time per socket. */
  private async sync(conversationId: string, subscriber: Subscriber): Promise<void> {
    if (subscriber.syncing) {
      subscriber.dirty = true;
      return;
    }
    subscriber.syncing = true;
    try {
      do {
        subscriber.dirty = false;
        for (;;) {
          const page = await this.store.since(conversationId, subscriber.lastSeq, REPLAY_PAGE);
          if (page.length) this.sendItems(subscriber, page);
          if (page.length < REPLAY_PAGE || subscriber.socket.readyState !== WebSocket.OPEN) break;
        }
      } while (subscriber.dirty && subscriber.socket.readyState === WebSocket.OPEN);
    } catch (err) {
      this.log.warn(errorFields(err), 'directline stream replay failed');
      subscriber.socket.close(1011, 'replay failed');
    } finally {
      subscriber.syncing = false;
    }
  }

  private sendItems(subscriber: Subscriber, items: StoredActivity[]): void {
    const fresh = items.filter((item) => item.seq > subscriber.lastSeq);
    if (!fresh.length) return;
    subscriber.lastSeq = fresh[fresh.length - 1]!.seq;
    send(subscriber.socket, { activities: fresh.map((item) => item.activity), watermark: String(subscriber.lastSeq) });
  }

  private remove(conversationId: string, subscriber: Subscriber): void {
    const set = this.subscribers.get(conversationId);
    set?.delete(subscriber);
    if (set && set.size === 0) this.subscribers.delete(conversationId);
  }

  private checkAlive(): void {
    for (const set of this.subscribers.values()) {
      for (const subscriber of set) {
        if (!subscriber.alive) {
          subscriber.socket.terminate();
          continue;
        }
        subscriber.alive = false;
        subscriber.socket.ping();
      }
    }
  }
}

/** A percent-decoded path segment; undefined when the encoding is broken (a client error, not ours). */
function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function send(socket: WebSocket, frame: unknown): void {
  if (socket.readyState !== WebSocket.OPEN) return;
  if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
    socket.terminate();
    return;
  }
  socket.send(JSON.stringify(frame));
}

function refuse(socket: Duplex, status: number, text: string): void {
  const body = JSON.stringify({ error: { code: status === 403 ? 'TokenInvalid' : text.replace(/ /g, ''), message: text } });
  socket.end(`HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
