import type { ConvertTask, Outcome } from './convert-items';

/** How `runOrdered` cuts the input into tasks and how many it keeps in flight. */
export interface OrderedOptions {
  /** Posts per task (default 8): fewer messages between threads, still fine-grained enough to balance. */
  batch?: number;
  /** Tasks submitted but not yet yielded (default 8): bounds memory whatever the input size. */
  inflight?: number;
}

/**
 * Cuts `items` into tasks of consecutive posts, runs up to `inflight` of them at once and
 * yields every outcome in input order. Reading stops while the window is full, so a huge
 * input never piles up in memory (back-pressure comes from the consumer, too).
 */
export async function* runOrdered<T>(
  items: AsyncIterable<unknown> | Iterable<unknown>,
  run: (task: ConvertTask) => Promise<Outcome<T>[]>,
  base: Omit<ConvertTask, 'start' | 'items'>,
  { batch = 8, inflight = 8 }: OrderedOptions = {},
): AsyncGenerator<Outcome<T>> {
  const window: Promise<Outcome<T>[]>[] = [];
  let pending: unknown[] = [];
  let start = 0;
  const submit = () => {
    const p = run({ ...base, start, items: pending });
    // Rejections are awaited in order below; this only stops an early one being reported as unhandled.
    p.catch(() => undefined);
    window.push(p);
    start += pending.length;
    pending = [];
  };
  // When the input breaks off (truncated JSON), the posts read before it still come out, then the error.
  const broken: { error?: unknown } = {};
  for await (const item of untilBroken(items, broken)) {
    pending.push(item);
    if (pending.length < batch) continue;
    submit();
    if (window.length >= inflight) yield* await window.shift()!;
  }
  if (pending.length) submit();
  while (window.length) yield* await window.shift()!;
  if ('error' in broken) throw broken.error;
}

// The items until reading them throws; the error is kept in `broken` instead of thrown.
async function* untilBroken(items: AsyncIterable<unknown> | Iterable<unknown>, broken: { error?: unknown }): AsyncGenerator<unknown> {
  try {
    yield* items;
  } catch (error) {
    broken.error = error;
  }
}
