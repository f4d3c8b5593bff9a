import TurndownService from 'turndown';
// @ts-expect-error: turndown-plugin-gfm ships no types
import { gfm } from 'turndown-plugin-gfm';
import type { MarkdownRule } from '../markdown-rule';
import { htmlForMarkdown } from '../html-for-markdown';
import { hugoLiteral } from '../hugo-literal';
import { rewriteHtmlUrls } from '../rewrite-html-urls';

let service: TurndownService | null = null;

// turndown re-parses its input with a DOM implementation; it is only worth that cost for the
// rare `html` block, whose structure no other rule knows.
function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', hr: '---' });
    service.use(gfm);
  }
  return service;
}

/**
 * Safe leftover HTML: kept as HTML when allowed (as JSX in MDX), else converted by turndown
 * (with GFM tables) and stripped of any tag turndown leaves.
 */
export const html: MarkdownRule<'html'> = (b, ctx) => {
  const rewritten = rewriteHtmlUrls(b.html, ctx);
  if (ctx.html) return htmlForMarkdown(rewritten, ctx);
  const md = turndown().turndown(rewritten).replace(/<\/?[a-z][^>]*>/gi, '');
  // turndown does not know Hugo: shortcodes in the text or code it writes are made literal too.
  const out = ctx.mdx ? escapeMdxOutsideCode(md) : md;
  return ctx.hugo ? hugoLiteral(out) : out;
};

// turndown escapes Markdown but not MDX's `{ } < >`; code keeps them literally.
function escapeMdxOutsideCode(md: string): string {
  return md
    .split(/(^`{3,}[^\n]*\n[\s\S]*?\n`{3,}$|`+[^`\n]*`+)/m)
    .map((part, i) => (i % 2 ? part : part.replace(/(?<!\\)[{}<>]/g, '\\$&')))
    .join('');
}
