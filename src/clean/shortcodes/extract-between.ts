import { cloneAround, isTag, spliceChildren, type AnyNode, type Element, type ParentNode } from '../../dom/dom';

/**
 * Takes the nodes between two markers out of the tree (the markers stay), like the DOM's
 * `Range.extractContents`: when the markers sit in different parents (wpautop put `[x]` and
 * `[/x]` in different paragraphs), the partly covered ancestors are split and their covered
 * part comes out in a shallow copy, so `<p>` boundaries survive. Returns the nodes, and where
 * the replacement goes: after `anchor`, a child of `parent`.
 *
 * @example extractBetween(open, close) // <p>[x]a</p><p>b[/x]</p> → { nodes: [<p>a</p>, <p>b</p>], … }
 */
export function extractBetween(a: Element, b: Element): { nodes: AnyNode[]; parent: ParentNode; anchor: AnyNode } {
  const bAncestors = new Set<ParentNode>();
  for (let n = b.parent; n; n = n.parent) bAncestors.add(n);
  let left: AnyNode[] = [];
  let aTop: AnyNode = a;
  while (aTop.parent && !bAncestors.has(aTop.parent)) {
    const p = aTop.parent as Element;
    const i = p.children.indexOf(aTop);
    left = shell(p, [...left, ...take(p, i + 1, p.children.length)]);
    aTop = p;
  }
  const lca = aTop.parent!;
  let right: AnyNode[] = [];
  let bTop: AnyNode = b;
  while (bTop.parent && bTop.parent !== lca) {
    const p = bTop.parent as Element;
    const i = p.children.indexOf(bTop);
    right = shell(p, [...take(p, 0, i), ...right]);
    bTop = p;
  }
  const from = lca.children.indexOf(aTop) + 1;
  const middle = take(lca, from, lca.children.indexOf(bTop));
  return { nodes: [...left, ...middle, ...right], parent: lca, anchor: aTop };
}

// Removes children [from, to) of `p` and returns them, detached.
function take(p: ParentNode, from: number, to: number): AnyNode[] {
  return to > from ? spliceChildren(p, from, to - from) : [];
}

// A copy of `p` (name and attributes) around `kids`; nothing for an empty one.
function shell(p: Element, kids: AnyNode[]): AnyNode[] {
  if (!kids.length) return [];
  return isTag(p) ? [cloneAround(p, kids)] : kids;
}
