import { hasClass, isTag, type AnyNode, type Element } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { allByClass, byClass, widgetRule } from './widget';

/**
 * Accordion and toggle widgets (same markup, `accordion` or `toggle` in the class names):
 * each item's `a.elementor-accordion-title` / `a.elementor-toggle-title` becomes a
 * `<summary>` (icons dropped) and its `.elementor-tab-content` the body of a `<details>`.
 * Closed panels are content too. The FAQ JSON-LD inside is harvested by `widgetRule`.
 *
 * @example accordion → `<details><summary>Question?</summary><p>Answer.</p></details>`
 */
export const accordion: CleanRule = widgetRule(['accordion', 'toggle'], (el) => {
  const out: AnyNode[] = [];
  for (const [title, content] of pairs(el)) {
    const label = byClass(title, 'elementor-accordion-title') ?? byClass(title, 'elementor-toggle-title') ?? title;
    const summary = label === title ? title.children.filter((c) => !isIcon(c)) : [...label.children];
    out.push(canonical.details(summary, content ? [...content.children] : [], hasClass(title, 'elementor-active')));
  }
  return out;
});

// Each `.elementor-tab-title` with the `.elementor-tab-content` that follows it.
function pairs(el: Element): [Element, Element | null][] {
  const out: [Element, Element | null][] = [];
  for (const title of allByClass(el, 'elementor-tab-title')) {
    let next = title.next;
    while (next && !isTag(next)) next = next.next;
    out.push([title, next && isTag(next) && hasClass(next, 'elementor-tab-content') ? next : null]);
  }
  return out;
}

function isIcon(n: AnyNode): boolean {
  return isTag(n) && (hasClass(n, 'elementor-accordion-icon') || hasClass(n, 'elementor-toggle-icon') || n.name === 'i' || n.name === 'svg');
}
