import { z } from 'zod';

const str = z.string().nullable();
const int = z.number().int().nullable();

/** Parsed `robots` directives; `index`/`follow` default to true when only some directives are given. */
export const RobotsSchema = z.strictObject({
  /** False for `noindex`. */
  index: z.boolean(),
  /** False for `nofollow`. */
  follow: z.boolean(),
  /** `max-snippet:N`; null when not given. */
  maxSnippet: int,
  /** `max-image-preview:…`; null when not given. */
  maxImagePreview: z.enum(['none', 'standard', 'large']).nullable(),
  /** `max-video-preview:N`; null when not given. */
  maxVideoPreview: int,
});

/** An Open Graph image (`og:image` and its `:width`, `:height`, `:type`, `:alt`); a part not given is null. */
export const SeoImageSchema = z.strictObject({
  url: z.string(),
  width: int,
  height: int,
  /** The MIME type (`og:image:type`). */
  type: str,
  alt: str,
});

/**
 * The Open Graph tags (`og:*`, `article:*`) the page gave Facebook and other sites; a tag not
 * given is null or `[]`.
 *
 * @example { type: 'article', locale: 'en_US', title: 'Shipping | Shop', images: [{ url: 'https://shop.example/a.webp', … }], … }
 */
export const OpenGraphSchema = z.strictObject({
  /** `og:type` (`article`, `website`). */
  type: str,
  /** `og:locale`, as given (`en_US`). */
  locale: str,
  title: str,
  description: str,
  url: str,
  siteName: str,
  images: z.array(SeoImageSchema),
  /** `article:published_time`, as given. */
  publishedTime: str,
  /** `article:modified_time`, as given. */
  modifiedTime: str,
  /** `article:publisher` (usually a Facebook page URL). */
  publisher: str,
  /** `article:author`. */
  author: str,
  /** `article:section` (Rank Math and AIOSEO: the primary category). */
  section: str,
  /** `article:tag`, one per tag, in order, duplicates dropped. */
  tags: z.array(z.string()),
});

/** A label and its value, as Twitter's extra data pairs ("Written by" / "Ann", "Est. reading time" / "4 minutes"). */
export const LabelValueSchema = z.strictObject({ label: z.string(), value: z.string() });

/** The Twitter (X) card tags (`twitter:*`); a tag not given is null or `[]`. */
export const TwitterSchema = z.strictObject({
  /** `twitter:card` (`summary_large_image`, …). */
  card: str,
  /** `twitter:site`: the site's account (`@shop`). */
  site: str,
  /** `twitter:creator`: the author's account. */
  creator: str,
  title: str,
  description: str,
  /** `twitter:image`: an image URL. */
  image: str,
  /** `twitter_misc` / `twitter:labelN` + `twitter:dataN`, in order, labels as the site wrote them. */
  labels: z.array(LabelValueSchema),
});

/**
 * One crumb of the JSON-LD BreadcrumbList, in `position` order; `url` is null when the crumb has
 * none (usually the last, the page itself).
 *
 * @example { name: 'Home', url: 'https://shop.example/' }
 */
export const BreadcrumbSchema = z.strictObject({ name: z.string(), url: str });

/** A question and its answer, as plain text, from the JSON-LD FAQPage nodes (Yoast and Rank Math FAQ blocks, Elementor FAQ widgets). */
export const FaqEntrySchema = z.strictObject({ question: z.string(), answer: z.string() });

/**
 * The first article node of the JSON-LD graph (Article, BlogPosting, NewsArticle, …), with
 * author and publisher resolved to names; a property not given is null or `[]`.
 */
export const SchemaArticleSchema = z.strictObject({
  /** The node's first article type (`Article`, `BlogPosting`, `NewsArticle`, …). */
  type: z.string(),
  /** `headline`, else `name`. */
  headline: str,
  /** As given (ISO 8601 with an offset, usually). */
  datePublished: str,
  /** As given. */
  dateModified: str,
  wordCount: int,
  /** `keywords`, a comma-separated string split, duplicates dropped. */
  keywords: z.array(z.string()),
  /** `articleSection` (the categories, usually), never split at commas. */
  sections: z.array(z.string()),
  /** The author's name (the Person node resolved). */
  author: str,
  /** The publisher's name. */
  publisher: str,
});

/** The first JSON-LD HowTo node: its name, description and steps as plain text (sections flattened into their steps). */
export const HowToSchema = z.strictObject({
  name: z.string(),
  description: str,
  /** Each step's text; `name` is null when the step has none. */
  steps: z.array(z.strictObject({ name: str, text: z.string() })),
});

/**
 * The organization behind the site: the JSON-LD article's publisher, else the WebSite's, else
 * the first Organization node (a Person publisher is not one).
 */
export const OrganizationSchema = z.strictObject({
  name: z.string(),
  url: str,
  /** The logo's URL (a URL or an ImageObject's). */
  logo: str,
  /** Its profiles elsewhere (`sameAs`: social accounts, Wikipedia). */
  sameAs: z.array(z.string()),
});

