import type { PlannedPath, Redirect } from '../schema';
import { encodePath, encodeTarget } from './encode-path';

/**
 * The redirects a migrated site needs: from each of an item's `oldUrls` (paths or absolute
 * URLs; only the path and query are kept) and from `/?p=ID`, to its new `url`, 301. Every path
 * is written in `encodePath`'s one form (so the same old address written two ways is one
 * redirect); none is made where the old path is the new one (a trailing slash aside); when two
 * items claim one old path the first in `planned` keeps it. Sorted by `from`.
 *
 * @example
 * buildRedirects([{ id: 12, url: '/posts/hello/', oldUrls: ['https://example.org/2024/01/02/hello/'] }])
 * // → [{ from: '/2024/01/02/hello/', to: '/posts/hello/', status: 301 }, { from: '/?p=12', to: '/posts/hello/', status: 301 }]
 */
export function buildRedirects(planned: readonly Pick<PlannedPath, 'id' | 'url' | 'oldUrls'>[]): Redirect[] {
  const byFrom = new Map<string, Redirect>();
  for (const p of planned) {
    const to = encodeTarget(p.url);
    for (const old of [...p.oldUrls, `/?p=${p.id}`]) {
      const from = encodePath(pathOf(old));
      // The site root is the new site's home, whatever an old URL (a bare `#fragment`, a home
      // page permalink) claims.
      if (from === '/' || sameTarget(from, to) || byFrom.has(from)) continue;
      byFrom.set(from, { from, to, status: 301 });
    }
  }
  return [...byFrom.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

// The path and query of an absolute or protocol-relative URL; a path as it is.
function pathOf(url: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]*(.*)$/i.exec(url.trim());
  const rest = m ? m[1]! : url.trim();
  return rest === '' ? '/' : rest;
}

function sameTarget(from: string, to: string): boolean {
  const strip = (s: string): string => (s.length > 1 && s.endsWith('/') ? s.slice(0, -1) : s);
  return strip(from) === strip(to);
}
