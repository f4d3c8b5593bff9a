import type { MarkdownRule } from '../markdown-rule';
import { inlineMarkdown } from '../inline-markdown';
import { splitParagraphs } from '../../paragraphs';

// Gutenberg (and most plugins) end a footnote with a link back to its reference; Markdown
// footnotes make their own.
const BACK_LINK = /\s*<a href="#[^"]*"[^>]*>\s*(?:↩\uFE0E?\uFE0F?|↑|\^)\s*<\/a>\s*/g;

/**
 * Footnote definitions `[^1]: text`, later paragraphs indented by four spaces. Footnotes
 * nothing in the text points to would vanish from a rendered page, so when none is referenced
 * the block is written as a numbered list instead.
 */
export const footnotes: MarkdownRule<'footnotes'> = (b, ctx) => {
  const referenced = b.items.some((i) => ctx.referencedFootnotes.has(i.id));
  return b.items
    .map((item, n) => {
      const paragraphs = splitParagraphs(item.html.replace(BACK_LINK, ' ')).map((p) => inlineMarkdown(p, ctx)).filter(Boolean);
      if (!referenced) return `${n + 1}. ${paragraphs.join('\n\n').replace(/\n(?=.)/g, `\n${' '.repeat(String(n + 1).length + 2)}`)}`;
      const label = ctx.footnotes.get(item.id) ?? String(n + 1);
      return `[^${label}]: ${paragraphs.join('\n\n').replace(/\n(?=.)/g, '\n    ')}`;
    })
    .join(referenced ? '\n\n' : '\n');
};
