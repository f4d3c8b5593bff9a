import TurndownService from 'turndown';
// @ts-expect-error: turndown-plugin-gfm ships no types
import { gfm } from 'turndown-plugin-gfm';
import type { MarkdownRule } from '../markdown-rule';

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

/** Safe leftover HTML: kept as HTML when allowed, else converted by turndown (with GFM tables). */
export const html: MarkdownRule<'html'> = (b, ctx) => (ctx.html && !ctx.mdx ? b.html : turndown().turndown(b.html).replace(/<[^>]*>/g, ''));
