import { findElement, hasClass } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { builderDetails } from '../kit/builder-details';

/** The older FAQ toggle: `div.vc_toggle > div.vc_toggle_title > h4` + `div.vc_toggle_content`. */
export const toggle: CleanRule = {
  name: 'wpbakery-toggle',
  match: { classes: ['vc_toggle'] },
  action: (el) => {
    const title = findElement(el, (e) => hasClass(e, 'vc_toggle_title'));
    const content = findElement(el, (e) => hasClass(e, 'vc_toggle_content'));
    return builderDetails(title, content ? [...content.children] : [], hasClass(el, 'vc_toggle_active'));
  },
};
