/**
 * The quota rules on their own: token buckets on an injected clock (no waiting), the client
 * address behind trusted and untrusted proxies, and the memory bound of the buckets.
 */
import { addressKey, clientAddress, parseTrustProxy } from '../../src/http/client-address';
import { TokenBuckets } from '../../src/http/rate-limit';
import { BoundedMap, stringBytes } from '../../src/bounded-map';

describe('token buckets', () => {
  it('let a burst through, then one request per interval, and say how long to wait', () => {
    let now = 0;
    const buckets = new TokenBuckets(6, () => now); // 6 at once, then one every 10 s
    expect(Array.from({ length: 6 }, () => buckets.take('a'))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(buckets.take('a')).toBe(10);
    now += 4_000;
    expect(buckets.take('a')).toBe(6);
    now += 6_000;
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBe(10);
  });

  it('count every key on its own', () => {
    const buckets = new TokenBuckets(1, () => 0);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBeGreaterThan(0);
    expect(buckets.take('b')).toBe(0);
  });

  it('never refill beyond the burst after a long pause', () => {
    let now = 0;
    const buckets = new TokenBuckets(2, () => now);
    now += 3_600_000;
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')].map((w) => w > 0)).toEqual([false, false, true]);
  });

  it('limit nothing when set to 0', () => {
    const buckets = new TokenBuckets(0, () => 0);
    expect(Array.from({ length: 1000 }, () => buckets.take('a')).every((w) => w === 0)).toBe(true);
  });

  it('remember a bounded number of clients', () => {
    const buckets = new TokenBuckets(10, () => 0, 100);
    for (let i = 0; i < 10_000; i += 1) buckets.take(`10.0.${i >> 8}.${i & 255}`);
    expect(buckets.size).toBe(100);
  });
});

describe('client address', () => {
  const none = parseTrustProxy(undefined);

  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.7', '1.2.3.4', none)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:203.0.113.7', undefined, parseTrustProxy('false'))).toBe('203.0.113.7');
  });

  it('is the last untrusted hop behind trusted proxies; a forged leftmost entry is ignored', () => {
    const trust = parseTrustProxy('10.0.0.0/8, loopback');
    expect(clientAddress('10.0.0.5', 'forged, 198.51.100.9', trust)).toBe('198.51.100.9');
    expect(clientAddress('127.0.0.1', '198.51.100.9, 10.1.1.1', trust)).toBe('198.51.100.9');
    expect(clientAddress('203.0.113.7', '198.51.100.9', trust)).toBe('203.0.113.7');
  });

  it('trusts exactly the configured number of hops', () => {
    expect(clientAddress('10.0.0.5', '1.1.1.1, 2.2.2.2, 3.3.3.3', parseTrustProxy('1'))).toBe('3.3.3.3');
    expect(clientAddress('10.0.0.5', '1.1.1.1, 2.2.2.2, 3.3.3.3', parseTrustProxy('2'))).toBe('2.2.2.2');
    expect(clientAddress('10.0.0.5', '3.3.3.3', parseTrustProxy('5'))).toBe('3.3.3.3');
  });

  it('refuses a setting that is not an address, range or hop count', () => {
    expect(() => parseTrustProxy('everyone')).toThrow(/everyone/);
  });

  it('counts an IPv6 client per /64', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('198.51.100.9')).toBe('198.51.100.9');
  });
});

describe('bounded map', () => {
  it('drops the least recently used entries beyond its byte budget', () => {
    const map = new BoundedMap<string, string>({ maxEntries: 1000, maxBytes: 1000, sizeOf: (k, v) => stringBytes(k) + stringBytes(v) });
    map.set('a', 'x'.repeat(200));
    map.set('b', 'x'.repeat(200));
    map.get('a');
    map.set('c', 'x'.repeat(200));
    expect([map.has('a'), map.has('b'), map.has('c')]).toEqual([true, false, true]);
    expect(map.bytes).toBeLessThanOrEqual(1000);
    map.set('huge', 'x'.repeat(10_000));
    expect(map.has('huge')).toBe(false);
  });
});
