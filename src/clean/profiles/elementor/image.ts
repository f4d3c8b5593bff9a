import { createElement, findElement, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { linkAround, widgetRule } from './widget';

/**
 * Image widget: `<img>` (possibly inside a lightbox link, a `figure.wp-caption` or the old
 * `div.elementor-image`) with an optional `figcaption.widget-image-caption`. Becomes one plain
 * figure; a link to anything but the image file itself is kept around the image.
 *
 * @example `<div class="elementor-widget-image"><a href="big.jpg" data-elementor-open-lightbox="yes"><img src="a.jpg"></a></div>` → `<figure><img src="a.jpg"></figure>`
 */
export const image: CleanRule = widgetRule('image', (el) => {
  const img = findElement(el, (e) => e.name === 'img');
  if (!img) return null;
  const caption = findElement(el, (e) => e.name === 'figcaption');
  const link = linkAround(img, el);
  const keepLink = link && !isLightbox(link, img);
  const media = keepLink ? createElement('a', { href: link.attribs.href ?? '' }, [img]) : img;
  const kids = caption ? [media, createElement('figcaption', {}, [...caption.children])] : [media];
  return [createElement('figure', {}, kids)];
});

function isLightbox(a: Element, img: Element): boolean {
  if ('data-elementor-open-lightbox' in a.attribs && a.attribs['data-elementor-open-lightbox'] !== 'no') return true;
  const href = a.attribs.href ?? '';
  return href !== '' && (href === img.attribs.src || /\.(jpe?g|png|gif|webp|avif)(\?.*)?$/i.test(href));
}
