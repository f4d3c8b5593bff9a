import type { Article } from '../schema/article';
import { convertInput } from './convert-input';
import { formatArticle, type Format } from './format-article';
import { heapGuard } from './heap-guard';
import { NameSet } from './name-set';

/** What `unpress convert` was asked to do. */
export interface ConvertCommand {
  inputs: string[];
  format: Format;
  out: string | null;
  frontMatter: boolean;
  quiet: boolean;
  /** Worker threads to convert on (default 1: the main thread). */
  jobs?: number;
}

/** Where the CLI writes: injectable so tests run it without a terminal. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin?: NodeJS.ReadableStream;
}

/** Counts of a run; the exit code is 1 when anything failed. */
export interface ConvertSummary {
  converted: number;
  failed: number;
}

/**
 * Converts every input (a file or `-`; each an object or an array of posts). With `out`, writes
 * one file per article (atomically) and one summary line per post on stderr; without, prints
 * the converted output. A bad post is reported and the others still converted.
 */
export async function convert(cmd: ConvertCommand, io: Io): Promise<ConvertSummary> {
  const summary: ConvertSummary = { converted: 0, failed: 0 };
  const taken = new NameSet();
  const printed: Article[] = [];
  // Each input is streamed post by post (see convertInput), so memory stays flat on huge exports.
  const collect = heapGuard();
  for (const input of cmd.inputs) await convertInput(input, cmd, io, { taken, printed, summary, collect });
  if (!cmd.out) io.stdout(printAll(printed, cmd));
  if (cmd.out || cmd.inputs.length > 1 || summary.failed) io.stderr(`${summary.converted} converted, ${summary.failed} failed\n`);
  return summary;
}

function printAll(articles: Article[], cmd: ConvertCommand): string {
  if (cmd.format === 'json') return `${JSON.stringify(articles.length === 1 ? articles[0] : articles, null, 2)}\n`;
  return articles.map((a) => formatArticle(a, cmd.format, cmd)).join('\n');
}
