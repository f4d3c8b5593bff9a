/**
 * SEO extraction: `extractSeo` and the rule table it runs, exported so callers can add or
 * replace rules (`parsePost(json, { seoRules: [myRule] })`).
 */
export { extractSeo } from './extract-seo';
export { defaultSeoRules } from './default-seo-rules';
export type { SeoPartial, SeoReading, SeoRule } from './seo-rule';
export { fromAioseoBreadcrumbs } from './from-aioseo-breadcrumbs';
export { fromAioseoJson } from './from-aioseo-json';
export { fromContentJsonLd } from './from-content-json-ld';
export { fromHeadHtml } from './from-head-html';
export { fromMetaTags, type MetaTag } from './from-meta-tags';
export { fromPost } from './from-post';
export { fromSeopress } from './from-seopress';
export { fromYoastJson } from './from-yoast-json';
export { fromYoastMeta } from './from-yoast-meta';
export { fromGraph } from './json-ld/from-graph';
export { parseRobots } from './parse-robots';
