import { createElement, isTag, type AnyNode, type Element } from '../../dom/dom';
import { isInlineTag } from './inline';
import { isMedia } from './read-media';

/**
 * Flattens the content of a list item or table cell to inline nodes: block children
 * (paragraphs, wrappers) are looked through, with `breaks` line breaks between them (2 = a
 * paragraph break, which renderers split on); media elements stay as they are. `take` may claim a block element (a nested
 * list) so it is not flattened. Iterative, linear in the number of nodes.
 */
export function flattenInline(nodes: AnyNode[], breaks: number, take: (el: Element) => boolean = () => false): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  while (stack.length) {
    const n = stack.pop()!;
    // Media stay whole: the serialiser writes them as links (no block can stand in an item or a cell).
    if (!isTag(n) || isInlineTag(n.name) || n.name === 'img' || isMedia(n)) {
      out.push(n);
      continue;
    }
    if (take(n)) continue;
    if (out.length && !endsWithBreaks(out, breaks)) for (let b = 0; b < breaks; b++) out.push(createElement('br'));
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

function endsWithBreaks(out: AnyNode[], breaks: number): boolean {
  for (let i = 1; i <= breaks; i++) {
    const n = out[out.length - i];
    if (!n || !isTag(n) || n.name !== 'br') return false;
  }
  return true;
}
