import { createElement, type AnyNode } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { byClass, plainText, textParagraph, widgetRule } from './widget';

/**
 * Divider widget → `<hr>`. A divider with a label (`.elementor-divider__text`) keeps the label
 * as a paragraph after the rule; an icon in the middle is decoration.
 *
 * @example divider → `<hr>`
 */
export const divider: CleanRule = widgetRule('divider', (el) => {
  const out: AnyNode[] = [createElement('hr')];
  const label = plainText(byClass(el, 'elementor-divider__text'));
  if (label) out.push(textParagraph(label));
  return out;
});
