/**
 * The parts of an http(s) URL that decide which item of a site it reaches, in one normal form:
 * the host lower-cased without `www.` or a default port, the path percent-decoded (where the
 * bytes are UTF-8), NFC, lower-cased, without `index.php/`, a trailing slash or empty segments;
 * the query as ordered pairs. Two spellings of a link to one item give equal keys.
 */
export interface UrlParts {
  host: string;
  path: string;
  query: [string, string][];
  /** `#…` as written, or ''. */
  fragment: string;
}

/**
 * Splits `href` (absolute, protocol-relative or relative to `base`) into `UrlParts`; null when it
 * is not an http(s) URL or does not parse.
 *
 * @example urlParts('../b/?p=2#c', 'https://www.Example.org/a/x/') // → { host: 'example.org', path: '/a/b', query: [['p', '2']], fragment: '#c' }
 */
export function urlParts(href: string, base: string | null): UrlParts | null {
  let url: URL;
  try {
    url = base === null ? new URL(href) : new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const query: [string, string][] = [];
  for (const [k, v] of url.searchParams) query.push([k, v]);
  return { host: normalHost(url.hostname), path: normalPath(url.pathname), query, fragment: url.hash };
}

/**
 * A host in its normal form: lower-case, punycode as the URL parser writes it, without `www.`.
 *
 * @example normalHost('WWW.Example.org') // → 'example.org'
 */
export function normalHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}

/**
 * A URL path in its normal form for lookups: percent-decoded where the bytes are UTF-8 (a
 * `%2F` stays a character of its segment), NFC, lower-case, `index.php/` dropped, empty
 * segments and a trailing slash removed; `/` for the root.
 *
 * @example normalPath('/index.php/Caf%C3%A9/') // → '/café'
 */
export function normalPath(path: string): string {
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    const s = decodeSegment(raw).normalize('NFC').toLowerCase();
    if (segments.length === 0 && s === 'index.php') continue;
    segments.push(s.replace(/\//g, '%2f'));
  }
  return '/' + segments.join('/');
}

/** A path segment percent-decoded; a malformed escape or non-UTF-8 bytes are decoded where possible, kept where not. */
function decodeSegment(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run.toUpperCase();
      }
    });
  }
}
