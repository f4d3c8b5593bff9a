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

/**
 * A named conversion: of one post's JSON text (`run`), or of several posts at once (`runTurn`,
 * `TURN` at a time, as a whole-site conversion does; timed by turns, each post of a turn billed
 * an equal share).
 */
export type Pipeline = { name: string; run: (json: string) => void } | { name: string; runTurn: (jsons: string[]) => void };

/** Posts per call of a pipeline's `runTurn`: the turn `parsePosts`, `streamPosts` and the CLI use. */
export const TURN = 8;

/** Posts per timed call of `pl`: `TURN` for a pipeline in turns, else 1. */
export function callSize(pl: Pipeline): number {
  return 'runTurn' in pl ? TURN : 1;
}

/** Runs `pl` over `jsons`: by turns of `TURN` when it takes turns, else one post at a time. */
export function runAll(pl: Pipeline, jsons: string[]): void {
  if ('run' in pl) for (const json of jsons) pl.run(json);
  else for (let i = 0; i < jsons.length; i += TURN) pl.runTurn(jsons.slice(i, i + TURN));
}

/**
 * Runs every pipeline over the whole corpus, `rounds` times in turn (floor, unpress, floor, …),
 * timing each call (a post, or a turn of posts: each of its posts is billed an equal share, so
 * p50/p99 of a pipeline in turns are per-turn averages), and keeps each pipeline's best round
 * (least CPU time: steadier than wall time when a neighbour shares the cores). Garbage is
 * collected only before a pass, never inside one: a forced full GC also throws away optimised
 * code that embeds objects it frees
 * (V8 "weak objects" deopts), and the parser then re-warms at the start of every block — that
 * made the floor 2–3× slower when the turns were blocks of 25 posts with a GC before each, so
 * each pass now starts with 48 untimed posts.
 * RSS is sampled every 8 posts (the process's `maxRSS` is monotonic and could not tell the
 * floor's peak from unpress's).
 */
export function measure(corpus: CorpusPost[], pipelines: Pipeline[], rounds = 3): Measurement[] {
  const best = pipelines.map(() => ({ times: new Float64Array(corpus.length), failed: 0, wall: Infinity, cpu: Infinity, peak: 0 }));
  const bytes = corpus.reduce((s, p) => s + p.json.length, 0);
  const jsons = corpus.map((p) => p.json);
  for (let r = 0; r < rounds; r++) {
    pipelines.forEach((pl, k) => {
      const times = new Float64Array(corpus.length);
      let failed = 0;
      let peak = 0;
      collect();
      // The forced GC deoptimised what it could (see above): re-warm before the clock starts.
      runAll(pl, jsons.slice(0, 48));
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      const size = callSize(pl);
      for (let i = 0; i < corpus.length; i += size) {
        const call = jsons.slice(i, i + size);
        const t0 = performance.now();
        try {
          runAll(pl, call);
        } catch {
          failed += call.length;
        }
        times.fill((performance.now() - t0) / call.length, i, i + call.length);
        if (i % 8 < size) peak = Math.max(peak, process.memoryUsage.rss());
      }
      const wall = performance.now() - start;
      const used = process.cpuUsage(cpu0);
      const cpu = (used.user + used.system) / 1000;
      const b = best[k]!;
      b.peak = Math.max(b.peak, peak, process.memoryUsage.rss());
      if (cpu < b.cpu) Object.assign(b, { times, failed, wall, cpu });
    });
  }
  return pipelines.map((pl, k) => {
    const a = best[k]!;
    const sorted = [...a.times].sort((x, y) => x - y);
    const q = (p: number) => quantile(sorted, p);
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

/** The `p` quantile (0–1) of ascending `sorted` values (0 for none). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
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
