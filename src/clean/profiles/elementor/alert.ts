import { createElement, type AnyNode } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { byClass, widgetRule } from './widget';

/**
 * Alert widget: the title becomes a bold paragraph and the description a paragraph; the
 * dismiss button goes.
 *
 * @example alert → `<p><strong>Heads up</strong></p><p>Office closed Monday.</p>`
 */
export const alert: CleanRule = widgetRule('alert', (el) => {
  const out: AnyNode[] = [];
  const title = byClass(el, 'elementor-alert-title');
  if (title) out.push(createElement('p', {}, [createElement('strong', {}, [...title.children])]));
  const description = byClass(el, 'elementor-alert-description');
  if (description) out.push(createElement('p', {}, [...description.children]));
  return out;
});
