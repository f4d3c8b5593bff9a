import { findElement, findElements, hasClass, isTag, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { pairedDetails } from '../kit/builder-details';

/** Tabs: `ul.nav > li.tab > a > span` titles and `div.tab-panels > div.panel` panels, paired in order. */
export const tabs: CleanRule = {
  name: 'flatsome-tabs',
  match: { classes: ['tabbed-content'] },
  action: (el) => {
    const nav = findElement(el, (e) => e.name === 'ul' && hasClass(e, 'nav'));
    const panelsEl = findElement(el, (e) => hasClass(e, 'tab-panels'));
    if (!nav || !panelsEl) return undefined;
    const titles = nav.children.filter((c): c is Element => isTag(c) && c.name === 'li');
    const panels = findElements(panelsEl, (e) => hasClass(e, 'panel'));
    const heading = el.children.find((c): c is Element => isTag(c) && /^h[1-6]$/.test(c.name));
    return [...(heading ? [heading] : []), ...pairedDetails(titles, panels, (p) => hasClass(p, 'active'))];
  },
};
