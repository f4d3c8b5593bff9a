import { join, relative } from 'node:path';
import { parsePosts, type PostFailure } from '../parse-posts';
import { UnpressError } from '../errors';
import type { Article } from '../schema/article';
import { readInput } from '../sources/read-input';
import { writeFileAtomic } from '../sources/write-file-atomic';
import { extensionOf, formatArticle, type Format } from './format-article';
import { outputName } from './output-name';

/** What `unpress convert` was asked to do. */
export interface ConvertCommand {
  inputs: string[];
  format: Format;
  out: string | null;
  frontMatter: boolean;
  quiet: boolean;
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
  const taken = new Set<string>();
  const printed: Article[] = [];
  for (const input of cmd.inputs) {
    let articles: Article[] = [];
    let failures: PostFailure[] = [];
    try {
      ({ articles, failures } = parsePosts(await readInput(input, io.stdin)));
    } catch (e) {
      const error = e instanceof UnpressError ? e : new UnpressError('invalid_json', `Cannot read ${input}: ${(e as Error).message}`);
      failures = [{ index: 0, id: null, error }];
    }
    for (const article of articles) {
      summary.converted++;
      if (!cmd.out) {
        printed.push(article);
        continue;
      }
      const file = join(cmd.out, outputName(article, extensionOf[cmd.format], taken));
      await writeFileAtomic(file, formatArticle(article, cmd.format, cmd));
      if (!cmd.quiet) io.stderr(`✓ ${input} → ${relative(process.cwd(), file)} (${article.editor}, ${article.stats.words} words, ${article.warnings.length} warnings)\n`);
    }
    for (const f of failures) {
      summary.failed++;
      io.stderr(`✗ ${input}${f.index || articles.length ? ` #${f.index}` : ''}${f.id !== null ? ` (id ${f.id})` : ''}: ${f.error.code}: ${f.error.message}\n`);
    }
  }
  if (!cmd.out) io.stdout(printAll(printed, cmd));
  if (cmd.out || cmd.inputs.length > 1 || summary.failed) io.stderr(`${summary.converted} converted, ${summary.failed} failed\n`);
  return summary;
}

function printAll(articles: Article[], cmd: ConvertCommand): string {
  if (cmd.format === 'json') return `${JSON.stringify(articles.length === 1 ? articles[0] : articles, null, 2)}\n`;
  return articles.map((a) => formatArticle(a, cmd.format, cmd)).join('\n');
}
