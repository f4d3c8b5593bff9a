import type { AnyNode, Element } from '../../dom/dom';
import type { Context } from '../../context';
import type { Block } from '../../schema/block';
import type { InlineContent } from './inline';

/** What a block handler gets besides its element: the post context plus the walker itself. */
export interface BodyContext extends Context {
  /** Turns child nodes into blocks (for containers such as details, quotes, list items). */
  blocks(nodes: AnyNode[]): Block[];
  /** Serialises inline nodes to safe inline HTML and text. */
  inline(nodes: AnyNode[]): InlineContent;
  /** How deep in nested blocks the current element sits. */
  readonly depth: number;
}

/**
 * Turns one element of the clean DOM into blocks. Return `undefined` to decline (the walker then
 * looks through the element to its children), `[]` to drop it.
 *
 * @example
 * const hr: BlockHandler = () => [{ type: 'separator' }];
 */
export type BlockHandler = (el: Element, ctx: BodyContext) => Block[] | undefined;
