import { cleanHtml } from './clean/clean-html';
import { renderStoredContent } from './clean/stored/render-stored-content';
import { createContext, type Context } from './context';
import { extractAuthor } from './extract/extract-author';
import { extractBody } from './extract/extract-body';
import { extractComments } from './extract/extract-comments';
import { extractDates } from './extract/extract-dates';
import { extractExcerpt } from './extract/extract-excerpt';
import { trimExcerpt } from './extract/trim-excerpt';
import { extractFeaturedImage } from './extract/extract-featured-image';
import { buildOutline, extractHeadings } from './extract/extract-headings';
import { extractLanguage } from './extract/extract-language';
import { extractLinks } from './extract/extract-links';
import { extractLists } from './extract/extract-lists';
import { extractSources } from './extract/extract-sources';
import { extractStats } from './extract/extract-stats';
import { extractTerms } from './extract/extract-terms';
import { extractTitle } from './extract/extract-title';
import { baseFor, mayHaveRelativeUrls, resolveUrls } from './extract/resolve-urls';
import { extractSeo } from './extract/seo/extract-seo';
import { createGraph } from './extract/seo/json-ld/json-ld-graph';
import { sanitizeHtmlBlocks } from './extract/sanitize-html-blocks';
import type { ResolvedOptions } from './options';
import { renderHtml } from './render/to-html';
import { renderText } from './render/to-text';
import type { Article } from './schema/article';
import type { WpPost } from './schema/wp-post';
import { decodeSlug } from './text/decode-slug';
import { safeUrl } from './text/safe-url';
import { cutText } from './text/cut-text';
import { wellFormedStrings } from './text/well-formed';

/**
 * The one place that knows the order of the stages: validated post → clean DOM (parsed once)
 * → extracted fields → rendered html and text. Pure: no I/O, and the input is not mutated.
 */
