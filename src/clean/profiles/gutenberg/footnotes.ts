import { createElement, findElements, isTag, remove, textOf, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

/**
 * Footnotes block (`ol.wp-block-footnotes`, WordPress ≥ 6.3) → `<u-footnotes>` of `<li id>`
 * notes, the `↩︎` back-links removed. The references in the text
 * (`<sup data-fn><a href="#id">1</a></sup>`) stay inline as a `sup` around a `#id` link.
 */
export const footnotes: CleanRule = {
  name: 'gutenberg-footnotes',
  match: { tags: ['ol'], classes: ['wp-block-footnotes'] },
  action: (el) => {
    const items = el.children.filter((c): c is Element => isTag(c) && c.name === 'li');
    for (const li of items) for (const a of findElements(li, isBackLink)) remove(a);
    return [createElement('u-footnotes', {}, items)];
  },
};

function isBackLink(a: Element): boolean {
  if (a.name !== 'a') return false;
  const href = a.attribs.href ?? '';
  return (href.startsWith('#') && /-link$/.test(href)) || /^\s*[↩↑^]\uFE0E?\uFE0F?\s*$/.test(textOf(a));
}
