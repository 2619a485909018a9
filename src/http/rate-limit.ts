/**
 * Request quotas: token buckets per key (a client address, a conversation), kept in this process's
 * memory. Each instance counts on its own, so behind a load balancer with N instances a client
 * gets up to N times the configured rate; that still bounds a flood, and needs no shared server.
 * Buckets live in a BoundedMap: a flood of new addresses evicts the least recently seen buckets
 * (those clients start again with a full bucket) instead of growing memory.
 */
import type { Next, Request, Response } from 'restify';
import { BoundedMap } from '../bounded-map';
import { addressKey, clientAddress, parseTrustProxy, type ProxyTrust } from './client-address';
import { HttpError, sendError } from './server';

/** Most keys one bucket set remembers (about 100 bytes each). */
const MAX_KEYS = 50_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Up to `perMinute` requests at once per key, then one every 60/perMinute seconds.
 * perMinute 0 switches the limit off.
 */
export class TokenBuckets {
  private readonly buckets: BoundedMap<string, Bucket>;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
    maxKeys = MAX_KEYS,
  ) {
    this.buckets = new BoundedMap({ maxEntries: maxKeys });
  }

  /** Takes one token for `key`: 0 when allowed, else the whole seconds until the next token. */
  take(key: string): number {
    if (this.perMinute <= 0) return 0;
    const perMs = this.perMinute / 60_000;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }

  /** Keys currently remembered. */
  get size(): number {
    return this.buckets.size;
  }
}

/** Puts Retry-After on the response (readable by scripts on other sites too). */
function retryAfter(res: Response, seconds: number): void {
  res.setHeader('Retry-After', String(seconds));
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
}

const MESSAGE = 'too many requests; try again later';

/** Thrown from a handler when a quota is used up; route() answers it as 429 with the header already set. */
export function enforce(res: Response, buckets: TokenBuckets, key: string): void {
  const wait = buckets.take(key);
  if (wait === 0) return;
  retryAfter(res, wait);
  throw new HttpError(429, 'TooManyRequests', MESSAGE);
}

/** The request's client address under a trust setting. */
export function requestAddress(req: Request, trust: ProxyTrust): string {
  const header = req.header('x-forwarded-for');
  return addressKey(clientAddress(req.socket?.remoteAddress, header || undefined, trust));
}

/** A restify handler that answers 429 `{error:{code,message}}` with Retry-After once a client's bucket is empty. */
export function limitByAddress(buckets: TokenBuckets, trust: ProxyTrust) {
  return (req: Request, res: Response, next: Next): void => {
    const wait = buckets.take(requestAddress(req, trust));
    if (wait === 0) return next();
    retryAfter(res, wait);
    sendError(res, 429, 'TooManyRequests', MESSAGE);
    return next(false);
  };
}

/** Settings of the web channel's quotas (see README, configuration). */
export interface QuotaSettings {
  RATE_LIMIT_STARTS_PER_IP: number;
  RATE_LIMIT_POSTS_PER_IP: number;
  RATE_LIMIT_POSTS_PER_CONVERSATION: number;
  TRUST_PROXY: string;
}

/** The web channel's buckets: starting chats and posting, per client address and per conversation. */
export interface WebQuotas {
  /** tokens/generate, tokens/refresh and POST conversations, per client address. */
  starts: TokenBuckets;
  /** Posted activities per client address. */
  posts: TokenBuckets;
  /** Posted activities per conversation (keyed after the token is verified). */
  conversation: TokenBuckets;
  trust: ProxyTrust;
}

export function webQuotas(settings: QuotaSettings, now?: () => number): WebQuotas {
  return {
    starts: new TokenBuckets(settings.RATE_LIMIT_STARTS_PER_IP, now),
    posts: new TokenBuckets(settings.RATE_LIMIT_POSTS_PER_IP, now),
    conversation: new TokenBuckets(settings.RATE_LIMIT_POSTS_PER_CONVERSATION, now),
    trust: parseTrustProxy(settings.TRUST_PROXY),
  };
}
