/**
 * The Direct Line WebSocket stream: `GET /v3/directline/conversations/:id/stream?t=<stream token>&watermark=W`
 * upgraded on the HTTP server's `upgrade` event. A new socket first gets the history after its
 * watermark (so activities sent before it connected, like the greeting, are not lost), then every
 * new activity of its conversation as `{activities, watermark}` frames.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { errorFields, type Logger } from '../../log';
import { parseWatermark } from './activity';
import type { TokenService } from './tokens';
import type { StoredActivity, TranscriptStore } from './transcript';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;
/** Activities per replay frame. */
const REPLAY_PAGE = 100;
/** Dead sockets are found by missing pongs within this interval. */
const HEARTBEAT_MS = 30_000;

interface Subscriber {
  socket: WebSocket;
  /** Frames published while the history is being replayed, sent after it. */
  pending?: StoredActivity[];
  lastSeq: number;
  alive: boolean;
}

/** Live WebSocket connections per conversation. */
export class StreamHub {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly heartbeat: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly store: TranscriptStore,
    private readonly tokens: TokenService,
    private readonly log: Logger,
  ) {
    this.heartbeat = setInterval(() => this.checkAlive(), HEARTBEAT_MS);
    this.heartbeat.unref();
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
      if (subscriber.pending) subscriber.pending.push(item);
      else this.sendItems(subscriber, [item]);
    }
  }

  /** Sends a changed activity (update) without moving the clients' watermark. */
  publishUpdate(conversationId: string, item: StoredActivity): void {
    for (const subscriber of this.subscribers.get(conversationId) ?? []) {
      if (!subscriber.pending) send(subscriber.socket, { activities: [item.activity] });
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
    const subscriber: Subscriber = { socket, pending: [], lastSeq: watermark, alive: true };
    let set = this.subscribers.get(conversationId);
    if (!set) this.subscribers.set(conversationId, (set = new Set()));
    set.add(subscriber);
    socket.on('pong', () => (subscriber.alive = true));
    socket.on('message', () => (subscriber.alive = true)); // DirectLineJS pings with empty text frames
    socket.on('close', () => this.remove(conversationId, subscriber));
    socket.on('error', () => socket.terminate());
    try {
      await this.replay(subscriber, conversationId);
    } catch (err) {
      this.log.warn(errorFields(err), 'directline stream replay failed');
      socket.close(1011, 'replay failed');
    }
  }

  private async replay(subscriber: Subscriber, conversationId: string): Promise<void> {
    for (;;) {
      const page = await this.store.since(conversationId, subscriber.lastSeq, REPLAY_PAGE);
      if (page.length) this.sendItems(subscriber, page);
      if (page.length < REPLAY_PAGE) break;
    }
    const pending = subscriber.pending ?? [];
    subscriber.pending = undefined;
    const fresh = pending.filter((item) => item.seq > subscriber.lastSeq);
    if (fresh.length) this.sendItems(subscriber, fresh);
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
  if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
}

function refuse(socket: Duplex, status: number, text: string): void {
  const body = JSON.stringify({ error: { code: status === 403 ? 'TokenInvalid' : text.replace(/ /g, ''), message: text } });
  socket.end(`HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
