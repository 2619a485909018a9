/**
 * Fetches a source's feed over http(s) with bounds: a size limit, a timeout and a bounded number of
 * redirects, each hop checked again. Other schemes (file:, data:, ftp:) are refused: sources are
 * added by the operator only, but a feed must never turn into a way to read local files.
 *
 * Nor may a feed reach into the server's own network (SSRF): every address a host name resolves
 * to is checked at connect time (the address checked is the address connected to, so a name that
 * resolves differently a moment later gains nothing), on the first hop and after every redirect.
 * Loopback, private, link-local, carrier-grade NAT, multicast and reserved ranges are refused
 * unless the operator allows a network explicitly (SOURCES_ALLOWED_NETWORKS, for intranet feeds).
 */
import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type BlockList } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { listed, parseAddressList } from '../address-list';

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { maxBytes: 20 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 5 };

/** Why a fetch failed, in words an operator can act on. */
export class SourceFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceFetchError';
  }
}

/** Addresses no feed may reach unless allowed: everything that is not the public internet. */
const NOT_PUBLIC = parseAddressList(
  [
    '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24',
    '192.0.2.0/24', '192.88.99.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4',
    '::/128', '::1/128', '64:ff9b::/96', '64:ff9b:1::/48', '100::/64', '2001:db8::/32', '2002::/16', 'fc00::/7', 'fe80::/10', 'fec0::/10', 'ff00::/8',
  ].join(','),
);

/** Which addresses a feed may be fetched from. */
export interface AddressPolicy {
  /** Private or reserved networks the operator allows (intranet feeds). */
  allowed?: BlockList;
  /** Resolves a host name to all its addresses (default: the system resolver, as every other connection). */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
}

const systemResolve = (hostname: string): Promise<LookupAddress[]> =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

/** The policy of SOURCES_ALLOWED_NETWORKS ("" allows no private network). */
export function addressPolicy(allowedNetworks: string | undefined): AddressPolicy {
  return allowedNetworks?.trim() ? { allowed: parseAddressList(allowedNetworks) } : {};
}

/** Why `address` may not be fetched from, or undefined when it may. */
export function refusedAddress(address: string, policy: AddressPolicy): string | undefined {
  if (isIP(address) === 0) return `${address} is not an IP address`;
  if (!listed(NOT_PUBLIC, address)) return undefined;
  if (policy.allowed && listed(policy.allowed, address)) return undefined;
  return `${address} is a private, loopback, link-local or reserved address (allow an intranet network with SOURCES_ALLOWED_NETWORKS)`;
}

/** The URL parsed and checked to be http or https; throws a SourceFetchError otherwise. */
export function checkSourceUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SourceFetchError(`not a URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new SourceFetchError(`only http and https URLs are allowed, not ${parsed.protocol}`);
  return parsed;
}

/** A resolver for http.request that checks every address of the name before one is connected to. */
function guardedLookup(policy: AddressPolicy): NonNullable<http.RequestOptions['lookup']> {
  return ((hostname: string, options: { all?: boolean }, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    (policy.resolve ?? systemResolve)(hostname).then(
      (addresses) => {
        for (const { address } of addresses) {
          const why = refusedAddress(address, policy);
          if (why) return callback(new SourceFetchError(`refused: ${hostname} resolves to ${why}`), []);
        }
        if (options.all) return callback(null, addresses);
        const [first] = addresses;
        if (!first) return callback(new SourceFetchError(`refused: ${hostname} resolves to no address`), []);
        callback(null, first.address, first.family);
      },
      (err: Error) => callback(err, []),
    );
  }) as unknown as NonNullable<http.RequestOptions['lookup']>;
}

interface Answer {
  status: number;
  location?: string;
  body: Readable;
  declaredLength: number;
}

function request(url: URL, policy: AddressPolicy, signal: AbortSignal): Promise<Answer> {
  // An IP literal is connected to without a lookup, so it is checked here.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host)) {
    const why = refusedAddress(host, policy);
    if (why) return Promise.reject(new SourceFetchError(`refused: ${why}`));
  }
  const get = url.protocol === 'https:' ? https.get : http.get;
  return new Promise((resolve, reject) => {
    const req = get(
      url,
      {
        signal,
        lookup: guardedLookup(policy),
        agent: false,
        headers: { accept: 'application/json, application/ld+json, text/html, text/csv;q=0.9, */*;q=0.5', 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'Lotse sources' },
      },
      (res) => {
        const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
        const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined;
        if (decoder) res.on('error', (err) => decoder.destroy(err));
        resolve({
          status: res.statusCode ?? 0,
          location: res.headers.location,
          body: decoder ? res.pipe(decoder) : res,
          declaredLength: decoder ? 0 : Number(res.headers['content-length'] ?? 0),
        });
      },
    );
    req.on('error', reject);
  });
}

async function readBounded(answer: Answer, maxBytes: number): Promise<string> {
  if (answer.declaredLength > maxBytes) {
    answer.body.destroy();
    throw new SourceFetchError(`larger than ${maxBytes} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of answer.body as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      answer.body.destroy();
      throw new SourceFetchError(`larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The body of `url` as text; throws a SourceFetchError when it is unreachable, refused, not 2xx or
 * too large.
 */
export async function fetchSourceText(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS, policy: AddressPolicy = {}): Promise<string> {
  let current = checkSourceUrl(url);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const answer = await request(current, policy, signal);
      if (answer.status >= 300 && answer.status < 400 && answer.location) {
        answer.body.destroy();
        if (hop >= limits.maxRedirects) throw new SourceFetchError(`more than ${limits.maxRedirects} redirects`);
        current = checkSourceUrl(new URL(answer.location, current).toString());
        continue;
      }
      if (answer.status < 200 || answer.status >= 300) {
        answer.body.destroy();
        throw new SourceFetchError(`HTTP ${answer.status}`);
      }
      return await readBounded(answer, limits.maxBytes);
    }
  } catch (err) {
    if (err instanceof SourceFetchError) throw err;
    if (signal.aborted) throw new SourceFetchError(`no answer within ${limits.timeoutMs / 1000} s`);
    const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
    throw new SourceFetchError(`unreachable${code ? ` (${code})` : ''}`);
  }
}
