import { createElement, findElement, hasClass, replaceWith, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

const TEXT_BLOCK = /^(h[1-6]|p)$/;

/**
 * A container whose HTML tag is set to "link" renders as `<a class="e-con" href>` around
 * whole blocks. A link cannot hold blocks, so the container becomes a plain wrapper and the
 * link moves inside, around its first heading or paragraph without a link of its own (or its
 * first image).
 *
 * @example `<a class="e-con" href="/x"><h3>Card</h3><p>…</p></a>` → `<div><h3><a href="/x">Card</a></h3><p>…</p></div>`
 */
export const containerLink: CleanRule = {
  name: 'elementor-container-link',
  match: { tags: ['a'], classes: ['e-con', 'elementor-section', 'elementor-column'] },
  action: (el) => {
    const href = el.attribs.href;
    const box = createElement('div', {}, [...el.children]);
    if (!href) return [box];
    const target = findElement(box, (e) => isTextBlock(e) && !findElement(e, (d) => d.name === 'a'));
    const img = target ? null : findElement(box, (e) => e.name === 'img');
    if (target) {
      const a = createElement('a', { href }, [...target.children]);
      target.children = [a];
      a.parent = target;
    } else if (img) {
      const a = createElement('a', { href });
      replaceWith(img, [a]);
      a.children = [img];
      img.parent = a;
    }
    return [box];
  },
};

function isTextBlock(e: Element): boolean {
  return TEXT_BLOCK.test(e.name) || hasClass(e, 'elementor-heading-title');
}
