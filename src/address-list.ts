/**
 * A list of IP addresses and CIDR ranges written as text ("10.0.0.0/8, 192.168.1.5, loopback"),
 * read into Node's BlockList. Used for the proxies Lotse trusts (TRUST_PROXY) and the private
 * networks sources may reach (SOURCES_ALLOWED_NETWORKS).
 */
import { BlockList, isIP } from 'node:net';

/** "::ffff:1.2.3.4" → "1.2.3.4": one address, however the resolver or socket reports it. */
export function unmapIPv4(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** Whether an address is on a BlockList, by its family; false for anything that is no address. */
export function listed(list: BlockList, address: string): boolean {
  const plain = unmapIPv4(address);
  const family = isIP(plain);
  return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
}

/** Reads a comma list of addresses, CIDR ranges and "loopback"; throws on an item that is neither. */
export function parseAddressList(text: string): BlockList {
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
    const max = family === 6 ? 128 : 32;
    if (bits === undefined) list.addAddress(address, type);
    else if (/^\d+$/.test(bits) && Number(bits) <= max) list.addSubnet(address, Number(bits), type);
    else throw new Error(`not an address or range: ${item}`);
  }
  return list;
}
