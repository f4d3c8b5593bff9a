import { findElement, findElements, hasClass } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { builderDetails } from '../kit/builder-details';

/**
 * Tabs, tours and accordions (TTA): every `div.vc_tta-panel` holds its own title
 * (`.vc_tta-title-text`) and body (`.vc_tta-panel-body`); the tab list above the panels repeats
 * the titles and is dropped; a title above the widget stays. The active panel (`vc_active`) is open.
 */
export const tta: CleanRule = {
  name: 'wpbakery-tta',
  match: { classes: ['vc_tta'] },
  action: (el) => {
    const panels = findElements(el, (e) => hasClass(e, 'vc_tta-panel'));
    if (!panels.length) return undefined;
    return panels.flatMap((panel) => {
      const title = findElement(panel, (e) => hasClass(e, 'vc_tta-title-text')) ?? findElement(panel, (e) => hasClass(e, 'vc_tta-panel-title'));
      const body = findElement(panel, (e) => hasClass(e, 'vc_tta-panel-body'));
      return builderDetails(title, body ? [...body.children] : [], hasClass(panel, 'vc_active'));
    });
  },
};
