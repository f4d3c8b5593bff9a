/**
 * unpress: WordPress REST post JSON in, clean typed articles out.
 *
 * Stages: `parse` (unknown → WpPost) → `clean` (content HTML → clean DOM, one profile per
 * builder) → `extract` (→ Article fields) → `render` (Markdown, HTML, text).
 */
export { parsePost, safeParsePost, type SafeParseResult } from './parse-post';
export { parsePosts, type ParsePostsResult, type PostFailure } from './parse-posts';
export { streamPosts, type StreamPostsOptions, type StreamResult } from './sources/stream-posts';
export type { InputFormat } from './sources/read-post-items';
export { readWxr, type ReadWxrOptions, type WxrInput } from './sources/wxr/read-wxr';
export { fetchSite, type FetchSiteOptions } from './sources/site/fetch-site';
export { WxrSiteInfoSchema, type WxrSiteInfo } from './sources/wxr/wxr-site';
export type { WxrFilter } from './sources/wxr/wxr-item-to-post';
export type { ParallelOptions } from './workers/parse-posts-parallel';
export { toMarkdown, renderMarkdown, type MarkdownOptions } from './render/to-markdown';
export { renderHtml } from './render/to-html';
export { renderText } from './render/to-text';
export { defaultFrontMatter } from './render/front-matter/default';
export { renderFrontMatter, resolveFrontMatter, yamlDate, type FrontMatterMapper, type FrontMatterOption } from './render/front-matter';
export { frontMatterPresets, type FrontMatterPreset } from './render/front-matter/presets';
export { astroFrontMatter } from './render/front-matter/astro';
export { hugoFrontMatter } from './render/front-matter/hugo';
export { jekyllFrontMatter, jekyllDate } from './render/front-matter/jekyll';
export { eleventyFrontMatter } from './render/front-matter/eleventy';
export { toSections, type Section } from './render/to-sections';
export { htmlRenderers, type Renderer } from './render/to-html';
export type { EmbedStyle, MarkdownContext } from './render/markdown/markdown-context';
export { defaultMarkdownRules, type MarkdownRules } from './render/markdown/rules';
export type { MarkdownRule, RenderBlocks } from './render/markdown/markdown-rule';
export { escapeMarkdown, escapeLineStart, type EscapeOptions } from './render/markdown/escape';
export { UnpressError, type UnpressErrorCode, type UnpressIssue } from './errors';
export type { ParseOptions, ResolvedOptions } from './options';
export type { Context, RawLink } from './context';
export type { InlineContent } from './extract/body/inline';
export { createElement, type Element, type AnyNode } from './dom/dom';

export { defaultProfiles } from './clean/profiles';
export type { Profile, CleanRule, Matcher, Transform, DetectInput } from './clean/profile';
export type { Shortcode, ShortcodeHandler, ShortcodeFunction } from './clean/shortcodes/shortcode-handler';
export { defaultShortcodes } from './clean/shortcodes/handlers';
export { canonical } from './clean/canonical/canonical';
export { defaultBlockHandlers } from './extract/body/handlers';
export type { BlockHandler, BodyContext } from './extract/body/block-handler';
export { providers, embedFromUrl, type Provider } from './extract/body/providers';
export { defaultSourceLabels } from './extract/source-labels';
export { safeUrl, type SafeUrlOptions } from './text/safe-url';
export { slugify } from './extract/slugify';

export * from './schema/article';
export * from './schema/block';
export * from './schema/seo';
export { WpPostSchema, WpErrorSchema, type WpPost, type WpError } from './schema/wp-post';
export { defaultSeoRules, type SeoRule, type SeoReading, type SeoPartial } from './extract/seo';

// Migration of a whole site (`unpress migrate`) and its pieces, each usable alone.
export { migrate, type MigrateOptions, type MigrateProgress } from './migrate/migrate';
export type { MigrateSource, SourceFilter } from './migrate/read-sources';
export { planPaths, type PlanPathsOptions } from './migrate/plan-paths';
export { SiteIndex, siteEntryOf, siteTermsOf } from './migrate/site-index';
export { ManifestSchema, ManifestEntrySchema, type Manifest, type ManifestEntry } from './migrate/manifest';
export { MigrateWarningCodeSchema, type MigrateWarningCode } from './migrate/migrate-warning';
export * from './migrate/schema';
export type { Layout, LayoutItem, LayoutSite, LayoutMedia, LayoutIndex } from './migrate/layout';
export { layouts } from './migrate/layouts';
export { buildLinkIndex, LinkIndex, rewriteLinks, mapArticleUrls, mapHtmlUrls, mapSrcset, type LinkIndexInput, type LinkTarget, type UrlMap } from './migrate/links';
export { buildRedirects, redirectFormats, type RedirectFormat } from './migrate/redirects';
export { buildReport, reportHtml, reportView, reportWarningKinds, type BuildReportInput, type ReportHtmlOptions, type ReportView, type ReportViewRow, type WarningKind } from './migrate/report';
export { MediaCatalog, collectMedia, originalUrl, planMediaFiles, downloadMedia, type DownloadMediaOptions, type AttachmentFacts } from './migrate/media';
