import { isIP } from 'node:net';

/**
 * True for a host name that reaches the machine itself or a private network: `localhost` (and
 * `*.localhost`), loopback, private, link-local, unique-local and unspecified addresses, IPv4
 * or IPv6 (IPv4-mapped included). Content can name such a URL to make a migration fetch from
 * inside the network it runs in; names that only resolve to such addresses are not caught.
 *
 * @example isInternalHost('169.254.169.254') // → true
 * @example isInternalHost('example.org') // → false
 */
export function isInternalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const version = isIP(h);
  if (version === 4) return internalV4(h);
  if (version !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  if (mapped) return internalV4(mapped[1]!);
  if (h === '::1' || h === '::') return true;
  return /^f[cd][0-9a-f]{2}:/.test(h) || /^fe[89ab][0-9a-f]:/.test(h);
}

function internalV4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number) as [number, number];
  return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}
