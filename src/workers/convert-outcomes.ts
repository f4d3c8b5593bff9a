import { resolveOptions } from '../resolve-options';
import { convertItems, type ConvertTask, type Outcome } from './convert-items';
import { assertCloneable, createPool, workerHeap } from './pool';
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
    // Posts are read a task of 8 at a time, so `convertItems` can run each stage over several of them.
    yield* runOrdered(items, async (t) => convertItems(t, resolved) as Outcome<T>[], task, { inflight: 1 });
    return;
  }
  assertCloneable(task.options);
  // Articles cross back as JSON text, parsed only as each is yielded: the posts waiting for the
  // ones before them are then flat strings, not objects for this thread to collect.
  if (!task.format) task.asJson = true;
  const pool = await createPool(workers, workerHeap(task));
  try {
    const run = (t: ConvertTask) => pool.run(t) as Promise<Outcome<T>[]>;
    // A post too big for a worker's capped heap is converted here, in the caller's thread:
    // known big ones at once, others when their worker runs out of memory (runGuarded).
    // (Here an article needs no JSON text: it does not cross threads.)
    const local = (t: ConvertTask) => convertItems({ ...t, asJson: false }, resolved) as Outcome<T>[];
    const routed = async (t: ConvertTask): Promise<Outcome<T>[]> => {
      if (!t.items.some(isBig)) return runGuarded(run, t, local);
      const out: Outcome<T>[] = [];
      for (let i = 0; i < t.items.length; i++) {
        const one = { ...t, start: t.start + i, items: [t.items[i]] };
        out.push(...(isBig(t.items[i]) ? local(one) : await runGuarded(run, one, local)));
      }
      return out;
    };
    for await (const o of runOrdered(items, routed, task, { inflight: workers * 4 })) {
      yield o.ok && task.asJson && typeof o.value === 'string' ? { ...o, value: JSON.parse(o.value) as T } : o;
    }
  } finally {
    await pool.close();
  }
}

/**
 * JSON texts (strings or UTF-8 bytes) longer than this skip the workers: a post of ~8.6 MB
 * converts within a worker's capped heap (WORKER_HEAP), one of 20 MB needs ~430 MB, and finding
 * that out by letting the worker die costs seconds of collecting first.
 */
const LOCAL_FROM = 8 * 1024 * 1024;

function isBig(item: unknown): boolean {
  if (typeof item === 'string') return item.length > LOCAL_FROM;
  // A hostile item (a Proxy whose traps throw) is not big: it fails where it is converted.
  try {
    return item instanceof Uint8Array && item.length > LOCAL_FROM;
  } catch {
    return false;
  }
}
