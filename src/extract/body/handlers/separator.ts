import type { BlockHandler } from '../block-handler';

/** `hr` → separator. */
export const separator: BlockHandler = () => [{ type: 'separator' }];
