import type { CleanRule } from '../../profile';
import { plainText, textNode } from './widget';

/**
 * Text editor widget: its HTML needs no rule (the walker reads paragraphs, lists and bare text
 * runs as they are). Only the drop cap, which scraped pages keep as
 * `span.elementor-drop-cap > span.elementor-drop-cap-letter`, is folded back into its word.
 *
 * @example `<span class="elementor-drop-cap"><span class="elementor-drop-cap-letter">L</span></span>orem` → `Lorem`
 */
export const dropCap: CleanRule = {
  name: 'elementor-drop-cap',
  match: { classes: ['elementor-drop-cap'] },
  action: (el) => [textNode(plainText(el))],
};
