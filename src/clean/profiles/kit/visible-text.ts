import { classList, isTag, isText, Text, type AnyNode, type Element, type ParentNode } from '../../../dom/dom';
import { SCREEN_READER_CLASSES } from '../noise/screen-reader-only';

// Icon glyphs and screen-reader duplicates that builders put inside titles.
const SKIP_TAGS = new Set(['script', 'style', 'template', 'svg', 'noscript', 'i', 'button']);

/**
 * The text a reader sees in a builder title: icons (`<i>`, `<svg>`, `aria-hidden` glyphs such as
 * an accordion's "+", toggle buttons) and screen-reader text below `node` left out, whitespace
 * collapsed.
 *
 * @example visibleText(parseFragment('<a><i class="fa"></i>Q <span aria-hidden="true">+</span></a>')[0]) // → 'Q'
 */
export function visibleText(node: AnyNode | null | undefined): string {
  if (!node) return '';
  let out = '';
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) out += n.data;
    if (!isTag(n) && n.type !== 'root') continue;
    if (isTag(n) && n !== node && (SKIP_TAGS.has(n.name) || n.attribs['aria-hidden'] === 'true' || screenReaderOnly(n))) continue;
    if (isTag(n) && n.name === 'br') out += ' ';
    const kids = (n as ParentNode).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A detached text node. */
export function textNode(data: string): Text {
  return new Text(data);
}

function screenReaderOnly(el: Element): boolean {
  if (!el.attribs.class) return false;
  for (const c of classList(el)) if (SCREEN_READER_CLASSES.has(c)) return true;
  return false;
}
