/**
 * Static assets (the demo page, the widget scripts, Web Chat's bundle) served from memory with
 * the right content type, an ETag (304 on revalidation), gzip when the client accepts it, and a
 * cache policy chosen per asset.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response, Server } from 'restify';

const gzipAsync = promisify(gzip);

/** Content types by file extension. */
export const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  json: 'application/json; charset=utf-8',
  png: 'image/png',
  ico: 'image/x-icon',
};

/** Cache policies: pages revalidate every time; scripts may be reused for a while. */
export const CACHE = {
  revalidate: 'no-cache',
  short: 'public, max-age=300',
  day: 'public, max-age=86400',
} as const;

export interface Asset {
  body: Buffer;
  contentType: string;
  cacheControl: string;
}

interface Prepared extends Asset {
  etag: string;
  gzipped?: Buffer;
}

async function prepare(asset: Asset): Promise<Prepared> {
  const etag = `"${createHash('sha1').update(asset.body).digest('base64url')}"`;
  const gzipped = asset.body.length > 1024 && /text|javascript|json|svg/.test(asset.contentType) ? await gzipAsync(asset.body) : undefined;
  return { ...asset, etag, gzipped };
}

/**
 * Serves an asset at a path (GET and HEAD). `load` runs once, on the first request, so a large
 * bundle costs nothing until someone opens the chat.
 */
export function serveAsset(server: Server, path: string, load: () => Asset | Promise<Asset>): void {
  let prepared: Promise<Prepared> | undefined;
  const handler = (req: Request, res: Response, next: (v?: false) => void): void => {
    prepared ??= Promise.resolve().then(load).then(prepare);
    prepared.then(
      (asset) => {
        send(req, res, asset);
        next(false);
      },
      () => {
        prepared = undefined;
        res.send(500, { error: { code: 'ServiceError', message: 'asset unavailable' } });
        next(false);
      },
    );
  };
  server.get(path, handler);
  server.head(path, handler);
}

function send(req: Request, res: Response, asset: Prepared): void {
  const headers: Record<string, string | number> = {
    'Content-Type': asset.contentType,
    'Cache-Control': asset.cacheControl,
    ETag: asset.etag,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
    'Access-Control-Allow-Origin': '*',
  };
  if (req.header('if-none-match') === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const useGzip = asset.gzipped !== undefined && /\bgzip\b/.test(req.header('accept-encoding') ?? '');
  const body = useGzip ? asset.gzipped! : asset.body;
  if (useGzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
