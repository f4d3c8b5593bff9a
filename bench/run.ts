/**
 * unpress benchmark: `npm run bench [-- options]`. Options:
 *   --n N           posts in the corpus (default 1000)
 *   --only PREFIX   only fixtures whose folder starts with PREFIX (e.g. elementor-seed)
 *   --profile       also show where unpress spends its time, stage by stage (CPU profile)
 *   --linear        check that cost grows linearly with content size (1 MB vs 10 MB posts)
 *   --wxr MB        WordPress exports: write one of about MB megabytes from the fixtures, time a bare
 *                   SAX pass, readWxr and the CLI over it (and over a quarter of it), with peak RSS
 *   --migrate N     a whole site: an export of N posts through `convert` and `migrate --layout hugo`
 *                   (CLI, no media), at N/4 and N, with peak RSS
 *   --site URL      a live crawl of a WordPress site with fetchSite: time, posts and requests
 *   --workers N     also time parsePosts, streamPosts and the CLI with 1 and N worker threads, and
 *                   compare outputs (the CLI writes to --tmp DIR, default the system's temp folder)
 *   --stringify     write each post's JSON with `JSON.stringify` (non-ASCII kept, `/` unescaped: the
 *                   corpus of the sessions before 2026-11-26's eighth) instead of as WordPress sends it
 *   --write FILE    write the corpus as a JSON array (or NDJSON for .ndjson/.jsonl) and stop
 *   --rounds N      passes over the corpus per pipeline, or with --wxr rounds of the SAX pass and
 *                   readWxr; the best is kept (default 3)
 *   --interleave    also the ratio to the floor taken batch by batch (steadier on a noisy host)
 *   --baseline PATH also time another build of unpress, interleaved (a bundle, or a folder with
 *                   dist/index.js: a worktree of an older commit); implies --interleave
 * The corpus is made from fixtures/ with a fixed PRNG seed: no downloads, same bytes each run;
 * each post's JSON is written as the REST API sends it (see `wpJson`).
 * Pipelines: the floor; unpress one post at a time (`parsePost` + `toMarkdown`); unpress in turns
 * of 8 posts, as `parsePosts`, `streamPosts` and the CLI convert a site.
 */
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCorpus, fixturePosts, wpJson, type CorpusPost } from './corpus';
import { linearity, shapes } from './linear';
import { collect, measure, runAll, table, TURN, type Pipeline } from './measure';
import { interleaved, ratioTable } from './interleave';
import { loadLibrary } from './library';
import { floor, loadBaseline, perPost, unpressInTurns } from './pipelines';
import { hotTable, profileStages, stageTable } from './profile';
import { compareWorkers } from './workers';
import { benchWxr } from './wxr';
import { benchSite } from './site';
import { benchMigrate } from './migrate';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
    linear: { type: 'boolean', default: false },
    workers: { type: 'string' },
    wxr: { type: 'string' },
    migrate: { type: 'string' },
    site: { type: 'string' },
    tmp: { type: 'string' },
    write: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    interleave: { type: 'boolean', default: false },
    stringify: { type: 'boolean', default: false },
    baseline: { type: 'string' },
  },
});
const fixtures = join(__dirname, '..', 'fixtures');

