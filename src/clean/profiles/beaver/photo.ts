import { createElement, findElement, hasClass, isTag } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { contentImages } from '../kit/content-images';
import { textNode, visibleText } from '../kit/visible-text';

/**
 * Photo module: `div.fl-photo > div.fl-photo-content > (a >) img.fl-photo-img` and an optional
 * `div.fl-photo-caption` (below, or as a hover overlay). One figure with its caption.
 */
export const photo: CleanRule = {
  name: 'beaver-photo',
  match: { classes: ['fl-photo'] },
  action: (el) => {
    const img = contentImages(el)[0];
    if (!img) return null;
    const link = img.parent && isTag(img.parent) && img.parent.name === 'a' ? img.parent : null;
    const caption = visibleText(findElement(el, (e) => hasClass(e, 'fl-photo-caption')));
    const media = link ? createElement('a', { href: link.attribs.href ?? '' }, [img]) : img;
    return [createElement('figure', {}, caption ? [media, createElement('figcaption', {}, [textNode(caption)])] : [media])];
  },
};
