import type { PlannedPath, SiteEntry, SiteTerm } from '../schema';
import { normalHost, normalPath, urlParts, type UrlParts } from './link-key';

/** Where a link leads once the site is migrated. */
export type LinkTarget =
  /** To a migrated item (or a term/author archive the layout has): `url` is its new address, with the link's fragment and meaningful query kept. */
  | { kind: 'internal'; url: string }
  /** Into the old site, to nothing that was migrated. */
  | { kind: 'dangling' }
  /** Elsewhere (another host, `mailto:`, an in-page `#anchor`, an upload file left for media handling). */
  | { kind: 'external' };

/** What `buildLinkIndex` reads. */
export interface LinkIndexInput {
  /** The old site's address (`https://example.org`), or several (the REST `link` host and an export's `base_site_url`); null when unknown. */
  site: string | readonly string[] | null;
  entries: readonly SiteEntry[];
  planned: readonly Pick<PlannedPath, 'id' | 'url' | 'oldUrls'>[];
  /** Categories, tags, custom taxonomy terms, and authors as terms of taxonomy `author` (id = user id, slug = nicename). */
  terms?: readonly SiteTerm[];
  /** The new URL of a term's archive, or null when the new site has none (its links are dangling). Default: none has one. */
  termUrl?: (term: SiteTerm) => string | null;
}

// Query parameters that only track, paginate comments or ask for a variant of the same page.
const NOISE = /^(?:utm_.*|replytocom|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|amp|share|nb|preview|preview_nonce|_thumbnail_id|unapproved|moderation-hash)$/i;
// Paths after an item's own that WordPress serves from it: feeds, AMP, embeds, trackbacks, pages of a paged post or archive, comment pages.
const SUFFIX = /\/(?:feed(?:\/(?:rss2?|atom|rdf))?|rss2?|atom|rdf|amp|embed|trackback|page\/\d+|comment-page-\d+)$/;
// A page of a post split with `<!--nextpage-->` (`/slug/2/`): only an item's page, never a date archive's.
const PAGE_OF_ITEM = /\/\d+$/;
// A last segment with an extension other than a page's: a file (uploads, theme assets), left for media handling.
const FILE = /\.(?!html?$|php$|aspx?$)[a-z0-9]{1,8}$/i;
const UPLOADS = /\/wp-content\/uploads\//i;
// Query variables WordPress reads as "the item with this id".
const ID_VARS = ['p', 'page_id', 'attachment_id', 'preview_id'];

/**
 * Every form of a link into the old site, resolved in O(1) to where it leads in the new one
 * (see `buildLinkIndex`).
 */
export class LinkIndex {
  /** @internal Normal path → new URL (null: a known old address with no new one). */
  readonly paths = new Map<string, string | null>();
  /** @internal `var=value` of identifying query variables → new URL. */
  readonly queries = new Map<string, string | null>();
  /** @internal Slug → new URL of the one item with that slug (null when several share it), for links whose date or base changed. */
  readonly slugs = new Map<string, string | null>();
  /** @internal Normal hosts of the old site. */
  readonly hosts = new Set<string>();
  /** @internal The base for relative links when none is given. */
  defaultBase: string | null = null;
  /** @internal The old site's root path (`/` or `/blog`). */
  readonly roots = new Set<string>();

  /**
   * Where `href`, read on a page at `base` (the old permalink of the item it appears in), leads.
   *
   * @example
   * index.resolve('/?p=12#comments', 'https://example.org/2024/01/02/a/') // → { kind: 'internal', url: '/posts/hello/#comments' }
   * index.resolve('https://elsewhere.org/', null) // → { kind: 'external' }
   */
  resolve(href: string, base: string | null = null): LinkTarget {
    const h = href.trim();
    if (h === '' || h.startsWith('#')) return { kind: 'external' };
    const parts = urlParts(h, base ?? this.defaultBase);
    if (parts === null || !this.hosts.has(parts.host)) return { kind: 'external' };
    const found = this.find(parts);
    if (found === undefined) return { kind: 'external' };
    if (found === null) return { kind: 'dangling' };
    return { kind: 'internal', url: withRest(found.url, found.query, parts.fragment) };
  }

