import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { UnpressError } from '../errors';
import { postList } from '../parse-posts';
import { readJson } from '../parse/read-json';
import { readPostItems, type InputFormat } from '../sources/read-post-items';
import { readInput } from '../sources/read-input';
import { moveInto, removeStaleTemps, removeTemps } from '../sources/write-file-atomic';
import type { Rendered, Staged } from '../workers/convert-items';
import { convertOutcomes } from '../workers/convert-outcomes';
import { stopPools } from '../workers/pool';
import type { ConvertCommand, ConvertSummary, Io } from './convert';
import { extensionOf } from './format-article';
import type { NameSet } from './name-set';
import { outputName } from './output-name';
import type { Printer } from './printer';
import { stopBars, type Progress } from './progress';
import { terminalSafe } from './terminal-safe';
import { warningLines } from './warning-lines';
import { WriteError, writing } from './write-error';

// The --out folders being written now: what a signal that ends the run must clean (see endRuns).
const staging = new Set<string>();
// The --out folders already swept of what killed runs left (once per folder and process: a run
// of many inputs into one folder would otherwise list it once per input).
const swept = new Set<string>();
let ending = false;

/**
 * Ends every conversion of this process, for a signal: nothing more is reported or written,
 * the worker threads are stopped (their tasks dropped), then the articles written under
 * temporary names and not yet moved into place are removed, once no thread writes them.
 */
