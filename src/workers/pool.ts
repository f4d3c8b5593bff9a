import { errorFromData, type ConvertTask, type Converted, type Outcome } from './convert-items';
import type { WireOutcome } from './worker';
import { workerFile } from './worker-file';

/** Heap limits of a worker thread, in MB (Node's `resourceLimits`). */
export interface HeapLimits {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
}

/**
 * Heap limits of each worker thread, in MB: an old generation of 128 MB, ~10× what a typical
 * post needs at its peak, and room for posts of up to ~9 MB of content; a young generation of
 * 32 MB, so the working set of a turn of posts (see `worker.ts`) dies young instead of being
 * promoted. With 16 (and cheerio no longer loaded up front, so less is live at start), V8 kept
 * each worker's old-generation limit near the live size: 76–80 full collections per worker on
 * 10,000 posts instead of 6, and `--jobs 2` took 11.5–13.7 s instead of 7.9–8.3; 24 was as
 * unsteady (8.5–11.8 s). Peak RSS of the CLI with 32: see README, Performance.
 */
export const WORKER_HEAP: Readonly<HeapLimits> = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 32 };

/**
 * The heap limits for threads that send back each article as JSON rendered for the CLI's
 * stdout (`--format json` without `--out`: ~80 KB a post, written to the output by the main
 * thread): a 16 MB young generation. With 32, that run peaked at 283,048–283,752 KiB of RSS on
 * 10,000 posts (287,300–316,620 before the bytes were moved instead of copied), with 16 at
 * 242,304–246,840 KiB, ~8% slower; the CLI is held to 300 MB (292,969 KiB). Markdown, HTML or
 * text to stdout peak at 259,000–273,872 KiB with 32.
 */
export const WORKER_HEAP_JSON_OUT: Readonly<HeapLimits> = { ...WORKER_HEAP, maxYoungGenerationSizeMb: 16 };

/** The heap limits of worker threads for tasks like `task`. */
export function workerHeap(task: Pick<ConvertTask, 'format' | 'stage'>): Readonly<HeapLimits> {
  return task.format === 'json' && task.stage === undefined ? WORKER_HEAP_JSON_OUT : WORKER_HEAP;
}

// Every pool not yet closed, for stopPools.
const open = new Set<{ destroy(): Promise<void> }>();

/**
 * Stops the threads of every open pool at once, dropping their tasks: for a signal that ends
 * the process (the CLI then removes the files they had written, knowing none is still being written).
 */
export async function stopPools(): Promise<void> {
  await Promise.all([...open].map((p) => p.destroy()));
}

/** A pool of worker threads that convert tasks; `close` when done (open threads keep Node alive). */
export interface ConvertPool {
  run(task: ConvertTask): Promise<Outcome<Converted>[]>;
  close(): Promise<void>;
}

/**
 * Starts `threads` worker threads through piscina (loaded only when asked for, so plain
 * `parsePost` users never pay for it), each with `heap` as its limits (see `workerHeap`).
 *
 * @throws {TypeError} when `threads` is not a positive integer
 */
export async function createPool(threads: number, heap: Readonly<HeapLimits> = WORKER_HEAP): Promise<ConvertPool> {
  if (!Number.isInteger(threads) || threads < 1) throw new TypeError('unpress: workers must be a positive integer');
  const { Piscina } = await import('piscina');
  const pool = new Piscina<ConvertTask, WireOutcome[]>({
    filename: await workerFile(),
    minThreads: threads,
    maxThreads: threads,
    // Long batches are the common case: the atomics wait loop only helps tiny tasks.
    atomics: 'disabled',
    // A capped heap per thread: uncapped, V8 let each worker's heap grow to 200 MB and more
    // before collecting (two workers and the main thread: 420–810 MB for a 10,000-post export).
    // A post too big for the cap (a 20 MB body needs ~430 MB) kills its thread, and is then
    // converted in the caller's thread (see runGuarded).
    resourceLimits: heap,
  });
  open.add(pool);
  return {
    async run(task) {
      const out = await pool.run(task);
      return out.map((o) => (o.ok ? o : { ...o, error: errorFromData(o.error) }));
    },
    close: () => {
      open.delete(pool);
      return pool.close();
    },
  };
}

/**
 * Options cross to worker threads by structured clone, which cannot carry functions: custom
 * profiles, block handlers and SEO rules only work in the caller's thread.
 *
 * @throws {TypeError} when an option holds a function
 */
export function assertCloneable(options: object | undefined): void {
  if (!options) return;
  for (const key of ['profiles', 'blockHandlers', 'seoRules'] as const) {
    const v = (options as Record<string, unknown>)[key];
    if (v !== undefined && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)) {
      throw new TypeError(`unpress: options.${key} holds functions, which cannot be sent to worker threads; leave out workers to use them`);
    }
  }
}
