import type { MarkdownContext } from './markdown-context';

/**
 * The footnote label (`1`) a link points to when its `href` is `#id` of one of the article's
 * footnotes (also `#fn-id`, `#fn:id`, `#footnote-id`), else null.
 *
 * @example footnoteLabel('#fn-3c2e', ctx) // → '1' when 3c2e is the first footnote
 */
export function footnoteLabel(href: string | undefined, ctx: MarkdownContext): string | null {
  if (!href || !href.startsWith('#') || ctx.footnotes.size === 0) return null;
  const id = href.slice(1);
  return ctx.footnotes.get(id) ?? ctx.footnotes.get(id.replace(/^(?:fn|footnote|note)[-:_]?/i, '')) ?? null;
}
