import { stat } from 'node:fs/promises';
import { checkInputs, prepareOut } from './check-command';
import { convertInput } from './convert-input';
import type { Format, RenderOptions } from './format-article';
import { heapGuard } from './heap-guard';
import { inputSources, isUrl } from './input-sources';
import { NameSet } from './name-set';
import { printer } from './printer';
import { progressBar } from './progress';
import { writing } from './write-error';

/** What `unpress convert` was asked to do. */
export interface ConvertCommand {
  inputs: string[];
  format: Format;
  out: string | null;
  /** Front matter: `true` (the default preset), a preset's name, or `false` for none. */
  frontMatter: RenderOptions['frontMatter'];
  /** Markdown's embeds and raw HTML. */
  markdown?: Omit<RenderOptions, 'frontMatter'>;
  quiet: boolean;
  /** Worker threads to convert on (default 1: the main thread). */
  jobs?: number;
  /** A progress bar instead of a line per post, when `Io.terminal` is given. */
  progress?: boolean;
  /** Post statuses to read from exports and sites (default `publish`). */
  statuses?: string[];
  /** Post types (or REST bases, for sites) to read; default every content type. */
  types?: string[];
  /** Sites: only posts modified after this date. */
  since?: string;
  /** Sites: `user:application-password`. */
  auth?: string;
  /** Sites: a folder keeping every response, so a stopped crawl resumes. */
  cache?: string;
  /** List each post's warnings (code, path, message) on stderr, not only their count. */
  warnings?: boolean;
}

/** Where the CLI writes: injectable so tests run it without a terminal. */
export interface Io {
  /** May return a promise when the output is full: the run waits for it before printing more. */
  stdout: (chunk: string | Uint8Array) => void | Promise<void>;
  stderr: (s: string) => void;
  stdin?: NodeJS.ReadableStream;
  /** stderr when it is a terminal: where `--progress` draws its bar (ignored otherwise). */
  terminal?: NodeJS.WritableStream;
}

/** Counts of a run; the exit code is 1 when anything failed. */
export interface ConvertSummary {
  converted: number;
  failed: number;
}

/**
 * Converts every input (a file or `-`, each REST JSON or a WordPress export; `.xml` files together
 * as one export; a site's URL, crawled through its REST API). With `out`, writes
 * one file per article (atomically) and one summary line per post on stderr; without, prints
 * each article as it is converted (see `printer`). A bad post is reported and the others still converted.
 *
 * @throws {UsageError} before converting anything, when an input cannot be read or `out` cannot be written to
 */
export async function convert(cmd: ConvertCommand, io: Io): Promise<ConvertSummary> {
  checkInputs(cmd.inputs);
  if (cmd.out) prepareOut(cmd.out);
  const summary: ConvertSummary = { converted: 0, failed: 0 };
  const taken = new NameSet();
  const printed = printer(cmd.format, io.stdout, cmd.frontMatter !== false);
  // Each input is streamed post by post (see convertInput), so memory stays flat on huge exports.
  const collect = heapGuard();
  const progress = cmd.progress && io.terminal ? progressBar(io.terminal, await totalSize(cmd.inputs)) : undefined;
  try {
    for (const source of inputSources(cmd)) await convertInput(source, cmd, io, { taken, printed, summary, collect, progress });
  } finally {
    progress?.stop();
  }
  if (!cmd.out) await writing('stdout', () => printed.end());
  if (cmd.out || cmd.inputs.length > 1 || summary.failed) io.stderr(`${summary.converted} converted, ${summary.failed} failed\n`);
  return summary;
}

// The inputs' size in bytes, for the progress bar; null when one is stdin or cannot be read
// (that input then fails as it would without the bar).
async function totalSize(inputs: string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) return null;
    try {
      total += (await stat(input)).size;
    } catch {
      return null;
    }
  }
  return total;
}
