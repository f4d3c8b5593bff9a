import type { SiteEntry, SiteTerm } from '../schema';
import { LinkIndex, queryKey, type LinkIndexInput } from './link-index';
import { urlParts } from './link-key';

/**
 * The index `rewriteLinks` resolves links with: every address of every migrated item, term and
 * author in one Map of normal keys, so each link costs one or two lookups whatever the site's
 * size. An item is reached by its old permalink (`entries[].link`), its `guid`, the `oldUrls`
 * its planned path lists, `?p=ID` / `?page_id=ID` / `?attachment_id=ID`, and its slug alone
 * when no other item shares it (WordPress guesses those too); over http or https, with or
 * without `www.`, on any of the site's hosts, relative or absolute, percent-encoded or not,
 * NFC or NFD, with or without the trailing slash or `index.php/`, with feed, AMP, embed and
 * page suffixes. Terms and authors are reached by their `link`, the default `/category/slug/`,
 * `/tag/slug/` and `/author/slug/` forms and `?cat=ID`, `?tag=slug`, `?author=ID`,
 * `?taxonomy=x&term=y`; `termUrl` decides their new address. An attachment with no planned
 * path leads to its file (its `guid`), which media handling then maps.
 *
 * @example
 * const index = buildLinkIndex({
 *   site: 'https://example.org',
 *   entries: [{ id: 12, type: 'post', slug: 'hello', status: 'publish', link: 'https://example.org/2024/01/02/hello/', guid: 'https://example.org/?p=12', parent: null, date: null, title: 'Hello' }],
 *   planned: [{ id: 12, url: '/posts/hello/', oldUrls: [] }],
 * });
 * index.resolve('http://www.example.org/2024/01/02/hello', null) // → { kind: 'internal', url: '/posts/hello/' }
 */
export function buildLinkIndex(input: LinkIndexInput): LinkIndex {
  const index = new LinkIndex();
  const sites = input.site === null ? [] : typeof input.site === 'string' ? [input.site] : input.site;
  for (const site of sites) {
    const parts = urlParts(site, null);
    if (parts === null) continue;
    index.hosts.add(parts.host);
    index.roots.add(parts.path);
    index.defaultBase ??= site.endsWith('/') ? site : `${site}/`;
  }
  const newUrl = new Map<number, string>();
  for (const p of input.planned) newUrl.set(p.id, p.url);
  const slugCount = new Map<string, number>();

  const byId = (e: SiteEntry): string | null => newUrl.get(e.id) ?? (e.type === 'attachment' && e.guid && /^https?:/i.test(e.guid) ? e.guid : null);
  const addUrl = (url: string | null, target: string | null, learnHost: boolean): void => {
    const parts = url === null ? null : urlParts(url, index.defaultBase ?? 'http://unknown.invalid/');
    if (parts === null) return;
    if (learnHost && parts.host !== 'unknown.invalid') index.hosts.add(parts.host);
    const id = parts.query.map(([k, v]) => queryKey(k, v)).find((k) => k !== null);
    if (id) setOnce(index.queries, id, target);
    else setOnce(index.paths, parts.path, target);
  };

  for (const e of input.entries) {
    const target = byId(e);
    index.queries.set(`id=${e.id}`, target);
    addUrl(e.link, target, true);
    // An attachment's guid is its file: not a page address of the site.
    if (e.type !== 'attachment') addUrl(e.guid, target, true);
    if (e.slug !== '') {
      const slug = urlParts(`/${e.slug}`, 'http://x.invalid/')?.path.slice(1);
      if (slug) {
        slugCount.set(slug, (slugCount.get(slug) ?? 0) + 1);
        index.slugs.set(slug, slugCount.get(slug)! > 1 ? null : target);
        if (e.type === 'page') setOnce(index.queries, `pagename=${slug}`, target);
        else setOnce(index.queries, `name=${slug}`, target);
        if (e.type === 'attachment') setOnce(index.queries, `attachment=${slug}`, target);
      }
    }
  }
  for (const p of input.planned) {
    const target = p.url;
    if (!index.queries.has(`id=${p.id}`)) index.queries.set(`id=${p.id}`, target);
    for (const old of p.oldUrls) addUrl(old, target, false);
  }
  for (const t of input.terms ?? []) addTerm(index, t, input.termUrl?.(t) ?? null, addUrl);
  // Last, so no old address is taken: the new paths themselves, which makes rewriting a
  // rewritten article change nothing (a link already at `/posts/hello/` stays there).
  for (const p of input.planned) addUrl(p.url, p.url, false);
  return index;
}

const DEFAULT_BASE: Record<string, string> = { category: 'category', post_tag: 'tag', author: 'author' };

function addTerm(index: LinkIndex, t: SiteTerm, target: string | null, addUrl: (url: string | null, target: string | null, learnHost: boolean) => void): void {
  addUrl(t.link, target, true);
  const slug = urlParts(`/${t.slug}`, 'http://x.invalid/')?.path.slice(1) ?? '';
  const base = DEFAULT_BASE[t.taxonomy];
  if (base && slug) {
    for (const root of index.roots.size > 0 ? index.roots : new Set(['/'])) setOnce(index.paths, `${root === '/' ? '' : root}/${base}/${slug}`, target);
  }
  const vars: Record<string, [string, string | null][]> = {
    category: [['cat', t.id === null ? null : String(t.id)], ['category_name', slug]],
    post_tag: [['tag', slug]],
    author: [['author', t.id === null ? null : String(t.id)], ['author_name', slug]],
  };
  for (const [name, value] of vars[t.taxonomy] ?? [[t.taxonomy, slug]]) {
    const key = value ? queryKey(name, value) : null;
    if (key !== null) setOnce(index.queries, key, target);
  }
}

// The first claim of an address wins: entries come before planned old URLs and terms, so a
// term cannot take an item's permalink.
function setOnce(map: Map<string, string | null>, key: string, value: string | null): void {
  if (!map.has(key) || (map.get(key) === null && value !== null)) map.set(key, value);
}
