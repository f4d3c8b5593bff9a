import type { Article, Author, Comment, FeaturedImage, Link, Source } from '../../schema/article';
import type { Block, Image, ListBlock, TableCell } from '../../schema/block';
import type { Seo } from '../../schema/seo';
import { mapHtmlUrls } from './map-html-urls';

/** Gives a URL's replacement, or null to keep it. */
export type UrlMap = (url: string) => string | null;

/**
 * A copy of `article` with every URL in it passed through `map` (null = unchanged), in document
 * order (the body first, then the lists derived from it): block URL fields (image `src`,
 * `link` and `srcset`, gallery images, buttons, files and players, embeds' `url`), `href`,
 * `src` and `srcset` inside every HTML string a block holds (paragraphs, headings, list items,
 * quotes, table cells, footnotes, HTML blocks), `article.html`, `links[].href`, `images`,
 * `featuredImage` (url and variants), `sources[].url`, the author's `url`, comments (`html`,
 * `authorUrl`) and the SEO fields that are links (canonical, prev/next, Open Graph `url` and
 * images, Twitter image, breadcrumbs). HTML strings change only where a URL changed.
 *
 * Not mapped: `article.link` (the item's old permalink, its identity in the old site, which
 * migration reports and redirects from) and the JSON-LD graph (`seo.schema`, kept as given).
 * The input is not changed; the parts of it where nothing changed are shared, not copied.
 *
 * @example
 * const moved = mapArticleUrls(article, (url) => url === 'https://old.example/a/' ? '/a/' : null);
 */
export function mapArticleUrls(article: Article, map: UrlMap): Article {
  const url = (u: string): string => {
    const m = map(u);
    return m === null ? u : m;
  };
  const nullableUrl = (u: string | null): string | null => (u === null ? null : url(u));
  const html = (h: string): string => mapHtmlUrls(h, map);
  const image = (i: Image): Image => {
    const src = url(i.src);
    const srcset = each(i.srcset, (c) => same(c, { url: url(c.url) }));
    const link = nullableUrl(i.link);
    return src === i.src && srcset === i.srcset && link === i.link ? i : { ...i, src, srcset, link };
  };
  const cell = (c: TableCell): TableCell => same(c, { html: html(c.html) });
  const rows = (r: TableCell[][]): TableCell[][] => each(r, (row) => each(row, cell));
  const list = (l: ListBlock): ListBlock =>
    same(l, { items: each(l.items, (it) => same(it, { html: html(it.html), children: it.children ? list(it.children) : null })) });
  const block = (b: Block): Block => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
      case 'html':
        return same(b, { html: html(b.html) });
      case 'list':
        return list(b);
      case 'image':
        return image(b);
      case 'gallery':
        return same(b, { images: each(b.images, image) });
      case 'quote':
        return same(b, { html: html(b.html), children: each(b.children, block) });
      case 'table':
        return same(b, { head: rows(b.head), body: rows(b.body), foot: rows(b.foot) });
      case 'embed':
        return same(b, { url: url(b.url) });
      case 'media':
        return same(b, { src: url(b.src) });
      case 'button':
        return same(b, { html: html(b.html), href: nullableUrl(b.href) });
      case 'details':
        return same(b, { children: each(b.children, block) });
      case 'footnotes':
        return same(b, { items: each(b.items, (it) => same(it, { html: html(it.html) })) });
      case 'code':
      case 'separator':
        return b;
    }
  };
  const featured = (f: FeaturedImage): FeaturedImage => same(f, { url: url(f.url), variants: each(f.variants, (v) => same(v, { url: url(v.url) })) });
  return same(article, {
    body: each(article.body, block),
    lists: each(article.lists, list),
    images: each(article.images, image),
    links: each(article.links, (l: Link) => same(l, { href: url(l.href) })),
    html: html(article.html),
    featuredImage: article.featuredImage ? featured(article.featuredImage) : null,
    sources: each(article.sources, (s: Source) => same(s, { url: nullableUrl(s.url) })),
    author: article.author ? same(article.author, { url: nullableUrl(article.author.url) } satisfies Partial<Author>) : null,
    comments: each(article.comments, (c: Comment) => same(c, { html: html(c.html), authorUrl: nullableUrl(c.authorUrl) })),
    seo: mapSeo(article.seo, url, nullableUrl),
  });
}

function mapSeo(seo: Seo, url: (u: string) => string, nullableUrl: (u: string | null) => string | null): Seo {
  return same(seo, {
    canonical: nullableUrl(seo.canonical),
    prev: nullableUrl(seo.prev),
    next: nullableUrl(seo.next),
    openGraph: same(seo.openGraph, { url: nullableUrl(seo.openGraph.url), images: each(seo.openGraph.images, (i) => same(i, { url: url(i.url) })) }),
    twitter: same(seo.twitter, { image: nullableUrl(seo.twitter.image) }),
    breadcrumbs: each(seo.breadcrumbs, (b) => same(b, { url: nullableUrl(b.url) })),
  });
}

// `value` itself when every field in `fields` is the value it already has, else a copy with
// them: most of an article has no URL that changes, and is shared rather than copied.
function same<T extends object>(value: T, fields: Partial<T>): T {
  for (const k in fields) if (fields[k] !== value[k]) return { ...value, ...fields };
  return value;
}

// `list` itself when `f` returns every item unchanged, else the mapped copy.
function each<T>(list: T[], f: (item: T) => T): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const v = f(list[i]!);
    if (out === null && v !== list[i]) out = list.slice(0, i);
    if (out !== null) out.push(v);
  }
  return out ?? list;
}
