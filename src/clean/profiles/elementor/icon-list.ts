import { createElement, findElement, hasClass, isTag, type AnyNode, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { allByClass, byClass, widgetRule } from './widget';

/**
 * Icon list widget: a plain `<ul>`, one item per `li.elementor-icon-list-item`, its text from
 * `span.elementor-icon-list-text`, its link kept, its icon (`<i>` or inline `<svg>`) dropped.
 *
 * @example icon list → `<ul><li><a href="mailto:a@b.c">a@b.c</a></li></ul>`
 */
export const iconList: CleanRule = widgetRule('icon-list', (el) => {
  const items = allByClass(el, 'elementor-icon-list-item').map(item);
  return items.length ? [createElement('ul', {}, items)] : null;
});

function item(li: Element): Element {
  const label = byClass(li, 'elementor-icon-list-text');
  const kids: AnyNode[] = label ? [...label.children] : li.children.filter((c) => !(isTag(c) && hasClass(c, 'elementor-icon-list-icon')));
  const a = findElement(li, (e) => e.name === 'a' && !!e.attribs.href);
  return createElement('li', {}, a && !kids.includes(a) ? [createElement('a', { href: a.attribs.href! }, kids)] : kids);
}
