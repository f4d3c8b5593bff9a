import { findElement, findElements, hasClass } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { builderDetails } from '../kit/builder-details';

/**
 * Tabs: titles print twice, once in `div.fl-tabs-labels` (desktop) and once per panel as
 * `div.fl-tabs-panel-label` (mobile). Each panel keeps its own label, so each title is there once.
 */
export const tabs: CleanRule = {
  name: 'beaver-tabs',
  match: { classes: ['fl-tabs'] },
  action: (el) => {
    const labels = findElements(el, (e) => hasClass(e, 'fl-tabs-label') && !hasClass(e, 'fl-tabs-panel-label'));
    const panels = findElements(el, (e) => hasClass(e, 'fl-tabs-panel'));
    if (!panels.length) return undefined;
    return panels.flatMap((panel, i) => {
      const title = findElement(panel, (e) => hasClass(e, 'fl-tabs-panel-label')) ?? labels[i] ?? null;
      const content = findElement(panel, (e) => hasClass(e, 'fl-tabs-panel-content'));
      return builderDetails(title, content ? [...content.children] : [], i === 0);
    });
  },
};
