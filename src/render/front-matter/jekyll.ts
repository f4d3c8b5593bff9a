import type { Article } from '../../schema/article';
import { yamlDate } from './yaml-date';
import { description, isDraft, modifiedDate, oldPath, publishedDate, readsAsLiquid, termNames } from './fields';

/**
 * Jekyll posts: `layout: post`, `title`, `date` as `YYYY-MM-DD HH:MM:SS +/-TTTT`,
 * `categories`, `tags`, `permalink` (the old URL path, so links keep working), plus
 * `description`, `image`, `author` and `last_modified_at` (read by jekyll-seo-tag) and
 * `published: false` for drafts, and `render_with_liquid: false` (Jekyll 4) when the body holds
 * `{{` or `{%`, so Jekyll shows them instead of running them as Liquid.
 *
 * @example toMarkdown(article, { frontMatter: 'jekyll' })
 */
export function jekyllFrontMatter(a: Article, body = ''): Record<string, unknown> {
  const date = jekyllDate(publishedDate(a));
  const modified = jekyllDate(modifiedDate(a));
  return {
    layout: a.type === 'page' ? 'page' : 'post',
    title: a.title,
    date: date ? yamlDate(date) : null,
    last_modified_at: modified ? yamlDate(modified) : null,
    categories: termNames(a.categories),
    tags: termNames(a.tags),
    permalink: oldPath(a),
    description: description(a),
    image: a.featuredImage?.url ?? null,
    author: a.author?.name ?? null,
    published: isDraft(a) ? false : null,
    render_with_liquid: readsAsLiquid(body) ? false : null,
  };
}

/**
 * `2026-03-26T13:06:16+02:00` → `2026-03-26 13:06:16 +0200` (UTC `Z` → `+0000`).
 *
 * @example jekyllDate('2026-03-26T11:06:16.000Z') // → '2026-03-26 11:06:16 +0000'
 */
export function jekyllDate(iso: string | null): string | null {
  const m = iso && /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!m) return null;
  const zone = !m[3] || m[3] === 'Z' ? '+0000' : m[3].replace(':', '');
  return `${m[1]} ${m[2]} ${zone}`;
}
