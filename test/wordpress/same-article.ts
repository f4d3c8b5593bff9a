import type { Article } from '../../src/schema/article';

/**
 * What must be the same in an article whichever way its post left WordPress (REST, WXR, a live
 * crawl): the fields a migration keeps, and the body's words in order.
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
    excerpt: untexturized(a.excerpt),
    headings: a.headings.map((h) => `${h.level} ${h.text}`),
    images: a.images.map((i) => i.src.replace(/-\d+x\d+(?=\.\w+$)/, '')),
    lists: a.lists.map((l) => l.items.map((i) => i.text)),
    words: untexturized(a.text).split(/\s+/).filter(Boolean),
    comments: a.comments.map((c) => ({ ...c, html: untexturized(c.html), text: untexturized(c.text) })),
  };
}

// WordPress sets typography when it renders (wptexturize: curly quotes and apostrophes, `...`
// as an ellipsis, `--` as dashes, `(tm)`); an export holds the text as the author typed it, and
// unpress does not texturize it. The words are the same.
function untexturized<T extends string | null>(text: T): T {
  if (text === null) return text;
  return text
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u201c\u201d\u2033]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/ ?\u2014 ?/g, ' -- ')
    .replace(/\u2013/g, '--')
    .replace(/ \u2122/g, ' (tm)')
    .replace(/\u00d7/g, 'x') as T;
}
