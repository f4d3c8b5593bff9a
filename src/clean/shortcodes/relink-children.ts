import type { AnyNode, ParentNode } from '../../dom/dom';

/** Makes the children's `parent`/`prev`/`next` pointers true after the array was rebuilt. */
export function relinkChildren(p: ParentNode): void {
  relinkRange(p, 0, p.children.length);
}

/**
 * Replaces `count` children of `p` from `start` by `insert` and returns the removed ones,
 * detached. Only the pointers around the change are updated, so a splice costs what the array
 * splice costs, not a walk over every sibling.
 */
export function spliceChildren(p: ParentNode, start: number, count: number, insert: AnyNode[] = []): AnyNode[] {
  for (const n of insert) n.parent = p;
  const removed = p.children.splice(start, count, ...insert);
  for (const n of removed) n.parent = n.prev = n.next = null;
  relinkRange(p, start - 1, start + insert.length + 1);
  return removed;
}

function relinkRange(p: ParentNode, from: number, to: number): void {
  const kids = p.children;
  const end = Math.min(to, kids.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const n = kids[i]!;
    n.parent = p;
    n.prev = kids[i - 1] ?? null;
    n.next = kids[i + 1] ?? null;
  }
}
