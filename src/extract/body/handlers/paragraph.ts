import type { BlockHandler } from '../block-handler';
import { inlineRunBlocks } from '../inline-run';

/** `p` → paragraph; images standing alone in it become image blocks; empty ones vanish. */
export const paragraph: BlockHandler = (el, ctx) => inlineRunBlocks(el.children, ctx);
