import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeExport } from './wxr';

/**
 * `--migrate N`: a whole site. Writes an export of N posts from the fixtures (each with a
 * featured image and links to two earlier posts, for link rewriting), then runs the CLI, each
 * in its own process with its peak RSS: `convert FILE --out DIR -q` (the floor: reading,
 * converting, writing) and `migrate FILE --out DIR --layout hugo -q` (the same plus spooling,
 * the site index, path planning, link rewriting, media listing, redirects, report), at a
 * quarter of N and at N: the time per post should stay the same (nothing quadratic).
 */
export async function benchMigrate(posts: number, fixtures: string, tmp: string): Promise<string> {
  const dir = mkdtempSync(join(tmp, 'unpress-migrate-bench-'));
  try {
    const lines = [
      '| posts | export MB | convert s | convert peak RSS MB | migrate hugo s | migrate ÷ convert | migrate ms/post | migrate peak RSS MB |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const n of [Math.round(posts / 4), posts]) {
      const file = join(dir, `export-${n}.xml`);
      await writeExport(file, Infinity, fixtures, { posts: n, links: true });
      const convert = cliRun(['convert', file, '--out', join(dir, 'convert'), '-q'], dir);
      const migrate = cliRun(['migrate', file, '--out', join(dir, 'migrate'), '--layout', 'hugo', '-q'], dir);
      lines.push(
        `| ${n} | ${(statSync(file).size / 1024 / 1024).toFixed(0)} | ${(convert.ms / 1000).toFixed(1)} | ${(convert.peakKb / 1024).toFixed(0)} | ` +
          `${(migrate.ms / 1000).toFixed(1)} | ${(migrate.ms / convert.ms).toFixed(2)}× | ${(migrate.ms / n).toFixed(2)} | ${(migrate.peakKb / 1024).toFixed(0)} |`,
      );
      rmSync(file);
    }
    return `Migrating a site (WXR written from the fixtures, hugo layout, no media; one process per run):\n\n${lines.join('\n')}\n`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// One run of the built CLI in its own process: wall time and peak RSS; its output folder removed.
function cliRun(args: string[], dir: string): { ms: number; peakKb: number } {
  const usage = join(dir, 'usage.json');
  const out = args[args.indexOf('--out') + 1]!;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', join(__dirname, 'resource-usage.cjs'), join(__dirname, '..', 'dist', 'cli.js'), ...args], { env: { ...process.env, UNPRESS_BENCH_USAGE: usage } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args[0]}: exit ${r.status}: ${r.stderr}`);
  const { peakKb } = JSON.parse(readFileSync(usage, 'utf8')) as { peakKb: number };
  rmSync(out, { recursive: true, force: true });
  return { ms, peakKb };
}
