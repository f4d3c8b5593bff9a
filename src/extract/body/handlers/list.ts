import { isTag, relinkChildren, type AnyNode, type Element } from '../../../dom/dom';
import type { Block, ListBlock, ListItem } from '../../../schema/block';
import type { BlockHandler, BodyContext } from '../block-handler';
import { flattenInline } from '../flatten-inline';
import { liftMedia } from '../lift-media';
import { isMedia } from '../read-media';

/**
 * `ul`/`ol` → list, nested lists as `children`, `start` and `reversed` kept. A heading written
 * straight inside a list (invalid, but authors do it to title groups of items) stays a heading
 * between two lists; an ordered list's numbering goes on after it. Media in an item's own
 * content (an `[audio]` player after an episode's title) follow the item as blocks, the list
 * split around them the same way; in a nested item they are links (`inlineContent`).
 */
export const list: BlockHandler = (el, ctx) => {
  const out: Block[] = [];
  let part: AnyNode[] = [];
  let counted = 0;
  const flush = () => {
    const block = readList(el, ctx, ctx.depth, part);
    if (block.ordered && counted) block.start = (block.start ?? 1) + counted;
    counted += block.items.length;
    if (block.items.length) out.push(block);
    part = [];
  };
  for (const child of el.children) {
    if (isTag(child) && HEADING.test(child.name)) {
      flush();
      out.push(...ctx.blocks([child]));
      continue;
    }
    part.push(child);
    const media = isTag(child) && child.name === 'li' ? takeMedia(child) : [];
    if (media.length) {
      flush();
      out.push(...ctx.blocks(media));
    }
  }
  flush();
  return out;
};

const HEADING = /^h[1-6]$/;

// The media of an item's own content, taken out of it (the elements around them split, as in a
// paragraph); a list nested in the item keeps its own.
function takeMedia(li: Element): Element[] {
  const kids = liftMedia(li.children, (e) => e.name === 'ul' || e.name === 'ol');
  const media = kids.filter(isMedia) as Element[];
  if (media.length) {
    li.children = kids.filter((n) => !isMedia(n));
    relinkChildren(li);
  }
  return media;
}

function readList(el: Element, ctx: BodyContext, level: number, children: AnyNode[] = el.children): ListBlock {
  const ordered = el.name === 'ol';
  const start = ordered && el.attribs.start !== undefined ? parseInt(el.attribs.start, 10) : null;
  const items: ListItem[] = [];
  let lastItem: ListItem | null = null;
  for (const li of children) {
    if (!isTag(li)) continue;
    if (li.name === 'ul' || li.name === 'ol') {
      // A list directly inside a list (invalid but common): it belongs to the previous item.
      // With no item of this list before it, its items stand in the list, and so do those of
      // a list right after it (a browser indents both alike).
      const nested = level < ctx.options.maxDepth ? readList(li, ctx, level + 1) : flat(li, ctx);
      if (lastItem) lastItem.children = merge(lastItem.children, nested);
      else items.push(...nested.items);
      continue;
    }
    const item = readItem(li, ctx, level);
    if (item) items.push(item);
    lastItem = item ?? lastItem;
  }
  return { type: 'list', ordered, start: Number.isFinite(start) ? start : null, reversed: ordered && el.attribs.reversed !== undefined, items };
}

function readItem(li: Element, ctx: BodyContext, level: number): ListItem | null {
  let children: ListBlock | null = null;
  // Paragraphs inside an item are separated by `<br><br>`, a paragraph break renderers split on
  // (Markdown indents later paragraphs, HTML writes `<p>`s); nested lists become `children`.
  const inline = flattenInline(li.children, 2, (n) => {
    if (n.name !== 'ul' && n.name !== 'ol') return false;
    children = merge(children, level < ctx.options.maxDepth ? readList(n, ctx, level + 1) : flat(n, ctx));
    return true;
  });
  const { html, text } = ctx.inline(inline);
  if (!text && !children && !html.includes('<img')) return null;
  return { text, html, children };
}

function merge(a: ListBlock | null, b: ListBlock): ListBlock {
  if (!a) return b;
  return { ...a, items: [...a.items, ...b.items] };
}

function flat(el: Element, ctx: BodyContext): ListBlock {
  ctx.warn('max_depth', `Lists nested deeper than ${ctx.options.maxDepth} levels were flattened`, 'li');
  const { html, text } = ctx.inline(el.children);
  return { type: 'list', ordered: el.name === 'ol', start: null, reversed: false, items: [{ text, html, children: null }] };
}

