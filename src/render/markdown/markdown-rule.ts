import type { Block } from '../../schema/block';
import type { MarkdownContext } from './markdown-context';

/** Renders nested blocks (details' children) with the same rules. */
export type RenderBlocks = (blocks: Block[]) => string;

/**
 * Writes one block type as Markdown. Rules are looked up by `block.type`;
 * `toMarkdown(article, { rules: { embed: myEmbedRule } })` replaces one.
 */
export type MarkdownRule<T extends Block['type'] = Block['type']> = (
  block: Extract<Block, { type: T }>,
  ctx: MarkdownContext,
  render: RenderBlocks,
) => string;
