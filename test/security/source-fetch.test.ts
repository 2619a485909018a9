/**
 * Hostile source feeds: a source URL is fetched by the server, so a feed must not be able to make it
 * read local files, follow redirects forever or fill its memory. Each refusal is a failed refresh
 * with a clear error, never a crash.
 */
import { fetchSourceText, SourceFetchError } from '../../src/sources/fetch';
import { startFeedServer, type FeedServer } from '../sources/feed-server';

const LIMITS = { maxBytes: 1000, timeoutMs: 30_000, maxRedirects: 3 };

describe('fetching a source feed', () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(() => server.close());

  it('refuses file:, data: and ftp: URLs', async () => {
    for (const url of ['file:///etc/passwd', 'data:application/json,[]', 'ftp://127.0.0.1/feed.json', 'not a url']) {
      await expect(fetchSourceText(url, LIMITS)).rejects.toBeInstanceOf(SourceFetchError);
    }
  });

  it('refuses a redirect to a file: URL', async () => {
    server.serve('/to-file', { status: 302, headers: { location: 'file:///etc/passwd' } });
    await expect(fetchSourceText(server.url('/to-file'), LIMITS)).rejects.toThrow('only http and https URLs are allowed, not file:');
  });

  it('follows a few redirects but not a loop', async () => {
    server.serve('/feed', { body: '[]' });
    server.serve('/hop', { status: 301, headers: { location: '/feed' } });
    await expect(fetchSourceText(server.url('/hop'), LIMITS)).resolves.toBe('[]');
    server.serve('/loop', { status: 302, headers: { location: '/loop' } });
    await expect(fetchSourceText(server.url('/loop'), LIMITS)).rejects.toThrow('more than 3 redirects');
  });

  it('refuses a body over the size limit, declared or not', async () => {
    server.serve('/big', { body: 'x'.repeat(5000) });
    await expect(fetchSourceText(server.url('/big'), LIMITS)).rejects.toThrow('larger than 1000 bytes');
    // Chunked, without content-length: counted while reading.
    server.serve('/big-chunked', { body: 'x'.repeat(5000), headers: { 'transfer-encoding': 'chunked' } });
    await expect(fetchSourceText(server.url('/big-chunked'), LIMITS)).rejects.toThrow('larger than 1000 bytes');
  });
});
