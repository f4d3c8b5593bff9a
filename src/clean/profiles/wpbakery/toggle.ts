import { detailsRule } from '../kit/details-rule';

/** The older FAQ toggle: `div.vc_toggle > div.vc_toggle_title > h4` + `div.vc_toggle_content`. */
export const toggle = detailsRule({ name: 'wpbakery-toggle', item: 'vc_toggle', title: ['vc_toggle_title'], content: 'vc_toggle_content', open: 'vc_toggle_active' });
