import TurndownService from 'turndown';
// @ts-expect-error: turndown-plugin-gfm ships no types
import { gfm } from 'turndown-plugin-gfm';
import type { MarkdownRule } from '../markdown-rule';
import { htmlForMarkdown } from '../html-for-markdown';
import { hugoLiteral } from '../hugo-literal';
import { rewriteHtmlUrls } from '../rewrite-html-urls';
import { fileName } from '../file-name';
import { linkDestination } from '../link-destination';

let service: TurndownService | null = null;

// The part of turndown's DOM node the media rule reads (the project builds without the DOM types).
interface Attributed {
  getAttribute(name: string): string | null;
}

// turndown re-parses its input with a DOM implementation; it is only worth that cost for the
// rare `html` block, whose structure no other rule knows.
function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*', hr: '---' });
    service.use(gfm);
    // turndown writes an element's text, and audio or video have none: the file would be lost.
    service.addRule('media', {
      filter: ['audio', 'video'],
      replacement: (content, node) => {
        const el = node as unknown as Attributed & { querySelector(selector: string): Attributed | null };
        const src = el.getAttribute('src') || el.querySelector('source[src]')?.getAttribute('src');
        if (!src) return content;
        return `\n\n[${service!.escape(fileName(src)).replace(/(?<!\\)[[\]]/g, '\\$&')}](${linkDestination(src)})\n\n`;
      },
    });
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
