import { runOrdered } from '../../src/workers/run-ordered';
import type { ConvertTask, Outcome } from '../../src/workers/convert-items';

// Every post of a task converted, its value `value(item)`.
function outcomes<T>(t: ConvertTask, value: (item: unknown) => T): Outcome<T>[] {
  return t.items.map((v, i) => ({ ok: true as const, index: t.start + i, value: value(v) }));
}

// A runner that answers tasks out of order (later tasks first) and counts how many are open.
function slowRunner() {
  let open = 0;
  let maxOpen = 0;
  const run = async (t: ConvertTask): Promise<Outcome<number>[]> => {
    open++;
    maxOpen = Math.max(maxOpen, open);
    await new Promise((r) => setTimeout(r, (7 - (t.start % 7)) * 2));
    open--;
    return outcomes(t, (v) => (v as number) * 10);
  };
  return { run, maxOpen: () => maxOpen };
}

describe('runOrdered', () => {
  it('yields every outcome in input order although tasks finish out of order', async () => {
    const r = slowRunner();
    const out: Outcome<number>[] = [];
    for await (const o of runOrdered(Array.from({ length: 53 }, (_, i) => i), r.run, {}, { batch: 4, inflight: 3 })) out.push(o);
    expect(out.map((o) => o.index)).toEqual(Array.from({ length: 53 }, (_, i) => i));
    expect(out.map((o) => (o.ok ? o.value : -1))).toEqual(Array.from({ length: 53 }, (_, i) => i * 10));
    expect(r.maxOpen()).toBeLessThanOrEqual(3);
  });

  it('when the source breaks off, yields the posts read before it, then throws its error', async () => {
    async function* source() {
      for (let i = 0; i < 6; i++) yield i;
      throw new RangeError('truncated');
    }
    const seen: number[] = [];
    const run = async () => {
      for await (const o of runOrdered(source(), slowRunner().run, {}, { batch: 4, inflight: 2 })) seen.push(o.index);
    };
    await expect(run()).rejects.toThrow('truncated');
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('reads the source lazily: no more than inflight × batch items ahead of the consumer', async () => {
    let read = 0;
    async function* source() {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield i;
      }
    }
    const it = runOrdered(source(), slowRunner().run, {}, { batch: 5, inflight: 2 });
    await it.next();
    expect(read).toBeLessThanOrEqual(2 * 5 + 5);
    await it.return(undefined);
  });

  it('passes the task settings through and numbers tasks by their first post', async () => {
    const seen: { start: number; format: unknown }[] = [];
    const run = async (t: ConvertTask) => {
      seen.push({ start: t.start, format: t.format });
      return outcomes(t, () => 0);
    };
    for await (const _ of runOrdered([1, 2, 3, 4, 5], run, { format: 'md' }, { batch: 2 })) void _;
    expect(seen).toEqual([
      { start: 0, format: 'md' },
      { start: 2, format: 'md' },
      { start: 4, format: 'md' },
    ]);
  });

  it('converts and yields what it has when the source goes quiet, instead of waiting for a full task', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* source() {
      yield* [0, 1, 2];
      await gate; // a live source: nothing more for now
      yield* [3, 4];
    }
    const tasks: number[][] = [];
    const run = async (t: ConvertTask) => {
      tasks.push(t.items as number[]);
      return outcomes(t, (v) => v as number);
    };
    const it = runOrdered(source(), run, {}, { batch: 8, inflight: 1, idleMs: 10 });
    // The first three posts come out while the source still holds back the rest.
    const first = await Promise.all([it.next(), it.next(), it.next()]);
    expect(first.map((r) => (r.done ? null : r.value.index))).toEqual([0, 1, 2]);
    release();
    const rest: number[] = [];
    for (let r = await it.next(); !r.done; r = await it.next()) rest.push(r.value.index);
    expect(rest).toEqual([3, 4]);
    expect(tasks).toEqual([[0, 1, 2], [3, 4]]);
  });

  it('keeps full tasks when the source is never quiet', async () => {
    async function* source() {
      for (let i = 0; i < 20; i++) {
        await new Promise((r) => setImmediate(r)); // a read between posts, like a file stream's
        yield i;
      }
    }
    const sizes: number[] = [];
    const run = async (t: ConvertTask) => {
      sizes.push(t.items.length);
      return outcomes(t, () => 0);
    };
    for await (const _ of runOrdered(source(), run, {}, { batch: 8, inflight: 1 })) void _;
    expect(sizes).toEqual([8, 8, 4]);
  });

  it('closes the source when the consumer stops early, even while the source is quiet', async () => {
    let closed = false;
    async function* source() {
      try {
        yield 0;
        await new Promise((r) => setTimeout(r, 30));
        yield 1;
        await new Promise(() => undefined); // never sends more
      } finally {
        closed = true;
      }
    }
    const run = async (t: ConvertTask) => outcomes(t, () => 0);
    for await (const o of runOrdered(source(), run, {}, { batch: 8, inflight: 1, idleMs: 5 })) {
      if (o.index === 0) break;
    }
    await new Promise((r) => setTimeout(r, 60));
    expect(closed).toBe(true);
  });
});

