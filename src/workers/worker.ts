import { resolveOptions } from '../resolve-options';
import type { ResolvedOptions } from '../options';
import { convertItems, errorToData, type ConvertTask, type Converted, type ErrorData } from './convert-items';

/** What a worker sends back: outcomes with their errors as plain data. */
export type WireOutcome = { ok: true; index: number; value: Converted } | { ok: false; index: number; id: number | null; error: ErrorData };

// Options are resolved once per worker and options object, not once per task.
let lastOptions: unknown;
let resolved: ResolvedOptions | undefined;

/**
 * The worker-thread entry (run by piscina): converts one task. Built by tsup as `dist/worker.js`;
 * from source it is bundled on the fly (see `workerFile`).
 */
export default function convertTask(task: ConvertTask): WireOutcome[] {
  const key = JSON.stringify(task.options ?? {});
  if (!resolved || key !== lastOptions) {
    resolved = resolveOptions(task.options);
    lastOptions = key;
  }
  // One post per turn on a worker thread: `--jobs 2` on 10,000 posts took 22.7–24.3 s with
  // turns of 8, 20.7–22.5 s with 4 and 17.9–19.7 s with 1 (two runs each), and turns of 8 were
  // still slower with a 32 MB young generation (23.0 s vs 18.1 s). Two threads on this 2-vCPU VM
  // share the caches the turns count on.
  return convertItems(task, resolved, 1).map((o) => (o.ok ? o : { ...o, error: errorToData(o.error) }));
}
