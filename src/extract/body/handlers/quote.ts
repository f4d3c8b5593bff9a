import { isTag, textOf, type AnyNode } from '../../../dom/dom';
import { collapseWhitespace } from '../../../text/decode';
import type { Block } from '../../../schema/block';
import type { BlockHandler, BodyContext } from '../block-handler';

/**
 * `blockquote` (and canonical `u-quote`) → quote; a `cite` or `footer` inside is the citation.
 * Pull quotes (`wp-block-pullquote`, `u-quote`) are marked as such. The quote's paragraphs,
 * headings, lists and code are its `children`; `text`/`html` flatten them for simple consumers.
 *
 * @example
 * // <blockquote><h2>Rule</h2><p>Be kind.</p><cite>Ann</cite></blockquote>
 * // → [{ type: 'quote', text: 'Rule\n\nBe kind.', html: 'Rule<br><br>Be kind.', citation: 'Ann',
 * //      variant: 'blockquote', children: [{ type: 'heading', … }, { type: 'paragraph', … }] }]
 */
export const quote: BlockHandler = (el, ctx) => {
  let citation: string | null = el.attribs.citation ? collapseWhitespace(el.attribs.citation) : null;
  const kids: AnyNode[] = [];
  for (const c of el.children) {
    if (isTag(c) && (c.name === 'cite' || c.name === 'footer') && !citation) {
      citation = collapseWhitespace(textOf(c)).replace(/^[—–-]\s*/, '') || null;
    } else kids.push(c);
  }
  const { children, parts, media } = content(kids, ctx);
  if (!parts.length) return media;
  const variant = el.name === 'u-quote' || /pullquote/.test(el.parent && isTag(el.parent) ? el.parent.attribs.class ?? '' : '') ? 'pullquote' : 'blockquote';
  return [{ type: 'quote', text: parts.map((p) => p.text).join('\n\n'), html: parts.map((p) => p.html).join('<br><br>'), citation, variant, children }, ...media];
};

interface Content {
  children: Block[];
  parts: { text: string; html: string }[];
  media: Block[];
}

// A quote holds text blocks: paragraphs, headings, lists, code and nested quotes stay inside
// as `children` (and become lines of the flat `text`/`html`); images, embeds, tables and other
// media follow the quote as blocks of their own, never lost. Details are looked through.
// Nesting is bounded by `ctx.blocks`, which flattens content deeper than `maxDepth`.
function content(kids: AnyNode[], ctx: BodyContext): Content {
  const out: Content = { children: [], parts: [], media: [] };
  const visit = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.type === 'details') {
        visit(b.children);
        continue;
      }
      const lines = linesOf(b);
      if (lines) {
        out.children.push(b);
        out.parts.push(...lines);
      } else if (b.type !== 'separator') out.media.push(b);
    }
  };
  visit(ctx.blocks(kids));
  return out;
}

// The lines a text block adds to the quote's flat view; null for blocks that are not text.
function linesOf(b: Block): { text: string; html: string }[] | null {
  if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote') return [{ text: b.text, html: b.html }];
  if (b.type === 'list') return b.items.map((i) => ({ text: i.text, html: i.html }));
  if (b.type === 'code') return [{ text: b.text, html: b.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>') }];
  return null;
}
