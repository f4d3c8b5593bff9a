import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { CorpusPost } from './corpus';

/** What one pipeline did over the corpus. */
export interface Measurement {
  name: string;
  posts: number;
  failed: number;
  totalMs: number;
  cpuMs: number;
  postsPerSec: number;
  mbPerSec: number;
  p50: number;
  p99: number;
  peakRssMb: number;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Collects garbage so one pipeline's leftovers are not billed to the next. */
export function collect(): void {
  gc();
  gc();
}

/** A named conversion of one post's JSON text. */
export interface Pipeline {
  name: string;
  run: (json: string) => void;
}

/**
 * Runs every pipeline on every post, timing each call. The pipelines take turns on blocks of
 * `block` posts, so a neighbour's load on a shared machine hits them alike and the ratio holds.
 * RSS is sampled every 8 posts during each pipeline's turns (the process's `maxRSS` is
 * monotonic, so it could not tell the floor's peak from unpress's). CPU time is the process's
 * user + system time during the turns: steadier than wall time when cores are shared.
 */
export function measure(corpus: CorpusPost[], pipelines: Pipeline[], block = 25): Measurement[] {
  const acc = pipelines.map(() => ({ times: new Float64Array(corpus.length), failed: 0, wall: 0, cpu: 0, peak: 0 }));
  const bytes = corpus.reduce((s, p) => s + p.json.length, 0);
  for (let from = 0; from < corpus.length; from += block) {
    const to = Math.min(corpus.length, from + block);
    pipelines.forEach((pl, k) => {
      const a = acc[k]!;
      collect();
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      for (let i = from; i < to; i++) {
        const t0 = performance.now();
        try {
          pl.run(corpus[i]!.json);
        } catch {
          a.failed++;
        }
        a.times[i] = performance.now() - t0;
        if ((i & 7) === 0) a.peak = Math.max(a.peak, process.memoryUsage.rss());
      }
      a.wall += performance.now() - start;
      const cpu = process.cpuUsage(cpu0);
      a.cpu += (cpu.user + cpu.system) / 1000;
      a.peak = Math.max(a.peak, process.memoryUsage.rss());
    });
  }
  return pipelines.map((pl, k) => {
    const a = acc[k]!;
    const sorted = [...a.times].sort((x, y) => x - y);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
    return {
      name: pl.name,
      posts: corpus.length,
      failed: a.failed,
      totalMs: a.wall,
      cpuMs: a.cpu,
      postsPerSec: (corpus.length / a.wall) * 1000,
      mbPerSec: bytes / 1e6 / (a.wall / 1000),
      p50: q(0.5),
      p99: q(0.99),
      peakRssMb: a.peak / 1024 / 1024,
    };
  });
}

/** A Markdown table of measurements, each with its time relative to the first (the floor). */
export function table(rows: Measurement[]): string {
  const floor = rows[0]!;
  const lines = [
    '| pipeline | posts | failed | wall s | posts/s | MB/s | p50 ms | p99 ms | peak RSS MB | × floor (wall) | × floor (CPU) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.name} | ${r.posts} | ${r.failed} | ${(r.totalMs / 1000).toFixed(2)} | ${r.postsPerSec.toFixed(0)} | ${r.mbPerSec.toFixed(1)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.peakRssMb.toFixed(0)} | ${(r.totalMs / floor.totalMs).toFixed(2)} | ${(r.cpuMs / floor.cpuMs).toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}
