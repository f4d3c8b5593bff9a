import { hasClass, isTag, type Element } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { allByClass, byClass, widgetRule } from './widget';

/**
 * Nested tabs widget (`n-tabs`): titles are `button.e-n-tab-title` in `.e-n-tabs-heading`,
 * panels are containers in `.e-n-tabs-content` (some versions repeat the titles there for
 * mobile; those copies are ignored). Each panel, hidden or not, becomes a `<details>` with its
 * title once, matched through `aria-controls`, else by position.
 *
 * @example nested tabs → `<details open><summary>One</summary>…</details><details><summary>Two</summary>…</details>`
 */
export const nestedTabs: CleanRule = widgetRule('n-tabs', (el) => {
  const heading = byClass(el, 'e-n-tabs-heading');
  const content = byClass(el, 'e-n-tabs-content');
  if (!content) return undefined;
  const titles = heading ? allByClass(heading, 'e-n-tab-title') : [];
  const panels = content.children.filter((c): c is Element => isTag(c) && !hasClass(c, 'e-n-tab-title'));
  return panels.map((panel, i) => {
    const title = titles.find((t) => panel.attribs.id && t.attribs['aria-controls'] === panel.attribs.id) ?? titles[i];
    const text = title ? (byClass(title, 'e-n-tab-title-text') ?? title) : null;
    // An inactive panel is hidden until clicked; it is content all the same.
    delete panel.attribs.hidden;
    return canonical.details(text ? [...text.children] : [], [panel], !!title && title.attribs['aria-selected'] === 'true');
  });
});
