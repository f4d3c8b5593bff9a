import * as unpress from '../../src';
import * as testing from '../../src/testing';
import * as testingFixtures from '../../src/testing/fixtures';
import { version } from '../../src/version';
import pkg from '../../package.json';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('public API', () => {
  it('exports exactly this list (a change here is a change users see)', () => {
    expect(Object.keys(unpress).sort()).toEqual(([
      // zod schemas: the single definition of every shape
      'ArticleSchema', 'AuthorSchema', 'BlockSchema', 'BreadcrumbSchema', 'ButtonBlockSchema', 'CodeBlockSchema', 'CommentSchema',
      'DetailsBlockSchema', 'EditorSchema', 'EmbedBlockSchema', 'FaqEntrySchema', 'FeaturedImageSchema',
      'FootnotesBlockSchema', 'GalleryBlockSchema', 'HeadingBlockSchema', 'HeadingLevelSchema', 'HeadingSchema', 'HowToSchema',
      'HtmlBlockSchema', 'ImageSchema', 'ImageVariantSchema', 'JsonLdNodeSchema', 'LabelValueSchema', 'LinkSchema',
      'ListBlockSchema', 'ListItemSchema', 'MediaBlockSchema', 'OpenGraphSchema', 'OrganizationSchema',
      'OutlineNodeSchema', 'ParagraphBlockSchema', 'QuoteBlockSchema', 'RenderWarningCodeSchema', 'RobotsSchema', 'SchemaArticleSchema',
      'SeoImageSchema', 'SeoSchema', 'SeoSourceSchema', 'SeparatorBlockSchema', 'SourceSchema', 'StatsSchema',
      'TableBlockSchema', 'TableCellSchema', 'TermSchema', 'TwitterSchema',
      'UnpressError',
      'WarningSchema', 'WebsiteSchema', 'WpErrorSchema', 'WpPostSchema', 'WxrSiteInfoSchema',
      // functions and extension tables
      'astroFrontMatter', 'canonical', 'createElement', 'defaultBlockHandlers', 'defaultFrontMatter', 'defaultMarkdownRules',
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
      'redirectFormats', 'reportHtml', 'reportView', 'reportWarningKinds', 'rewriteLinks', 'siteEntryOf', 'siteTermsOf',
    ] as string[]).sort());
  });

  it('exports exactly this list from unpress/testing and unpress/testing/fixtures', () => {
    expect(Object.keys(testing).sort()).toEqual([
      'SITE', 'articleSerializer', 'builderLeftovers', 'classicPost', 'elementorPost', 'elementorWidgetRenderers', 'gutenbergPost',
      'matchers', 'serializeArticle', 'serializeBlocks', 'wpPost', 'wxrExport', 'yoastHead',
    ]);
    expect(Object.keys(testing.matchers).sort()).toEqual(['toBeSafeHtml', 'toHaveHeading', 'toHaveNoBuilderMarkup', 'toHaveWarning', 'toKeepTextOf']);
    expect(Object.keys(testingFixtures)).toEqual(['fixtures']);
  });

  it('keeps unpress/testing out of the library: nothing outside src/testing imports it', () => {
    const src = join(__dirname, '../../src');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('testing'));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => /from '[./]*testing[/']/.test(readFileSync(join(src, f), 'utf8')))).toEqual([]);
  });

  it('maps unpress/testing in the exports map, types first, ESM and CommonJS', () => {
    for (const sub of ['./testing', './testing/fixtures']) {
      const entry = (pkg.exports as unknown as Record<string, { import: Record<string, string>; require: Record<string, string> }>)[sub]!;
      expect(Object.keys(entry.import)).toEqual(['types', 'default']);
      expect(entry.require.default).toBe(`./dist/${sub.slice(2)}.js`);
      expect(entry.import.default).toBe(`./dist/${sub.slice(2)}.mjs`);
    }
  });

  it('keeps src/version.ts in step with package.json', () => {
    expect(version).toBe(pkg.version);
  });
});
