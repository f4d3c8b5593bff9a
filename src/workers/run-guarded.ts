import { asUnpressError } from '../parse-post';
import { idOf } from '../parse/id-of';
import type { ConvertTask, Outcome } from './convert-items';

/**
 * Runs a task on the pool so that a worker dying under it costs posts, not the batch: the
 * task's posts are retried one by one. A post that takes a thread down again because it
 * outgrew the thread's capped heap is converted by `local` (the caller's thread, whose heap
 * is not capped), when given; any other death becomes a failure (`invalid_post`, with the
 * thread's error) in the post's place.
 *
 * @example const outcomes = await runGuarded((t) => pool.run(t), { start: 0, items: posts }, (t) => convertItems(t));
 */
export async function runGuarded<T>(
  run: (task: ConvertTask) => Promise<Outcome<T>[]>,
  task: ConvertTask,
  local?: (task: ConvertTask) => Outcome<T>[],
): Promise<Outcome<T>[]> {
  try {
    return await run(task);
  } catch (e) {
    if (task.items.length === 1) {
      if (local && isOutOfMemory(e)) return local(task);
      return [{ ok: false, index: task.start, id: idOf(task.items[0]), error: asUnpressError(e, [task.start]) }];
    }
    // One at a time: which post took the thread down is not known, and only that one should fail.
    const out: Outcome<T>[] = [];
    for (let i = 0; i < task.items.length; i++) out.push(...(await runGuarded(run, { ...task, start: task.start + i, items: [task.items[i]] }, local)));
    return out;
  }
}

// Node ends a worker that reaches its `resourceLimits` with this code.
function isOutOfMemory(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}
