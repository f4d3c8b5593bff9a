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
  const parts = paragraphs(kids, ctx);
  if (!parts.length) return [];
  const variant = el.name === 'u-quote' || /pullquote/.test(el.parent && isTag(el.parent) ? el.parent.attribs.class ?? '' : '') ? 'pullquote' : 'blockquote';
  return [{ type: 'quote', text: parts.map((p) => p.text).join('\n\n'), html: parts.map((p) => p.html).join('<br><br>'), citation, variant }];
};

function paragraphs(kids: AnyNode[], ctx: BodyContext): { text: string; html: string }[] {
  const out: { text: string; html: string }[] = [];
  const visit = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote') out.push({ text: b.text, html: b.html });
      else if (b.type === 'list') for (const i of b.items) out.push({ text: i.text, html: i.html });
      else if (b.type === 'details') visit(b.children);
    }
  };
  visit(ctx.blocks(kids));
  return out;
}
