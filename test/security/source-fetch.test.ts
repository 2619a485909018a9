/**
 * Hostile source feeds: a source URL is fetched by the server, so a feed must not be able to make it
 * read local files, follow redirects forever or fill its memory. Each refusal is a failed refresh
 * with a clear error, never a crash.
 */
import type { LookupAddress } from 'node:dns';
import { gzipSync } from 'node:zlib';
import { addressPolicy, fetchSourceText, SourceFetchError, type AddressPolicy } from '../../src/sources/fetch';
import { startFeedServer, type FeedServer } from '../sources/feed-server';

const LIMITS = { maxBytes: 1000, timeoutMs: 30_000, maxRedirects: 3 };
/** The feed server listens on 127.0.0.1: the tests of limits allow loopback as an operator would an intranet. */
const LOOPBACK = addressPolicy('loopback');
const PUBLIC_ONLY = addressPolicy('');

/** A resolver of a test's own: host names mapped to the addresses a hostile DNS would answer. */
function dns(names: Record<string, string[]>, allowed = ''): AddressPolicy {
  return {
    ...addressPolicy(allowed),
    resolve: async (hostname) => {
      const addresses = names[hostname];
      if (!addresses) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
      return addresses.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
    },
  };
}

describe('fetching a source feed', () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(() => server.close());

  it('refuses file:, data: and ftp: URLs', async () => {
    for (const url of ['file:///etc/passwd', 'data:application/json,[]', 'ftp://127.0.0.1/feed.json', 'not a url']) {
      await expect(fetchSourceText(url, LIMITS, LOOPBACK)).rejects.toBeInstanceOf(SourceFetchError);
    }
  });

  it('refuses a redirect to a file: URL', async () => {
    server.serve('/to-file', { status: 302, headers: { location: 'file:///etc/passwd' } });
    await expect(fetchSourceText(server.url('/to-file'), LIMITS, LOOPBACK)).rejects.toThrow('only http and https URLs are allowed, not file:');
  });

  it('follows a few redirects but not a loop', async () => {
    server.serve('/feed', { body: '[]' });
    server.serve('/hop', { status: 301, headers: { location: '/feed' } });
    await expect(fetchSourceText(server.url('/hop'), LIMITS, LOOPBACK)).resolves.toBe('[]');
    server.serve('/loop', { status: 302, headers: { location: '/loop' } });
    await expect(fetchSourceText(server.url('/loop'), LIMITS, LOOPBACK)).rejects.toThrow('more than 3 redirects');
  });

  it('refuses a body over the size limit, declared or not', async () => {
    server.serve('/big', { body: 'x'.repeat(5000) });
    await expect(fetchSourceText(server.url('/big'), LIMITS, LOOPBACK)).rejects.toThrow('larger than 1000 bytes');
    // Chunked, without content-length: counted while reading.
    server.serve('/big-chunked', { body: 'x'.repeat(5000), headers: { 'transfer-encoding': 'chunked' } });
    await expect(fetchSourceText(server.url('/big-chunked'), LIMITS, LOOPBACK)).rejects.toThrow('larger than 1000 bytes');
  });

  it('reads a gzip-compressed feed, counting the size limit after decompression', async () => {
    server.serve('/gz', { body: gzipSync('[{"a":1}]'), headers: { 'content-encoding': 'gzip' } });
    await expect(fetchSourceText(server.url('/gz'), LIMITS, LOOPBACK)).resolves.toBe('[{"a":1}]');
    // A small compressed body that unpacks to far more than the limit (a "zip bomb").
    server.serve('/bomb', { body: gzipSync('x'.repeat(100_000)), headers: { 'content-encoding': 'gzip' } });
    await expect(fetchSourceText(server.url('/bomb'), LIMITS, LOOPBACK)).rejects.toThrow('larger than 1000 bytes');
  });

  describe('never reaches into the server\'s own network (SSRF)', () => {
    const port = () => new URL(server.url('/')).port;
    beforeEach(() => server.serve('/secret', { body: '{"secret":true}' }));

    it('refuses loopback, private, link-local and reserved addresses written in the URL, however spelled', async () => {
      for (const host of ['127.0.0.1', '127.1', '2130706433', '0x7f000001', '0.0.0.0', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '10.0.0.1', '172.16.5.4', '192.168.1.1', '100.64.0.1', '169.254.169.254', '[fe80::1]', '[fd00::1]', '224.0.0.1']) {
        const url = `http://${host}:${port()}/secret`;
        await expect(fetchSourceText(url, LIMITS, PUBLIC_ONLY)).rejects.toThrow(/^refused: .* is a private, loopback, link-local or reserved address/);
      }
    });

    it('refuses a host name that resolves to a private address, checking every address it resolves to', async () => {
      await expect(fetchSourceText(`http://localhost:${port()}/secret`, LIMITS, PUBLIC_ONLY)).rejects.toThrow(/^refused: localhost resolves to /);
      // One public address does not excuse a private one beside it (the connection could pick either).
      const mixed = dns({ 'feed.example': ['93.184.216.34', '127.0.0.1'] });
      await expect(fetchSourceText(`http://feed.example:${port()}/secret`, LIMITS, mixed)).rejects.toThrow('refused: feed.example resolves to 127.0.0.1 is a private');
      const metadata = dns({ 'metadata.example': ['169.254.169.254'] });
      await expect(fetchSourceText('http://metadata.example/latest/meta-data', LIMITS, metadata)).rejects.toThrow('resolves to 169.254.169.254');
      const v6 = dns({ 'v6.example': ['::1'] });
      await expect(fetchSourceText(`http://v6.example:${port()}/secret`, LIMITS, v6)).rejects.toThrow('resolves to ::1');
    });

    it('checks again after a redirect: a feed cannot bounce the fetch into the private network', async () => {
      // The first hop is allowed (the operator allowed 127.0.0.1 for this feed), the redirect's target is not.
      const policy = dns({ 'internal.example': ['10.1.2.3'] }, '127.0.0.1');
      server.serve('/to-metadata', { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
      await expect(fetchSourceText(server.url('/to-metadata'), LIMITS, policy)).rejects.toThrow('refused: 169.254.169.254 is a private');
      server.serve('/to-name', { status: 301, headers: { location: 'http://internal.example/admin' } });
      await expect(fetchSourceText(server.url('/to-name'), LIMITS, policy)).rejects.toThrow('refused: internal.example resolves to 10.1.2.3');
      server.serve('/to-localhost', { status: 307, headers: { location: `http://[::1]:${port()}/secret` } });
      await expect(fetchSourceText(server.url('/to-localhost'), LIMITS, policy)).rejects.toThrow('refused: ::1 is a private');
    });

    it('reaches a private network only where the operator allows it (an intranet feed), by address or by name', async () => {
      await expect(fetchSourceText(server.url('/secret'), LIMITS, addressPolicy('127.0.0.1/32'))).resolves.toBe('{"secret":true}');
      const intranet = dns({ 'jobs.intranet.example': ['127.0.0.1'] }, '127.0.0.0/8');
      await expect(fetchSourceText(`http://jobs.intranet.example:${port()}/secret`, LIMITS, intranet)).resolves.toBe('{"secret":true}');
      // Allowing one private network does not open the others.
      await expect(fetchSourceText(`http://10.0.0.1:${port()}/secret`, LIMITS, addressPolicy('127.0.0.0/8'))).rejects.toThrow('refused: 10.0.0.1');
    });

    it('refuses a malformed allow-list instead of guessing', () => {
      expect(() => addressPolicy('10.0.0.0/99')).toThrow('not an address or range');
      expect(() => addressPolicy('intranet')).toThrow('not an address or range');
    });
  });
});
