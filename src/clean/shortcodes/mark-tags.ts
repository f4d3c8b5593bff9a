import { Element, Text, isTag, isText, relinkChildren, type AnyNode, type ParentNode } from '../../dom/dom';
import { stripDiviDynamic } from './parse-shortcode-attributes';
import { tokenizeShortcodes, type ShortcodeToken } from './tokenize-shortcodes';

// Shortcodes in these are text the author meant literally (`<code>[gallery]</code>`).
const LITERAL = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'textarea', 'template', 'xmp']);

/** A shortcode tag found in the text, replaced in the tree by the marker element `el`. */
export interface Mark {
  el: Element;
  token: ShortcodeToken;
}

/**
 * Replaces every shortcode tag in the text nodes below `root` by a `<u-shortcode>` marker
 * (one rebuild per parent) and returns the marks in document order. Divi's `@ET-DC@…@`
 * dynamic-content tokens are removed from the text on the way.
 *
 * @example markTags(parseHtml('<p>[b]x[/b]</p>')) // → 2 marks; the p holds marker, "x", marker
 */
export function markTags(root: ParentNode): Mark[] {
  const byEl = new Map<Element, Mark>();
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    let changed = false;
    const kids: AnyNode[] = [];
    for (const n of parent.children) {
      if (isTag(n)) {
        if (!LITERAL.has(n.name)) stack.push(n);
        kids.push(n);
      } else if (!isText(n) || (!n.data.includes('[') && !n.data.includes('@ET-DC@'))) {
        kids.push(n);
      } else {
        changed = true;
        for (const seg of tokenizeShortcodes(stripDiviDynamic(n.data))) {
          if (seg.kind === 'text') kids.push(new Text(seg.text));
          else {
            const el = new Element('u-shortcode', {});
            byEl.set(el, { el, token: seg });
            kids.push(el);
          }
        }
      }
    }
    if (changed) {
      parent.children = kids;
      relinkChildren(parent);
    }
  }
  return byEl.size ? documentOrder(root, byEl) : [];
}

function documentOrder(root: ParentNode, byEl: Map<Element, Mark>): Mark[] {
  const out: Mark[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    const m = byEl.get(n);
    if (m) out.push(m);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}
