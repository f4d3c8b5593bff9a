import type { MarkdownContext } from './markdown-context';

/**
 * Sanitised HTML with every `href` and `src` passed through `rewriteUrl`, for HTML written
 * into Markdown as it is (leftover HTML, tables and lists Markdown cannot say).
 *
 * @example rewriteHtmlUrls('<a href="https://old/x">x</a>', { rewriteUrl: (u) => u.replace('old', 'new') }) // → '<a href="https://new/x">x</a>'
 */
export function rewriteHtmlUrls(html: string, ctx: Pick<MarkdownContext, 'rewriteUrl'>): string {
  return html.replace(/\b(href|src)="([^"]*)"/g, (_m, name: string, url: string) => `${name}="${ctx.rewriteUrl(url.replace(/&amp;/g, '&')).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
}
