import { isTag, type AnyNode, type ParentNode } from '../dom/dom';
import { mapSrcset } from '../text/map-srcset';
import { SRC_ATTRS, SRCSET_ATTRS } from './body/read-image';

// Attributes holding one URL on any element: links, sources, players' posters, quotes' `cite`,
// the media placeholders the clean stage writes (`url`).
const URL_ATTRS = ['href', 'src', 'poster', 'cite', 'url'];
// On images, frames and players, also the lazy-load attributes images are read from.
const LAZY_TAGS = new Set(['img', 'iframe', 'video', 'audio', 'source']);
const LAZY_ATTRS = SRC_ATTRS.filter((a) => a !== 'src');
const LAZY_LISTS = SRCSET_ATTRS.filter((a) => a !== 'srcset');
// Already absolute (any scheme; unsafe ones are dropped later by `safeUrl`) or an in-page anchor.
const NOT_RELATIVE = /^(?:[a-z][a-z0-9+.-]*:|#)/i;

/**
 * The base relative URLs are read against: `baseUrl` when given, else the post's `link`;
 * null (nothing resolved) unless it is an absolute http(s) URL.
 *
 * @example baseFor(null, 'https://example.org/2024/05/hello/') // → URL('https://example.org/2024/05/hello/')
 */
export function baseFor(baseUrl: string | null, link: string | null): URL | null {
  const raw = baseUrl ?? link;
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * A relative URL made absolute against `base` as a browser would read it on that page
 * (`/a` → `https://site/a`, `../a`, `a`, `?q`, `//cdn/x`); absolute URLs, `#anchors` and
 * empty values are returned as they are. A root-relative path keeps its characters as
 * written (no re-encoding), so readable non-Latin paths stay readable.
 *
 * @example resolveUrl('../b/', new URL('https://example.org/a/x/')) // → 'https://example.org/a/b/'
 */
export function resolveUrl(value: string, base: URL): string {
  const v = value.trim();
  if (v === '' || NOT_RELATIVE.test(v)) return value;
  if (v.startsWith('/') && !/^\/[/\\]/.test(v)) return base.origin + v;
  try {
    return new URL(v, base).href;
  } catch {
    return value;
  }
}

// A URL attribute (`data-src`, `data-lazy-src`, `data-srcset` end in `src`/`srcset`; the rest
// of the lazy-load names end in `original`, `orig-file`, `lazyload`, `echo`) whose value does not
// start with a scheme or `#`. Without a word boundary in front, so the regex engine can scan for
// the names quickly; a longer name ending in one of them only makes the answer true more often.
const RELATIVE_ATTR = /(?:href|src|srcset|poster|cite|url|original|orig-file|lazyload|echo)\s*=\s*["']?\s*(?![a-zA-Z][a-zA-Z0-9+.-]*:|#|["'>\s])/;
// Old hand-written HTML has upper-case names (`<A HREF=…>`); only then is the slower
// case-insensitive test run (a mixed-case `Href` is not looked for).
const RELATIVE_ATTR_ANY_CASE = /(?:href|src|srcset|poster|cite|url|original|orig-file|lazyload|echo)\s*=\s*["']?\s*(?![a-z][a-z0-9+.-]*:|#|["'>\s])/i;
const UPPER_NAME = /(?:HREF|SRC|SRCSET|POSTER|CITE|URL)\s*=/;

/**
 * False when no URL attribute in `html` can be relative, so the tree walk can be skipped: the
 * common case, as WordPress writes absolute URLs. A conservative test on the source text (an
 * entity-encoded value answers true).
 *
 * @example mayHaveRelativeUrls('<a href="https://x.org/">x</a>') // → false
 */
export function mayHaveRelativeUrls(html: string): boolean {
  return RELATIVE_ATTR.test(html) || (UPPER_NAME.test(html) && RELATIVE_ATTR_ANY_CASE.test(html));
}

/**
 * Makes every relative URL in the cleaned DOM absolute against `base` (see `resolveUrl`):
 * `href`, `src`, `poster`, `cite`, lazy-load sources and each `srcset` candidate, before the
 * extractors read them, so blocks, `links`, `images` and the HTML all hold the same absolute
 * URL. A `data-*` value without `/` or `.` is a flag (`data-lazy="1"`), not a URL, and is left.
 */
export function resolveUrls(root: AnyNode, base: URL | null): void {
  if (base === null) return;
  const stack: AnyNode[] = [];
  const top = (root as ParentNode).children ?? [];
  for (let i = 0; i < top.length; i++) stack.push(top[i]!);
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    const attribs = n.attribs;
    // Looked up by name, not enumerated: most elements carry only classes (4x faster).
    for (const name of URL_ATTRS) if (attribs[name] !== undefined) attribs[name] = resolveUrl(attribs[name]!, base);
    if (attribs.srcset !== undefined) attribs.srcset = mapSrcset(attribs.srcset, (u) => resolveUrl(u, base));
    if (LAZY_TAGS.has(n.name) || n.name.startsWith('u-')) {
      for (const name of LAZY_ATTRS) {
        const v = attribs[name];
        if (v !== undefined && /[/.]/.test(v)) attribs[name] = resolveUrl(v, base);
      }
      for (const name of LAZY_LISTS) if (attribs[name] !== undefined) attribs[name] = mapSrcset(attribs[name]!, (u) => resolveUrl(u, base));
    }
    const kids = n.children;
    for (let i = 0; i < kids.length; i++) stack.push(kids[i]!);
  }
}