  // undefined: not the index's to rewrite (a file); null: dangling.
  private find(parts: UrlParts): { url: string; query: [string, string][] } | null | undefined {
    const rest = parts.query.filter(([k]) => !NOISE.test(k));
    const taxonomy = rest.find(([k]) => k === 'taxonomy')?.[1];
    const term = rest.find(([k]) => k === 'term')?.[1];
    if (taxonomy && term) {
      const key = queryKey(taxonomy, term);
      if (key !== null && this.queries.has(key)) return hit(this.queries.get(key)!, []);
    }
    for (const [k, v] of rest) {
      const key = queryKey(k, v);
      if (key !== null && this.queries.has(key)) {
        const url = this.queries.get(key)!;
        return url === null ? null : { url, query: [] };
      }
    }
    let path = parts.path;
    if (this.paths.has(path)) return hit(this.paths.get(path)!, rest);
    if (UPLOADS.test(path + '/') || FILE.test(path)) return undefined;
    if (this.roots.has(path)) return rest.length > 0 ? null : { url: '/', query: [] };
    for (let stripped = path.replace(SUFFIX, ''); stripped !== path; stripped = path.replace(SUFFIX, '')) {
      path = stripped === '' ? '/' : stripped;
      if (this.paths.has(path)) return hit(this.paths.get(path)!, rest);
      if (this.roots.has(path)) return { url: '/', query: [] };
    }
    const paged = path.replace(PAGE_OF_ITEM, '');
    if (paged !== path && paged !== '' && !this.roots.has(paged) && this.paths.has(paged)) return hit(this.paths.get(paged)!, rest);
    return hit(this.guess(path) ?? null, rest);
  }

  // WordPress finds a post by its slug when the date part of a permalink changed
  // (`/2024/05/hello/` for `/2024/05/06/hello/`, or `/hello/` after a structure change): the
  // last segment alone, when what precedes it (below the site root) is only numbers, and no
  // other item has that slug. Term, author and other prefixed paths are never guessed.
  private guess(path: string): string | null | undefined {
    const cut = path.lastIndexOf('/');
    const slug = path.slice(cut + 1);
    if (slug === '' || !this.slugs.has(slug)) return undefined;
    let before = path.slice(0, cut);
    for (const root of this.roots) if (root !== '/' && (before === root || before.startsWith(`${root}/`))) before = before.slice(root.length);
    return /^(?:\/\d+)*$/.test(before) ? this.slugs.get(slug) : undefined;
  }
}

function hit(url: string | null, query: [string, string][]): { url: string; query: [string, string][] } | null {
  return url === null ? null : { url, query };
}

/** The lookup key of an identifying query variable, or null. */
export function queryKey(name: string, value: string): string | null {
  const k = name.toLowerCase();
  const v = value.trim().normalize('NFC').toLowerCase();
  if (v === '') return null;
  if (ID_VARS.includes(k)) return /^\d+$/.test(v) ? `id=${Number(v)}` : null;
  if (k === 'cat' || k === 'author') return /^\d+$/.test(v) ? `${k}=${Number(v)}` : null;
  if (k === 'tag' || k === 'category_name' || k === 'author_name' || k === 'name' || k === 'pagename' || k === 'attachment') return `${k}=${v}`;
  if (k === 'term' || k === 'taxonomy') return null;
  return `qv:${k}=${v}`;
}

function withRest(url: string, query: [string, string][], fragment: string): string {
  if (query.length === 0) return url + fragment;
  const q = new URLSearchParams(query).toString();
  return `${url}${url.includes('?') ? '&' : '?'}${q}${fragment}`;
}

/** The normal path of an absolute URL, or null. */
export function pathKey(url: string | null): { host: string; path: string; query: [string, string][] } | null {
  if (url === null) return null;
  return urlParts(url, null);
}

export { normalHost, normalPath };
