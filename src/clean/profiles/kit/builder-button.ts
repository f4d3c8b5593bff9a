import { canonical } from '../../canonical/canonical';
import { findElement, type Element } from '../../../dom/dom';
import { formattingAround } from './formatting-around';
import { textNode, visibleText } from './visible-text';

/**
 * A builder's call-to-action as canonical `<u-button>`: the first link's `href` (or none, for a
 * `<button>` or a link without one) and the visible label, icons left out. Nothing when there
 * is no label.
 *
 * @example builderButton(parseFragment('<div><a class="vc_btn3" href="/x">Go</a></div>')[0]) // → <u-button href="/x">Go</u-button>
 */
export function builderButton(el: Element): Element[] | null {
  const link = el.name === 'a' ? el : findElement(el, (e) => e.name === 'a' && e.attribs.href !== undefined);
  const from = link ?? findElement(el, (e) => e.name === 'button') ?? el;
  const label = visibleText(from) || (link?.attribs.title ?? '').trim();
  if (!label) return null;
  const href = link?.attribs.href?.trim() || null;
  return [canonical.button(href && href !== '#' ? href : null, formattingAround([textNode(label)], from, el))];
}
