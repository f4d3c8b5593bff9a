import { createElement, findElements, hasClass, type AnyNode, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { blockFrom, buttonFrom, byClass, plainText, ribbonParagraph, textNode, widgetRule } from './widget';

/**
 * Pro price table: heading, sub-heading, one price line, features list, button, footer note
 * and ribbon label (last, as printed). The price is printed in pieces (currency, integer
 * part, fractional part, period) and the decimal separator is not printed at all, so the
 * line is rebuilt:
 * `$39.99/month`, a sale's original price struck through before it. The separator is a dot
 * (Elementor's default "currency format"; the other choice, a comma, is not in the markup).
 * Feature icons go; an empty feature (`&nbsp;`) is no item.
 *
 * @example price table → `<h3>Pro</h3><p><del>$59</del> $39.99/month</p><ul><li>10 users</li></ul><u-button href="/buy">Buy</u-button>`
 */
export const priceTable: CleanRule = widgetRule('price-table', (el) => {
  const out: AnyNode[] = [];
  const heading = byClass(el, 'elementor-price-table__heading');
  if (heading && plainText(heading)) out.push(blockFrom(heading));
  const sub = byClass(el, 'elementor-price-table__subheading');
  if (sub && plainText(sub)) out.push(blockFrom(sub));
  const price = priceLine(byClass(el, 'elementor-price-table__price'));
  if (price) out.push(price);
  const items = findElements(byClass(el, 'elementor-price-table__features-list') ?? el, (e) => e.name === 'li' && !!byClass(e, 'elementor-price-table__feature-inner'))
    .map((li) => findElements(li, (e) => e.name === 'span' && !!plainText(e))[0])
    .filter((s): s is Element => !!s)
    .map((s) => createElement('li', {}, [...s.children]));
  if (items.length) out.push(createElement('ul', {}, items));
  const button = buttonFrom(byClass(el, 'elementor-price-table__button'));
  if (button) out.push(button);
  const info = byClass(el, 'elementor-price-table__additional_info');
  if (info && plainText(info)) out.push(blockFrom(info));
  // Last, where the markup prints it: first, a badge would read as the lead line of what precedes.
  out.push(...ribbonParagraph(el, 'elementor-price-table__ribbon-inner'));
  return out;
});

function priceLine(box: Element | null): Element | null {
  if (!box) return null;
  const original = byClass(box, 'elementor-price-table__original-price');
  const part = (cls: string) => {
    const found = findElements(box, (e) => hasClass(e, cls) && !(original && isInside(e, original)));
    return found.map(plainText).join('');
  };
  const fraction = part('elementor-price-table__fractional-part');
  const after = part('elementor-currency--after');
  // Older releases print the symbol without its before/after modifier class: it came first.
  const before = part('elementor-currency--before') || (after ? '' : part('elementor-price-table__currency'));
  const amount = before + part('elementor-price-table__integer-part') + (fraction ? `.${fraction}` : '') + after;
  const period = part('elementor-price-table__period');
  const current = [amount, period].filter(Boolean).join(period.startsWith('/') ? '' : ' ');
  const was = plainText(original);
  if (!current && !was) return null;
  const kids: AnyNode[] = was ? [createElement('del', {}, [textNode(was)]), textNode(current ? ` ${current}` : '')] : [textNode(current)];
  return createElement('p', {}, kids);
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let n = el.parent; n; n = n.parent) if (n === ancestor) return true;
  return false;
}