export function convertPost(post: WpPost, options: ResolvedOptions): Article {
  const stages = postStages(post, options);
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

/**
 * `convertPost` as a generator that pauses between its stages (clean, body, the other
 * fields), so a batch can run each stage over several posts in turn (`convertItems`). A post's
 * own stages, warnings and result are the same either way; a stage that throws fails only
 * that post.
 */
export function* postStages(input: WpPost, options: ResolvedOptions): Generator<void, Article, void> {
  // A lone surrogate (JSON's `\ud800`) is no character: a UTF-8 file cannot hold it, YAML 1.1
  // readers refuse it. Replaced once here, every field and output is well formed.
  const fixed: string[] = [];
  const cut: [string, number][] = [];
  const post = capFields(wellFormedStrings(input, (path) => fixed.push(path)), options.maxFieldLength, cut);
  const ctx = createContext(post, options);
  for (const w of post._unpress?.warnings ?? []) ctx.warn(w.code, w.message, w.path);
  for (const path of fixed) ctx.warn('lone_surrogate', 'Replaced a lone surrogate (half of a UTF-16 pair) with U+FFFD', path);
  for (const [path, length] of cut) ctx.warn('field_truncated', `${path} of ${length} characters was cut to ${options.maxFieldLength} (maxFieldLength)`, path);
  const isProtected = post.content?.protected === true;
  let content = post.content?.rendered ?? storedContent(post.content?.raw) ?? attachmentContent(post);
  // A protected post's content is in the response when the request could read it
  // (`context=edit`, an export, or a site that sends it anyway): it is converted like any other.
  if (isProtected && content.trim() === '') ctx.warn('protected', 'The post is password-protected: its content is not in the response', 'content.protected');
  if (content.length > options.maxContentLength) {
    ctx.warn('content_truncated', `Content of ${content.length} characters was cut to ${options.maxContentLength} (maxContentLength)`, 'content.rendered');
    content = cutText(content, options.maxContentLength);
  }
  yield;

  // `content.raw` (context=edit, an export; protected or not) has not been through WordPress's
  // shortcodes; `rendered` has.
  const { root, editor } = cleanHtml(content, ctx, typeof post.content?.rendered === 'string' || typeof post.content?.raw !== 'string');
  // Relative links and images read as the post's page did (`baseUrl`, else the post's link).
  const base = baseFor(options.baseUrl, safeUrl(post.link));
  if (mayHaveRelativeUrls(content)) resolveUrls(root, base);
  yield;

  const title = extractTitle(post);
  const { body, subtitle } = extractBody(root, ctx, title);
  sanitizeHtmlBlocks(body, ctx);
  // Everything read from the body, while it is still in the CPU's caches (each post allocates
  // close to a megabyte; ~1% faster than reading it after the SEO and post fields). None of
  // these warn, so the order of `warnings` is unchanged.
  const headings = extractHeadings(body);
  const outline = buildOutline(headings);
  const lists = extractLists(body);
  const sources = extractSources(body, options.sourceLabels, options.baseUrl ?? post.link ?? null);
  const html = renderHtml(body);
  const text = renderText(body);
  const stats = extractStats(text);
  yield;

  const seo = extractSeo(post, ctx);
  const terms = extractTerms(post, seo, ctx);
  // Read by the language, author and featured image: made once (a graph indexes every node).
  const graph = createGraph(seo.schema);
  const link = postLink(post, ctx);
  return {
    id: post.id,
    type: post.type ?? 'post',
    // A draft has no slug until it is published; `generated_slug` is the one it will get.
    slug: decodeSlug(post.slug || post.generated_slug || ''),
    status: post.status ?? null,
    link,
    format: post.format ?? null,
    sticky: post.sticky === true,
    protected: isProtected,
    editor,
    parent: post.parent ?? null,
    menuOrder: post.menu_order ?? null,
    template: post.template || null,
    title,
    subtitle,
    excerpt: extractExcerpt(post) ?? madeExcerpt(post, body, isProtected),
    ...extractDates(post, ctx),
    author: extractAuthor(post, seo, ctx, graph),
    categories: terms.categories,
    tags: terms.tags,
    terms: terms.terms,
    featuredImage: extractFeaturedImage(post, seo, ctx, graph),
    language: extractLanguage(post, seo, graph),
    body,
    headings,
    outline,
    lists,
    images: ctx.images,
    links: extractLinks(ctx.links, options.baseUrl ?? link),
    sources,
    seo,
    html,
    text,
    stats,
    comments: extractComments(post, (commentHtml, path) => commentContent(commentHtml, path, options, ctx, base)),
    warnings: ctx.warnings,
  };
}

// A comment's HTML through the same clean and extract stages as the body, in a context of its
// own (its links and images are not the post's); what it drops is warned on the post.
function commentContent(html: string, path: string, options: ResolvedOptions, post: Context, base: URL | null): { html: string; text: string } {
  const ctx = createContext({ id: 0 } as WpPost, options);
  const { root } = cleanHtml(html, ctx, true);
  if (mayHaveRelativeUrls(html)) resolveUrls(root, base);
  const { body } = extractBody(root, ctx, '');
  for (const w of ctx.warnings) post.warn(w.code, w.message, `${path}${w.path ? ` ${w.path}` : ''}`);
  return { html: renderHtml(body), text: renderText(body) };
}

// No excerpt at all (an export, stored content), or one that was only a page builder's tags
// (WordPress trimmed them out of content the builder did not render): the one WordPress makes
// from the body. Never for protected content, whose excerpt WordPress keeps empty.
function madeExcerpt(post: WpPost, body: Article['body'], isProtected: boolean): string | null {
  if (isProtected) return null;
  const given = (post.excerpt?.rendered ?? post.excerpt?.raw ?? '').trim();
  return post.excerpt === undefined || given !== '' ? trimExcerpt(body) : null;
}

// Only the stored content came (a `context=edit` response without `rendered`, an export):
// laid out as WordPress renders it, so its paragraphs and line breaks are the reader's.
function storedContent(raw: string | undefined): string | undefined {
  return raw === undefined ? undefined : renderStoredContent(raw);
}

// Attachments have no `content`: their `description` holds the image (and any text about it).
function attachmentContent(post: WpPost): string {
  if (post.type !== 'attachment') return '';
  const description = (post as { description?: { rendered?: unknown } }).description?.rendered;
  return typeof description === 'string' ? description : '';
}

// The post's own URL is published (front matter permalinks, redirects, `seo.canonical`) and
// resolves the body's relative links: like every URL field, it is one `safeUrl` accepts.
function postLink(post: WpPost, ctx: Context): string | null {
  const link = safeUrl(post.link);
  if (link === null && post.link && post.link.trim() !== '') ctx.warn('unsafe_url', 'Dropped an unsafe post URL', 'link');
  return link;
}

// Titles and excerpts are read by several stages (title, SEO, front matter), each linear in
// them; a megabyte of title is still no title. Cut once here; `cut` gets each field cut.
function capFields(post: WpPost, max: number, cut: [string, number][]): WpPost {
  let out = post;
  for (const field of ['title', 'excerpt'] as const) {
    const value = post[field];
    if (!value) continue;
    for (const part of ['rendered', 'raw'] as const) {
      const text = value[part];
      if (typeof text !== 'string' || text.length <= max) continue;
      cut.push([`${field}.${part}`, text.length]);
      if (out === post) out = { ...post };
      out[field] = { ...out[field]!, [part]: cutText(text, max) };
    }
  }
  return out;
}
