import { classList, isTag, remove, replaceWith, unwrap, type AnyNode, type Element, type ParentNode } from '../dom/dom';
import type { Context } from '../context';
import type { CleanRule } from './profile';
import { firstMatch, indexRules } from './rule-index';

/**
 * Walks the tree once, in document order and without recursion, and applies the first
 * matching rule to each element. Transformed output is walked again (so a transform may emit
 * markup other rules clean); a rule never fires twice on the same element.
 */
export function applyRules(root: ParentNode, rules: CleanRule[], ctx: Context): void {
  // Elements a transform ran on: a transform may return its element, which must not be
  // transformed again. Only those are remembered (marking every element cost more than matching it).
  const done = new Set<Element>();
  // Candidates by tag and class: testing every rule on every element was the walk's main cost.
  const index = indexRules(rules);
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isTag(node) || !node.parent) continue;
    const rule = done.has(node) ? undefined : firstMatch(node, index);
    if (!rule) {
      pushChildren(stack, node.children);
      continue;
    }
    if (rule.action === 'drop') {
      if (rule.warn) ctx.warn(rule.warn, `Dropped ${describe(node)} (${rule.name})`, describe(node));
      remove(node);
    } else if (rule.action === 'unwrap') {
      const kids = [...node.children];
      unwrap(node);
      pushChildren(stack, kids);
    } else {
      done.add(node);
      const out = rule.action(node, ctx);
      if (out === undefined) pushChildren(stack, node.children);
      else if (out === null) remove(node);
      else {
        replaceWith(node, out);
        pushChildren(stack, out);
      }
    }
  }
}

function pushChildren(stack: AnyNode[], kids: AnyNode[]): void {
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
}

/** `div.elementor-widget-video` — short enough for a warning. */
export function describe(el: Element): string {
  const cls = classList(el).slice(0, 2).join('.');
  return cls ? `${el.name}.${cls}` : el.name;
}
