import * as unpress from '../../src';
import { version } from '../../src/version';
import pkg from '../../package.json';

describe('public API', () => {
  it('exports exactly this list (a change here is a change users see)', () => {
    expect(Object.keys(unpress).sort()).toEqual(([
      // zod schemas: the single definition of every shape
      'ArticleSchema', 'AuthorSchema', 'BlockSchema', 'BreadcrumbSchema', 'ButtonBlockSchema', 'CodeBlockSchema', 'CommentSchema',
      'DetailsBlockSchema', 'EditorSchema', 'EmbedBlockSchema', 'FaqEntrySchema', 'FeaturedImageSchema',
      'FootnotesBlockSchema', 'GalleryBlockSchema', 'HeadingBlockSchema', 'HeadingSchema', 'HowToSchema',
      'HtmlBlockSchema', 'ImageSchema', 'ImageVariantSchema', 'JsonLdNodeSchema', 'LabelValueSchema', 'LinkSchema',
      'ListBlockSchema', 'ListItemSchema', 'MediaBlockSchema', 'OpenGraphSchema', 'OrganizationSchema',
      'OutlineNodeSchema', 'ParagraphBlockSchema', 'QuoteBlockSchema', 'RenderWarningCodeSchema', 'RobotsSchema', 'SchemaArticleSchema',
      'SeoImageSchema', 'SeoSchema', 'SeoSourceSchema', 'SeparatorBlockSchema', 'SourceSchema', 'StatsSchema',
      'TableBlockSchema', 'TableCellSchema', 'TermSchema', 'TwitterSchema',
      'UnpressError',
      'WarningSchema', 'WebsiteSchema', 'WpErrorSchema', 'WpPostSchema', 'WxrSiteInfoSchema',
      // functions and extension tables
      'astroFrontMatter', 'canonical', 'defaultBlockHandlers', 'defaultFrontMatter', 'defaultMarkdownRules',
      'defaultProfiles', 'defaultSeoRules', 'defaultShortcodes', 'defaultSourceLabels', 'eleventyFrontMatter',
      'embedFromUrl', 'escapeLineStart', 'escapeMarkdown', 'fetchSite', 'frontMatterPresets', 'htmlRenderers', 'hugoFrontMatter',
      'jekyllDate', 'jekyllFrontMatter', 'parsePost', 'parsePosts', 'providers', 'readWxr', 'renderFrontMatter', 'renderHtml',
      'renderMarkdown', 'renderText', 'resolveFrontMatter', 'safeParsePost', 'safeUrl', 'slugify', 'streamPosts',
      'toMarkdown', 'toSections', 'yamlDate',
      // migration of a whole site, and its pieces
      'LayoutNameSchema', 'LinkIndex', 'ManifestEntrySchema', 'ManifestSchema', 'MediaEntrySchema', 'MediaStatusSchema',
      'MigrateReportSchema', 'MigrateWarningCodeSchema', 'PermalinksSchema', 'PlannedPathSchema', 'RedirectSchema', 'ReportItemSchema',
      'SiteEntrySchema', 'SiteIndex', 'SiteTermSchema', 'MediaCatalog', 'collectMedia', 'originalUrl', 'planMediaFiles', 'downloadMedia',
      'buildLinkIndex', 'buildRedirects', 'buildReport', 'layouts', 'mapArticleUrls', 'mapHtmlUrls', 'mapSrcset', 'migrate', 'planPaths',
      'redirectFormats', 'reportHtml', 'rewriteLinks', 'siteEntryOf', 'siteTermsOf',
    ] as string[]).sort());
  });

  it('keeps src/version.ts in step with package.json', () => {
    expect(version).toBe(pkg.version);
  });
});
