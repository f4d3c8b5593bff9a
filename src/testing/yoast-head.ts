import { esc, escUrl } from './esc';
import { SITE } from './wp-post';

/** What a post's Yoast SEO fields say. Absent ones are left out, as Yoast leaves them out. */
export interface YoastFields {
  /** The SEO title. */
  title: string;
  /** The meta description. */
  description?: string;
  /** The canonical URL. */
  canonical?: string;
  /** Defaults to index, follow. */
  robots?: { index?: boolean; follow?: boolean };
  /** `og:site_name` and the WebSite node's name. */
  siteName?: string;
  /** `en_US` by default. */
  locale?: string;
  /** `article` by default; `website` for the front page. */
  type?: 'article' | 'website';
  /** The Open Graph image. */
  image?: { url: string; width?: number; height?: number; type?: string };
  /** The author's name: the `author` field, the "Written by" twitter label and the Article's author. */
  author?: string;
  /** ISO 8601 with offset, as Yoast writes them: `2024-05-06T07:30:00+00:00`. */
  published?: string;
  /** The last change, written like `published`. */
  modified?: string;
  /** The "Est. reading time" twitter label. */
  readingMinutes?: number;
  /** `summary_large_image` by default. */
  twitterCard?: 'summary' | 'summary_large_image';
  /** The breadcrumb trail, home first; the last one, the page itself, without a URL. */
  breadcrumbs?: { name: string; url?: string }[];
}

/** The two fields Yoast SEO adds to a REST post. */
export interface YoastHead {
  /** The HTML Yoast prints in `<head>`. */
  yoast_head: string;
  /** The same presentation as JSON, with its schema.org `@graph` under `schema`. */
  yoast_head_json: Record<string, unknown>;
}

/**
 * Yoast SEO's REST fields for a post, as Yoast 21+ writes them: `yoast_head_json` (the
 * presentation as JSON, with its schema.org `@graph`) and `yoast_head` (the same as the HTML
 * it prints in `<head>`), so both of unpress's readings of Yoast agree. Spread the result into
 * a post: `wpPost({ ...yoastHead({ title: 'Tides' }) })`.
 *
 * @param fields - what the SEO fields say.
 * @returns `{ yoast_head, yoast_head_json }`.
 * @example
 * const article = parsePost(wpPost({ ...yoastHead({ title: 'Tides - Field Notes', description: 'Twice a day.' }) }));
 * article.seo.description; // 'Twice a day.'
 */
export function yoastHead(fields: YoastFields): YoastHead {
  if (!fields || typeof fields.title !== 'string') throw new TypeError('yoastHead: `title` must be a string');
  const f = fields;
  const robots = { index: f.robots?.index === false ? 'noindex' : 'index', follow: f.robots?.follow === false ? 'nofollow' : 'follow', 'max-snippet': 'max-snippet:-1', 'max-image-preview': 'max-image-preview:large', 'max-video-preview': 'max-video-preview:-1' };
  const type = f.type ?? 'article';
  const image = f.image ? [{ ...(f.image.width ? { width: f.image.width } : {}), ...(f.image.height ? { height: f.image.height } : {}), url: f.image.url, ...(f.image.type ? { type: f.image.type } : {}) }] : undefined;
  const misc = { ...(f.author ? { 'Written by': f.author } : {}), ...(f.readingMinutes ? { 'Est. reading time': `${f.readingMinutes} minute${f.readingMinutes === 1 ? '' : 's'}` } : {}) };
  const json = compact({
    title: f.title,
    description: f.description,
    robots,
    canonical: f.canonical,
    og_locale: f.locale ?? 'en_US',
    og_type: type,
    og_title: f.title,
    og_description: f.description,
    og_url: f.canonical,
    og_site_name: f.siteName,
    article_published_time: type === 'article' ? f.published : undefined,
    article_modified_time: f.modified,
    og_image: image,
    author: f.author,
    twitter_card: f.twitterCard ?? 'summary_large_image',
    twitter_misc: Object.keys(misc).length ? misc : undefined,
    schema: { '@context': 'https://schema.org', '@graph': graph(f, type) },
  });
  return { yoast_head: headHtml(json, misc, robots), yoast_head_json: json };
}

