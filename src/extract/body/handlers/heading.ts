import type { Block, HeadingLevel } from '../../../schema/block';
import type { BlockHandler } from '../block-handler';
import { inlineRunBlocks } from '../inline-run';
import { oneLine } from '../../../text/decode';

/**
 * `h1`–`h6` → heading, its links and formatting kept (a card's title linking to its case
 * study is content). An image standing on its own in it (a card's picture, an icon before the
 * title) becomes an image block before or after the heading, where it stood: a heading's line
 * holds text. An `id` of the source is kept as its anchor; the others are made once the whole
 * body is known.
 */
export const heading: BlockHandler = (el, ctx) => {
  const parts = inlineRunBlocks(el.children, ctx);
  const before: Block[] = [];
  const after: Block[] = [];
  const html: string[] = [];
  const text: string[] = [];
  for (const b of parts) {
    if (b.type === 'paragraph') {
      html.push(b.html);
      text.push(b.text);
    } else (html.length ? after : before).push(b);
  }
  const words = oneLine(text.join(' '));
  // Paragraphs a double break split the heading into are one heading again, the break kept.
  // The source's own id stays the anchor (other pages link to it); `extractHeadings` makes the others.
  const anchor = sourceAnchor(el.attribs.id);
  // The handler table gives this handler h1 to h6 only.
  const level = Number(el.name.slice(1)) as HeadingLevel;
  const head: Block[] = words ? [{ type: 'heading', level, text: words, html: html.join('<br><br>'), anchor }] : [];
  return [...before, ...head, ...after];
};

// An id that works as a URL fragment as written: no white space (an HTML id has none), nothing
// a fragment would have to percent-encode, not absurdly long.
function sourceAnchor(id: string | undefined): string {
  const v = id?.trim() ?? '';
  return v.length <= 200 && /^[\p{L}\p{N}_.:-]+$/u.test(v) ? v : '';
}
