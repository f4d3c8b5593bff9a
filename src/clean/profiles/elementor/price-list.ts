import { createElement, findElement, findElements, type AnyNode } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { byClass, plainText, textNode, trimmedChildren, widgetRule } from './widget';

/**
 * Pro price list (a menu): one list item per entry, "Title — Price", its description on the
 * next line and its thumbnail first. An entry with a link (`li > a.elementor-price-list-item`)
 * keeps the link on its title. The dotted separator between title and price goes.
 *
 * @example price list → `<ul><li>Soup — $5<br>Of the day.</li></ul>`
 */
export const priceList: CleanRule = widgetRule('price-list', (el) => {
  const list = byClass(el, 'elementor-price-list');
  const entries = list ? findElements(list, (e) => e.name === 'li') : [];
  const items = entries.map((li) => {
    const kids: AnyNode[] = [];
    const img = findElement(byClass(li, 'elementor-price-list-image') ?? li, (e) => e.name === 'img');
    if (img) kids.push(img, textNode(' '));
    const title = byClass(li, 'elementor-price-list-title');
    const href = findElement(li, (e) => e.name === 'a')?.attribs.href;
    if (title && plainText(title)) kids.push(href ? createElement('a', { href }, trimmedChildren(title)) : createElement('span', {}, trimmedChildren(title)));
    const price = plainText(byClass(li, 'elementor-price-list-price'));
    if (price) kids.push(textNode(title ? ` — ${price}` : price));
    const description = byClass(li, 'elementor-price-list-description');
    if (description && plainText(description)) kids.push(createElement('br'), ...description.children);
    return createElement('li', {}, kids);
  }).filter((li) => plainText(li) !== '' || li.children.length > 0);
  return items.length ? [createElement('ul', {}, items)] : null;
});
