import { findElement, hasClass } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { builderDetails } from '../kit/builder-details';

/**
 * Toggle and accordion item: `h5.et_pb_toggle_title + div.et_pb_toggle_content`. The title's
 * level is a style choice (h1–h6), not document structure, so it becomes a details summary.
 */
export const toggle: CleanRule = {
  name: 'divi-toggle',
  match: { classes: ['et_pb_toggle'] },
  action: (el) => {
    const title = findElement(el, (e) => hasClass(e, 'et_pb_toggle_title'));
    const content = findElement(el, (e) => hasClass(e, 'et_pb_toggle_content'));
    return builderDetails(title, content ? [...content.children] : [], hasClass(el, 'et_pb_toggle_open'));
  },
};
