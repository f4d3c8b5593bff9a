import type { Article } from '../../schema/article';
import { yamlDate } from './yaml-date';
import { description, isDraft, oldPath, publishedDate, readsAsLiquid, termNames } from './fields';

/**
 * Eleventy: `title`, `description`, `date` (ISO 8601, a YAML timestamp), `tags` (collections:
 * `posts` plus the post's tags and categories), `permalink` (the old URL path), `draft` for
 * unpublished posts; pages get `eleventyNavigation` (`key`, `order`) for the navigation plugin.
 * `templateEngineOverride: md` when the body holds `{{` or `{%`: Eleventy reads Markdown as
 * Liquid first, and would run them instead of showing them.
 *
 * @example toMarkdown(article, { frontMatter: 'eleventy' })
 */
export function eleventyFrontMatter(a: Article, body = ''): Record<string, unknown> {
  const date = publishedDate(a);
  const page = a.type === 'page';
  const tags = [...new Set([...(page ? [] : ['posts']), ...(termNames(a.tags) ?? []), ...(termNames(a.categories) ?? [])])];
  const path = oldPath(a);
  return {
    title: a.title,
    description: description(a),
    date: date ? yamlDate(date) : null,
    tags,
    permalink: path ? (path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`) : null,
    draft: isDraft(a) || null,
    eleventyNavigation: page ? { key: a.title, order: a.menuOrder || null } : null,
    templateEngineOverride: readsAsLiquid(body) ? 'md' : null,
  };
}
