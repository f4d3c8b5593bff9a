import { createElement, findElement, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

/**
 * Image widget: `<img>` (possibly inside a lightbox link or a `figure.wp-caption`) with an
 * optional `figcaption.widget-image-caption`. Becomes one plain figure; a link to anything but
 * the image file itself is kept around the image.
 */
export const image: CleanRule = {
  name: 'elementor-image',
  match: { classes: ['elementor-widget-image'] },
  action: (el: Element) => {
    const img = findElement(el, (e) => e.name === 'img');
    if (!img) return null;
    const caption = findElement(el, (e) => e.name === 'figcaption');
    const link = findElement(el, (e) => e.name === 'a');
    const keepLink = link && !isLightbox(link, img);
    const media = keepLink ? createElement('a', { href: link.attribs.href ?? '' }, [img]) : img;
    const kids = caption ? [media, createElement('figcaption', {}, [...caption.children])] : [media];
    return [createElement('figure', {}, kids)];
  },
};

function isLightbox(a: Element, img: Element): boolean {
  if ('data-elementor-open-lightbox' in a.attribs && a.attribs['data-elementor-open-lightbox'] !== 'no') return true;
  const href = a.attribs.href ?? '';
  return href !== '' && (href === img.attribs.src || /\.(jpe?g|png|gif|webp|avif)(\?.*)?$/i.test(href));
}
