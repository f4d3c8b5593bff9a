import { findElement } from '../../../dom/dom';
import { formattingAround } from '../kit/formatting-around';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';

/**
 * One button of a Buttons block → `<u-button>`; a button without `href` keeps its label (a
 * button block with no link). Formatting around the link (`<code><a>…</a></code>`, as formatting
 * around the whole block is moved down to it) stays around the label.
 */
export const button: CleanRule = {
  name: 'gutenberg-button',
  match: { classes: ['wp-block-button'] },
  action: (el) => {
    const link = findElement(el, (e) => e.name === 'a') ?? el;
    const href = link.attribs.href?.trim() || null;
    return [canonical.button(href, formattingAround([...link.children], link, el))];
  },
};
