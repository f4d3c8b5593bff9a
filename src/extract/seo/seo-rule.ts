import type { Context } from '../../context';
import type { OpenGraph, Seo, SeoSource, Twitter } from '../../schema/seo';
import type { WpPost } from '../../schema/wp-post';

/**
 * What one source says about a post's SEO: any subset of the `Seo` fields. Missing, null, `''`
 * and `[]` all mean "this source says nothing", so the next rule gets its turn.
 * @example const partial: SeoPartial = { title: 'Hi', openGraph: { siteName: 'My site' } };
 */
export type SeoPartial = Partial<Omit<Seo, 'source' | 'sources' | 'unresolved' | 'openGraph' | 'twitter'>> & {
  openGraph?: Partial<OpenGraph>;
  twitter?: Partial<Twitter>;
};

/**
 * A rule's answer: the fields it found and the source they are credited to in `seo.sources`.
 * @example const reading: SeoReading = { source: 'head', data: { title: 'Hi' } };
 */
export interface SeoReading {
  /** The source `seo.sources` credits for each field this reading fills. */
  source: SeoSource;
  /** The fields found (any subset of `Seo`'s); empty values do not count. */
  data: SeoPartial;
}

/**
 * One source of SEO metadata, metascraper-style: rules run strongest first and, per field, the
 * first non-empty value wins. A rule returns null when the post does not carry its source; it
 * should not throw (if it does, `extractSeo` records a `seo_rule_failed` warning and moves on).
 *
 * @example
 * // Read a custom plugin field before the defaults:
 * const mySeo: SeoRule = {
 *   name: 'my_plugin',
 *   read: (post) => typeof post.my_seo_title === 'string'
 *     ? { source: 'head', data: { title: post.my_seo_title } }
 *     : null,
 * };
 * parsePost(json, { seoRules: [mySeo] });
 */
export interface SeoRule {
  /** Unique name; a user rule with a default rule's name replaces it. */
  name: string;
  /** Reads the post: the fields found, or null when this source has nothing. A rule that throws is skipped with a `seo_rule_failed` warning. */
  read(post: WpPost, ctx: Context): SeoReading | null;
}
