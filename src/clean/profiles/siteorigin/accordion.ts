import { findElement, hasClass } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { builderDetails } from '../kit/builder-details';

/**
 * SiteOrigin Widgets Bundle accordion panel: `.sow-accordion-title` (next to an open/close
 * icon) and `.sow-accordion-panel-content`. `sow-accordion-panel-open` marks an open panel.
 */
export const accordion: CleanRule = {
  name: 'siteorigin-accordion',
  match: { classes: ['sow-accordion-panel'] },
  action: (el) => {
    const title = findElement(el, (e) => hasClass(e, 'sow-accordion-title'));
    const content = findElement(el, (e) => hasClass(e, 'sow-accordion-panel-border')) ?? findElement(el, (e) => hasClass(e, 'sow-accordion-panel-content'));
    return builderDetails(title, content ? [...content.children] : [], hasClass(el, 'sow-accordion-panel-open'));
  },
};
