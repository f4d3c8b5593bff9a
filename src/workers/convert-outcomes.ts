import { resolveOptions } from '../resolve-options';
import { convertItems, type ConvertTask, type Outcome } from './convert-items';
import { assertCloneable, createPool } from './pool';
import { runGuarded } from './run-guarded';
import { runOrdered } from './run-ordered';

/** What `convertOutcomes` needs: the parse options and threads, and for the CLI an output format to render in the worker. */
export interface ConvertSetup extends Omit<ConvertTask, 'start' | 'items'> {
  workers?: number | undefined;
}

/**
 * The engine of `streamPosts`, `parsePosts({ workers })` and the CLI: converts posts (parsed
 * values or JSON texts) into outcomes in input order, in this thread or on a pool of worker
 * threads (the same `convertItems` either way, so the output is the same).
 *
 * @throws {TypeError} for invalid options, or options holding functions with `workers`
 */
export async function* convertOutcomes<T>(items: AsyncIterable<unknown> | Iterable<unknown>, setup: ConvertSetup): AsyncGenerator<Outcome<T>> {
  const { workers, ...task } = setup;
  const resolved = resolveOptions(task.options);
  if (workers === undefined) {
    let index = 0;
    for await (const item of items) yield convertItems({ ...task, start: index++, items: [item] }, resolved)[0] as Outcome<T>;
    return;
  }
  assertCloneable(task.options);
  const pool = await createPool(workers);
  try {
    const run = (t: ConvertTask) => pool.run(t) as Promise<Outcome<T>[]>;
    // A post too big for a worker's capped heap is converted here, in the caller's thread.
    const local = (t: ConvertTask) => convertItems(t, resolved) as Outcome<T>[];
    yield* runOrdered(items, (t) => runGuarded(run, t, local), task, { inflight: workers * 4 });
  } finally {
    await pool.close();
  }
}
