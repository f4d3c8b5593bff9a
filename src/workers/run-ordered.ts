import type { ConvertTask, Outcome } from './convert-items';

/** How `runOrdered` cuts the input into tasks and how many it keeps in flight. */
export interface OrderedOptions {
  /** Posts per task (default 8): fewer messages between threads, still fine-grained enough to balance. */
  batch?: number;
  /** Tasks submitted but not yet yielded (default 8): bounds memory whatever the input size. */
  inflight?: number;
  /**
   * Milliseconds the source may keep the next post waiting before the posts already read are
   * converted and every outcome so far is yielded (default 50). A file or a list never waits
   * that long, so its tasks stay full; a slow source (a live crawl piped in, an HTTP body
   * that trickles) sees each post's outcome soon after the post arrives.
   */
  idleMs?: number;
}

/**
 * Cuts `items` into tasks of consecutive posts, runs up to `inflight` of them at once and
 * yields every outcome in input order. Reading stops while the window is full, so a huge
 * input never piles up in memory (back-pressure comes from the consumer, too). When the source
 * goes quiet for `idleMs`, what was read is converted and yielded without waiting for more.
 */
export async function* runOrdered<T>(
  items: AsyncIterable<unknown> | Iterable<unknown>,
  run: (task: ConvertTask) => Promise<Outcome<T>[]>,
  base: Omit<ConvertTask, 'start' | 'items'>,
  { batch = 8, inflight = 8, idleMs = 50 }: OrderedOptions = {},
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
  const source = untilBroken(items, broken);
  try {
    for (;;) {
      const next = source.next();
      if ((pending.length || window.length) && (await quiet(next, idleMs))) {
        if (pending.length) submit();
        while (window.length) yield* await window.shift()!;
      }
      const step = await next;
      if (step.done) break;
      pending.push(step.value.item);
      if (pending.length < batch) continue;
      submit();
      if (window.length >= inflight) yield* await window.shift()!;
    }
  } finally {
    // A consumer that stops early closes the source (a file stream is destroyed), as `for await`
    // would; not awaited, as a read may still be pending on a quiet source. (`untilBroken`
    // catches what closing throws, so this never rejects.)
    void source.return(undefined);
  }
  if (pending.length) submit();
  while (window.length) yield* await window.shift()!;
  if ('error' in broken) throw broken.error;
}

// True when `next` has not settled within `ms` (it is still awaited afterwards, so nothing is lost).
async function quiet(next: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const idle = new Promise<true>((resolve) => {
    timer = setTimeout(resolve, ms, true);
  });
  try {
    return (await Promise.race([next.then(() => false, () => false), idle])) === true;
  } finally {
    clearTimeout(timer);
  }
}

// The items until reading them throws; the error is kept in `broken` instead of thrown. Each
// item is boxed: an async generator awaits what it yields (and `yield*` of a list awaits each
// item), which reads a `then` field, and a hostile post (a Proxy whose traps throw) would then
// break the input instead of failing alone where it is converted.
async function* untilBroken(items: AsyncIterable<unknown> | Iterable<unknown>, broken: { error?: unknown }): AsyncGenerator<{ item: unknown }> {
  try {
    if (Symbol.asyncIterator in items) for await (const item of items) yield { item };
    else for (const item of items) yield { item };
  } catch (error) {
    broken.error = error;
  }
}