async function main(): Promise<void> {
  if (values.site) {
    console.log(machine());
    console.log(await benchSite(values.site));
    return;
  }
  if (values.migrate) {
    console.log(machine());
    console.log(await benchMigrate(Number(values.migrate), fixtures, values.tmp ?? tmpdir()));
    return;
  }
  if (values.wxr) {
    console.log(machine());
    console.log(await benchWxr(Number(values.wxr), fixtures, values.tmp ?? tmpdir(), Number(values.rounds)));
    return;
  }
  const n = Number(values.n);
  if (!(n > 0)) throw new Error('--n must be a positive number');
  const corpus = makeCorpus(n, fixtures, values.only, values.stringify ? JSON.stringify : wpJson);
  if (values.write) return writeCorpus(corpus, values.write);
  console.log(machine());
  console.log(`${describeCorpus(corpus)}; JSON written ${values.stringify ? 'by JSON.stringify' : 'as WordPress sends it (/ and non-ASCII escaped)'}`);

  // Loaded late so the floor still runs while the library does not build.
  const lib = loadLibrary();
  const unpress = perPost(lib);
  const turns: Pipeline = { name: `unpress in turns of ${TURN}: parsePosts + toMarkdown`, runTurn: unpressInTurns(lib) };
  const warm = corpus.slice(0, Math.min(100, corpus.length)).map((p) => p.json);
  for (const json of warm) {
    floor(json);
    unpress(json);
  }
  runAll(turns, warm);
  const rows = measure(
    corpus,
    [{ name: 'floor: JSON.parse + htmlparser2 parseDocument', run: floor }, { name: 'unpress: parsePost + toMarkdown', run: unpress }, turns],
    Number(values.rounds),
  );
  console.log(`\n${table(rows)}\n`);

  if (values.interleave || values.baseline) {
    // A baseline runs the same two pipelines as this build: with only one, the build that runs
    // more of the batch kept its code warmer and came out ~4% faster than itself as a baseline.
    const base = values.baseline ? loadBaseline(values.baseline) : null;
    const pipelines: Pipeline[] = [
      { name: 'floor', run: floor },
      { name: 'unpress (this build)', run: unpress },
      { ...turns, name: `unpress in turns of ${TURN} (this build)` },
      ...(base
        ? [
            { name: `unpress (baseline: ${values.baseline})`, run: perPost(base) },
            { name: `unpress in turns of ${TURN} (baseline)`, runTurn: unpressInTurns(base) },
          ]
        : []),
    ];
    collect();
    console.log(`Interleaved (every pipeline runs each batch, in an order that rotates from batch to batch; ${values.rounds} passes after one to warm up):\n\n${ratioTable(interleaved(corpus, pipelines, Number(values.rounds)))}\n`);
  }

  if (values.profile) {
    collect();
    const prof = await profileStages(() => corpus.forEach((p) => unpress(p.json)));
    console.log(`Where unpress spends its time (${corpus.length} posts, CPU profile):\n\n${stageTable(prof.stages, corpus.length)}\n`);
    console.log(`Hot spots:\n\n${hotTable(prof.functions)}\n`);
  }
  if (values.linear) {
    const seed = fixturePosts(fixtures, 'elementor-seed')[0] ?? fixturePosts(fixtures)[0]!;
    console.log('Linear cost (best of 3; limit: 10× the size ≤ 12× the time; content 1 MB and 10 MB, titles and excerpts 10 KB and 100 KB):\n\n| shape | small ms | big ms | ratio |\n|---|---:|---:|---:|');
    for (const shape of shapes(seed.post.content.rendered)) {
      const r = linearity(shape, seed.post, unpress);
      console.log(`| ${r.name} | ${r.smallMs.toFixed(0)} | ${r.bigMs.toFixed(0)} | ${r.ratio.toFixed(2)}${r.ratio > 12 ? ' ✗' : ''} |`);
    }
    console.log('');
  }
  if (values.workers) console.log(await compareWorkers(corpus, Number(values.workers), values.tmp ?? tmpdir()));
}

function machine(): string {
  const gb = (b: number) => `${(b / 2 ** 30).toFixed(1)} GB`;
  return `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${gb(totalmem())} RAM (${gb(freemem())} free)`;
}

function describeCorpus(corpus: CorpusPost[]): string {
  const bytes = corpus.reduce((s, p) => s + p.json.length, 0);
  const by = (key: (p: CorpusPost) => string) => {
    const m = new Map<string, number>();
    for (const p of corpus) m.set(key(p), (m.get(key(p)) ?? 0) + 1);
    return [...m].map(([k, v]) => `${k}: ${v}`).join(', ');
  };
  return `corpus: ${corpus.length} posts, ${(bytes / 1e6).toFixed(1)} MB of JSON; scales ${by((p) => `${p.scale}×`)}; from ${by((p) => p.source)}`;
}

async function writeCorpus(corpus: CorpusPost[], file: string): Promise<void> {
  const ndjson = /\.(nd)?jsonl?$/i.test(file) && !file.endsWith('.json');
  const out = createWriteStream(file);
  const write = (s: string) => (out.write(s) ? undefined : new Promise<void>((r) => out.once('drain', () => r())));
  if (!ndjson) await write('[');
  for (let i = 0; i < corpus.length; i++) await write(ndjson ? `${corpus[i]!.json}\n` : `${i ? ',\n' : ''}${corpus[i]!.json}`);
  if (!ndjson) await write(']\n');
  await new Promise<void>((r) => out.end(() => r()));
  console.log(`wrote ${corpus.length} posts to ${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
