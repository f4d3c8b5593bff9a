import { detailsRule } from '../kit/details-rule';

/**
 * Toggle and accordion item: `h5.et_pb_toggle_title + div.et_pb_toggle_content`. The title's
 * level is a style choice (h1–h6), not document structure, so it becomes a details summary.
 */
export const toggle = detailsRule({ name: 'divi-toggle', item: 'et_pb_toggle', title: ['et_pb_toggle_title'], content: 'et_pb_toggle_content', open: 'et_pb_toggle_open' });
