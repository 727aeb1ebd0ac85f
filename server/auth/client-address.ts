import { isIP } from 'node:net';

/**
 * The address a request came from, as a key for counting its attempts, or undefined when it names none (the
 * server-side caller, tests) or names something that is not an address.
 *
 * Next.js writes the socket's address into X-Forwarded-For only when the request has none, and each proxy in front
 * appends the address it was reached from. So the client is the entry `trustedProxies` places from the right, the
 * rightmost when browsers reach the app directly; a client that does so may write that header itself, and then the
 * address is its choice (README, Security). IPv6 addresses count per /64, the block one subscriber is
 * usually given; an IPv4 address written as IPv6 counts as itself.
 */
export function clientAddress(headers: Headers, trustedProxies: number): string | undefined {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = entries[Math.max(entries.length - Math.max(trustedProxies, 1), 0)];
  return entry === undefined ? undefined : addressKey(entry);
}

function addressKey(entry: string): string | undefined {
  // Some proxies add the port: `203.0.113.9:51234`, `[2001:db8::1]:51234`.
  const ip = /^\[(.+)\](?::\d+)?$/.exec(entry)?.[1] ?? /^([\d.]+):\d+$/.exec(entry)?.[1] ?? entry;
  const version = isIP(ip);
  if (version === 4) return ip;
  if (version !== 6) return undefined;
  const groups = ipv6Groups(ip);
  const mappedIPv4 = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mappedIPv4) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a trailing dotted IPv4 part as two groups). */
function ipv6Groups(ip: string): number[] {
  let text = ip.replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
