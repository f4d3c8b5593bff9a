/**
 * unpress: WordPress REST post JSON in, clean typed articles out.
 *
 * Stages: `parse` (unknown → WpPost) → `clean` (content HTML → clean DOM, one profile per
 * builder) → `extract` (→ Article fields) → `render` (Markdown, HTML, text).
 */
export { parsePost, safeParsePost, type SafeParseResult } from './parse-post';
export { parsePosts, type ParsePostsResult, type PostFailure } from './parse-posts';
export { toMarkdown, renderMarkdown, type MarkdownOptions } from './render/to-markdown';
export { renderHtml } from './render/to-html';
export { renderText } from './render/to-text';
export { defaultFrontMatter, type FrontMatterMapper } from './render/front-matter';
export { defaultMarkdownRules, type MarkdownRules } from './render/markdown/rules';
export type { MarkdownRule } from './render/markdown/markdown-rule';
export { escapeMarkdown } from './render/markdown/escape';
export { UnpressError, type UnpressErrorCode, type UnpressIssue } from './errors';
export type { ParseOptions } from './options';

export { defaultProfiles } from './clean/profiles';
export type { Profile, CleanRule, Matcher, Transform, DetectInput } from './clean/profile';
export { canonical } from './clean/canonical/canonical';
export { defaultBlockHandlers } from './extract/body/handlers';
export type { BlockHandler, BodyContext } from './extract/body/block-handler';
export { providers, embedFromUrl, type Provider } from './extract/body/providers';
export { defaultSourceLabels } from './extract/extract-sources';
export { safeUrl } from './text/safe-url';
export { slugify } from './extract/slugify';

export * from './schema/article';
export * from './schema/block';
export * from './schema/seo';
export { WpPostSchema, WpErrorSchema, type WpPost, type WpError } from './schema/wp-post';
