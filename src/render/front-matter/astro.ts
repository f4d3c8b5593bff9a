import type { Article } from '../../schema/article';
import { yamlDate } from './yaml-date';
import { description, isDraft, modifiedDate, publishedDate, termNames } from './fields';

/**
 * Astro content collections, as the blog starter's schema expects: `title`, `description`,
 * `pubDate`, `updatedDate`, `heroImage`, `tags` (plus `draft`, `author` when known).
 * Dates are ISO 8601, which `z.coerce.date()` reads.
 *
 * @example toMarkdown(article, { frontMatter: 'astro' })
 */
export function astroFrontMatter(a: Article): Record<string, unknown> {
  const date = publishedDate(a);
  const updated = modifiedDate(a);
  return {
    title: a.title,
    // The starter's schema requires a description.
    description: description(a) ?? '',
    pubDate: date ? yamlDate(date) : null,
    updatedDate: updated ? yamlDate(updated) : null,
    heroImage: a.featuredImage?.url ?? null,
    heroImageAlt: a.featuredImage?.alt || null,
    tags: termNames(a.tags),
    author: a.author?.name ?? null,
    draft: isDraft(a) || null,
  };
}
