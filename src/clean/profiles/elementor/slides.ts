import { createElement, type AnyNode, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { allByClass, blockFrom, buttonFrom, byClass, isDuplicateSlide, plainText, widgetRule } from './widget';

/**
 * Pro slides: each slide's heading, description and button, in order; backgrounds, overlays,
 * arrows, dots and swiper's loop clones go. The heading tag defaults to `div`: h1–h6 stay
 * headings, any other tag becomes a bold paragraph so the slide title still reads as one.
 * When the whole slide is the link (`a.swiper-slide-inner`), the button is a `div` and takes
 * that href.
 *
 * @example two slides → `<p><strong>One</strong></p><p>First</p><u-button href="/one">Go</u-button><p><strong>Two</strong></p>…`
 */
export const slides: CleanRule = widgetRule('slides', (el) => {
  const out: AnyNode[] = [];
  for (const slide of allByClass(el, 'swiper-slide')) {
    if (isDuplicateSlide(slide)) continue;
    const inner = byClass(slide, 'swiper-slide-inner');
    const href = inner?.name === 'a' ? inner.attribs.href ?? null : null;
    const button = buttonFrom(byClass(slide, 'elementor-slide-button'), href);
    const heading = byClass(slide, 'elementor-slide-heading');
    // A linked slide without a button would lose its link: the title carries it instead.
    if (heading && plainText(heading)) out.push(title(heading, button ? null : href));
    const description = byClass(slide, 'elementor-slide-description');
    if (description && plainText(description)) out.push(blockFrom(description));
    if (button) out.push(button);
  }
  return out;
});

function title(el: Element, href: string | null): Element {
  const block = blockFrom(el);
  const kids = href ? [createElement('a', { href }, [...block.children])] : [...block.children];
  if (/^h[1-6]$/.test(block.name)) return createElement(block.name, {}, kids);
  return createElement('p', {}, [createElement('strong', {}, kids)]);
}

