/**
 * Lotse's HTTP server (restify 11): JSON bodies with a size limit, JSON errors for everything
 * that goes wrong (broken JSON 400, oversize 413, unknown route 404, a failing handler 500 without
 * details), `GET /healthz`, and a graceful close that stops accepting and lets running requests
 * finish. Channels register their routes on `server`.
 */
import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response, type Next } from 'restify';
import type { Config } from '../config';
import { errorFields, type Logger } from '../log';

/** Largest accepted request body: a 10,000-character message fits many times, a flood does not. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
/** How long close() waits for running requests before cutting connections. */
const CLOSE_GRACE_MS = 10_000;

export interface HttpServerOptions {
  config: Config;
  log: Logger;
  /** Named readiness checks for /healthz (database reachable, channels running, …). */
  health?: () => Promise<Record<string, boolean>>;
  maxBodyBytes?: number;
}

/** The running server and how to start and stop it. */
export interface HttpServer {
  server: restify.Server;
  /** Starts listening; resolves with the base URL (http://host:port). */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting, waits for running requests (up to a grace period), then closes connections. */
  close(): Promise<void>;
  /** Runs before the HTTP server closes, while requests may still finish (channels drain their turns here). */
  onClose(hook: () => Promise<void>): void;
}

/** A request error answered as `{error: {code, message}}` with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Sends a JSON error body (`{error: {code, message}}`). */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/**
 * Wraps an async route handler: a thrown HttpError (or any error with status and code) becomes its
 * JSON answer, anything else a 500 without details (logged without request data).
 */
export function route(log: Logger, handler: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response, next: Next): void => {
    handler(req, res).then(
      () => next(),
      (err: unknown) => {
        const known = err as Partial<HttpError>;
        if (typeof known.status === 'number' && typeof known.code === 'string' && known.status < 500) {
          sendError(res, known.status, known.code, String(known.message));
        } else {
          log.error({ ...errorFields(err), route: req.getRoute()?.path }, 'request failed');
          if (!res.headersSent) sendError(res, 500, 'ServiceError', 'Something went wrong on our side.');
        }
        next(false);
      },
    );
  };
}

/** Creates the server with body parsing, JSON errors and /healthz (not listening yet). */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { log } = options;
  const server = restify.createServer({ name: 'lotse', handleUpgrades: false });
  const started = Date.now();
  const hooks: (() => Promise<void>)[] = [];
  let inflight = 0;
  let closing = false;

  server.pre((_req: Request, res: Response, next: Next) => {
    if (closing) {
      res.setHeader('Connection', 'close');
      sendError(res, 503, 'ShuttingDown', 'Lotse is restarting; please try again in a moment.');
      return next(false);
    }
    inflight += 1;
    res.once('close', () => (inflight -= 1));
    return next();
  });
  server.pre(restify.plugins.pre.dedupeSlashes());
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, mapParams: false, mapFiles: false }));
  server.on('restifyError', (req: Request, _res: Response, err: Error & { statusCode?: number; body?: { code?: string } }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    const code = err.body?.code ?? err.name;
    const message = status >= 500 ? 'Something went wrong on our side.' : err.message;
    if (status >= 500) log.error({ ...errorFields(err), route: req.getRoute()?.path }, 'request failed');
    (err as Error & { toJSON: () => unknown }).toJSON = () => ({ error: { code, message } });
    callback();
  });

  server.get('/healthz', route(log, async (_req, res) => {
    const checks = await runChecks(options.health);
    const ok = Object.values(checks).every(Boolean);
    res.setHeader('Cache-Control', 'no-store');
    res.send(ok ? 200 : 503, { status: ok ? 'ok' : 'degraded', uptime: Math.round((Date.now() - started) / 1000), checks });
  }));

  return {
    server,
    onClose: (hook) => void hooks.push(hook),
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        // restify re-emits the listening error on its own server: without a listener there, a port
        // in use would crash the process instead of rejecting.
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve(`http://${shownHost}:${address.port}`);
        });
      }),
    close: async () => {
      if (closing) return;
      closing = true;
      const stopped = new Promise<void>((resolve) => server.server.close(() => resolve()));
      for (const hook of hooks) await hook().catch((err) => log.warn(errorFields(err), 'close hook failed'));
      const deadline = Date.now() + CLOSE_GRACE_MS;
      while (inflight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      server.server.closeAllConnections();
      await stopped;
    },
  };
}

async function runChecks(health: HttpServerOptions['health']): Promise<Record<string, boolean>> {
  if (!health) return {};
  try {
    return await health();
  } catch {
    return { health: false };
  }
}
