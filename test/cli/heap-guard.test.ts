import { getHeapStatistics } from 'node:v8';
import { heapGuard } from '../../src/cli/heap-guard';

const used = () => getHeapStatistics().used_heap_size;

describe('heapGuard', () => {
  it('collects when the heap is over budget, then lets the budget follow what is live', () => {
    const check = heapGuard(1);
    // Over a one-byte budget: it collects, and the limit becomes twice what survived.
    expect(check()).toBe(true);
    const live = used();
    expect(check()).toBe(false);

    // Garbage that outlived the young generation (kept while built, so promoted), then dropped:
    // only a full collection frees it, and V8 would not run one yet.
    let junk: { i: number }[] | null = [];
    while (used() < 3 * live) for (let i = 0; i < 100_000; i++) junk.push({ i });
    junk = null;
    expect(used()).toBeGreaterThan(2 * live);
    expect(check()).toBe(true);
    expect(used()).toBeLessThan(1.5 * live);
  });

  it('never collects below its budget', () => {
    const check = heapGuard(Number.MAX_SAFE_INTEGER);
    expect(check()).toBe(false);
  });
});
