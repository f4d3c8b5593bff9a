import { createElement, findElement, hasClass } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { textNode, visibleText } from '../kit/visible-text';

/**
 * Fancy heading: `h1.fancy-heading > span.main-head + span.sub-head`. The main line is the
 * heading (with the tag the editor chose); a non-empty sub line follows as a paragraph.
 */
export const fancyHeading: CleanRule = {
  name: 'themify-fancy-heading',
  match: { classes: ['fancy-heading'] },
  action: (el) => {
    const main = visibleText(findElement(el, (e) => hasClass(e, 'main-head')) ?? el);
    const sub = visibleText(findElement(el, (e) => hasClass(e, 'sub-head')));
    const tag = /^h[1-6]$/.test(el.name) ? el.name : 'p';
    return [...(main ? [createElement(tag, {}, [textNode(main)])] : []), ...(sub ? [createElement('p', {}, [textNode(sub)])] : [])];
  },
};
