/**
 * Who is asking: the client address is the socket's peer unless TRUST_PROXY names the proxies in
 * front of Lotse. Only then is X-Forwarded-For read, from the right, skipping the trusted hops, so
 * a client cannot pick its own address by sending the header itself.
 */
import { BlockList, isIP, isIPv6 } from 'node:net';

/** Whether the address at `hop` (0 = the socket's peer) is a proxy Lotse trusts. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY: unset or "false" trusts nobody; a number trusts that many hops next to Lotse;
 * otherwise a comma list of addresses, CIDR ranges ("10.0.0.0/8") and "loopback".
 */
export function parseTrustProxy(value: string | undefined): ProxyTrust {
  const text = (value ?? '').trim();
  if (!text || text === 'false') return () => false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  const list = new BlockList();
  for (const item of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (item === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address, bits] = item.split('/') as [string, string | undefined];
    const family = isIP(address);
    if (!family) throw new Error(`not an address or range: ${item}`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return (address) => {
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };
}

/** "::ffff:1.2.3.4" → "1.2.3.4": one client, one key, whichever way the socket reports it. */
function normalize(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** The client's address: the first hop, from the socket outwards, that is not a trusted proxy. */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trust: ProxyTrust): string {
  const chain = [socketAddress ?? '', ...(forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean).reverse()].map(normalize);
  let hop = 0;
  while (hop < chain.length - 1 && trust(chain[hop]!, hop)) hop += 1;
  return chain[hop]!;
}

/**
 * The quota key of an address: IPv6 clients usually hold a whole /64, so they are counted per /64
 * (otherwise one host could take a fresh address for every request).
 */
export function addressKey(address: string): string {
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = tail === undefined ? front : [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back];
  return `${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

