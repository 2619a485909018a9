/**
 * Who is asking: the client address is the socket's peer unless TRUST_PROXY names the proxies in
 * front of Lotse. Only then is X-Forwarded-For read, from the right, skipping the trusted hops, so
 * a client cannot pick its own address by sending the header itself.
 */
import { isIPv6 } from 'node:net';
import { listed, parseAddressList, unmapIPv4 } from '../address-list';

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
  const list = parseAddressList(text);
  return (address) => listed(list, address);
}

/** The client's address: the first hop, from the socket outwards, that is not a trusted proxy. */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trust: ProxyTrust): string {
  const chain = [socketAddress ?? '', ...(forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean).reverse()].map(unmapIPv4);
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

