import { createElement, findElement, type AnyNode } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { blockFrom, byClass, linkAround, widgetRule } from './widget';

/**
 * Image box widget: image, title and description. The image becomes a figure (its link kept
 * when it points somewhere other than the image file), the title a heading (or a paragraph
 * when its tag is not h1–h6), the description a paragraph.
 *
 * @example image box → `<figure><img></figure><h3>Title</h3><p>Text</p>`
 */
export const imageBox: CleanRule = widgetRule('image-box', (el) => {
  const out: AnyNode[] = [];
  const img = findElement(el, (e) => e.name === 'img');
  if (img) {
    const a = linkAround(img, el);
    out.push(createElement('figure', {}, [a?.attribs.href ? createElement('a', { href: a.attribs.href }, [img]) : img]));
  }
  const title = byClass(el, 'elementor-image-box-title');
  if (title) out.push(blockFrom(title));
  const description = byClass(el, 'elementor-image-box-description');
  if (description) out.push(blockFrom(description));
  return out;
});
