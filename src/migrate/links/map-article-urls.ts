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
 * The input is not changed.
 *
 * @example
 * const moved = mapArticleUrls(article, (url) => url === 'https://old.example/a/' ? '/a/' : null);
 */
export function mapArticleUrls(article: Article, map: UrlMap): Article {
  const url = (u: string): string => map(u) ?? u;
  const nullableUrl = (u: string | null): string | null => (u === null ? null : url(u));
  const html = (h: string): string => mapHtmlUrls(h, map);
  const image = (i: Image): Image => ({ ...i, src: url(i.src), srcset: i.srcset.map((c) => ({ ...c, url: url(c.url) })), link: nullableUrl(i.link) });
  const cell = (c: TableCell): TableCell => ({ ...c, html: html(c.html) });
  const list = (l: ListBlock): ListBlock => ({ ...l, items: l.items.map((it) => ({ ...it, html: html(it.html), children: it.children ? list(it.children) : null })) });
  const block = (b: Block): Block => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
      case 'html':
        return { ...b, html: html(b.html) };
      case 'list':
        return list(b);
      case 'image':
        return image(b);
      case 'gallery':
        return { ...b, images: b.images.map(image) };
      case 'quote':
        return { ...b, html: html(b.html), children: b.children.map(block) };
      case 'table':
        return { ...b, head: b.head.map((r) => r.map(cell)), body: b.body.map((r) => r.map(cell)), foot: b.foot.map((r) => r.map(cell)) };
      case 'embed':
        return { ...b, url: url(b.url) };
      case 'media':
        return { ...b, src: url(b.src) };
      case 'button':
        return { ...b, html: html(b.html), href: nullableUrl(b.href) };
      case 'details':
        return { ...b, children: b.children.map(block) };
      case 'footnotes':
        return { ...b, items: b.items.map((it) => ({ ...it, html: html(it.html) })) };
      case 'code':
      case 'separator':
        return b;
    }
  };
  const featured = (f: FeaturedImage): FeaturedImage => ({ ...f, url: url(f.url), variants: f.variants.map((v) => ({ ...v, url: url(v.url) })) });
  const body = article.body.map(block);
  return {
    ...article,
    body,
    lists: article.lists.map(list),
    images: article.images.map(image),
    links: article.links.map((l: Link) => ({ ...l, href: url(l.href) })),
    html: html(article.html),
    featuredImage: article.featuredImage ? featured(article.featuredImage) : null,
    sources: article.sources.map((s: Source) => ({ ...s, url: nullableUrl(s.url) })),
    author: article.author ? ({ ...article.author, url: nullableUrl(article.author.url) } satisfies Author) : null,
    comments: article.comments.map((c: Comment) => ({ ...c, html: html(c.html), authorUrl: nullableUrl(c.authorUrl) })),
    seo: mapSeo(article.seo, url, nullableUrl),
  };
}

function mapSeo(seo: Seo, url: (u: string) => string, nullableUrl: (u: string | null) => string | null): Seo {
  return {
    ...seo,
    canonical: nullableUrl(seo.canonical),
    prev: nullableUrl(seo.prev),
    next: nullableUrl(seo.next),
    openGraph: { ...seo.openGraph, url: nullableUrl(seo.openGraph.url), images: seo.openGraph.images.map((i) => ({ ...i, url: url(i.url) })) },
    twitter: { ...seo.twitter, image: nullableUrl(seo.twitter.image) },
    breadcrumbs: seo.breadcrumbs.map((b) => ({ ...b, url: nullableUrl(b.url) })),
  };
}
