import type { Layout, LayoutItem } from '../layout';
import { eleventyFrontMatter } from '../../render/front-matter/eleventy';
import { isDraft } from '../../render/front-matter/fields';
import { eleventyRedirects, eleventyScaffold } from './eleventy-scaffold';
import { hierarchy, rootRef, termArchive } from './layout-paths';
import { markdownOnly } from './markdown-only';

/**
 * Eleventy 3: content under `content/` (`posts/<slug>.md`, `pages/<hierarchy>.md`,
 * `<type>/<slug>.md`), each served at its `permalink`; drafts get `permalink: false` (not
 * written) and leave the collections. Media in `media/`, copied as they are and referred to
 * from the site root. Old paths get redirect pages from `_data/unpressRedirects.json`
 * (rewritten at every run). The scaffold's config turns off Liquid in Markdown, and
 * `dynamicPermalink: false` in permalinks, so text that looks like a template is shown, never run.
 *
 * @example layouts.eleventy.file({ id: 1, type: 'post', slug: 'hello', date: null, ancestors: [] }, '/hello/', '.md') // → 'content/posts/hello.md'
 */
export const eleventy: Layout = {
  name: 'eleventy',
  extension: markdownOnly('eleventy'),
  url: (item) => `/${place(item).join('/')}/`,
  file: (item, _url, extension) => `content/${(item.type === 'page' ? ['pages', ...hierarchy(item)] : place(item)).join('/')}${extension}`,
  frontMatter(article, body, planned) {
    const draft = isDraft(article);
    return {
      layout: article.type === 'page' ? 'page.njk' : 'post.njk',
      ...eleventyFrontMatter(article, body),
      permalink: draft ? false : planned.url,
      // The path as written, never read as a template.
      dynamicPermalink: false,
      eleventyExcludeFromCollections: draft || null,
    };
  },
  mediaDir: () => 'media',
  mediaRef: (local) => rootRef(local),
  scaffold: eleventyScaffold,
  generated: (site) => ({ '_data/unpressRedirects.json': eleventyRedirects(site.redirects) }),
  markdown: () => ({ html: true }),
  termUrl: termArchive,
};

function place(item: LayoutItem): string[] {
  if (item.type === 'post') return ['posts', item.slug];
  if (item.type === 'page') return hierarchy(item);
  return [item.type, item.slug];
}
