import type { Article } from '../../schema/article';
import { yamlDate } from './yaml-date';
import { description, isDraft, modifiedDate, oldPath, publishedDate, termNames } from './fields';

/**
 * Hugo's predefined front-matter fields: `title`, `date`, `lastmod`, `draft`, `slug`,
 * `categories`, `tags`, `aliases` (the old URL path, so Hugo writes a redirect), plus
 * `description` and `images` (read by Hugo's Open Graph template). Dates are RFC 3339 with
 * the site's offset.
 *
 * @example toMarkdown(article, { frontMatter: 'hugo' })
 */
export function hugoFrontMatter(a: Article): Record<string, unknown> {
  const date = publishedDate(a);
  const lastmod = modifiedDate(a);
  const path = oldPath(a);
  return {
    title: a.title,
    date: date ? yamlDate(date) : null,
    lastmod: lastmod ? yamlDate(lastmod) : null,
    draft: isDraft(a),
    slug: a.slug || null,
    description: description(a),
    categories: termNames(a.categories),
    tags: termNames(a.tags),
    aliases: path ? [path] : null,
    images: a.featuredImage ? [a.featuredImage.url] : null,
  };
}
