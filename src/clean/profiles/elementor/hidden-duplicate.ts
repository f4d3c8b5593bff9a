import { classList, isTag, isText, type AnyNode, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

/**
 * Authors often build a section twice, one copy hidden on desktop (`elementor-hidden-desktop`)
 * for phones and one hidden on mobile. The phone copy is dropped only when its text and
 * images all appear elsewhere in the document: content that exists only there is kept.
 *
 * @example desktop copy + `elementor-hidden-desktop` copy with the same text → the desktop copy only
 */
export const hiddenDuplicate: CleanRule = {
  name: 'elementor-hidden-duplicate',
  match: { classes: ['elementor-hidden-desktop'], test: (el) => isDuplicate(el) },
  action: 'drop',
};

// Each check reads the whole document; past this many per document, copies are kept (a
// duplicate is a smaller harm than quadratic time on hostile input).
const MAX_CHECKS = 64;
const checks = new WeakMap<AnyNode, number>();

function isDuplicate(el: Element): boolean {
  let root: AnyNode = el;
  while (root.parent) root = root.parent;
  const done = checks.get(root) ?? 0;
  if (done >= MAX_CHECKS) return false;
  checks.set(root, done + 1);
  const mine = signature(el);
  if (!mine) return false;
  const all = ` ${signature(root)} `;
  const first = all.indexOf(` ${mine} `);
  return first >= 0 && all.indexOf(` ${mine} `, first + mine.length + 1) >= 0;
}

// Words and image URLs in document order, space-separated: what a reader sees, minus layout.
function signature(node: AnyNode): string {
  const out: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) {
      for (const w of n.data.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) out.push(w);
    }
    else if (isTag(n) || n.type === 'root') {
      if (isTag(n)) {
        if (n.name === 'script' || n.name === 'style') continue;
        if (n.name === 'img') out.push(`\u0001${n.attribs['data-src'] ?? n.attribs.src ?? ''}`);
        if (classList(n).includes('elementor-screen-only')) continue;
      }
      const kids = (n as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out.join(' ');
}
