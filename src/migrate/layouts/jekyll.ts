import type { Layout, LayoutItem } from '../layout';
import { jekyllFrontMatter } from '../../render/front-matter/jekyll';
import { jekyllScaffold } from './jekyll-scaffold';
import { dayOf, hierarchy, redirectPaths, rootRef } from './layout-paths';
import { markdownOnly } from './markdown-only';

/**
 * Jekyll: posts as `_posts/YYYY-MM-DD-<slug>.md` (undated ones in `_drafts/`), pages by
 * hierarchy under `pages/`, other types under `<type>/`; each served at its `permalink`, old
 * paths in `redirect_from` (jekyll-redirect-from, in the scaffold's `_config.yml`). Media in
 * `media/`, referred to from the site root.
 *
 * @example layouts.jekyll.file({ id: 1, type: 'post', slug: 'hello', date: '2025-08-28T10:00:00', ancestors: [] }, '/2025/08/28/hello/', '.md') // → '_posts/2025-08-28-hello.md'
 */
export const jekyll: Layout = {
  name: 'jekyll',
  extension: markdownOnly('jekyll'),
  url(item) {
    const day = dayOf(item);
    if (item.type === 'post') return `/${day ? `${day.replace(/-/g, '/')}/` : ''}${item.slug}/`;
    return `/${place(item).join('/')}/`;
  },
  file(item, _url, extension) {
    if (item.type !== 'post') return `${item.type === 'page' ? 'pages/' : ''}${place(item).join('/')}${extension}`;
    const day = dayOf(item);
    return day ? `_posts/${day}-${item.slug}${extension}` : `_drafts/${item.slug}${extension}`;
  },
  frontMatter(article, body, planned) {
    const from = redirectPaths(planned);
    return { ...jekyllFrontMatter(article, body), permalink: planned.url, redirect_from: from.length ? from : null };
  },
  mediaDir: () => 'media',
  mediaRef: (local) => rootRef(local),
  scaffold: jekyllScaffold,
  markdown: () => ({ html: true }),
  termUrl: () => null,
};

function place(item: LayoutItem): string[] {
  return item.type === 'page' ? hierarchy(item) : [item.type, item.slug];
}
