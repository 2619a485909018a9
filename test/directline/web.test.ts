/**
 * The web pages of the web channel: demo page, widget scripts with the locale texts, and the
 * Web Chat bundle from node_modules, with content types, ETags, gzip and cache headers.
 */
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { textsFor } from '../../src/i18n';
import { startTestServer, type TestServer } from './support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { PUBLIC_URL: 'https://chat.example.org' } });
});
afterAll(() => server.close());

it('serves the demo page with the stock Web Chat and the chat client, revalidated on every visit', async () => {
  const res = await fetch(`${server.base}/`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('no-cache');
  const html = await res.text();
  expect(html).toContain('<html lang="de-CH">');
  expect(html).toContain('src="/webchat/webchat.js"');
  expect(html).toContain('data-mount="#lotse-webchat"');
  expect(html).toContain('https://chat.example.org/embed.js');
  expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|jsdelivr)/);
});

it('serves the chat client and embed.js with the widget texts from the locales', async () => {
  const client = await (await fetch(`${server.base}/lotse-chat.js`)).text();
  const settings = JSON.parse(/^window\.LOTSE_SETTINGS=(.*);$/m.exec(client)![1]!);
  expect(settings.defaultLocale).toBe('de-CH');
  expect(settings.texts['de-CH'].close).toBe(textsFor('de-CH').t('web.close'));
  expect(settings.texts['de-DE'].close).toBe(textsFor('de-DE').t('web.close'));
  expect(client).toContain('window.LotseChat');

  const embed = await fetch(`${server.base}/embed.js`);
  expect(embed.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(embed.headers.get('cache-control')).toBe('public, max-age=300');
  const code = await embed.text();
  expect(code).toContain('window.LOTSE_SETTINGS=');
  expect(code).toContain("origin + '/webchat/webchat.js'");
  expect(() => new Function(code)).not.toThrow();
});

it('serves Web Chat from node_modules with ETag revalidation and gzip', async () => {
  const plain = await fetch(`${server.base}/webchat/webchat.js`, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.status).toBe(200);
  expect(plain.headers.get('cache-control')).toBe('public, max-age=86400');
  const body = Buffer.from(await plain.arrayBuffer());
  expect(body.length).toBeGreaterThan(1_000_000);
  expect(body.toString('utf8', 0, 2000)).toContain('function');
  const etag = plain.headers.get('etag')!;
  expect(etag).toMatch(/^".+"$/);

  const again = await fetch(`${server.base}/webchat/webchat.js`, { headers: { 'if-none-match': etag } });
  expect(again.status).toBe(304);

  const zipped = await new Promise<Buffer>((resolve, reject) => {
    // fetch decompresses transparently; read the raw bytes with http to see the encoding.
    http.get(`${server.base}/webchat/webchat.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      expect(res.headers['content-encoding']).toBe('gzip');
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    });
  });
  expect(zipped.length).toBeLessThan(body.length / 2);
  expect(gunzipSync(zipped).equals(body)).toBe(true);

  const head = await fetch(`${server.base}/embed.js`, { method: 'HEAD' });
  expect(head.status).toBe(200);
  expect(await head.text()).toBe('');
});
