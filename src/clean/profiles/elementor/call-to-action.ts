import { createElement, findElement, type AnyNode, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { blockFrom, boxHref, buttonFrom, byClass, plainText, ribbonParagraph, widgetRule } from './widget';

/**
 * Pro call-to-action widget: picture, graphic image, title, description, button and ribbon
 * label (last, as printed). The picture is only a CSS `background-image` on `.elementor-cta__bg` (with its alt
 * text in `aria-label`); in the classic skin it is the card's image, so it becomes a figure.
 * An icon graphic and the overlay go. When the whole card is the link (`a.elementor-cta`),
 * the button is a `span` and takes the card's href.
 *
 * @example CTA → `<figure><img src="bg.jpg"></figure><h2>Join</h2><p>Three days…</p><u-button href="/register">Register</u-button>`
 */
export const callToAction: CleanRule = widgetRule('call-to-action', (el) => {
  const out: AnyNode[] = [];
  const bg = backgroundImage(byClass(el, 'elementor-cta__bg'));
  if (bg) out.push(createElement('figure', {}, [bg]));
  const graphic = byClass(el, 'elementor-cta__image');
  const img = graphic && findElement(graphic, (e) => e.name === 'img');
  if (img) out.push(createElement('figure', {}, [img]));
  const title = byClass(el, 'elementor-cta__title');
  if (title && plainText(title)) out.push(blockFrom(title));
  const description = byClass(el, 'elementor-cta__description');
  if (description && plainText(description)) out.push(blockFrom(description));
  const button = buttonFrom(byClass(el, 'elementor-cta__button'), boxHref(el, 'elementor-cta'));
  if (button) out.push(button);
  // Last, where the markup prints it: first, a badge would read as the lead line of what precedes.
  out.push(...ribbonParagraph(el, 'elementor-ribbon-inner'));
  return out;
});

/** An `<img>` for an element whose picture is a CSS `background-image: url(…)`. */
export function backgroundImage(el: Element | null): Element | null {
  const url = el?.attribs.style?.match(/background-image\s*:\s*url\(\s*(['"]?)([^'")]+)\1\s*\)/i)?.[2]?.trim();
  if (!el || !url) return null;
  return createElement('img', { src: url, alt: el.attribs['aria-label'] ?? '' });
}
