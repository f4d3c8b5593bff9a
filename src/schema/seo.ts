import { z } from 'zod';

const str = z.string().nullable();
const int = z.number().int().nullable();

/** Parsed `robots` directives; `index`/`follow` default to true when only some directives are given. */
export const RobotsSchema = z.strictObject({
  index: z.boolean(),
  follow: z.boolean(),
  maxSnippet: int,
  maxImagePreview: z.enum(['none', 'standard', 'large']).nullable(),
  maxVideoPreview: int,
});

export const SeoImageSchema = z.strictObject({
  url: z.string(),
  width: int,
  height: int,
  type: str,
  alt: str,
});

export const OpenGraphSchema = z.strictObject({
  type: str,
  locale: str,
  title: str,
  description: str,
  url: str,
  siteName: str,
  images: z.array(SeoImageSchema),
  publishedTime: str,
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

export const LabelValueSchema = z.strictObject({ label: z.string(), value: z.string() });

export const TwitterSchema = z.strictObject({
  card: str,
  site: str,
  creator: str,
  title: str,
  description: str,
  image: str,
  /** `twitter_misc` / `twitter:labelN` + `twitter:dataN`, in order, labels as the site wrote them. */
  labels: z.array(LabelValueSchema),
});

export const BreadcrumbSchema = z.strictObject({ name: z.string(), url: str });

export const FaqEntrySchema = z.strictObject({ question: z.string(), answer: z.string() });

export const SchemaArticleSchema = z.strictObject({
  type: z.string(),
  headline: str,
  datePublished: str,
  dateModified: str,
  wordCount: int,
  keywords: z.array(z.string()),
  sections: z.array(z.string()),
  author: str,
  publisher: str,
});

export const HowToSchema = z.strictObject({
  name: z.string(),
  description: str,
  steps: z.array(z.strictObject({ name: str, text: z.string() })),
});

export const OrganizationSchema = z.strictObject({
  name: z.string(),
  url: str,
  logo: str,
  sameAs: z.array(z.string()),
});

export const WebsiteSchema = z.strictObject({
  name: z.string(),
  url: str,
  description: str,
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

/** SEO metadata of an article: what search engines and social sites were told. */
export const SeoSchema = z.strictObject({
  /** The main source (the plugin whose data filled most fields), or null when no SEO data existed. */
  source: SeoSourceSchema.nullable(),
  /** Which rule filled each field, e.g. `{ title: 'yoast_head_json', description: 'post' }`. */
  sources: z.record(z.string(), SeoSourceSchema),
  title: str,
  description: str,
  canonical: str,
  prev: str,
  next: str,
  /** The author's display name as the SEO data printed it (`<meta name="author">`, Yoast `author`). */
  author: str,
  robots: RobotsSchema.nullable(),
  openGraph: OpenGraphSchema,
  twitter: TwitterSchema,
  /** The JSON-LD graph as given (`@graph` flattened, one entry a node). */
  schema: z.array(JsonLdNodeSchema),
  breadcrumbs: z.array(BreadcrumbSchema),
  article: SchemaArticleSchema.nullable(),
  faq: z.array(FaqEntrySchema),
  howTo: HowToSchema.nullable(),
  organization: OrganizationSchema.nullable(),
  website: WebsiteSchema.nullable(),
  /** Values whose plugin variables (`%%sitename%%`) could not be resolved. */
  unresolved: z.array(z.string()),
});

export type Robots = z.infer<typeof RobotsSchema>;
export type SeoImage = z.infer<typeof SeoImageSchema>;
export type OpenGraph = z.infer<typeof OpenGraphSchema>;
export type Twitter = z.infer<typeof TwitterSchema>;
export type Breadcrumb = z.infer<typeof BreadcrumbSchema>;
export type FaqEntry = z.infer<typeof FaqEntrySchema>;
export type SeoSource = z.infer<typeof SeoSourceSchema>;
export type Seo = z.infer<typeof SeoSchema>;
export type LabelValue = z.infer<typeof LabelValueSchema>;
export type SchemaArticle = z.infer<typeof SchemaArticleSchema>;
export type HowTo = z.infer<typeof HowToSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Website = z.infer<typeof WebsiteSchema>;
export type JsonLdNode = z.infer<typeof JsonLdNodeSchema>;