export async function endRuns(): Promise<void> {
  ending = true;
  stopBars();
  await Promise.race([stopPools(), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  for (const dir of staging) removeTemps(dir);
}

/** Files up to this size are read whole: broken JSON is then reported with its line and column. */
const WHOLE_FILE_LIMIT = 16 * 1024 * 1024;

/** The format of an input file, by its extension: NDJSON for `.ndjson`/`.jsonl`, otherwise sniffed. */
export function inputFormatOf(path: string): InputFormat {
  return /\.(ndjson|jsonl)$/i.test(path) ? 'ndjson' : 'auto';
}

/** What a run of the CLI accumulates over its inputs. */
export interface RunState {
  taken: NameSet;
  /** Where articles go without `out`: printed as they come. */
  printed: Printer;
  summary: ConvertSummary;
  /** Called after each post: keeps the heap near what is live (see heapGuard). */
  collect?: () => boolean;
  /** The bar of `--progress`: told of each post and of the bytes read; failures print above it. */
  progress?: Progress;
}

/**
 * Converts one input (a file or `-`): posts are read, converted (on `cmd.jobs` worker threads
 * when more than one) and written one at a time. Large files, NDJSON and stdin are streamed,
 * so a 500 MB export needs no more memory than a small one. Without `out`, articles are
 * printed as they come (`state.printed`).
 */
export async function convertInput(input: string, cmd: ConvertCommand, io: Io, state: RunState): Promise<void> {
  const { taken, printed, summary, progress } = state;
  // With a progress bar, failures print above it, and a line per converted post would hide it.
  const report = progress ? (line: string) => progress.log(line) : io.stderr;
  const quiet = cmd.quiet || progress !== undefined;
  const jobs = cmd.jobs ?? 1;
  let done = 0;
  let finished = false;
  if (ending) return;
  if (cmd.out) staging.add(cmd.out);
  if (cmd.out && !swept.has(cmd.out)) {
    swept.add(cmd.out);
    removeStaleTemps(cmd.out);
  }
  const fail = (o: { index: number; id: number | null; error: UnpressError }, whole: boolean) => {
    // Tasks dropped by a signal's endRuns are not the posts' failures.
    if (ending) return;
    summary.failed++;
    const where = !whole && (o.index || done) ? ` #${o.index}` : '';
    report(`✗ ${terminalSafe(input)}${where}${o.id !== null ? ` (id ${o.id})` : ''}: ${o.error.code}: ${terminalSafe(o.error.message)}\n`);
  };
  try {
    const outcomes = convertOutcomes<Rendered>(await postsOf(input, io, progress), {
      workers: jobs > 1 ? jobs : undefined,
      options: {},
      // Rendered where it is converted: the main thread only reads and writes, and never holds
      // an article (~100 KB of objects per post) while it waits for the posts before it.
      format: cmd.format,
      frontMatter: cmd.frontMatter,
      warnings: cmd.warnings ?? false,
      bytes: jobs > 1 && !cmd.out,
      // Printed JSON is one array: each post comes as its element.
      element: cmd.out === null,
      // Written where it is converted, too: this thread only moves each file into place, in
      // input order (names depend on the posts before). `--jobs 2` on 10,000 posts: median 8.6 s
      // instead of 9.4 s (seven interleaved rounds), peak RSS 244–253 MB instead of 262–275 MB.
      stage: cmd.out ?? undefined,
    });
    for await (const o of outcomes) {
      if (ending) break;
      if (!o.ok) fail(o, false);
      else if (!cmd.out) {
        await writing('stdout', () => printed.print(o.value.output));
        // Printed articles have no line of their own: the warnings say which post they are about.
        const listed = o.value.warningList;
        if (listed?.length) report(`${terminalSafe(input)} #${o.index} (id ${o.value.id}): ${plural(listed.length, 'warning')}\n${warningLines(listed)}`);
      } else {
        const r = o.value;
        const file = join(cmd.out, outputName(r, extensionOf[cmd.format], taken));
        await writing(file, () => moveStaged(r.staged!, file));
        const line = `✓ ${terminalSafe(input)} → ${terminalSafe(relative(process.cwd(), file))} (${r.editor}, ${plural(r.words, "word")}, ${plural(r.warnings, "warning")})\n`;
        // --warnings lists them even with --quiet or a progress bar (above it): they were asked for.
        if (r.warningList?.length) report(`${line}${warningLines(r.warningList)}`);
        else if (!quiet) io.stderr(line);
      }
      if (o.ok) summary.converted++;
      progress?.post(o.ok);
      state.collect?.();
      // Buffered posts arrive as resolved promises, so this loop can run on microtasks alone:
      // V8's own tasks (finishing a garbage collection among them) then never get a turn, and
      // the heap grew to 540 MB in one run of 10,000 posts. A turn of the event loop now and then.
      if (++done % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    finished = true;
  } catch (e) {
    if (e instanceof TypeError || e instanceof WriteError) throw e;
    const error = e instanceof UnpressError ? e : new UnpressError('invalid_json', `Cannot read ${input}: ${(e as Error).message}`);
    fail({ index: done, id: null, error }, true);
  } finally {
    // Articles written but never moved into place: the run stopped, or a worker thread died and
    // its posts were converted again. The threads have stopped by now (the pool is closed), so
    // none is still being written. A finished run in this thread leaves none: no folder listing.
    if (cmd.out && (!finished || jobs > 1)) removeTemps(cmd.out);
    if (cmd.out) staging.delete(cmd.out);
  }
}

/** Moves a staged article into place, or throws the error that stopped it being written. */
function moveStaged(staged: Staged, file: string): void {
  if ('path' in staged) return moveInto(staged.path, file);
  throw Object.assign(new Error(staged.error), staged.code ? { code: staged.code } : {});
}

/** The posts of an input: the parsed list for a small JSON file, a stream of posts otherwise. */
async function postsOf(input: string, io: Io, progress?: Progress): Promise<Iterable<unknown> | AsyncIterable<unknown>> {
  const format = inputFormatOf(input);
  if (input === '-') return readPostItems(counted((io.stdin ?? process.stdin) as AsyncIterable<Buffer>, progress), 'auto');
  if (format === 'auto' && (await stat(input)).size <= WHOLE_FILE_LIMIT) {
    const bytes = await readInput(input);
    progress?.read(bytes.length);
    return postList(readJson(bytes));
  }
  return readPostItems(counted(createReadStream(input), progress), format);
}

// The chunks of a stream, each counted by the progress bar as it is read.
function counted(chunks: AsyncIterable<Buffer | string>, progress?: Progress): AsyncIterable<Buffer | string> {
  if (!progress) return chunks;
  return (async function* () {
    for await (const chunk of chunks) {
      progress.read(chunk.length);
      yield chunk;
    }
  })();
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
