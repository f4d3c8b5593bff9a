import { findElement, hasClass, isTag, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { imageGallery } from '../kit/content-images';
import { visibleText } from '../kit/visible-text';

/**
 * Gallery (grid or slider): `div.et_pb_gallery_item > div.et_pb_gallery_image > a > img`, with
 * an optional `h3.et_pb_gallery_title` and `p.et_pb_gallery_caption` per item. Pagination goes.
 */
export const gallery: CleanRule = {
  name: 'divi-gallery',
  match: { classes: ['et_pb_gallery'] },
  action: (el) =>
    imageGallery(el, (img) => {
      let item: Element | null = img.parent && isTag(img.parent) ? img.parent : null;
      while (item && item !== el && !hasClass(item, 'et_pb_gallery_item')) item = item.parent && isTag(item.parent) ? item.parent : null;
      if (!item || item === el) return null;
      const text = ['et_pb_gallery_title', 'et_pb_gallery_caption'].map((c) => visibleText(findElement(item!, (e) => hasClass(e, c)))).filter(Boolean);
      return text.join(': ') || null;
    }),
};
