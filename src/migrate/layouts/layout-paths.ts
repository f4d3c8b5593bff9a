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
 * The redirects a static site can serve as files (Hugo `aliases`, Jekyll `redirect_from`,
 * Astro `redirects`, Eleventy's redirect pages): paths only (`/?p=12` and other queries are for
 * server redirect files), percent-decoded (a server decodes the request before it looks for
 * the file; so is the target, which generators encode themselves), NFC, a path without a file
 * extension in its folder form (`/x` → `/x/`), none a server could not serve (`..`, backslashes, control characters), none
 * to the path itself (`/hello` and `/hello/` are one file: a redirect there would replace the
 * page), one per path (the first).
 *
 * @example fileRedirects([{ from: '/2025/08/hello', to: '/2025/08/hello/' }, { from: '/old/', to: '/new/' }]) // → [{ from: '/old/', to: '/new/' }]
 */
export function fileRedirects<R extends { from: string; to: string }>(redirects: Iterable<R>): R[] {
  const seen = new Set<string>();
  const out: R[] = [];
  for (const r of redirects) {
    if (!r.from.startsWith('/') || r.from.startsWith('//') || r.from.includes('?') || r.from.includes('#')) continue;
    // `/x` and `/x/` are served by one file, `x/index.html`: the folder form says so to every generator.
    const decoded = decodePath(r.from);
    const from = /(^|\/)[^/.]+$/.test(decoded) ? `${decoded}/` : decoded;
    const key = pathKey(from);
    if (key === '/' || key === pathKey(r.to) || UNSERVABLE.test(from) || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...r, from, to: decodePath(r.to) });
  }
  return out;
}

/**
 * The old paths of an item that need a redirect in the generator's own form: `fileRedirects`
 * of its `oldUrls` to its `url`.
 *
 * @example redirectPaths({ url: '/hello/', oldUrls: ['/2025/08/hello/', '/?p=12', '/hello'] }) // → ['/2025/08/hello/']
 */
export function redirectPaths(planned: Pick<PlannedPath, 'url' | 'oldUrls'>): string[] {
  return fileRedirects(planned.oldUrls.map((from) => ({ from, to: planned.url }))).map((r) => r.from);
}

// The file a static server answers a path with does not depend on its trailing slash.
function pathKey(path: string): string {
  return decodePath(path).replace(/\/+$/, '') || '/';
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

/**
 * The folder name of a term archive in the scaffolds that build them (Eleventy, Astro): the
 * term's name, NFC, spaces to `-`, only letters, marks, digits, `.`, `_` and `-` kept (one `-`
 * where several meet), lower case; null when nothing servable is left (`..`, punctuation only). `TERM_SLUG_JS` is the same
 * function for the scaffolds' templates.
 *
 * @example termSlug('Bird Watching') // → 'bird-watching'
 */
export function termSlug(name: string): string | null {
  const slug = name.normalize('NFC').trim().replace(/\s+/gu, '-').replace(/[^\p{L}\p{M}\p{N}._-]/gu, '').replace(/-{2,}/g, '-').toLowerCase();
  return /^\.*$/.test(slug) ? null : slug;
}

/** `termSlug` as JavaScript source, for the scaffolds' templates (kept equal by a test). */
export const TERM_SLUG_JS = `(name) => {
  const slug = String(name).normalize('NFC').trim().replace(/\\s+/gu, '-').replace(/[^\\p{L}\\p{M}\\p{N}._-]/gu, '').replace(/-{2,}/g, '-').toLowerCase();
  return /^\\.*$/.test(slug) ? null : slug;
}`;

/** The archive path of a category or tag in the scaffolds that build them, or null. */
export function termArchive(taxonomy: string, slug: string, name: string | null): string | null {
  if (taxonomy !== 'category' && taxonomy !== 'post_tag') return null;
  const folder = termSlug(name ?? slug);
  return folder ? `/tags/${folder}/` : null;
}
