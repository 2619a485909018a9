/**
 * Fetches a source's feed over http(s) with bounds: a size limit, a timeout and a bounded number of
 * redirects, each hop checked again. Other schemes (file:, data:, ftp:) are refused: sources are
 * added by the operator only, but a feed must never turn into a way to read local files.
 */

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

async function readBounded(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new SourceFetchError(`larger than ${maxBytes} bytes`);
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new SourceFetchError(`larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The body of `url` as text; throws a SourceFetchError when it is unreachable, not 2xx or too large. */
export async function fetchSourceText(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<string> {
  let current = checkSourceUrl(url);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(current, { redirect: 'manual', signal, headers: { accept: 'application/json, application/ld+json, text/html, text/csv;q=0.9, */*;q=0.5' } });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= limits.maxRedirects) throw new SourceFetchError(`more than ${limits.maxRedirects} redirects`);
        current = checkSourceUrl(new URL(location, current).toString());
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new SourceFetchError(`HTTP ${response.status}`);
      }
      return await readBounded(response, limits.maxBytes);
    }
  } catch (err) {
    if (err instanceof SourceFetchError) throw err;
    if (signal.aborted) throw new SourceFetchError(`no answer within ${limits.timeoutMs / 1000} s`);
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    throw new SourceFetchError(`unreachable${cause ? ` (${cause})` : ''}`);
  }
}
