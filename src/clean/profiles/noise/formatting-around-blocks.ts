import { createElement, isTag, type AnyNode, type Element } from '../../../dom/dom';
import { FORMATTING_TAGS, isInlineTag } from '../../../extract/body/inline';
import { isBlank } from '../../../text/decode';
import type { CleanRule } from '../../profile';

/** Formatting the output keeps (links are not formatting: a link around a card stays a container). */
const FORMATTING = [...FORMATTING_TAGS];

/** Blocks whose content the formatting moves into; lists, tables, figures and embeds keep theirs as they are. */
const FLOW = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'center', 'address', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'td', 'th', 'caption', 'figcaption', 'summary',
]);

/**
 * Formatting around blocks (`<code><div>…</div>[vc_row]</code>`, `<strong><p>…</p></strong>`) is
 * moved inside them (one level per step, so nested blocks get it too), as a browser shows it: the text keeps its formatting, and the blocks stay
 * blocks. Left alone, the block walker looked through the formatting and dropped it, so text
 * that was code (a shortcode written as an example) came out as plain text, and converting
 * `article.html` again removed it.
 *
 * @example '<code><div>A</div>B</code>' → '<div><code>A</code></div><code>B</code>'
 */
export const formattingAroundBlocks: CleanRule = {
  name: 'formatting-around-blocks',
  match: { tags: FORMATTING, test: (el) => hasBlockChild(el) && !inInlineContext(el) },
  action: (el) => {
    const out: AnyNode[] = [];
    let run: AnyNode[] = [];
    const flush = () => {
      if (run.some((n) => !(n.type === 'text' && isBlank((n as unknown as { data: string }).data)))) out.push(copy(el, run));
      else out.push(...run);
      run = [];
    };
    for (const child of detach(el)) {
      if (!isTag(child) || child.name === 'img' || isInlineTag(child.name)) {
        run.push(child);
        continue;
      }
      flush();
      if (FLOW.has(child.name)) child.children = [copy(el, detach(child), child)];
      out.push(child);
    }
    flush();
    return out;
  },
};

// Paragraphs, headings, list items and cells read all their content as inline text, blocks
// inside formatting included, and keep the formatting: only where blocks are walked one by one
// (the top level, sections, columns) is it lost.
const INLINE_CONTEXT = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'summary', 'pre']);

function inInlineContext(el: Element): boolean {
  const parent = el.parent;
  return !!parent && isTag(parent) && (INLINE_CONTEXT.has(parent.name) || isInlineTag(parent.name));
}

// An element's children, taken out of it (one step for all: removing them one by one from a
// long list costs quadratic time).
function detach(el: Element): AnyNode[] {
  const kids = el.children;
  el.children = [];
  for (const k of kids) k.parent = k.prev = k.next = null;
  return kids;
}

// The formatting element again (same name and attributes) around `children`.
function copy(el: Element, children: AnyNode[], parent?: Element): Element {
  const made = createElement(el.name, { ...el.attribs }, children);
  if (parent) made.parent = parent;
  return made;
}

// A block element among the children. Only direct children: looking through inline
// descendants too made every level of 20,000 nested tags search the levels below it.
function hasBlockChild(el: Element): boolean {
  for (const c of el.children) if (isTag(c) && c.name !== 'img' && !isInlineTag(c.name)) return true;
  return false;
}
