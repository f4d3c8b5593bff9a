import MarkdownIt from 'markdown-it';
import { parsePost, toMarkdown, type Article, type ParseOptions } from '../../src/index';

/**
 * Helpers for the checklist of docs/checklist.md: every case runs its input through the public
 * API exactly as a user would, as `content.rendered` of a minimal REST post titled "T".
 */

/** The article for `html` as a post's `content.rendered`. */
export function parse(html: string, options?: ParseOptions): Article {
  return parsePost({ id: 1, title: { rendered: 'T' }, content: { rendered: html } }, options);
}

/** The article for `html` as a post's `content.raw` (context=edit: WordPress's shortcodes not yet run). */
export function parseRaw(html: string, options?: ParseOptions): Article {
  return parsePost({ id: 1, title: { rendered: 'T' }, content: { raw: html } }, options);
}

/** The body Markdown (no front matter) for `html`. */
export function md(html: string, options?: ParseOptions): string {
  return toMarkdown(parse(html, options), { frontMatter: false });
}

/** Everything a reader or a search index could see: html, text, Markdown and every block string. */
export function everything(a: Article): string {
  return [a.html, a.text, toMarkdown(a, { frontMatter: false }), JSON.stringify(a.body)].join('\n');
}

const commonMark = new MarkdownIt('commonmark');
const withHtml = new MarkdownIt({ html: true });

/** What a CommonMark parser renders the Markdown to. */
export function renderCommonMark(markdown: string): string {
  return commonMark.render(markdown);
}

/** Raw HTML a CommonMark parser (HTML on) finds in the Markdown, blocks and inline. */
export function rawHtmlIn(markdown: string): string[] {
  const found: string[] = [];
  for (const t of withHtml.parse(markdown, {})) {
    if (t.type === 'html_block') found.push(t.content.trim());
    for (const c of t.children ?? []) if (c.type === 'html_inline') found.push(c.content);
  }
  return found;
}

/** An Elementor widget (`container: false` = Optimized Markup, no `.elementor-widget-container`). */
export function widget(name: string, inner: string, opts: { attrs?: string; classes?: string; container?: boolean } = {}): string {
  const body = opts.container === false ? inner : `<div class="elementor-widget-container">${inner}</div>`;
  return `<div class="elementor-element elementor-element-a1b2c3 ${opts.classes ?? ''} elementor-widget elementor-widget-${name}" data-id="a1b2c3" data-element_type="widget" data-widget_type="${name}.default" ${opts.attrs ?? ''}>${body}</div>`;
}

/** The Elementor document wrapper. */
export function elementorDoc(inner: string): string {
  return `<div data-elementor-type="wp-post" data-elementor-id="42" class="elementor elementor-42">${inner}</div>`;
}

/** Widgets in a boxed flexbox container inside the document wrapper. */
export function inContainer(...widgets: string[]): string {
  return elementorDoc(`<div class="elementor-element elementor-element-c0ffee e-flex e-con-boxed e-con e-parent" data-id="c0ffee" data-element_type="container"><div class="e-con-inner">${widgets.join('')}</div></div>`);
}

/** The heading widget of cases 1–4. */
export const HI = '<h2 class="elementor-heading-title elementor-size-default">Hi</h2>';
