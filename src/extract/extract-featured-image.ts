import type { Context } from '../context';
import type { FeaturedImage, ImageVariant } from '../schema/article';
import type { Seo } from '../schema/seo';
import type { WpPost } from '../schema/wp-post';
import { asInt, asObject, asPlainText, asText, asUrl, isEmbeddedError, type JsonObject } from './coerce';
import { createGraph, type JsonLdGraph } from './seo/json-ld/json-ld-graph';
import { ARTICLE_TYPES, PAGE_TYPES } from './seo/json-ld/schema-types';

/**
 * The featured image: the embedded attachment (`_embedded['wp:featuredmedia'][0]`) with its
 * size variants sorted by width then name; else the JSON-LD primary image (Yoast's
 * `#primaryimage`, what the page and article point to); else the first Open Graph image.
 * `featured_media: 0` means "none": the SEO images are then content or default images, so the
 * result is null. An embedded REST error gives a `featured_image_unavailable` warning and the
 * SEO sources get their turn; their `id` is `featured_media`. An attachment's own file is its
 * featured image.
 *
 * @param graph - `seo.schema` as a graph, when the caller has made it already (made here if needed)
 * @example extractFeaturedImage(seedPost, seo, ctx) // → { id: 3823, url: '…/alianza-terapeutica-aliantis.webp', width: 1600, height: 900, … }
 */
export function extractFeaturedImage(post: WpPost, seo: Seo, ctx: Context, graph?: JsonLdGraph): FeaturedImage | null {
  // An attachment (`/wp/v2/media`) is its own image: the file, its alt text, caption and sizes.
  if (post.type === 'attachment' && typeof post.source_url === 'string') {
    const self = fromMedia(post as unknown as JsonObject, post.id);
    if (self) return self;
  }
  if (post.featured_media === 0) return null;
  const id = typeof post.featured_media === 'number' ? post.featured_media : null;
  const embedded = post._embedded?.['wp:featuredmedia']?.[0];
  if (isEmbeddedError(embedded)) {
    ctx.warn('featured_image_unavailable', `The embedded featured image is a REST error (${embedded.code})`, '_embedded.wp:featuredmedia[0]');
  } else {
    const media = asObject(embedded);
    const image = media ? fromMedia(media, id) : null;
    if (image) return image;
  }
  return fromSeo(seo, graph ?? createGraph(seo.schema), id);
}

function fromMedia(media: JsonObject, fallbackId: number | null): FeaturedImage | null {
  const details = asObject(media.media_details);
  const sizes = asObject(details?.sizes);
  const url = asUrl(media.source_url) ?? asUrl(asObject(sizes?.full)?.source_url);
  if (!url) return null;
  const caption = asObject(media.caption);
  return {
    id: asInt(media.id) ?? fallbackId,
    url,
    alt: asText(media.alt_text),
    width: asInt(details?.width),
    height: asInt(details?.height),
    caption: asPlainText(caption?.rendered ?? caption?.raw),
    variants: sizes ? variantsOf(sizes) : [],
  };
}

function variantsOf(sizes: JsonObject): ImageVariant[] {
  const out: ImageVariant[] = [];
  for (const [name, value] of Object.entries(sizes)) {
    const size = asObject(value);
    const url = asUrl(size?.source_url);
    if (!size || !url) continue;
    out.push({ name, url, width: asInt(size.width), height: asInt(size.height), mimeType: asText(size.mime_type) });
  }
  // Width order makes `srcset` easy; unknown widths last; the name breaks ties, so output never depends on key order.
  const w = (v: ImageVariant) => v.width ?? Number.MAX_SAFE_INTEGER;
  return out.sort((a, b) => w(a) - w(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function fromSeo(seo: Seo, graph: JsonLdGraph, id: number | null): FeaturedImage | null {
  const page = graph.ofType(PAGE_TYPES)[0];
  const article = graph.ofType(ARTICLE_TYPES)[0];
  const primary = [page?.primaryImageOfPage, article?.image, ...graph.nodes.filter((n) => String(n['@id'] ?? '').endsWith('#primaryimage'))]
    .map((ref) => graph.resolve(Array.isArray(ref) ? ref[0] : ref))
    .find((n) => n && (asUrl(n.contentUrl) ?? asUrl(n.url)));
  const og = seo.openGraph.images[0];
  if (primary) {
    const url = (asUrl(primary.contentUrl) ?? asUrl(primary.url))!;
    // The Open Graph tags of the same file carry the alt text and fill missing sizes.
    const same = seo.openGraph.images.find((i) => i.url === url);
    return {
      id,
      url,
      alt: same?.alt ?? null,
      width: asInt(primary.width) ?? same?.width ?? null,
      height: asInt(primary.height) ?? same?.height ?? null,
      caption: asPlainText(primary.caption),
      variants: [],
    };
  }
  if (!og) return null;
  return { id, url: og.url, alt: og.alt, width: og.width, height: og.height, caption: null, variants: [] };
}
