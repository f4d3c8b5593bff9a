import { isTag, textOf } from '../../../dom/dom';
import { collapseWhitespace } from '../../../text/decode';
import type { BlockHandler } from '../block-handler';

/** `details` (accordions, toggles, tabs after cleaning) → details with its summary and blocks. */
export const details: BlockHandler = (el, ctx) => {
  const summaryEl = el.children.find((c) => isTag(c) && c.name === 'summary');
  const summary = summaryEl ? collapseWhitespace(textOf(summaryEl)) : '';
  const children = ctx.blocks(el.children.filter((c) => c !== summaryEl));
  if (!summary && !children.length) return [];
  return [{ type: 'details', summary, open: el.attribs.open !== undefined, children }];
};
