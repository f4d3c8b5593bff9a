import type { CleanRule } from '../../profile';
import { blockFrom, byClass, widgetRule } from './widget';

/**
 * Heading widget (also the theme's post-title widget, which carries the same class): the title
 * element is whatever tag the editor chose. h1–h6 stay headings; p, div and span become a
 * paragraph (they are styled text, not document structure).
 *
 * @example `<div class="elementor-widget-heading"><p class="elementor-heading-title">Lead</p></div>` → `<p>Lead</p>`
 */
export const heading: CleanRule = widgetRule('heading', (el) => [blockFrom(byClass(el, 'elementor-heading-title') ?? el)]);
