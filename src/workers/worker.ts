import { move, transferableSymbol, valueSymbol } from 'piscina';
import { resolveOptions } from '../resolve-options';
import type { ResolvedOptions } from '../options';
import { convertItems, errorToData, type ConvertTask, type Converted, type ErrorData } from './convert-items';

/** Posts per turn in a worker thread (see `convertItems`). */
export const WORKER_TURN = 4;

/** What a worker sends back: outcomes with their errors as plain data. */
export type WireOutcome = { ok: true; index: number; value: Converted } | { ok: false; index: number; id: number | null; error: ErrorData };

// Options are resolved once per worker and options object, not once per task.
let lastOptions: unknown;
let resolved: ResolvedOptions | undefined;

/**
 * The worker-thread entry (run by piscina): converts one task. Built by tsup as `dist/worker.js`;
 * from source it is bundled on the fly (see `workerFile`).
 */
export default function convertTask(task: ConvertTask): WireOutcome[] | ReturnType<typeof move> {
  const key = JSON.stringify(task.options ?? {});
  if (!resolved || key !== lastOptions) {
    resolved = resolveOptions(task.options);
    lastOptions = key;
  }
  // Turns of 4 posts on a worker thread. `--jobs 2 --out` on 10,000 posts, three interleaved
  // rounds: 7.9–8.3 s with turns of 4, 8.2–8.8 s with 1, 8.0–10.2 s with 8 (32 MB young
  // generation; with the 16 MB of before, turns of 8 were the slowest: two threads on this
  // 2-vCPU VM share the caches the turns count on).
  const out: WireOutcome[] = convertItems(task, resolved, WORKER_TURN).map((o) => (o.ok ? o : { ...o, error: errorToData(o.error) }));
  return task.bytes ? withBuffersMoved(out) : out;
}

/**
 * The outcomes with the bytes of each rendered article moved to the caller's thread, not copied:
 * the copies and the worker's own dead buffers took `--jobs 2 --format json` to stdout from
 * 283,048–283,752 to 297,404–302,704 KiB of peak RSS on 10,000 posts (two interleaved rounds;
 * output identical).
 */
function withBuffersMoved(out: WireOutcome[]): ReturnType<typeof move> {
  // A set: a buffer listed twice would make the whole message fail.
  const buffers = new Set<ArrayBuffer>();
  for (const o of out) {
    const output = o.ok && typeof o.value === 'object' && 'output' in o.value ? o.value.output : null;
    if (output instanceof Uint8Array) buffers.add(output.buffer as ArrayBuffer);
  }
  return move({
    get [transferableSymbol]() {
      return [...buffers];
    },
    get [valueSymbol]() {
      return out;
    },
  });
}
