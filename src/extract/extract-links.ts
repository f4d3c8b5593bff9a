import type { Link } from '../schema/article';
import type { RawLink } from '../context';

/**
 * The body's links in document order, with `external` set for http(s) links to another host
 * than the site's (`www.` ignored). Relative, `#`, `mailto:` and `tel:` links are not external.
 */
export function extractLinks(raw: RawLink[], siteUrl: string | null): Link[] {
  const siteHost = hostOf(siteUrl);
  return raw.map((l) => {
    const host = /^https?:/i.test(l.href) ? hostOf(l.href) : null;
    return { href: l.href, text: l.text, title: l.title, rel: l.rel, external: host !== null && host !== siteHost };
  });
}

/**
 * The host of an http(s) URL as the URL parser gives it, lower-cased, `www.` dropped; null when
 * the URL does not parse. A plain `scheme://host` with an ASCII name is read directly (a URL
 * parse per link was ~1% of the pipeline); a host the parser would rewrite or reject (an IPv4
 * number such as `0x7f.1`, punycode to check, a port, user info, anything unusual) goes to it.
 *
 * @example hostOf('https://WWW.Example.com/a') // → 'example.com'
 */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  const plain = PLAIN_HOST.exec(url)?.[1];
  const host = plain !== undefined && !ENDS_IN_NUMBER.test(plain) && !/xn--/i.test(plain) ? plain.toLowerCase() : parsedHost(url);
  return host === null ? null : host.replace(/^www\./, '');
}

// `http(s)://` then letters, digits, dots and hyphens up to the path, query, fragment or end.
const PLAIN_HOST = /^https?:\/\/([A-Za-z0-9.-]+)(?=[/?#]|$)/i;
// The WHATWG parser reads a host whose last label is a number (decimal, or hex `0x…`) as IPv4.
const ENDS_IN_NUMBER = /(?:^|\.)(?:\d+|0x[0-9a-f]*)\.?$/i;

function parsedHost(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
