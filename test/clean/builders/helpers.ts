import { cleanHtml } from '../../../src/clean/clean-html';
import { createContext, type Context } from '../../../src/context';
import { walkBlocks } from '../../../src/extract/body/walk-blocks';
import type { ParseOptions } from '../../../src/options';
import { resolveOptions } from '../../../src/resolve-options';
import type { Block } from '../../../src/schema/block';
import type { WpPost } from '../../../src/schema/wp-post';

/** Cleans `html` as a post's content and walks it into blocks (no metadata stages). */
export function blocksOf(html: string, options: ParseOptions = {}, post: Partial<WpPost> = {}): { blocks: Block[]; editor: string; ctx: Context } {
  const ctx = createContext({ id: 1, ...post } as WpPost, resolveOptions(options));
  const { root, editor } = cleanHtml(html, ctx);
  return { blocks: walkBlocks(root.children, ctx, ctx.options.blockHandlers), editor, ctx };
}

/** Every string in the blocks, joined: for "this text must not leak anywhere" checks. */
export function allText(blocks: Block[]): string {
  return JSON.stringify(blocks);
}
