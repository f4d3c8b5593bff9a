/**
 * schema.org types unpress looks for, as data. Plugins let authors pick the article type
 * (Yoast `schema_article_type`), so every Article subtype counts as "the article".
 */

/**
 * `Article` and its subtypes.
 * @example ARTICLE_TYPES.has('BlogPosting') // → true
 */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'BlogPosting', 'NewsArticle', 'TechArticle', 'ScholarlyArticle', 'Report',
  'SocialMediaPosting', 'LiveBlogPosting', 'DiscussionForumPosting', 'AnalysisNewsArticle',
  'OpinionNewsArticle', 'ReportageNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle',
  'AskPublicNewsArticle', 'SatiricalArticle', 'AdvertiserContentArticle', 'MedicalScholarlyArticle',
]);

/**
 * `WebPage` and the page types Yoast, Rank Math and AIOSEO emit.
 * @example PAGE_TYPES.has('CollectionPage') // → true
 */
export const PAGE_TYPES: ReadonlySet<string> = new Set([
  'WebPage', 'ItemPage', 'AboutPage', 'ContactPage', 'CollectionPage', 'ProfilePage', 'FAQPage',
  'QAPage', 'CheckoutPage', 'SearchResultsPage', 'MedicalWebPage', 'RealEstateListing',
]);

/**
 * `Organization` and the subtypes sites pick for themselves.
 * @example ORGANIZATION_TYPES.has('LocalBusiness') // → true
 */
export const ORGANIZATION_TYPES: ReadonlySet<string> = new Set([
  'Organization', 'Corporation', 'NewsMediaOrganization', 'LocalBusiness', 'OnlineBusiness',
  'OnlineStore', 'EducationalOrganization', 'NGO', 'GovernmentOrganization', 'MedicalOrganization',
  'Store', 'ProfessionalService', 'FinancialService',
]);
