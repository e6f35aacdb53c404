/**
 * Whether a web address points at the public internet. Content URLs are fetched by the source watcher
 * (`npm run sources:check`), so an address on a private, loopback or link-local network, or a local host
 * name, would let a stranger's entry make our machine call into its own network (server-side request
 * forgery). The schema refuses them; the watcher checks resolved addresses again before every request.
 */

/** IPv4 ranges that are not public: [first octets as a number prefix, prefix length]. */
const PRIVATE_V4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private (RFC 1918)
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
];

function v4ToNumber(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

export function isPrivateIPv4(address: string): boolean {
  const n = v4ToNumber(address);
  if (n === undefined) return false;
  return PRIVATE_V4.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4ToNumber(base)! / 2 ** (32 - bits)));
}

/** IPv6 loopback, unspecified, unique-local (fc00::/7), link-local (fe80::/10), multicast and IPv4-mapped private addresses. */
export function isPrivateIPv6(address: string): boolean {
  const a = address.toLowerCase().replace(/^\[|\]$/g, '');
  if (!a.includes(':')) return false;
  if (a === '::1' || a === '::') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return isPrivateIPv4(mapped[1]!);
  // WHATWG URL writes a mapped address in hex (::ffff:7f00:1).
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
  if (mappedHex) {
    const hi = parseInt(mappedHex[1]!, 16);
    const lo = parseInt(mappedHex[2]!, 16);
    return isPrivateIPv4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  const first = parseInt(a.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00;
}

/** Host names that only mean something inside a network. */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/;

/** Why a URL's host is not public (German, for the validator), or undefined when it is a public name or address. */
export function nonPublicHostReason(value: string): string | undefined {
  let host: string;
  try {
    host = new URL(value).hostname.toLowerCase().replace(/\.$/, '').replace(/^\[|\]$/g, '');
  } catch {
    return undefined; // the protocol check reports unparsable addresses
  }
  if (isPrivateIPv4(host) || isPrivateIPv6(host)) {
    return `erwartet wird eine öffentliche Webadresse; ${host} ist eine private, lokale oder Loopback-Adresse`;
  }
  if (host.includes(':')) return undefined; // a public IPv6 address
  if (LOCAL_NAME.test(host) || !host.includes('.')) {
    return `erwartet wird eine öffentliche Webadresse; „${host}“ ist ein lokaler Rechnername`;
  }
  return undefined;
}
