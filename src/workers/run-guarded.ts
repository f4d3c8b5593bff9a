import { asUnpressError } from '../parse-post';
import { idOf } from '../parse/id-of';
import type { ConvertTask, Outcome } from './convert-items';

/**
 * Runs a task on the pool so that a worker dying under it (out of memory, a native crash)
 * costs posts, not the batch: the task's posts are retried one by one, and a post that fails
 * the thread again becomes a failure (`invalid_post`, with the thread's error) in its place.
 *
 * @example const outcomes = await runGuarded((t) => pool.run(t), { start: 0, items: posts });
 */
export async function runGuarded<T>(run: (task: ConvertTask) => Promise<Outcome<T>[]>, task: ConvertTask): Promise<Outcome<T>[]> {
  try {
    return await run(task);
  } catch (e) {
    if (task.items.length === 1) {
      return [{ ok: false, index: task.start, id: idOf(task.items[0]), error: asUnpressError(e, [task.start]) }];
    }
    // One at a time: which post took the thread down is not known, and only that one should fail.
    const out: Outcome<T>[] = [];
    for (let i = 0; i < task.items.length; i++) out.push(...(await runGuarded(run, { ...task, start: task.start + i, items: [task.items[i]] })));
    return out;
  }
}
