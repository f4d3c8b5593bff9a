import type { Layout, LayoutItem } from '../layout';
import { defaultFrontMatter } from '../../render/front-matter/default';
import { hierarchy, relativeRef, trimSlashes } from './layout-paths';

/**
 * Plain Markdown for any other tool: one file per item at its path (`2025/08/28/hello.md`,
 * `about-us/our-team.md`) with unpress's default front matter plus `path` (the new URL path;
 * `url` stays the old one), media in `media/` referred to relatively, and `articles.json`
 * listing every item (id, type, title, dates, paths, terms) for scripts and importers.
 *
 * @example layouts.plain.file(item, '/2025/08/28/hello/', '.md') // → '2025/08/28/hello.md'
 */
export const plain: Layout = {
  name: 'plain',
  extension: (mdx) => (mdx ? '.mdx' : '.md'),
  url: (item) => `/${place(item).join('/')}/`,
  file: (item, url, extension) => `${trimSlashes(url) || place(item).join('/')}${extension}`,
  frontMatter: (article, _body, planned) => ({ ...defaultFrontMatter(article), path: planned.url }),
  mediaDir: () => 'media',
  mediaRef: (local, planned) => relativeRef(planned.file, local),
  scaffold: () => ({}),
  markdown: () => ({}),
  index: {
    file: 'articles.json',
    entry: (a, planned) => ({
      id: a.id,
      type: a.type,
      title: a.title,
      slug: a.slug || null,
      status: a.status,
      date: a.publishedLocal ?? a.published,
      modified: a.modifiedLocal ?? a.modified,
      author: a.author?.name ?? null,
      categories: (a.categories ?? []).map((t) => t.name ?? t.slug),
      tags: (a.tags ?? []).map((t) => t.name ?? t.slug),
      excerpt: a.excerpt,
      image: a.featuredImage?.url ?? null,
      oldUrl: a.link,
      url: planned.url,
      file: planned.file,
    }),
  },
  termUrl: () => null,
};

function place(item: LayoutItem): string[] {
  if (item.type === 'post') return ['posts', item.slug];
  if (item.type === 'page') return hierarchy(item);
  return [item.type, item.slug];
}
