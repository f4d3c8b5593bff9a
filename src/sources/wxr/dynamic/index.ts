import type { WxrSite } from '../wxr-site';
import { archives } from './archives';
import { categories } from './categories';
import { latestPosts } from './latest-posts';
import { pageList } from './page-list';
import { tagCloud } from './tag-cloud';

/** What a dynamic block's renderer may tell: where its output is only close to the site's. */
export interface DynamicBlockContext {
  /** Warns `dynamic_block_approximate` on the block: the output was made, but `reason` may differ from the site. */
  approximate: (reason: string) => void;
  /** 1, 2, 3… for each block of `name` in the post (WordPress numbers their element ids per page). */
  sequence: (name: string) => number;
}

/** Renders a dynamic core block from the export's data, or null when it cannot. */
export type DynamicBlock = (attrs: Record<string, unknown>, site: WxrSite, ctx: DynamicBlockContext) => string | null;

/**
 * The dynamic core blocks readWxr renders from the export itself, by block name, as
 * WordPress's render callbacks do. Any other dynamic block (RSS, latest comments, a plugin's
 * server-rendered block) is warned `dynamic_block`: its output is not in an export.
 */
export const dynamicBlocks: ReadonlyMap<string, DynamicBlock> = new Map<string, DynamicBlock>([
  ['latest-posts', latestPosts],
  ['page-list', pageList],
  ['categories', categories],
  ['tag-cloud', tagCloud],
  ['archives', archives],
]);
