import type { Context } from '../../context';
import type { Seo } from '../../schema/seo';
import type { WpPost } from '../../schema/wp-post';
import { defaultSeoRules } from './default-seo-rules';
import { safeGraphUrls } from './json-ld/safe-graph-urls';
import { mergeSeo } from './merge-seo';
import { resolveSeoVariables } from './resolve-seo-variables';
import type { SeoReading, SeoRule } from './seo-rule';

/**
 * Everything search engines and social sites were told about a post, from every source it
 * carries: plugin JSON (`yoast_head_json`, `aioseo_head_json`, SEOPress, legacy `yoast_meta`),
 * then head HTML (`yoast_head`, `aioseo_head`, the `head` option), then JSON-LD in the content,
 * then the post's own title, excerpt and link. Per field the first non-empty value wins and
 * `seo.sources` says where it came from. Never throws on malformed plugin data: a failing rule
 * is skipped with a `seo_rule_failed` warning. Every URL in the JSON-LD graph goes through
 * `safeUrl` (see `safeGraphUrls`).
 *
 * @param post - the validated post
 * @param ctx - the conversion context; `ctx.options.seoRules` are merged over `defaultSeoRules`
 * @example
 * const seo = extractSeo(post, ctx);
 * seo.title        // → 'Therapeutic alliance: why it matters in healthcare | Aliantis'
 * seo.sources.title // → 'yoast_head_json'
 */
export function extractSeo(post: WpPost, ctx: Context): Seo {
  const readings: SeoReading[] = [];
  for (const rule of rulesFor(ctx.options.seoRules ?? [])) {
    try {
      const reading = rule.read(post, ctx);
      if (reading) readings.push(reading);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      ctx.warn('seo_rule_failed', `SEO rule "${rule.name}" failed and was skipped: ${why}`, null);
    }
  }
  const seo = resolveSeoVariables(mergeSeo(readings), post, ctx);
  // The typed fields read their URLs through `safeUrl`; the graph as given is published too
  // (and read again for the author, image and language), so its URLs are checked once, here.
  seo.schema = safeGraphUrls(seo.schema, ctx, `${seo.sources.schema ?? 'seo'}.schema`);
  return seo;
}

// User rules replace defaults of the same name in place; new ones run first.
function rulesFor(user: readonly SeoRule[]): SeoRule[] {
  const byName = new Map(user.map((r) => [r.name, r]));
  const replaced = defaultSeoRules.map((r) => byName.get(r.name) ?? r);
  const added = user.filter((r) => !defaultSeoRules.some((d) => d.name === r.name));
  return [...added, ...replaced];
}
