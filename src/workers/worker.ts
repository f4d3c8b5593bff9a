import type { Article } from '../schema/article';
import { resolveOptions } from '../resolve-options';
import type { ResolvedOptions } from '../options';
import { convertItems, errorToData, type ConvertTask, type ErrorData, type Rendered } from './convert-items';

/** What a worker sends back: outcomes with their errors as plain data. */
export type WireOutcome = { ok: true; index: number; value: Article | Rendered } | { ok: false; index: number; id: number | null; error: ErrorData };

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
  return convertItems(task, resolved).map((o) => (o.ok ? o : { ...o, error: errorToData(o.error) }));
}
