import { join, relative } from 'node:path';
import { UnpressError } from '../errors';
import { moveInto, removeStaleTemps, removeTemps } from '../sources/write-file-atomic';
import type { Rendered, Staged } from '../workers/convert-items';
import { convertOutcomes } from '../workers/convert-outcomes';
import { stopPools } from '../workers/pool';
import type { ConvertCommand, ConvertSummary, Io } from './convert';
import type { InputSource } from './input-sources';
import { extensionOf } from './format-article';
import type { NameSet } from './name-set';
import { outputName } from './output-name';
import { printable } from './printable';
import { reasonOf } from './reason-of';
import { utf8Warnings } from './utf8-warnings';
import type { Printer } from './printer';
import { stopBars, type Progress } from './progress';
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
 * Converts one input (a file, `-`, a site or an export; see `inputSources`): posts are read, converted (on `cmd.jobs` worker threads
 * when more than one) and written one at a time. Every input, file or stdin, is streamed,
 * so a 500 MB export needs no more memory than a small one. Without `out`, articles are
 * printed as they come (`state.printed`).
 */
export async function convertInput(source: InputSource, cmd: ConvertCommand, io: Io, state: RunState): Promise<void> {
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
  const name = source.label;
  // A post's failure names its index; one of the whole input (`index` null) does not.
  const fail = (index: number | null, id: number | null, why: string) => {
    // Tasks dropped by a signal's endRuns are not the posts' failures.
    if (ending) return;
    summary.failed++;
    report(`✗ ${name}${index !== null ? ` #${index}` : ''}${id !== null ? ` (id ${id})` : ''}: ${printable(why)}\n`);
  };
  const utf8 = utf8Warnings(name, report);
  try {
    const outcomes = convertOutcomes<Rendered>(source.items(io, utf8.check, progress), {
      workers: jobs > 1 ? jobs : undefined,
      options: {},
      // Rendered where it is converted: the main thread only reads and writes, and never holds
      // an article (~100 KB of objects per post) while it waits for the posts before it.
      format: cmd.format,
      frontMatter: cmd.frontMatter,
      ...(cmd.markdown ? { markdown: cmd.markdown } : {}),
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
      let ok = o.ok;
      if (!o.ok) fail(o.index, o.id, `${o.error.code}: ${o.error.message}`);
      else if (!cmd.out) {
        await writing('stdout', () => printed.print(o.value.output));
        // Printed articles have no line of their own: the warnings say which post they are about.
        const listed = o.value.warningList;
        if (listed?.length) report(`${name} #${o.index} (id ${o.value.id}): ${plural(listed.length, 'warning')}\n${warningLines(listed)}`);
      } else {
        const r = o.value;
        const file = join(cmd.out, outputName(r, extensionOf[cmd.format], taken));
        ok = await moved(file, () => moveStaged(r.staged!, file, cmd.out!), (why) => fail(o.index, r.id, why));
        const line = `✓ ${name} → ${printable(relative(process.cwd(), file))} (${r.editor}, ${plural(r.words, "word")}, ${plural(r.warnings, "warning")})\n`;
        // --warnings lists them even with --quiet or a progress bar (above it): they were asked for.
        if (ok && r.warningList?.length) report(`${line}${warningLines(r.warningList)}`);
        else if (ok && !quiet) io.stderr(line);
      }
      if (ok) summary.converted++;
      progress?.post(ok);
      state.collect?.();
      // Buffered posts arrive as resolved promises, so this loop can run on microtasks alone:
      // V8's own tasks (finishing a garbage collection among them) then never get a turn, and
      // the heap grew to 540 MB in one run of 10,000 posts. A turn of the event loop now and then.
      if (++done % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    finished = true;
  } catch (e) {
    if (e instanceof TypeError || e instanceof WriteError) throw e;
    fail(null, null, e instanceof UnpressError ? `${e.code}: ${e.message}` : `cannot read ${name}: ${reasonOf(e)}`);
  } finally {
    utf8.end();
    // Articles written but never moved into place: the run stopped, or a worker thread died and
    // its posts were converted again. The threads have stopped by now (the pool is closed), so
    // none is still being written. A finished run in this thread leaves none: no folder listing.
    if (cmd.out && (!finished || jobs > 1)) removeTemps(cmd.out);
    if (cmd.out) staging.delete(cmd.out);
  }
}

/** Moves a staged article into place, or throws the error that stopped it being written. */
function moveStaged(staged: Staged, file: string, out: string): void {
  if ('path' in staged) return moveInto(staged.path, file, out);
  throw Object.assign(new Error(staged.error), staged.code ? { code: staged.code } : {});
}

// Errors of one file's name or place, not of the folder: that post fails, the others go on.
// (A full disk or a folder one may not write stops the run: every later post would fail too.)
const NAME_ERRORS = new Set(['ENAMETOOLONG', 'EILSEQ', 'EINVAL', 'EISDIR', 'ENOTEMPTY', 'ELINKOUT']);

/** Runs a move into `file`: true when done, false when the post failed (`fail` told); a write error of the run is thrown. */
async function moved(file: string, move: () => void, fail: (why: string) => void): Promise<boolean> {
  try {
    await writing(file, move);
    return true;
  } catch (e) {
    if (!(e instanceof WriteError) || !NAME_ERRORS.has((e.cause as NodeJS.ErrnoException).code ?? '')) throw e;
    fail(`cannot write ${relative(process.cwd(), file)}: ${reasonOf(e.cause)}`);
    return false;
  }
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
