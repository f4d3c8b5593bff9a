import type { BlockHandler } from '../block-handler';
import { readMedia } from '../read-media';

/**
 * `iframe`, `<u-embed>`, `<u-media>` → embed or media block. An iframe from a host no provider
 * knows, an embed without an http(s) URL or a file without a source is dropped with a warning.
 */
export const mediaElement: BlockHandler = (el, ctx) => {
  const block = readMedia(el, ctx);
  return block ? [block] : [];
};
