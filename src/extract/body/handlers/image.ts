import type { BlockHandler } from '../block-handler';
import { figureImage } from './figure';

/** An `<img>` standing between blocks → image. */
export const image: BlockHandler = (el, ctx) => {
  const img = figureImage(el, ctx, null);
  return img ? [img] : [];
};
