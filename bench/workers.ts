import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { CorpusPost } from './corpus';
import { loadLibrary } from './library';
import { collect } from './measure';

/**
 * `parsePosts(json, { workers })` with 1 and with `n` threads on the same corpus (its JSON text): wall time,
 * the speed-up, and whether the outputs are identical (a hash of each article's JSON, in order).
 */
export async function compareWorkers(corpus: CorpusPost[], n: number): Promise<string> {
  const { parsePosts } = loadLibrary();
  // The JSON text of the whole corpus, as a user reads an export file: parsing it is part of the job.
  const posts = `[${corpus.map((p) => p.json).join(',\n')}]`;
  const digest = (articles: unknown[]) => {
    const h = createHash('sha1');
    for (const a of articles) h.update(JSON.stringify(a));
    return h.digest('hex').slice(0, 12);
  };
  const rows: { label: string; ms: number; digest: string; count: number }[] = [];
  const run = async (label: string, f: () => Promise<{ articles: unknown[] }> | { articles: unknown[] }) => {
    collect();
    const t0 = performance.now();
    const r = await f();
    rows.push({ label, ms: performance.now() - t0, digest: digest(r.articles), count: r.articles.length });
  };
  await run('parsePosts (this thread)', () => parsePosts(posts));
  await run('parsePosts { workers: 1 }', () => parsePosts(posts, { workers: 1 }));
  await run(`parsePosts { workers: ${n} }`, () => parsePosts(posts, { workers: n }));
  const one = rows[1]!.ms;
  const lines = [
    `Worker threads (${corpus.length} posts; wall time includes starting the pool):`,
    '',
    '| run | articles | wall s | posts/s | speed-up vs 1 worker | output hash |',
    '|---|---:|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.label} | ${r.count} | ${(r.ms / 1000).toFixed(2)} | ${((corpus.length / r.ms) * 1000).toFixed(0)} | ${(one / r.ms).toFixed(2)}× | ${r.digest} |`),
    '',
    rows.every((r) => r.digest === rows[0]!.digest) ? 'Outputs identical and in input order.' : '✗ OUTPUTS DIFFER',
  ];
  return lines.join('\n');
}
