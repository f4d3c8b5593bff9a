import type { BlockHandler } from '../block-handler';
import { liftMedia } from '../lift-media';
import { isMedia } from '../read-media';
import { oneLine } from '../../../text/decode';

/**
 * `h1`–`h6` → heading (anchors are assigned once the whole body is known). Media inside (an
 * oEmbed iframe wpautop left in a heading) follow it as blocks of their own.
 */
export const heading: BlockHandler = (el, ctx) => {
  const kids = liftMedia(el.children);
  const media = kids.filter(isMedia);
  const { html, text } = ctx.inline(media.length ? kids.filter((n) => !isMedia(n)) : kids);
  const after = media.length ? ctx.blocks(media) : [];
  if (!text) return after;
  return [{ type: 'heading', level: Number(el.name.slice(1)), text: oneLine(text), html, anchor: '' }, ...after];
};
