import { asInt, asText, asUrl } from '../coerce';
import type { LabelValue, SeoImage } from '../../schema/seo';
import { parseRobots } from './parse-robots';
import type { SeoPartial } from './seo-rule';

/**
 * One `<meta>`/`<link>`/`<title>` value, in document order.
 * @example const tag: MetaTag = ['og:title', 'Hello'];
 */
export type MetaTag = readonly [key: string, value: string];

type ImageDraft = { url?: string; secureUrl?: string; width?: string; height?: string; type?: string; alt?: string };

/**
 * The SEO fields a list of meta tags states. Every source that is, at heart, a list of meta
 * tags goes through here (head HTML, Yoast JSON, AIOSEO JSON, SEOPress, `yoast_meta`), so the
 * same page reads the same whichever form it came in. Singular tags: the first one wins.
 * Repeated `og:image` tags each open a group that collects the `og:image:*` tags after it;
 * repeated `article:tag` tags are all kept.
 *
 * @example fromMetaTags([['og:image', 'https://a.b/x.webp'], ['og:image:width', '1600']]).openGraph?.images
 * // → [{ url: 'https://a.b/x.webp', width: 1600, height: null, type: null, alt: null }]
 */
export function fromMetaTags(tags: readonly MetaTag[]): SeoPartial {
  const first = new Map<string, string>();
  const images: ImageDraft[] = [];
  const labels = new Map<number, { label?: string; value?: string }>();
  const articleTags = new Set<string>();
  for (const [rawKey, value] of tags) {
    const key = rawKey.trim().toLowerCase();
    const current = images[images.length - 1];
    if (key === 'article:tag') {
      // The one repeated tag that is a list, not "first wins": Rank Math writes one per post tag.
      const tag = asText(value);
      if (tag) articleTags.add(tag);
    } else if (key === 'og:image' || key === 'og:image:url') {
      if (current && current.url === undefined) current.url = value;
      else images.push({ url: value });
    } else if (key === 'og:image:secure_url') {
      if (current && current.secureUrl === undefined) current.secureUrl = value;
      else images.push({ secureUrl: value });
    } else if (key.startsWith('og:image:') && /^og:image:(width|height|type|alt)$/.test(key)) {
      const prop = key.slice(9) as 'width' | 'height' | 'type' | 'alt';
      if (!current) images.push({ [prop]: value });
      else if (current[prop] === undefined) current[prop] = value;
    } else if (key.startsWith('twitter:') && /^twitter:(label|data)\d+$/.test(key)) {
      const n = Number(/\d+$/.exec(key)![0]);
      const pair = labels.get(n) ?? {};
      pair[key.includes('label') ? 'label' : 'value'] ??= value;
      labels.set(n, pair);
    } else if (!first.has(key)) {
      first.set(key, value);
    }
  }
  const get = (key: string): string | undefined => first.get(key);
  return {
    title: asText(get('title')),
    description: asText(get('description')),
    canonical: asUrl(get('canonical')),
    prev: asUrl(get('prev')),
    next: asUrl(get('next')),
    author: asText(get('author')),
    robots: parseRobots(get('robots')),
    openGraph: {
      type: asText(get('og:type')),
      locale: asText(get('og:locale')),
      title: asText(get('og:title')),
      description: asText(get('og:description')),
      url: asUrl(get('og:url')),
      siteName: asText(get('og:site_name')),
      images: images.map(toImage).filter((i): i is SeoImage => i !== null),
      publishedTime: asText(get('article:published_time')),
      modifiedTime: asText(get('article:modified_time')) ?? asText(get('og:updated_time')),
      publisher: urlOrText(get('article:publisher')),
      author: urlOrText(get('article:author')),
      section: asText(get('article:section')),
      tags: [...articleTags],
    },
    twitter: {
      card: asText(get('twitter:card')),
      site: asText(get('twitter:site')),
      creator: asText(get('twitter:creator')),
      title: asText(get('twitter:title')),
      description: asText(get('twitter:description')),
      image: asUrl(get('twitter:image')) ?? asUrl(get('twitter:image:src')),
      labels: [...labels.entries()].sort(([a], [b]) => a - b).map(([, p]) => toLabel(p)).filter((l): l is LabelValue => l !== null),
    },
  };
}

function toImage(d: ImageDraft): SeoImage | null {
  const url = asUrl(d.url) ?? asUrl(d.secureUrl);
  if (!url) return null;
  return { url, width: asInt(d.width), height: asInt(d.height), type: asText(d.type), alt: asText(d.alt) };
}

function toLabel(p: { label?: string; value?: string }): LabelValue | null {
  const label = asText(p.label);
  const value = asText(p.value);
  return label && value ? { label, value } : null;
}

// `article:author` / `article:publisher` are Facebook URLs for Yoast but plain names elsewhere.
function urlOrText(value: string | undefined): string | null {
  if (value === undefined) return null;
  return /^\s*[a-z][a-z0-9+.-]*:/i.test(value) ? asUrl(value) : asText(value);
}
