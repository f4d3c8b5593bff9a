import { createElement, findElement, hasClass, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

/**
 * Heading widget: the title element is whatever tag the editor chose. h1–h6 stay headings;
 * p, div and span become a paragraph (they are styled text, not document structure).
 */
export const heading: CleanRule = {
  name: 'elementor-heading',
  match: { classes: ['elementor-widget-heading'] },
  action: (el: Element) => {
    const title = findElement(el, (e) => hasClass(e, 'elementor-heading-title')) ?? el;
    const tag = /^h[1-6]$/.test(title.name) ? title.name : 'p';
    return [createElement(tag, {}, [...title.children])];
  },
};
