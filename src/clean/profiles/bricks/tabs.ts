import { findElement, findElements, hasClass, isTag, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { pairedDetails } from '../kit/builder-details';

/** Tabs: `ul.tab-menu > li.tab-title` titles and `ul.tab-content > li.tab-pane` panels, paired in order. */
export const tabs: CleanRule = {
  name: 'bricks-tabs',
  match: { classes: ['brxe-tabs', 'brxe-tabs-nested'] },
  action: (el) => {
    const menu = findElement(el, (e) => hasClass(e, 'tab-menu'));
    const content = findElement(el, (e) => hasClass(e, 'tab-content'));
    if (!menu || !content) return undefined;
    const kids = (p: Element) => p.children.filter((c): c is Element => isTag(c));
    const panels = findElements(content, (e) => hasClass(e, 'tab-pane'));
    return pairedDetails(kids(menu), panels.length ? panels : kids(content), (_, i) => i === 0);
  },
};
