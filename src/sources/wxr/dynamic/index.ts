import type { WxrSite } from '../wxr-site';
import { latestPosts } from './latest-posts';
import { pageList } from './page-list';

/** Renders a dynamic core block from the export's data, or null when it cannot. */
export type DynamicBlock = (attrs: Record<string, unknown>, site: WxrSite) => string | null;

/**
 * The dynamic core blocks readWxr renders from the export itself, by block name. Any other
 * dynamic block (archives, categories, RSS, a plugin's server-rendered block) is warned
 * `dynamic_block`: its output is not in an export.
 */
export const dynamicBlocks: ReadonlyMap<string, DynamicBlock> = new Map([
  ['latest-posts', latestPosts],
  ['page-list', pageList],
]);
