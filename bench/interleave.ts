import { performance } from 'node:perf_hooks';
import type { CorpusPost } from './corpus';
import { quantile, runAll, type Pipeline } from './measure';

/** Posts per batch: ~50 ms a side for unpress on the seed corpus. */
export const BATCH = 100;

/** One pipeline's time per batch relative to the floor's time on the same batch. */
export interface RatioSummary {
  name: string;
  /** Posts per second over the counted batches. */
  postsPerSec: number;
  median: number;
  p25: number;
  p75: number;
  batches: number;
}

/**
 * The ratio to the floor measured so that a noisy host slows both sides alike: the corpus is
 * cut into batches of `batch` posts; each batch is run by every pipeline (the floor included),
 * back to back, and gives one ratio per pipeline. The order of the pipelines rotates from one
 * batch to the next. The first pass warms up and is not counted; the median and quartiles of
 * the rest are reported.
 *
 * Why: whole passes (see `measure`) put seconds between the floor's pass and unpress's, and on a
 * shared VM the floor alone swung 0.51–0.87 s per 1,000 posts between passes. Batches of 100
 * posts take ~50 ms each side, too short for the host's load to change between the two.
 * Why the rotation: a pipeline pays for the garbage the one before it left. In a fixed order
 * (floor, unpress, unpress in turns, baseline) the same build loaded as its own baseline came
 * out 4% slower (3.28× vs 3.15×), more than most changes are worth.
 * With a second build of unpress as a pipeline (`--baseline`), this is also how two versions are
 * compared: two runs of the whole benchmark differ by more than most changes are worth.
 * Each pipeline's posts/s over the counted batches is printed too, to compare with the passes.
 */
export function interleaved(corpus: CorpusPost[], pipelines: Pipeline[], rounds: number, batch = BATCH): RatioSummary[] {
  if (!pipelines.length) return [];
  const ratios = pipelines.map(() => [] as number[]);
  // Milliseconds spent in counted batches, per pipeline (the floor first).
  const spent = pipelines.map(() => 0);
  let posted = 0;
  let turn = 0;
  const time = (pl: Pipeline, posts: CorpusPost[]) => {
    const jsons = posts.map((p) => p.json);
    const t0 = performance.now();
    runAll(pl, jsons);
    return performance.now() - t0;
  };
  for (let r = 0; r <= rounds; r++) {
    for (let s = 0; s < corpus.length; s += batch) {
      const posts = corpus.slice(s, s + batch);
      const ms = pipelines.map(() => 0);
      for (let i = 0; i < pipelines.length; i++) {
        const k = (i + turn) % pipelines.length;
        ms[k] = time(pipelines[k]!, posts);
      }
      turn++;
      if (r === 0) continue;
      posted += posts.length;
      ms.forEach((t, k) => {
        ratios[k]!.push(t / ms[0]!);
        spent[k]! += t;
      });
    }
  }
  const rate = (ms: number) => (posted / ms) * 1000;
  return pipelines.map((pl, k) => {
    const xs = ratios[k]!.sort((a, b) => a - b);
    return { name: pl.name, postsPerSec: rate(spent[k]!), median: quantile(xs, 0.5), p25: quantile(xs, 0.25), p75: quantile(xs, 0.75), batches: xs.length };
  });
}

/** A Markdown table of interleaved ratios. */
export function ratioTable(rows: RatioSummary[], batch = BATCH): string {
  return [
    `| pipeline | posts/s | × floor, median of batches of ${batch} | p25 | p75 | batches |`,
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${r.postsPerSec.toFixed(0)} | ${r.median.toFixed(2)} | ${r.p25.toFixed(2)} | ${r.p75.toFixed(2)} | ${r.batches} |`),
  ].join('\n');
}
