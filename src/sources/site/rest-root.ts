import { UnpressError } from '../../errors';
import type { HttpResponse } from './http-get';

/** How a site's REST API is addressed: `/wp-json/…`, or `?rest_route=…` when pretty permalinks are off. */
export interface RestRoot {
  /** The URL of a route (`/wp/v2/posts`) with query parameters. */
  url(route: string, query?: Record<string, string | number>): string;
  /** The site's name and URL from the index, when it gave them. */
  name: string | null;
  home: string | null;
}

/**
 * Finds the REST API of a WordPress site: `<site>/wp-json/` first, then `<site>/?rest_route=/`
 * (sites without pretty permalinks, or whose server does not pass `/wp-json/` to WordPress).
 *
 * @throws {UnpressError} `rest_error` naming the URLs tried and what they answered, when neither
 *   is a WordPress REST index (the site is not WordPress, or its REST API is off).
 */
export async function findRestRoot(site: string, get: (url: string) => Promise<HttpResponse>): Promise<RestRoot> {
  const base = site.replace(/\/+$/, '');
  const tried: string[] = [];
  for (const [index, make] of [
    [`${base}/wp-json/`, (route: string, q: string) => `${base}/wp-json${route}${q ? `?${q}` : ''}`],
    [`${base}/?rest_route=/`, (route: string, q: string) => `${base}/?rest_route=${encodeURIComponent(route)}${q ? `&${q}` : ''}`],
  ] as const) {
    const res = await get(index);
    const body = res.status === 200 ? readIndex(res.body) : null;
    if (body) {
      return {
        url: (route, query = {}) => make(route, new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString()),
        name: typeof body.name === 'string' ? body.name : null,
        home: typeof body.home === 'string' ? body.home : typeof body.url === 'string' ? body.url : null,
      };
    }
    tried.push(`${index} (HTTP ${res.status}${res.status === 200 ? ', not a WordPress REST index' : restErrorOf(res.body)})`);
  }
  throw new UnpressError('rest_error', `No WordPress REST API at ${base}: tried ${tried.join(' and ')}`, [{ path: [], message: tried.join('; ') }]);
}

// The REST index names its namespaces; WordPress's own is `wp/v2`.
function readIndex(text: string): Record<string, unknown> | null {
  try {
    const v = JSON.parse(text) as Record<string, unknown>;
    return typeof v === 'object' && v !== null && Array.isArray(v.namespaces) && v.namespaces.includes('wp/v2') ? v : null;
  } catch {
    return null;
  }
}

// A WordPress error body (`{"code":"rest_cannot_access","message":"Only authenticated users…"}`,
// what plugins that switch the REST API off answer) says why: its code and message, cut short.
function restErrorOf(text: string): string {
  try {
    const v = JSON.parse(text) as { code?: unknown; message?: unknown };
    if (typeof v?.code !== 'string') return '';
    const message = typeof v.message === 'string' ? v.message.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
    return `, ${v.code.slice(0, 100)}${message ? `: ${message}` : ''}`;
  } catch {
    return '';
  }
}
