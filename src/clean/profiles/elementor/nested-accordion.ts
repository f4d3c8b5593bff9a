import { hasClass, isTag, type AnyNode, type Element } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { byClass, widgetRule } from './widget';

/**
 * Nested accordion widget (`n-accordion`): already `details.e-n-accordion-item > summary`,
 * but the summary holds icons and a title wrapper, and the panel is a child container. Each
 * item becomes a plain `<details>` with the title text (`.e-n-accordion-item-title-text`) as
 * summary; the panel's containers are cleaned like any other layout.
 *
 * @example nested accordion → `<details open><summary>Title</summary>…panel…</details>`
 */
export const nestedAccordion: CleanRule = widgetRule('n-accordion', (el) => {
  // Only this accordion's own items: a panel may hold another nested accordion.
  const root = byClass(el, 'e-n-accordion') ?? el;
  const items = root.children.filter((c): c is Element => isTag(c) && (c.name === 'details' || hasClass(c, 'e-n-accordion-item')));
  return items.map((item) => {
    const summary = item.children.find((c): c is Element => isTag(c) && c.name === 'summary');
    const title = summary ? (byClass(summary, 'e-n-accordion-item-title-text') ?? summary) : null;
    const body: AnyNode[] = item.children.filter((c) => c !== summary);
    return canonical.details(title ? [...title.children] : [], body, item.attribs.open !== undefined);
  });
});
