import { hasClass, type Element } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { allByClass, widgetRule } from './widget';

/**
 * Tabs widget (legacy): every title is printed twice, once in the desktop tab bar
 * (`.elementor-tab-desktop-title`) and once before its panel for mobile
 * (`.elementor-tab-mobile-title`). Each panel (`.elementor-tab-content`, hidden ones too)
 * becomes one `<details>` titled once, matched by `data-tab`, else by position.
 *
 * @example tabs → `<details><summary>One</summary>…</details><details><summary>Two</summary>…</details>`
 */
export const tabs: CleanRule = widgetRule('tabs', (el) => {
  const desktop = allByClass(el, 'elementor-tab-desktop-title');
  const mobile = allByClass(el, 'elementor-tab-mobile-title');
  const titles = desktop.length ? desktop : mobile.length ? mobile : allByClass(el, 'elementor-tab-title');
  return allByClass(el, 'elementor-tab-content').map((panel, i) => {
    const tab = panel.attribs['data-tab'];
    const title = (tab !== undefined ? titles.find((t) => t.attribs['data-tab'] === tab) : undefined) ?? titles[i];
    return canonical.details(title ? [...title.children] : [], [...panel.children], !!title && isActive(title));
  });
});

function isActive(title: Element): boolean {
  return hasClass(title, 'elementor-active') || title.attribs['aria-selected'] === 'true';
}
