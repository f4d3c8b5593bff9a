import { termKey, type WxrSite } from '../wxr-site';
import { escapeAttribute as attr } from '../../../text/decode';
import { html } from './escape';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `core/latest-posts` as WordPress renders it, from the export's published posts: the newest
 * `postsToShow` (default 5) by date, or by title with `orderBy: 'title'`, each a linked title and,
 * with `displayPostDate`, its date (WordPress's default format, "May 6, 2026"); with
 * `categories`, only posts filed under one of them. A category the export does not declare
 * (an export of part of the site has no term ids) gives null, and the block is warned as not
 * rendered.
 */
export function latestPosts(attrs: Record<string, unknown>, site: WxrSite): string | null {
  const only = categoryKeys(attrs.categories, site);
  if (only === null) return null;
  const count = typeof attrs.postsToShow === 'number' && attrs.postsToShow > 0 ? Math.min(attrs.postsToShow, 100) : 5;
  const byTitle = attrs.orderBy === 'title';
  const ascending = attrs.order === 'asc';
  const posts = site.listed
    .filter((p) => p.type === 'post' && (!only.size || p.terms.some((k) => only.has(k))))
    .sort((a, b) => (byTitle ? a.title.localeCompare(b.title) : a.date.localeCompare(b.date)) * (ascending ? 1 : -1) || b.id - a.id)
    .slice(0, count);
  const items = posts.map((p) => {
    const date = attrs.displayPostDate === true ? ` <time datetime="${attr(p.date.replace(' ', 'T'))}" class="wp-block-latest-posts__post-date">${dateText(p.date)}</time>` : '';
    return `<li><a class="wp-block-latest-posts__post-title" href="${attr(p.link)}">${html(p.title) || '(no title)'}</a>${date}</li>`;
  });
  return `<ul class="wp-block-latest-posts__list wp-block-latest-posts">${items.join('')}</ul>`;
}

function dateText(date: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(date);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}` : date;
}

// The term keys of the block's `categories` ([{ id }]): an empty set for none, null when one is
// not declared in the export.
function categoryKeys(value: unknown, site: WxrSite): Set<string> | null {
  if (value === undefined) return new Set();
  if (!Array.isArray(value)) return null;
  const keys = new Set<string>();
  for (const c of value as { id?: unknown }[]) {
    const term = site.termsOf('category').find((t) => t.declared && t.id === Number(c?.id));
    if (!term) return null;
    keys.add(termKey('category', term.slug));
  }
  return keys;
}
