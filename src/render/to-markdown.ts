import type { Article, Warning } from '../schema/article';
import type { Block } from '../schema/block';
import { renderFrontMatter, resolveFrontMatter, type FrontMatterOption } from './front-matter';
import type { EmbedStyle, MarkdownContext } from './markdown/markdown-context';
import type { MarkdownRule } from './markdown/markdown-rule';
import { defaultMarkdownRules, type MarkdownRules } from './markdown/rules';
import { markdownWarning } from './markdown/markdown-warning';

/** Options of `toMarkdown`. */
export interface MarkdownOptions {
  /**
   * Front matter: a preset (`'default'`, `'astro'`, `'hugo'`, `'jekyll'`, `'eleventy'`), your
   * mapping function, or `false` for none. Default `'default'`.
   */
  frontMatter?: FrontMatterOption;
  /**
   * Allow raw HTML where Markdown has no syntax (details, sub/sup, figures with captions, merged table cells, reversed lists).
   * Default false, except inline tags (`<sup>`, `<sub>`, `<mark>`, …) for the presets whose
   * generator shows inline HTML (`'eleventy'`, `'jekyll'`, `'astro'`). Without it, sub- and
   * superscript digits are written in Unicode (`H₂O`) and other inline tags as their text, with
   * an `inline_tag_flattened` warning.
   */
  html?: boolean;
  /** Write MDX: `{`, `}`, `<`, `>` escaped in text, HTML as JSX, embeds as components. Default false. */
  mdx?: boolean;
  /** How embeds are written: `'url'` (default; `'mdx'` with `mdx: true`), `'hugo'`, `'mdx'` or a function. */
  embeds?: EmbedStyle;
  /**
   * Header of header-less tables (GFM needs one): an empty row (`'empty'`, default), so every
   * row of the source stays a row, or the first row (`'first-row'`, with a `table_header` warning).
   */
  tableHeader?: 'first-row' | 'empty';
  /** Tables with merged cells: the closest GFM table with a `table_spans` warning (`'gfm'`, default) or HTML (`'html'`, default with `html: true`). */
  tables?: 'gfm' | 'html';
  /** Rewrite every link, image and embed URL (old site → new site). */
  rewriteUrl?: (url: string) => string;
  /** Markdown rules by block type, merged over the defaults. */
  rules?: Partial<{ [T in Block['type']]: MarkdownRule<T> }>;
}

/**
 * Markdown (CommonMark + GFM) for an article: YAML front matter, then the body. The output is
 * a pure function of the article and options.
 *
 * @throws TypeError when `article` is not an Article or the front-matter preset is unknown.
 * @example
 * const md = toMarkdown(parsePost(post));
 * const hugo = toMarkdown(article, { frontMatter: 'hugo', embeds: 'hugo' });
 * const mdx = toMarkdown(article, { mdx: true, frontMatter: 'astro' });
 */
export function toMarkdown(article: Article, options: MarkdownOptions = {}): string {
  return renderMarkdown(article, options).markdown;
}

/**
 * Like `toMarkdown`, also returning what Markdown could not say exactly: one warning per
 * block, with a code from `RenderWarningCodeSchema` (`table_spans`, `list_numbers`, …) and the
 * block's path (`body[3]`, `body[3].children[0]` inside details and quotes).
 *
 * @throws TypeError when `article` is not an Article or the front-matter preset is unknown.
 * @example
 * const { markdown, warnings } = renderMarkdown(article);
 * for (const w of warnings) console.warn(`${w.code} at ${w.path}: ${w.message}`);
 */
