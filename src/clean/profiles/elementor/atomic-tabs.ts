import { findElements, type Element } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';

const isType = (type: string) => (e: Element) => e.attribs['data-e-type'] === type || e.attribs['data-element_type'] === type;

/**
 * Elementor 4 (atomic) tabs, `e-tabs`: a menu of `<button role="tab">` titles and panels
 * (`role="tabpanel"`, all but the active one `hidden`). The common rules would drop both the
 * buttons and the hidden panels, so each panel becomes a `<details>` titled by its tab
 * (matched by `aria-labelledby` → tab id, else by position), the active one open.
 * Source: elementor/elementor `modules/atomic-widgets/elements/atomic-tabs/` (`atomic-tab`, `atomic-tab-content` templates).
 *
 * @example e-tabs with tabs A, B → `<details open><summary>A</summary>…</details><details><summary>B</summary>…</details>`
 */
export const atomicTabs: CleanRule = {
  name: 'elementor-atomic-tabs',
  match: { tags: ['div'], test: isType('e-tabs') },
  action: (el) => {
    const tabs = findElements(el, isType('e-tab'));
    const panels = findElements(el, isType('e-tab-content'));
    return panels.map((panel, i) => {
      const by = panel.attribs['aria-labelledby'];
      const tab = (by ? tabs.find((t) => t.attribs.id === by) : undefined) ?? tabs[i];
      return canonical.details(tab ? [...tab.children] : [], [...panel.children], tab?.attribs['aria-selected'] === 'true');
    });
  },
};
