import { cloneAround, findElement, isTag, type AnyNode } from '../../../dom/dom';
import { FORMATTING_TAGS } from '../../../extract/body/inline';
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
    let label: AnyNode[] = [...link.children];
    for (let p = link.parent; p && p !== el && isTag(p); p = p.parent) if (FORMATTING_TAGS.has(p.name)) label = [cloneAround(p, label)];
    return [canonical.button(href, label)];
  },
};
