import { findElement, hasClass, textOf } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { oneLine } from '../../../text/decode';

/** File block: a link to the file (and a "Download" button repeating it) → `<u-media kind="file">`. */
export const file: CleanRule = {
  name: 'gutenberg-file',
  match: { classes: ['wp-block-file'] },
  action: (el) => {
    const link = findElement(el, (e) => e.name === 'a' && !!e.attribs.href && !hasClass(e, 'wp-block-file__button')) ?? findElement(el, (e) => e.name === 'a' && !!e.attribs.href);
    const src = link?.attribs.href ?? findElement(el, (e) => e.name === 'object')?.attribs.data;
    if (!src) return null;
    const title = link ? oneLine(textOf(link)) : '';
    return [canonical.media('file', src, title || null)];
  },
};
