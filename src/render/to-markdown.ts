import type { Article, Warning } from '../schema/article';
import type { Block } from '../schema/block';
import { defaultFrontMatter, renderFrontMatter, type FrontMatterMapper } from './front-matter';
import type { EmbedStyle, MarkdownContext } from './markdown/markdown-context';
import type { MarkdownRule } from './markdown/markdown-rule';
import { defaultMarkdownRules, type MarkdownRules } from './markdown/rules';

/** Options of `toMarkdown`. */
export interface MarkdownOptions {
  /** Front matter: a mapping function, or `false` for none (default: unpress's own fields). */
  frontMatter?: FrontMatterMapper | false;
  /** Allow raw HTML where Markdown has no syntax (details, sub/sup, spanning tables). Default false. */
  html?: boolean;
  /** Write MDX: `{`, `}`, `<`, `>` escaped in text, components for embeds. Default false. */
  mdx?: boolean;
  /** How embeds are written (default `'url'`: the URL on its own line). */
  embeds?: EmbedStyle;
  /** Header for header-less tables (default `'first-row'`). */
  tableHeader?: 'first-row' | 'empty';
  /** Tables with merged cells: closest GFM table (`'gfm'`, default) or HTML (`'html'`, needs `html: true`). */
  tables?: 'gfm' | 'html';
  /** Rewrite every link and image URL (e.g. old site → new site). */
  rewriteUrl?: (url: string) => string;
  /** Markdown rules by block type, merged over the defaults. */
  rules?: Partial<{ [T in Block['type']]: MarkdownRule<T> }>;
}

/**
 * Markdown (CommonMark + GFM) for an article: YAML front matter, then the body. The output is
 * a pure function of the article and options.
 *
 * @example
 * const md = toMarkdown(parsePost(post));
 * const bodyOnly = toMarkdown(article, { frontMatter: false });
 */
export function toMarkdown(article: Article, options: MarkdownOptions = {}): string {
  return renderMarkdown(article, options).markdown;
}

/** Like `toMarkdown`, also returning what could not be written exactly (`table_spans`, …). */
export function renderMarkdown(article: Article, options: MarkdownOptions = {}): { markdown: string; warnings: Warning[] } {
  if (typeof article !== 'object' || article === null || !Array.isArray((article as Article).body)) {
    throw new TypeError('toMarkdown: expected an Article (the result of parsePost)');
  }
  const ctx: MarkdownContext = {
    html: options.html ?? false,
    mdx: options.mdx ?? false,
    embeds: options.embeds ?? (options.mdx ? 'mdx' : 'url'),
    tableHeader: options.tableHeader ?? 'first-row',
    tables: options.tables ?? 'gfm',
    rewriteUrl: options.rewriteUrl ?? ((u) => u),
    warnings: [],
  };
  const rules = { ...defaultMarkdownRules, ...options.rules } as MarkdownRules;
  const render = (blocks: Block[]): string =>
    blocks
      .map((b) => (rules[b.type] as MarkdownRule)(b, ctx, render))
      .filter((s) => s.trim() !== '')
      .join('\n\n');
  const body = render(article.body);
  const mapper = options.frontMatter === undefined ? defaultFrontMatter : options.frontMatter;
  const head = mapper ? `${renderFrontMatter(mapper(article))}\n` : '';
  return { markdown: `${head}${body}\n`, warnings: ctx.warnings };
}
