import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A heap budget of 128 MiB: the CLI's peak RSS then stays near 200 MB on exports of any size. */
export const HEAP_BUDGET = 128 * 1024 * 1024;

/**
 * A check to call between posts: when the heap holds more than `budget` bytes, it collects
 * garbage at once, and the budget follows what is still live (twice it, never below `budget`),
 * so one huge post does not make every later check collect again.
 *
 * Why: on a 10,000-post export the CLI's live heap is ~25 MB, yet in about one run in four V8's
 * heap-growth heuristic let the heap reach 400 MB before its next full collection (peak RSS
 * 488–535 MB instead of ~205 MB). `--max-old-space-size` cannot be set once the process runs,
 * and a hard cap would kill the run on a 10 MB post. `gc` is exposed the way jest's leak
 * detector does it: the flag, then a new context that has the function.
 *
 * @returns a function that returns true when it collected
 */
export function heapGuard(budget = HEAP_BUDGET): () => boolean {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  if (typeof gc !== 'function') return () => false;
  let limit = budget;
  return () => {
    if (getHeapStatistics().used_heap_size <= limit) return false;
    gc();
    limit = Math.max(budget, 2 * getHeapStatistics().used_heap_size);
    return true;
  };
}
