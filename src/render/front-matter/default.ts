import type { Article } from '../../schema/article';
import { yamlDate } from './yaml-date';
import { description, isDraft, modifiedDate, oldPath, publishedDate, termNames } from './fields';

/**
 * unpress's default front matter: every field a migration usually needs (nulls are left out).
 *
 * @example defaultFrontMatter(article) // → { title, slug, date, modified, author, categories, tags, … }
 */
export function defaultFrontMatter(a: Article): Record<string, unknown> {
  const date = publishedDate(a);
  const modified = modifiedDate(a);
  return {
    title: a.title,
    subtitle: a.subtitle,
    slug: a.slug || null,
    date: date ? yamlDate(date) : null,
    modified: modified ? yamlDate(modified) : null,
    draft: isDraft(a) || null,
    author: a.author?.name ?? null,
    categories: termNames(a.categories),
    tags: termNames(a.tags),
    excerpt: a.excerpt,
    description: description(a) === a.excerpt ? null : description(a),
    canonical: a.seo.canonical,
    url: oldPath(a),
    image: a.featuredImage?.url ?? null,
    imageAlt: a.featuredImage?.alt || null,
    language: a.language,
  };
}
