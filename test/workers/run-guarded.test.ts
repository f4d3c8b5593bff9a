import { UnpressError } from '../../src';
import type { ConvertTask, Outcome } from '../../src/workers/convert-items';
import { runGuarded } from '../../src/workers/run-guarded';

// A pool whose thread dies on any task holding a post marked `crash`, as piscina rejects a
// task when its worker exits (out of memory, a native crash).
function fakePool() {
  const calls: number[][] = [];
  const run = async (task: ConvertTask): Promise<Outcome<number>[]> => {
    calls.push(task.items.map((_, i) => task.start + i));
    if (task.items.some((p) => (p as { crash?: boolean }).crash)) throw new Error('worker exited with code 1');
    return task.items.map((p, i) => ({ ok: true, index: task.start + i, value: (p as { id: number }).id }));
  };
  return { run, calls };
}

describe('runGuarded', () => {
  it('turns a dead worker into a failure for the post that killed it, and converts the others', async () => {
    const { run, calls } = fakePool();
    const items = [{ id: 1 }, { id: 2, crash: true }, { id: 3 }];
    const out = await runGuarded(run, { start: 10, items });
    expect(out.map((o) => o.index)).toEqual([10, 11, 12]);
    expect(out[0]).toEqual({ ok: true, index: 10, value: 1 });
    expect(out[2]).toEqual({ ok: true, index: 12, value: 3 });
    const failed = out[1]!;
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.id).toBe(2);
    expect(failed.error).toBeInstanceOf(UnpressError);
    expect(failed.error.message).toContain('worker exited with code 1');
    // The whole task once, then each post on its own.
    expect(calls).toEqual([[10, 11, 12], [10], [11], [12]]);
  });

  it("converts a post that outgrew a worker's capped heap in the caller's thread; other deaths stay failures", async () => {
    const calls: number[][] = [];
    const run = async (task: ConvertTask): Promise<Outcome<number>[]> => {
      calls.push(task.items.map((_, i) => task.start + i));
      const bad = task.items.find((p) => (p as { big?: boolean; crash?: boolean }).big || (p as { crash?: boolean }).crash) as { big?: boolean } | undefined;
      if (bad) throw Object.assign(new Error(bad.big ? 'Worker terminated due to reaching memory limit: JS heap out of memory' : 'worker exited with code 1'), bad.big ? { code: 'ERR_WORKER_OUT_OF_MEMORY' } : {});
      return task.items.map((p, i) => ({ ok: true, index: task.start + i, value: (p as { id: number }).id }));
    };
    const local = (task: ConvertTask): Outcome<number>[] => task.items.map((p, i) => ({ ok: true, index: task.start + i, value: -(p as { id: number }).id }));
    const out = await runGuarded(run, { start: 0, items: [{ id: 1 }, { id: 2, big: true }, { id: 3, crash: true }] }, local);
    expect(out.map((o) => (o.ok ? o.value : 'failed'))).toEqual([1, -2, 'failed']);
    expect(calls).toEqual([[0, 1, 2], [0], [1], [2]]);
    // Without a local converter, running out of memory is a failure like any other death.
    const alone = await runGuarded(run, { start: 0, items: [{ id: 2, big: true }] });
    expect(alone[0]).toMatchObject({ ok: false, id: 2, error: { code: 'invalid_post' } });
  });

  it('passes a healthy task straight through', async () => {
    const { run, calls } = fakePool();
    expect(await runGuarded(run, { start: 0, items: [{ id: 5 }] })).toEqual([{ ok: true, index: 0, value: 5 }]);
    expect(calls).toHaveLength(1);
  });
});
