import type { Article } from '../../src/schema/article';

/**
 * What must be the same in an article whichever way its post left WordPress (REST, WXR, a live
 * crawl): the fields a migration keeps, and the body's words in order, character for character
 * (an export's text is texturized as WordPress renders it: curly quotes, dashes, ellipses).
 */
export function sameArticleView(a: Article) {
  return {
    title: a.title,
    slug: a.slug,
    type: a.type,
    published: a.published,
    modified: a.modified,
    author: a.author?.name ?? null,
    categories: a.categories?.map((t) => t.name) ?? null,
    tags: a.tags?.map((t) => t.name) ?? null,
    // REST lists every taxonomy registered for the type, empty or not; an export names only the
    // terms a post has. The terms a reader sees are the non-empty ones.
    terms: Object.fromEntries(Object.entries(a.terms).filter(([, v]) => v.length).map(([k, v]) => [k, v.map((t) => t.name)])),
    featuredImage: a.featuredImage?.url ?? null,
    excerpt: a.excerpt,
    headings: a.headings.map((h) => `${h.level} ${h.text}`),
    images: a.images.map((i) => i.src.replace(/-\d+x\d+(?=\.\w+$)/, '')),
    lists: a.lists.map((l) => l.items.map((i) => i.text)),
    words: a.text.split(/\s+/).filter(Boolean),
    comments: a.comments,
  };
}