function graph(f: YoastFields, type: string): Record<string, unknown>[] {
  const url = f.canonical ?? `${SITE}/`;
  const nodes: Record<string, unknown>[] = [];
  if (type === 'article') nodes.push(compact({ '@type': 'Article', '@id': `${url}#article`, isPartOf: { '@id': url }, ...(f.author ? { author: { name: f.author } } : {}), headline: f.title, datePublished: f.published, dateModified: f.modified, mainEntityOfPage: { '@id': url }, inLanguage: (f.locale ?? 'en_US').replace('_', '-') }));
  nodes.push(compact({ '@type': 'WebPage', '@id': url, url, name: f.title, isPartOf: { '@id': `${SITE}/#website` }, datePublished: f.published, dateModified: f.modified, description: f.description, ...(f.breadcrumbs?.length ? { breadcrumb: { '@id': `${url}#breadcrumb` } } : {}), inLanguage: (f.locale ?? 'en_US').replace('_', '-') }));
  if (f.breadcrumbs?.length) nodes.push({ '@type': 'BreadcrumbList', '@id': `${url}#breadcrumb`, itemListElement: f.breadcrumbs.map((b, i) => compact({ '@type': 'ListItem', position: i + 1, name: b.name, item: b.url })) });
  nodes.push(compact({ '@type': 'WebSite', '@id': `${SITE}/#website`, url: `${SITE}/`, name: f.siteName, inLanguage: (f.locale ?? 'en_US').replace('_', '-') }));
  return nodes;
}

// The `<head>` HTML Yoast prints for the same presentation, line for line.
function headHtml(json: Record<string, unknown>, misc: Record<string, string>, robots: Record<string, string>): string {
  const meta = (attr: 'name' | 'property', key: string, value: unknown): string => (value === undefined ? '' : `<meta ${attr}="${key}" content="${esc(String(value))}" />\n`);
  const images = (json.og_image as { url: string; width?: number; height?: number; type?: string }[] | undefined) ?? [];
  const lines = [
    '<!-- This site is optimized with the Yoast SEO plugin v22.6 - https://yoast.com/wordpress/plugins/seo/ -->\n',
    `<title>${esc(String(json.title))}</title>\n`,
    json.description === undefined ? '' : meta('name', 'description', json.description),
    `<meta name="robots" content="${Object.values(robots).join(', ')}" />\n`,
    json.canonical === undefined ? '' : `<link rel="canonical" href="${escUrl(String(json.canonical))}" />\n`,
    meta('property', 'og:locale', json.og_locale),
    meta('property', 'og:type', json.og_type),
    meta('property', 'og:title', json.og_title),
    meta('property', 'og:description', json.og_description),
    meta('property', 'og:url', json.og_url),
    meta('property', 'og:site_name', json.og_site_name),
    meta('property', 'article:published_time', json.article_published_time),
    meta('property', 'article:modified_time', json.article_modified_time),
    ...images.map((i) => meta('property', 'og:image', i.url) + meta('property', 'og:image:width', i.width) + meta('property', 'og:image:height', i.height) + meta('property', 'og:image:type', i.type)),
    meta('name', 'author', json.author),
    meta('name', 'twitter:card', json.twitter_card),
    ...Object.entries(misc).map(([label, data], i) => `<meta name="twitter:label${i + 1}" content="${esc(label)}" />\n\t<meta name="twitter:data${i + 1}" content="${esc(data)}" />\n`),
    `<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify(json.schema).replace(/</g, '\\u003c')}</script>\n`,
    '<!-- / Yoast SEO plugin. -->\n\n\n',
  ];
  return lines.join('');
}

function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
