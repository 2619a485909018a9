/**
 * The Direct Line 3.0 REST routes under /v3/directline, with CORS so that the widget embedded on
 * another website (embed.js) can call them. Every route answers JSON; refusals are
 * `{error: {code, message}}` with 400/403/404.
 */
import type { Request, Response, Server } from 'restify';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import { sameSecret } from '../../secrets';
import { route } from '../../http/server';
import { enforce, limitByAddress, type WebQuotas } from '../../http/rate-limit';
import { ActivityError, parseWatermark } from './activity';
import { DirectLineError, type DirectLineService, type Principal } from './service';
import { TokenError, type TokenService } from './tokens';
import { UnknownConversationError } from '../../services/transcripts';

const BASE = '/v3/directline';

/**
 * The request headers Web Chat sends (DirectLineJS: Authorization, Content-Type, x-ms-bot-agent;
 * its rxjs ajax: X-Requested-With, as a browser preflight shows); nothing else is allowed cross-origin.
 */
export const CORS_ALLOWED_HEADERS = 'Accept, Authorization, Content-Type, x-ms-bot-agent, X-Requested-With';

/** CORS headers for the Direct Line routes: any origin, bearer tokens only (no cookies). */
export function setCorsHeaders(res: Response): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS);
  res.setHeader('Access-Control-Max-Age', '600');
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The request's Host when it may appear in a stream URL: one of ALLOWED_HOSTS (a name alone allows
 * every port), or this machine by name or loopback address on the port the request came in on.
 */
export function allowedHost(host: string | undefined, allowed: readonly string[], localPort: number | undefined): string | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/.exec((host ?? '').toLowerCase());
  if (!match) return undefined;
  const [whole, name, port] = match as unknown as [string, string, string | undefined];
  if (allowed.includes(whole) || allowed.includes(name!)) return whole;
  return LOOPBACK_NAMES.has(name!) && port !== undefined && Number(port) === localPort ? whole : undefined;
}

/**
 * The base of stream URLs for this request: PUBLIC_URL when set, else the Host the client used if
 * it is allowed. Any other Host is refused: a stream URL pointing elsewhere would hand the
 * conversation's stream token to whoever that host is.
 */
export function wsBase(req: Request, config: Pick<Config, 'PUBLIC_URL' | 'ALLOWED_HOSTS'>): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL.replace(/^http/, 'ws');
  const host = allowedHost(req.header('host'), config.ALLOWED_HOSTS, req.socket.localPort);
  if (!host) throw new DirectLineError(400, 'HostNotAllowed', 'This host name is not allowed: the operator sets PUBLIC_URL or ALLOWED_HOSTS.');
  const forwarded = String(req.header('x-forwarded-proto') || '').split(',')[0]!.trim();
  const secure = forwarded ? forwarded === 'https' : req.isSecure();
  return `${secure ? 'wss' : 'ws'}://${host}`;
}

export interface DirectLineRouteOptions {
  server: Server;
  service: DirectLineService;
  tokens: TokenService;
  config: Pick<Config, 'DIRECTLINE_SECRET' | 'PUBLIC_URL' | 'ALLOWED_HOSTS'>;
  log: Logger;
  quotas: WebQuotas;
}

/** Registers the Direct Line routes on the server. */
export function registerDirectLineRoutes(options: DirectLineRouteOptions): void {
  const { server, service, config, log, quotas } = options;
  const starts = limitByAddress(quotas.starts, quotas.trust);
  const posts = limitByAddress(quotas.posts, quotas.trust);
  const auth = (req: Request) => authenticate(req, options.tokens, config.DIRECTLINE_SECRET);
  const streamBase = (req: Request) => {
    try {
      return wsBase(req, config);
    } catch (err) {
      log.warn({ host: req.header('host')?.slice(0, 100) }, 'web chat request for a host not in ALLOWED_HOSTS refused; set PUBLIC_URL or ALLOWED_HOSTS');
      throw err;
    }
  };
  const handle = (handler: (req: Request, res: Response) => Promise<void>) =>
    route(log, async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      try {
        await handler(req, res);
      } catch (err) {
        throw asHttpError(err);
      }
    });

  // In pre, so refusals by the body parser (400, 413) carry CORS headers too and the browser shows them.
  server.pre((req: Request, res: Response, next: () => void) => {
    if (req.path().startsWith(`${BASE}/`)) setCorsHeaders(res);
    next();
  });
  server.opts(`${BASE}/*`, (_req: Request, res: Response, next: (v?: false) => void) => {
    setCorsHeaders(res);
    res.send(204);
    next(false);
  });

  server.post(`${BASE}/tokens/generate`, starts, handle(async (req, res) => {
    if (config.DIRECTLINE_SECRET && !sameSecret(bearer(req), config.DIRECTLINE_SECRET)) {
      throw new DirectLineError(403, 'TokenInvalid', 'tokens/generate needs the Direct Line secret');
    }
    res.send(200, await service.generate(req.body));
  }));
  server.post(`${BASE}/tokens/refresh`, starts, handle(async (req, res) => {
    res.send(200, await service.refresh(await auth(req)));
  }));
  server.post(`${BASE}/conversations`, starts, handle(async (req, res) => {
    const { created, grant } = await service.start(await auth(req), req.body, streamBase(req));
    res.send(created ? 201 : 200, grant);
  }));
  server.get(`${BASE}/conversations/:id`, handle(async (req, res) => {
    res.send(200, await service.reconnect(await auth(req), req.params.id, parseWatermark(req.query?.watermark), streamBase(req)));
  }));
  server.get(`${BASE}/conversations/:id/activities`, handle(async (req, res) => {
    res.send(200, await service.activities(await auth(req), req.params.id, parseWatermark(req.query?.watermark)));
  }));
  server.post(`${BASE}/conversations/:id/activities`, posts, handle(async (req, res) => {
    const principal = await auth(req);
    // Keyed by the verified token's conversation, so nobody can use up another person's quota.
    enforce(res, quotas.conversation, principal.kind === 'token' ? principal.claims.conversationId : req.params.id);
    res.send(200, await service.post(principal, req.params.id, req.body));
  }));
}

function bearer(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '');
  return match?.[1];
}

/** The caller: the configured secret, or the claims of a valid conversation token. */
async function authenticate(req: Request, tokens: TokenService, secret: string | undefined): Promise<Principal> {
  const given = bearer(req);
  if (sameSecret(given, secret)) return { kind: 'secret' };
  return { kind: 'token', claims: await tokens.verify(given) };
}

function asHttpError(err: unknown): unknown {
  if (err instanceof DirectLineError) return err;
  if (err instanceof TokenError) {
    const message =
      err.reason === 'expired'
        ? 'the token has expired'
        : err.reason === 'revoked'
          ? 'the token was revoked'
          : err.reason === 'missing'
            ? 'a Bearer token is required'
            : 'the token is not valid';
    return new DirectLineError(403, err.reason === 'expired' ? 'TokenExpired' : 'TokenInvalid', message);
  }
  if (err instanceof ActivityError) return new DirectLineError(400, 'BadArgument', err.message);
  if (err instanceof UnknownConversationError) return new DirectLineError(404, 'BadArgument', 'conversation not found');
  return err;
}
