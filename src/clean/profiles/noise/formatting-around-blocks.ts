import { cloneAround, isTag, relinkChildren, type AnyNode, type Element } from '../../../dom/dom';
import { FORMATTING_TAGS, isInlineTag } from '../../../extract/body/inline';
import { isBlank } from '../../../text/decode';
import type { CleanRule } from '../../profile';

/** Formatting the output keeps (links are not formatting: a link around a card stays a container). */
const FORMATTING = [...FORMATTING_TAGS];

/**
 * Blocks whose content keeps its own look: embeds, media, forms, scripts and canonical `u-*`
 * elements. The formatting moves into every other block, flow blocks, `details`, the parts of
 * lists, tables and figures down to their items, cells and captions, and elements HTML does not
 * know (`<my-widget>`), which the block walker looks through like a `div` (a browser shows all
 * of them formatted too).
 */
const AS_IS = new Set([
  'iframe', 'frame', 'frameset', 'video', 'audio', 'object', 'embed', 'applet', 'canvas', 'svg', 'math', 'picture', 'map',
  'form', 'fieldset', 'select', 'textarea', 'button', 'input', 'option', 'datalist', 'output', 'script', 'style', 'template',
  'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'hr', 'head', 'title', 'meta', 'link', 'base',
]);

function flows(name: string): boolean {
  return !AS_IS.has(name) && !name.startsWith('u-');
}

/**
 * Formatting around blocks (`<code><div>…</div>[vc_row]</code>`, `<strong><p>…</p></strong>`) is
 * moved inside them, down through nested blocks to the text, as a browser shows it: the text
 * keeps its formatting, and the blocks stay blocks. Left alone, the block walker looked through
 * the formatting and dropped it, so text that was code (a shortcode written as an example) came
 * out as plain text, and converting `article.html` again removed it. All the way down in one
 * step: a builder widget inside (`<code><div class="elementor-widget-heading">…<h2>`) is cleaned
 * by its own rule right after, and that rule reads the heading it finds, not the wrappers above.
 *
 * @example '<code><div>A</div>B</code>' → '<div><code>A</code></div><code>B</code>'
 */
export const formattingAroundBlocks: CleanRule = {
  name: 'formatting-around-blocks',
  match: { tags: FORMATTING, test: (el) => hasBlockChild(el) && !inInlineContext(el) },
  action: (el) => {
    let top: AnyNode[] = [];
    // Containers whose children are still to be split. A list, not recursion: builder markup
    // nests divs thousands deep.
    const work: { kids: AnyNode[]; parent: Element | null }[] = [{ kids: detach(el), parent: null }];
    while (work.length) {
      const { kids, parent } = work.pop()!;
      const into: AnyNode[] = [];
      let run: AnyNode[] = [];
      const flush = () => {
        if (run.some((n) => !(n.type === 'text' && isBlank((n as unknown as { data: string }).data)))) into.push(cloneAround(el, run));
        else into.push(...run);
        run = [];
      };
      for (const child of kids) {
        // Formatting inside formatting (`<code><em><div>`) that holds blocks is split like a
        // block: its own turn comes when the walker reaches it in the output.
        if (!isTag(child) || child.name === 'img' || (isInlineTag(child.name) && !formattingWithBlocks(child))) {
          run.push(child);
          continue;
        }
        flush();
        if (flows(child.name)) work.push({ kids: detach(child), parent: child });
        into.push(child);
      }
      flush();
      if (parent) {
        parent.children = into;
        relinkChildren(parent);
      } else top = into;
    }
    return top;
  },
};

// Paragraphs, headings, list items and cells read all their content as inline text, blocks
// inside formatting included, and keep the formatting: only where blocks are walked one by one
// (the top level, sections, columns) is it lost.
const INLINE_CONTEXT = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'td', 'th', 'caption', 'figcaption', 'summary', 'pre']);

const MAX_CLIMB = 64;

function inInlineContext(el: Element): boolean {
  // Through inline wrappers (`<span style><code><p>…`) to the first block: only a paragraph-like
  // one reads the formatting as inline text; a div or the document walks its blocks one by one.
  // Bounded, so thousands of nested wrappers do not make each level climb all the others; that
  // deep, the formatting is left where it is, as it was for any inline parent before.
  let parent = el.parent;
  for (let steps = 0; parent && isTag(parent) && isInlineTag(parent.name); steps++) {
    if (steps === MAX_CLIMB) return true;
    parent = parent.parent;
  }
  return !!parent && isTag(parent) && INLINE_CONTEXT.has(parent.name);
}

// An element's children, taken out of it (one step for all: removing them one by one from a
// long list costs quadratic time).
function detach(el: Element): AnyNode[] {
  const kids = el.children;
  el.children = [];
  for (const k of kids) k.parent = k.prev = k.next = null;
  return kids;
}

// A block element among the children, or below formatting children (`<code><em><div>`).
// Looking through formatting is bounded (MAX_THROUGH levels): looking through every inline
// descendant made every level of 20,000 nested tags search the levels below it.
function hasBlockChild(el: Element, through = 0): boolean {
  for (const c of el.children) {
    if (!isTag(c) || c.name === 'img') continue;
    if (!isInlineTag(c.name)) return true;
    if (through < MAX_THROUGH && FORMATTING_TAGS.has(c.name) && hasBlockChild(c, through + 1)) return true;
  }
  return false;
}

const MAX_THROUGH = 3;

function formattingWithBlocks(el: Element): boolean {
  return FORMATTING_TAGS.has(el.name) && hasBlockChild(el);
}
