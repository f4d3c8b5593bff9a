import { findElement, findElements, hasClass } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { pairedDetails } from '../kit/builder-details';

/** Tabs: `div.sow-tabs-tab > .sow-tabs-title` titles and `div.sow-tabs-panel` panels, paired in order. */
export const tabs: CleanRule = {
  name: 'siteorigin-tabs',
  match: { classes: ['sow-tabs'] },
  action: (el) => {
    const titles = findElements(el, (e) => hasClass(e, 'sow-tabs-tab')).map((t) => findElement(t, (e) => hasClass(e, 'sow-tabs-title')) ?? t);
    const panels = findElements(el, (e) => hasClass(e, 'sow-tabs-panel')).map((p) => findElement(p, (e) => hasClass(e, 'sow-tabs-panel-content')) ?? p);
    return panels.length ? pairedDetails(titles, panels, (_, i) => i === 0) : undefined;
  },
};
