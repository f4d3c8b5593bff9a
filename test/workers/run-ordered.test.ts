import { runOrdered } from '../../src/workers/run-ordered';
import type { ConvertTask, Outcome } from '../../src/workers/convert-items';

// A runner that answers tasks out of order (later tasks first) and counts how many are open.
function slowRunner() {
  let open = 0;
  let maxOpen = 0;
  const run = async (t: ConvertTask): Promise<Outcome<number>[]> => {
    open++;
    maxOpen = Math.max(maxOpen, open);
    await new Promise((r) => setTimeout(r, (7 - (t.start % 7)) * 2));
    open--;
    return t.items.map((v, i) => ({ ok: true, index: t.start + i, value: (v as number) * 10 }));
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
      return t.items.map((_, i) => ({ ok: true as const, index: t.start + i, value: 0 }));
    };
    for await (const _ of runOrdered([1, 2, 3, 4, 5], run, { format: 'md' }, { batch: 2 })) void _;
    expect(seen).toEqual([
      { start: 0, format: 'md' },
      { start: 2, format: 'md' },
      { start: 4, format: 'md' },
    ]);
  });
});