export function renderMarkdown(article: Article, options: MarkdownOptions = {}): { markdown: string; warnings: Warning[] } {
  if (typeof article !== 'object' || article === null || !Array.isArray((article as Article).body)) {
    throw new TypeError('toMarkdown: expected an Article (the result of parsePost)');
  }
  const mapper = resolveFrontMatter(options.frontMatter);
  const ctx: MarkdownContext = {
    html: options.html ?? false,
    inlineHtml: options.html ?? (typeof options.frontMatter === 'string' && INLINE_HTML_PRESETS.has(options.frontMatter)),
    mdx: options.mdx ?? false,
    headingIds: !options.mdx && (options.frontMatter === 'hugo' || options.frontMatter === 'jekyll'),
    embeds: options.embeds ?? (options.mdx ? 'mdx' : 'url'),
    hugo: options.embeds === 'hugo' || options.frontMatter === 'hugo',
    tableHeader: options.tableHeader ?? 'empty',
    tables: options.tables ?? (options.html ? 'html' : 'gfm'),
    rewriteUrl: options.rewriteUrl ?? ((u) => u),
    ...footnoteIndex(article.body),
    previous: null,
    alternated: false,
    warnings: [],
    at: [],
    warn: (code, message) => markdownWarning(ctx, code, message),
  };
  const rules = { ...defaultMarkdownRules, ...options.rules } as MarkdownRules;
  const render = (blocks: Block[]): string => {
    const out: string[] = [];
    const outer = ctx.previous;
    ctx.previous = null;
    // Where each block is, for warnings (nested blocks, details' and quotes' children, are
    // rendered while their parent's rule runs); the path string is only made when one is recorded.
    const depth = ctx.at.length;
    ctx.at.push(0);
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      ctx.at[depth] = i;
      const md = (rules[b.type] as MarkdownRule)(b, ctx, render);
      if (md.trim() === '') continue;
      out.push(md);
      ctx.previous = b;
    }
    ctx.previous = outer;
    ctx.at.pop();
    return out.join('\n\n');
  };
  const body = render(article.body);
  const head = mapper ? renderFrontMatter(mapper(article, body)) : '';
  const markdown = body ? `${head && `${head}\n`}${body}\n` : head;
  return { markdown, warnings: ctx.warnings };
}

// `href="#…"` inside the JSON text of the blocks (quotes escaped there).
const FRAGMENT_HREF = /href=\\"#([^"\\]*)\\"/g;
const FOOTNOTE_PREFIXES = ['fn', 'footnote', 'note'];

// The footnote ids a link target may name: itself, and itself without `fn`, `footnote` or
// `note` and one `-`, `:` or `_` after it.
function footnoteIds(target: string): string[] {
  const ids = [target];
  for (const prefix of FOOTNOTE_PREFIXES) {
    if (!target.startsWith(prefix)) continue;
    const rest = target.slice(prefix.length);
    ids.push(rest);
    if (rest[0] === '-' || rest[0] === ':' || rest[0] === '_') ids.push(rest.slice(1));
  }
  return ids;
}

// The front-matter presets whose generator shows inline HTML by default: Eleventy's markdown-it
// runs with `html: true`, kramdown (Jekyll) and Astro's remark pipeline pass it through; Hugo's
// Goldmark writes `<!-- raw HTML omitted -->` unless `unsafe` is set.
const INLINE_HTML_PRESETS: ReadonlySet<string> = new Set(['eleventy', 'jekyll', 'astro']);

// Footnotes are labelled 1, 2, … in the order of the footnotes block(s); a footnote is
// referenced when some inline HTML links to `#id`.
function footnoteIndex(body: Block[]): Pick<MarkdownContext, 'footnotes' | 'referencedFootnotes'> {
  const footnotes = new Map<string, string>();
  // A stack in reverse (pop, not shift: shift is O(n), quadratic on a long body), same pre-order.
  const pending = [...body].reverse();
  while (pending.length) {
    const b = pending.pop()!;
    if (b.type === 'footnotes') for (const i of b.items) if (!footnotes.has(i.id)) footnotes.set(i.id, String(footnotes.size + 1));
    if (b.type === 'details') for (let k = b.children.length - 1; k >= 0; k--) pending.push(b.children[k]!);
  }
  const referencedFootnotes = new Set<string>();
  if (footnotes.size) {
    const html = JSON.stringify(body.filter((b) => b.type !== 'footnotes'));
    // One scan of the body for every `href="#…"`, each target looked up with and without a
    // footnote prefix (`#fn-2`, `#footnote:2`, `#note_2`, `#2`): no pattern is built from an id,
    // and many footnotes cost no more than a few.
    for (const m of html.matchAll(FRAGMENT_HREF)) for (const id of footnoteIds(m[1]!)) if (footnotes.has(id)) referencedFootnotes.add(id);
  }
  return { footnotes, referencedFootnotes };
}
