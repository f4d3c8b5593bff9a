import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import type { CorpusPost } from './corpus';
import { loadLibrary } from './library';
import { collect } from './measure';

interface Row {
  label: string;
  ms: number;
  count: number;
  digest: string;
  /** CPU of every thread of the process (user + system), when it was its own process. */
  cpuMs?: number;
  rssKb?: number;
}

/**
 * `--workers N`: the three ways to convert a site on threads, each with 1 and `n` worker threads
 * and without, on the same corpus: `parsePosts(json, { workers })` (every article held at the
 * end), `streamPosts(ndjson, { workers })` (each article taken as it comes: hashed as JSON, what
 * a script writing JSON out does) and the CLI (`convert FILE.ndjson --out DIR --jobs N`, a
 * process of its own, with the CPU of all its threads and its peak RSS). Where Linux's `taskset`
 * is there, the CLI also runs one job pinned to one core: "2 cores against one" taken literally
 * (one job alone still runs V8's compiler and collector threads on the other core).
 *
 * @param tmp a folder for the CLI's input and output files (removed after)
 */
export async function compareWorkers(corpus: CorpusPost[], n: number, tmp: string): Promise<string> {
  const lib = loadLibrary();
  const sections = [
    table(`parsePosts (${corpus.length} posts, the JSON text of the whole corpus; wall time includes starting the pool; this thread is warm from the runs above, the workers start cold)`, await parsePostsRows(lib, corpus, n)),
    table(`streamPosts (NDJSON; each article hashed as JSON as it comes)`, await streamPostsRows(lib, corpus, n)),
    table(`CLI: unpress convert FILE.ndjson --out DIR -q (its own process; CPU of all its threads)`, cliRows(corpus, n, tmp)),
  ];
  return `Worker threads:\n\n${sections.join('\n\n')}`;
}

async function parsePostsRows(lib: ReturnType<typeof loadLibrary>, corpus: CorpusPost[], n: number): Promise<Row[]> {
  // The JSON text of the whole corpus, as a user reads an export file: parsing it is part of the job.
  const posts = `[${corpus.map((p) => p.json).join(',\n')}]`;
  const rows: Row[] = [];
  const run = async (label: string, f: () => Promise<{ articles: unknown[] }> | { articles: unknown[] }) => {
    collect();
    const t0 = performance.now();
    const r = await f();
    const ms = performance.now() - t0;
    const h = createHash('sha1');
    for (const a of r.articles) h.update(JSON.stringify(a));
    rows.push({ label, ms, digest: h.digest('hex').slice(0, 12), count: r.articles.length });
  };
  await run('this thread', () => lib.parsePosts(posts));
  await run('workers: 1', () => lib.parsePosts(posts, { workers: 1 }));
  await run(`workers: ${n}`, () => lib.parsePosts(posts, { workers: n }));
  return rows;
}

async function streamPostsRows(lib: ReturnType<typeof loadLibrary>, corpus: CorpusPost[], n: number): Promise<Row[]> {
  const lines = corpus.map((p) => Buffer.from(`${p.json}\n`));
  const rows: Row[] = [];
  const run = async (label: string, workers?: number) => {
    collect();
    const h = createHash('sha1');
    let count = 0;
    const t0 = performance.now();
    for await (const r of lib.streamPosts(Readable.from(lines), { format: 'ndjson', workers })) {
      if (!r.ok) continue;
      h.update(JSON.stringify(r.article));
      count++;
    }
    rows.push({ label, ms: performance.now() - t0, digest: h.digest('hex').slice(0, 12), count });
  };
  await run('this thread');
  await run('workers: 1', 1);
  await run(`workers: ${n}`, n);
  return rows;
}

function cliRows(corpus: CorpusPost[], n: number, tmp: string): Row[] {
  const dir = mkdtempSync(join(tmp, 'unpress-bench-'));
  try {
    const input = join(dir, 'posts.ndjson');
    writeFileSync(input, corpus.map((p) => `${p.json}\n`).join(''));
    const cli = join(__dirname, '..', 'dist', 'cli.js');
    const usage = join(dir, 'usage.json');
    const run = (label: string, jobs: number, pinned = false): Row => {
      const out = join(dir, `out-${label.replace(/\W+/g, '-')}`);
      const args = ['-r', join(__dirname, 'resource-usage.cjs'), cli, 'convert', input, '--out', out, '-q', '--jobs', String(jobs)];
      const t0 = performance.now();
      const argv = [process.execPath, ...args];
      const [command, ...rest] = pinned ? ['taskset', '-c', '0', ...argv] : argv;
      const r = spawnSync(command!, rest, { env: { ...process.env, UNPRESS_BENCH_USAGE: usage } });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`${label}: exit ${r.status}: ${r.stderr}`);
      const u = JSON.parse(readFileSync(usage, 'utf8')) as { cpuMs: number; peakKb: number };
      const files = readdirSync(out).sort();
      const h = createHash('sha1');
      for (const f of files) h.update(f).update(readFileSync(join(out, f)));
      rmSync(out, { recursive: true, force: true });
      return { label, ms, count: files.length, digest: h.digest('hex').slice(0, 12), cpuMs: u.cpuMs, rssKb: u.peakKb };
    };
    const rows = [run('--jobs 1', 1), run(`--jobs ${n}`, n)];
    if (process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0) rows.unshift(run('--jobs 1 on one core (taskset -c 0)', 1, true));
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Speed-ups are against the row of one thread (the first, or "--jobs 1" for the CLI).
function table(title: string, rows: Row[]): string {
  const one = rows.find((r) => r.label === '--jobs 1') ?? rows[0]!;
  const own = rows.some((r) => r.cpuMs !== undefined);
  const lines = [
    `${title}:`,
    '',
    `| run | outputs | wall s | posts/s | speed-up |${own ? ' CPU s | peak RSS MB |' : ''} output hash |`,
    `|---|---:|---:|---:|---:|${own ? '---:|---:|' : ''}---|`,
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.count} | ${(r.ms / 1000).toFixed(2)} | ${((r.count / r.ms) * 1000).toFixed(0)} | ${(one.ms / r.ms).toFixed(2)}× |${own ? ` ${((r.cpuMs ?? 0) / 1000).toFixed(2)} | ${((r.rssKb ?? 0) / 1024).toFixed(0)} |` : ''} ${r.digest} |`,
    ),
    '',
    rows.every((r) => r.digest === rows[0]!.digest && r.count === rows[0]!.count) ? 'Outputs identical and in input order.' : '✗ OUTPUTS DIFFER',
  ];
  return lines.join('\n');
}
