import { hasClass, isTag } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { imageGallery } from '../kit/content-images';

/**
 * `[ux_gallery]` output: a `div.row` (grid or `row-slider`) of `div.gallery-col` cells, each an
 * image in a lightbox link with an often empty `div.box-text` caption. One gallery.
 */
export const gallery: CleanRule = {
  name: 'flatsome-gallery',
  match: { classes: ['row'], test: (el) => el.children.some((c) => isTag(c) && hasClass(c, 'gallery-col')) },
  action: (el) => imageGallery(el),
};
