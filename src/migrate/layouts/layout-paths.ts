import { posix } from 'node:path';
import type { LayoutItem } from '../layout';
import type { PlannedPath } from '../schema';

/**
 * Path helpers the layouts share: pure string work on `/`-separated paths relative to the
 * output folder (never the machine's separator: the same plan on every system).
 */

/** `/a/b/` → `a/b` (`/` → ``). */
export function trimSlashes(url: string): string {
  return url.replace(/^\/+|\/+$/g, '');
}

/** The item's hierarchy as path segments: a page's ancestors then its slug. */
export function hierarchy(item: LayoutItem): string[] {
  return [...item.ancestors, item.slug];
}

/** `YYYY-MM-DD` of the item's date, or null. */
export function dayOf(item: Pick<LayoutItem, 'date'>): string | null {
  const m = item.date && /^(\d{4})-(\d{2})-(\d{2})/.exec(item.date);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The folder of a `/`-separated file path (`a/b/c.md` → `a/b`, `c.md` → `.`). */
export function dirOf(file: string): string {
  return posix.dirname(file);
}

/**
 * `to` as a path relative to the folder holding `fromFile` (both relative to the output
 * folder): how a Markdown file refers to a file next to it so that generators which resolve
 * relative references (Astro's image pipeline, Hugo's page resources) find it.
 *
 * @example relativeRef('src/content/blog/hello.md', 'src/assets/2025/08/a.jpg') // → '../../assets/2025/08/a.jpg'
 */
export function relativeRef(fromFile: string, to: string): string {
  const rel = posix.relative(posix.dirname(fromFile), to);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** `media/2025/08/a.jpg` served from the site root: `/media/2025/08/a.jpg` (`strip` removed first, e.g. `public/`). */
export function rootRef(local: string, strip = ''): string {
  return `/${strip && local.startsWith(strip) ? local.slice(strip.length) : local}`;
}

// A segment a generator or a web server would not serve as written: `.`/`..`, or one with a
// backslash or a control character.
const UNSERVABLE = /(^|\/)\.\.?(\/|$)|[\\\x00-\x1f\x7f]/;

/**
 * The old paths of an item that need a redirect in the generator's own form (Hugo `aliases`,
 * Jekyll `redirect_from`, Astro `redirects`): each path of `planned.oldUrls` without a query
 * (`/?p=12` is for server redirect files), percent-decoded (a server decodes the request before
 * it looks for the file), NFC, deduplicated, not the item's new path, and none a server could not
 * serve (`..`, backslashes, control characters).
 *
 * @example redirectPaths({ url: '/hello/', oldUrls: ['/2025/08/hello/', '/?p=12', '/hello/'] }) // → ['/2025/08/hello/']
 */
export function redirectPaths(planned: Pick<PlannedPath, 'url' | 'oldUrls'>): string[] {
  const own = decodePath(planned.url);
  const out = new Set<string>();
  for (const old of planned.oldUrls) {
    if (!old.startsWith('/') || old.startsWith('//') || old.includes('?') || old.includes('#')) continue;
    const path = decodePath(old);
    if (path === own || path === '/' || UNSERVABLE.test(path)) continue;
    out.add(path);
  }
  return [...out];
}

/** A URL path percent-decoded (where it decodes) and NFC. */
export function decodePath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // Not valid percent-encoding: served as written.
  }
  return decoded.normalize('NFC');
}