/** The first JSON-LD WebSite node: the site's name, home URL, tagline and default language. */
export const WebsiteSchema = z.strictObject({
  name: z.string(),
  /** The home page URL. */
  url: str,
  /** The site's tagline. */
  description: str,
  /** The site's default language (BCP 47). */
  inLanguage: str,
});

/** One JSON-LD node, with references to other nodes of the graph left as `{ "@id": … }`. */
export const JsonLdNodeSchema = z.record(z.string(), z.unknown());

/** Where the SEO data came from, most authoritative first. */
export const SeoSourceSchema = z.enum([
  'yoast_head_json',
  'yoast_head',
  'yoast_meta',
  'aioseo_head_json',
  'aioseo_breadcrumb_json',
  'aioseo_head',
  'aioseo_meta',
  'rankmath',
  'seopress',
  'head',
  'json_ld',
  'post',
]);

/**
 * SEO metadata of an article: what search engines and social sites were told, from every source
 * the post carries (plugin JSON, head HTML, JSON-LD in the content, then the post's own title,
 * excerpt and link); per field the first non-empty value wins. A field no source gives is null
 * or `[]`.
 *
 * @example
 * article.seo.title;          // 'Therapeutic alliance: why it matters | Aliantis'
 * article.seo.sources.title;  // 'yoast_head_json'
 */
export const SeoSchema = z.strictObject({
  /** The main source (the plugin whose data filled most fields), or null when no SEO data existed. */
  source: SeoSourceSchema.nullable(),
  /** Which rule filled each field, e.g. `{ title: 'yoast_head_json', description: 'post' }`. */
  sources: z.record(z.string(), SeoSourceSchema),
  /** The `<title>` search engines were given (plugin variables resolved). */
  title: str,
  /** The meta description. */
  description: str,
  /** The canonical URL. */
  canonical: str,
  /** `<link rel="prev">`: the previous page of a paginated post. */
  prev: str,
  /** `<link rel="next">`: the next page of a paginated post. */
  next: str,
  /** The author's display name as the SEO data printed it (`<meta name="author">`, Yoast `author`). */
  author: str,
  /** The robots directives; null when no source gave any. */
  robots: RobotsSchema.nullable(),
  openGraph: OpenGraphSchema,
  twitter: TwitterSchema,
  /** The JSON-LD graph as given (`@graph` flattened, one entry a node). */
  schema: z.array(JsonLdNodeSchema),
  breadcrumbs: z.array(BreadcrumbSchema),
  /** The JSON-LD article node; null when the graph has none. */
  article: SchemaArticleSchema.nullable(),
  faq: z.array(FaqEntrySchema),
  /** Null when the graph has no HowTo with a name. */
  howTo: HowToSchema.nullable(),
  /** Null when no JSON-LD organization is found. */
  organization: OrganizationSchema.nullable(),
  /** Null when the graph has no named WebSite node. */
  website: WebsiteSchema.nullable(),
  /** Values whose plugin variables (`%%sitename%%`) could not be resolved. */
  unresolved: z.array(z.string()),
});

/** Parsed robots directives; see {@link RobotsSchema}. */
export type Robots = z.infer<typeof RobotsSchema>;
/** An Open Graph image; see {@link SeoImageSchema}. */
export type SeoImage = z.infer<typeof SeoImageSchema>;
/** The Open Graph tags; see {@link OpenGraphSchema}. */
export type OpenGraph = z.infer<typeof OpenGraphSchema>;
/** The Twitter card tags; see {@link TwitterSchema}. */
export type Twitter = z.infer<typeof TwitterSchema>;
/** One breadcrumb; see {@link BreadcrumbSchema}. */
export type Breadcrumb = z.infer<typeof BreadcrumbSchema>;
/** A question and answer; see {@link FaqEntrySchema}. */
export type FaqEntry = z.infer<typeof FaqEntrySchema>;
/** Where an SEO value came from; see {@link SeoSourceSchema}. */
export type SeoSource = z.infer<typeof SeoSourceSchema>;
/** SEO metadata of an article; see {@link SeoSchema}. */
export type Seo = z.infer<typeof SeoSchema>;
/** A label and its value; see {@link LabelValueSchema}. */
export type LabelValue = z.infer<typeof LabelValueSchema>;
/** The JSON-LD article node; see {@link SchemaArticleSchema}. */
export type SchemaArticle = z.infer<typeof SchemaArticleSchema>;
/** A JSON-LD HowTo; see {@link HowToSchema}. */
export type HowTo = z.infer<typeof HowToSchema>;
/** The organization behind the site; see {@link OrganizationSchema}. */
export type Organization = z.infer<typeof OrganizationSchema>;
/** The JSON-LD WebSite; see {@link WebsiteSchema}. */
export type Website = z.infer<typeof WebsiteSchema>;
/** One JSON-LD node; see {@link JsonLdNodeSchema}. */
export type JsonLdNode = z.infer<typeof JsonLdNodeSchema>;
