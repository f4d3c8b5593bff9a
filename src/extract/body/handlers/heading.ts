import type { BlockHandler } from '../block-handler';
import { oneLine } from '../../../text/decode';

/** `h1`–`h6` → heading (anchors are assigned once the whole body is known). */
export const heading: BlockHandler = (el, ctx) => {
  const { html, text } = ctx.inline(el.children);
  if (!text) return [];
  return [{ type: 'heading', level: Number(el.name.slice(1)), text: oneLine(text), html, anchor: '' }];
};
