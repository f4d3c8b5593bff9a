import type { Context } from '../context';
import type { Term } from '../schema/article';
import type { Seo } from '../schema/seo';
import type { WpPost } from '../schema/wp-post';
import { asInt, asList, asObject, asSlug, asText, isEmbeddedError } from './coerce';

/**
 * Categories, tags and custom taxonomies of an article; see `extractTerms`.
 * @example const { categories, terms }: ArticleTerms = extractTerms(post, seo, ctx);
 */
export interface ArticleTerms {
  categories: Term[] | null;
  tags: Term[] | null;
  terms: Record<string, Term[]>;
}

/**
 * Taxonomy terms. `_embedded['wp:term'][i]` belongs to the taxonomy named in
 * `_links['wp:term'][i].taxonomy` (WordPress skips taxonomies without a REST route, so the
 * position alone means nothing), else to each term's own `taxonomy`. Without embeds, the id
 * lists (`categories`, `tags`, or the field a link's `href` names) give ids; `class_list`
 * (`category-<slug>`, `tag-<slug>`) gives the slug when exactly one is unaccounted for, and
 * the JSON-LD `articleSection` (categories) or `keywords` (tags) the name when it slugs to it.
 * Categories and tags are null when the input says nothing about them (pages); custom
 * taxonomies go to `terms`, keyed by taxonomy, in the order the links list them.
 *
 * @example extractTerms(seedPost, seo, ctx).categories // → [{ id: 55, name: 'Wellbeing', slug: 'wellbeing' }]
 */
export function extractTerms(post: WpPost, seo: Seo, ctx: Context): ArticleTerms {
  const links = asList(post._links?.['wp:term']).map(asObject);
  const fields = new Map<string, string>();
  for (const link of links) {
    const taxonomy = asText(link?.taxonomy);
    if (taxonomy && !fields.has(taxonomy)) fields.set(taxonomy, restBase(link?.href) ?? defaultField(taxonomy));
  }
  const embedded = readEmbedded(post, links, ctx);
  const taxonomies = [...new Set(['category', 'post_tag', ...fields.keys(), ...embedded.keys()])];
  const classes = classListOf(post);
  const result = new Map<string, Term[]>();
  for (const taxonomy of taxonomies) {
    const ids = idList(post[fields.get(taxonomy) ?? defaultField(taxonomy)]);
    const names = taxonomy === 'category' ? (seo.article?.sections ?? []) : taxonomy === 'post_tag' ? (seo.article?.keywords ?? []) : [];
    const found = embedded.get(taxonomy);
    const terms = found ? withMissingIds(found, ids) : fromIds(ids, classes, taxonomy, names);
    if (terms) result.set(taxonomy, terms);
  }
  const terms: Record<string, Term[]> = {};
  for (const [taxonomy, list] of result) if (taxonomy !== 'category' && taxonomy !== 'post_tag') terms[taxonomy] = list;
  return { categories: result.get('category') ?? null, tags: result.get('post_tag') ?? null, terms };
}

function readEmbedded(post: WpPost, links: (Record<string, unknown> | null)[], ctx: Context): Map<string, Term[]> {
  const out = new Map<string, Term[]>();
  asList(post._embedded?.['wp:term']).forEach((group, i) => {
    const linked = asText(links[i]?.taxonomy);
    if (isEmbeddedError(group)) {
      ctx.warn('terms_unavailable', `The embedded ${linked ?? 'terms'} are a REST error (${group.code}); ids are used instead`, `_embedded.wp:term[${i}]`);
      return;
    }
    if (!Array.isArray(group)) return;
    // An empty list still says "no terms" for a linked taxonomy.
    if (linked && !out.has(linked)) out.set(linked, []);
    for (const raw of group) {
      const t = asObject(raw);
      const taxonomy = linked ?? asText(t?.taxonomy);
      if (!t || !taxonomy || isEmbeddedError(t)) continue;
      const list = out.get(taxonomy) ?? [];
      const term: Term = { id: asInt(t.id), name: asText(t.name), slug: asSlug(t.slug) };
      if (term.id === null || !list.some((x) => x.id === term.id)) list.push(term);
      out.set(taxonomy, list);
    }
  });
  return out;
}

function withMissingIds(found: Term[], ids: number[] | null): Term[] {
  const missing = (ids ?? []).filter((id) => !found.some((t) => t.id === id));
  return [...found, ...missing.map((id) => ({ id, name: null, slug: null }))];
}

function fromIds(ids: number[] | null, classes: string[], taxonomy: string, names: readonly string[]): Term[] | undefined {
  // WordPress writes `tag-<slug>` for post_tag, `<taxonomy>-<slug>` otherwise, and the term id
  // instead of a slug that sanitises to nothing (non-Latin slugs): a numeric suffix is an id.
  const prefix = taxonomy === 'post_tag' ? 'tag-' : `${taxonomy}-`;
  const suffixes = classes.filter((c) => c.startsWith(prefix) && c.length > prefix.length).map((c) => c.slice(prefix.length));
  const classIds = suffixes.filter((s) => /^\d+$/.test(s)).map(Number);
  const slugs = suffixes.filter((s) => !/^\d+$/.test(s));
  if (ids === null && suffixes.length === 0) return undefined;
  const terms: Term[] = (ids ?? classIds).map((id) => ({ id, name: null, slug: null }));
  const unmatched = terms.filter((t) => t.id === null || !classIds.includes(t.id));
  if (ids === null) terms.push(...slugs.map((slug) => ({ id: null, name: null, slug })));
  else if (unmatched.length === 1 && slugs.length === 1) unmatched[0]!.slug = slugs[0]!;
  for (const term of terms) {
    const bySlug = term.slug === null ? undefined : names.find((n) => wpSlug(n) === term.slug);
    // A lone category with a lone section: Yoast's articleSection lists category names.
    const alone = taxonomy === 'category' && terms.length === 1 && names.length === 1 ? names[0] : undefined;
    term.name = bySlug ?? alone ?? null;
  }
  return terms;
}

// `https://x/wp-json/wp/v2/case_studies_category?post=1` or `?rest_route=/wp/v2/tags&post=1` → the field name.
function restBase(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  let decoded = href;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    // keep the raw href
  }
  return /\/wp\/v2\/([A-Za-z0-9_-]+)(?:[?&]|$)/.exec(decoded)?.[1] ?? null;
}

function defaultField(taxonomy: string): string {
  return taxonomy === 'category' ? 'categories' : taxonomy === 'post_tag' ? 'tags' : taxonomy;
}

function idList(value: unknown): number[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter((v): v is number => Number.isInteger(v));
}

function classListOf(post: WpPost): string[] {
  const list = post.class_list;
  if (!list) return [];
  return (Array.isArray(list) ? list : Object.values(list)).filter((c): c is string => typeof c === 'string');
}

// An approximation of WordPress's sanitize_title, enough to match a name to its slug.
function wpSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&[a-z]+;|&/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
