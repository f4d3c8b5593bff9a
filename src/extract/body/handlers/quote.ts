import { isTag, textOf, type AnyNode } from '../../../dom/dom';
import { collapseWhitespace, decodeEntities } from '../../../text/decode';
import type { Block } from '../../../schema/block';
import type { BlockHandler, BodyContext } from '../block-handler';

/**
 * `blockquote` (and canonical `u-quote`) → quote; a `cite` or `footer` inside is the citation.
 * Pull quotes (`wp-block-pullquote`, `u-quote`) are marked as such.
 */
export const quote: BlockHandler = (el, ctx) => {
  let citation: string | null = el.attribs.citation ? collapseWhitespace(decodeEntities(el.attribs.citation)) : null;
  const kids: AnyNode[] = [];
  for (const c of el.children) {
    if (isTag(c) && (c.name === 'cite' || c.name === 'footer') && !citation) {
      citation = collapseWhitespace(decodeEntities(textOf(c))).replace(/^[—–-]\s*/, '') || null;
    } else kids.push(c);
  }
  const { parts, media } = paragraphs(kids, ctx);
  if (!parts.length) return media;
  const variant = el.name === 'u-quote' || /pullquote/.test(el.parent && isTag(el.parent) ? el.parent.attribs.class ?? '' : '') ? 'pullquote' : 'blockquote';
  return [{ type: 'quote', text: parts.map((p) => p.text).join('\n\n'), html: parts.map((p) => p.html).join('<br><br>'), citation, variant }, ...media];
};

// A quote holds text only: its paragraphs, headings and list items become its lines; images,
// embeds and other media inside it follow the quote as blocks of their own, never lost.
function paragraphs(kids: AnyNode[], ctx: BodyContext): { parts: { text: string; html: string }[]; media: Block[] } {
  const parts: { text: string; html: string }[] = [];
  const media: Block[] = [];
  const visit = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote') parts.push({ text: b.text, html: b.html });
      else if (b.type === 'list') for (const i of b.items) parts.push({ text: i.text, html: i.html });
      else if (b.type === 'details') visit(b.children);
      else if (b.type === 'code') parts.push({ text: b.text, html: b.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>') });
      else if (b.type !== 'separator') media.push(b);
    }
  };
  visit(ctx.blocks(kids));
  return { parts, media };
}
