import type { Block, ListBlock } from '../schema/block';
import { walkBody } from './walk-body';

/** Every list block of the body, those inside details and quotes included (nested lists stay inside their items), in document order. */
export function extractLists(body: Block[]): ListBlock[] {
  const out: ListBlock[] = [];
  walkBody(body, (b) => {
    if (b.type === 'list') out.push(b);
  });
  return out;
}
