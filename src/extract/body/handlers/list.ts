import { isTag, relinkChildren, type AnyNode, type Element } from '../../../dom/dom';
import type { Block, ListBlock, ListItem } from '../../../schema/block';
import type { BlockHandler, BodyContext } from '../block-handler';
import { flattenInline } from '../flatten-inline';
import { liftMedia } from '../lift-media';
import { isMedia } from '../read-media';
import { listNumbers } from '../../../render/list-numbers';

/**
 * `ul`/`ol` → list, nested lists as `children`, `start`, `reversed` and items' `value` kept. A
 * heading written straight inside a list (invalid, but authors do it to title groups of items)
 * stays a heading between two lists; an ordered list's numbering goes on after it, as a
 * browser counts it (down for a reversed list, from the item count of the whole list). Media in
 * an item's own content (an `[audio]` player after an episode's title) follow the item as
 * blocks, the list split around them the same way; in a nested item they are links
 * (`inlineContent`).
 */
export const list: BlockHandler = (el, ctx) => {
  const out: Block[] = [];
  let part: AnyNode[] = [];
  let next: number | null = null;
  const reversed = el.name === 'ol' && el.attribs.reversed !== undefined;
  const step = reversed ? -1 : 1;
  const own = el.name === 'ol' ? integer(el.attribs.start) : null;
  // A reversed list without start counts down from its item count: all of them, not one part's.
  const count = reversed ? el.children.filter((c) => isTag(c) && c.name === 'li').length : 0;
  const flush = () => {
    const tail = { dropped: 0 };
    const block = readList(el, ctx, ctx.depth, part, next ?? (reversed && own === null ? count : null), tail);
    // Empty items at the end of a part took numbers too.
    if (block.ordered && block.items.length) next = listNumbers(block).at(-1)! + step * (1 + tail.dropped);
    else if (block.ordered) next = (next ?? own ?? (reversed ? count : 1)) + step * tail.dropped;
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

/**
 * The list of `children` (a part of `el`'s between headings); `first` is the number a browser
 * gives its first `li` when that is not `el`'s own (a later part, or a reversed list's count);
 * `tail.dropped` tells how many empty items ended it.
 */
function readList(el: Element, ctx: BodyContext, level: number, children: AnyNode[] = el.children, first: number | null = null, tail = { dropped: 0 }): ListBlock {
  const ordered = el.name === 'ol';
  const reversed = ordered && el.attribs.reversed !== undefined;
  const own = ordered ? integer(el.attribs.start) : null;
  const items: ListItem[] = [];
  // Per item: the empty `li`s dropped just before it, which still took a number in the browser.
  const gaps: number[] = [];
  let dropped = 0;
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
    const item = readItem(li, ctx, level, ordered);
    if (item) {
      items.push(item);
      gaps[items.length - 1] = dropped;
      dropped = 0;
    } else if (li.name === 'li') dropped++;
    lastItem = item ?? lastItem;
  }
  tail.dropped = dropped;
  const block: ListBlock = { type: 'list', ordered, start: own, reversed, items };
  if (ordered) keepNumbers(block, gaps, first ?? own ?? (reversed ? children.filter((c) => isTag(c) && c.name === 'li').length : 1));
  return block;
}

// The numbers the browser showed, with the empty items gone: an item after a dropped one gets
// its number as `value`, and `start` is written when the default would no longer be the first.
function keepNumbers(block: ListBlock, gaps: number[], first: number): void {
  const step = block.reversed ? -1 : 1;
  // Empty items before the first one: its number is the list's start.
  const start = first + step * (gaps[0] ?? 0);
  let n = start;
  block.items.forEach((item, i) => {
    if (i && item.value === null && gaps[i]) item.value = n + step * gaps[i]!;
    n = (item.value ?? n) + step;
  });
  if (block.start !== null || start !== (block.reversed ? block.items.length : 1)) block.start = start;
}

function readItem(li: Element, ctx: BodyContext, level: number, ordered: boolean): ListItem | null {
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
  return { text, html, value: ordered ? integer(li.attribs.value) : null, children };
}

function merge(a: ListBlock | null, b: ListBlock): ListBlock {
  if (!a) return b;
  return { ...a, items: [...a.items, ...b.items] };
}

function flat(el: Element, ctx: BodyContext): ListBlock {
  ctx.warn('max_depth', `Lists nested deeper than ${ctx.options.maxDepth} levels were flattened`, 'li');
  const { html, text } = ctx.inline(el.children);
  return { type: 'list', ordered: el.name === 'ol', start: null, reversed: false, items: [{ text, html, value: null, children: null }] };
}

// An HTML integer attribute (`start`, `value`): leading digits with an optional sign, else null.
function integer(v: string | undefined): number | null {
  const n = v === undefined ? NaN : parseInt(v, 10);
  return Number.isSafeInteger(n) ? n : null;
}

