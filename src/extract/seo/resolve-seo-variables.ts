import type { Context } from '../../context';
import type { Seo } from '../../schema/seo';
import type { WpPost } from '../../schema/wp-post';
import { collapseWhitespace } from '../../text/decode';
import { extractExcerpt } from '../extract-excerpt';
import { extractTitle } from '../extract-title';
import { own } from '../../text/own';

// Yoast `%%title%%`, SEOPress `%%post_title%%`, Rank Math `%title%`: one value, several names.
const ALIASES: Record<string, string> = {
  title: 'title', post_title: 'title',
  sitename: 'sitename', sitetitle: 'sitename',
  sitedesc: 'sitedesc', tagline: 'sitedesc',
  sep: 'sep',
  excerpt: 'excerpt', excerpt_only: 'excerpt', post_excerpt: 'excerpt',
  category: 'category', primary_category: 'category', post_category: 'category',
  tag: 'tag', tags: 'tag', post_tag: 'tag',
  name: 'author', author: 'author', post_author: 'author',
  id: 'id', post_id: 'id',
  // Yoast prints "Page 2 of 4" only from page 2 on; a post body is page 1.
  page: 'page',
};

const FIELDS = [
  ['title', (s: Seo) => s.title, (s: Seo, v: string | null) => { s.title = v; }],
  ['description', (s: Seo) => s.description, (s: Seo, v: string | null) => { s.description = v; }],
  ['openGraph.title', (s: Seo) => s.openGraph.title, (s: Seo, v: string | null) => { s.openGraph.title = v; }],
  ['openGraph.description', (s: Seo) => s.openGraph.description, (s: Seo, v: string | null) => { s.openGraph.description = v; }],
  ['twitter.title', (s: Seo) => s.twitter.title, (s: Seo, v: string | null) => { s.twitter.title = v; }],
  ['twitter.description', (s: Seo) => s.twitter.description, (s: Seo, v: string | null) => { s.twitter.description = v; }],
] as const;

/**
 * Fills plugin title variables left in SEO text (`%%title%% %%sep%% %%sitename%%`, which
 * `yoast_head_json` carries when Yoast could not render them) from the post and the rest of the
 * SEO data: title, site name and tagline, `sep` (default `-`), excerpt, category, tags, author,
 * id. A variable with no value stays in the text, is listed in `seo.unresolved` and gets one
 * `seo_unresolved_variable` warning per field. Returns a new object.
 *
 * @example resolveSeoVariables({ ...seo, title: '%%title%% %%sep%% %%sitename%%' }, post, ctx).title // → 'Hello - My Site'
 */
export function resolveSeoVariables(seo: Seo, post: WpPost, ctx: Context): Seo {
  if (!FIELDS.some(([, get]) => /%[a-z]/i.test(get(seo) ?? ''))) return seo;
  const values = valuesFor(seo, post);
  const out: Seo = { ...seo, openGraph: { ...seo.openGraph }, twitter: { ...seo.twitter }, unresolved: [...seo.unresolved] };
  for (const [field, get, set] of FIELDS) {
    const text = get(out);
    if (!text) continue;
    const missing: string[] = [];
    const replace = (token: string, name: string): string => {
      const key = own(ALIASES, name.toLowerCase());
      const value = key === undefined ? undefined : values[key];
      if (typeof value === 'string') return value;
      missing.push(token);
      return token;
    };
    const resolved = collapseWhitespace(
      text.replace(/%%([a-z0-9_]+)%%/gi, replace).replace(/(?<![%\w])%([a-z][a-z_]*)%(?![%\w])/g, replace),
    );
    set(out, resolved === '' ? null : resolved);
    if (missing.length) {
      for (const m of missing) if (!out.unresolved.includes(m)) out.unresolved.push(m);
      ctx.warn('seo_unresolved_variable', `SEO ${field} keeps plugin variables with no known value: ${missing.join(', ')}`, `seo.${field}`);
    }
  }
  return out;
}

function valuesFor(seo: Seo, post: WpPost): Record<string, string | null> {
  const title = extractTitle(post);
  return {
    title: title === '' ? null : title,
    sitename: seo.openGraph.siteName ?? seo.website?.name ?? null,
    sitedesc: seo.website?.description ?? null,
    sep: '-',
    excerpt: extractExcerpt(post),
    category: seo.article?.sections[0] ?? null,
    tag: seo.article?.keywords.length ? seo.article.keywords.join(', ') : null,
    author: seo.article?.author ?? seo.author ?? null,
    id: String(post.id),
    page: '',
  };
}
