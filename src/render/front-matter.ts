import { stringify } from 'yaml';
import type { Article } from '../schema/article';

/** Maps an article to the front-matter fields of one generator. */
export type FrontMatterMapper = (article: Article) => Record<string, unknown>;

/**
 * unpress's default front matter: every field a migration usually needs, nulls left out so
 * generators see no `key: null`.
 */
export const defaultFrontMatter: FrontMatterMapper = (a) => ({
  title: a.title,
  subtitle: a.subtitle,
  slug: a.slug,
  date: a.published,
  modified: a.modified,
  author: a.author?.name ?? null,
  categories: a.categories?.map((t) => t.name ?? t.slug).filter((n): n is string => !!n) ?? null,
  tags: a.tags?.map((t) => t.name ?? t.slug).filter((n): n is string => !!n) ?? null,
  excerpt: a.excerpt,
  description: a.seo.description,
  canonical: a.seo.canonical,
  image: a.featuredImage?.url ?? null,
  imageAlt: a.featuredImage?.alt || null,
  language: a.language,
});

/**
 * YAML front matter (`---` … `---`) through the `yaml` library, so strings YAML would misread
 * (`yes`, `no`, `: `, a leading `@`, numbers) are quoted. Null and empty values are omitted.
 */
export function renderFrontMatter(fields: Record<string, unknown>): string {
  const kept = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
  const yaml = stringify(kept, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n`;
}
