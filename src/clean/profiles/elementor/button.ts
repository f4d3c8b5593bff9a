import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { formattingAround } from '../kit/formatting-around';
import { byClass, widgetRule } from './widget';

/**
 * Button widget: `a.elementor-button` (its icon span dropped) → `<u-button href>label</u-button>`.
 * A button without a link keeps its label with `href` null; formatting around the link stays around the label.
 *
 * @example button → `<u-button href="/buy">Buy</u-button>`
 */
export const button: CleanRule = widgetRule('button', (el) => {
  const link = byClass(el, 'elementor-button');
  const label = byClass(el, 'elementor-button-text') ?? link;
  if (!label) return null;
  const href = link?.name === 'a' ? (link.attribs.href ?? null) : null;
  return [canonical.button(href, formattingAround([...label.children], label, el))];
});
