import type { AnyNode } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { blockFrom, byClass, widgetRule } from './widget';

/**
 * Icon box widget: the icon is decoration; the title becomes a heading (or a paragraph when its
 * tag is not h1–h6, links inside kept) and the description a paragraph.
 *
 * @example icon box → `<h3><a href="/x">Fast</a></h3><p>We ship in a day.</p>`
 */
export const iconBox: CleanRule = widgetRule('icon-box', (el) => {
  const out: AnyNode[] = [];
  const title = byClass(el, 'elementor-icon-box-title');
  if (title) out.push(blockFrom(title));
  const description = byClass(el, 'elementor-icon-box-description');
  if (description) out.push(blockFrom(description));
  return out;
});
