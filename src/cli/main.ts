import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { convert, type Io } from './convert';
import { endRuns } from './convert-input';
import { formats, type Format } from './format-article';
import { printable } from './printable';
import { version } from '../version';
import { UsageError } from './usage-error';
import { WriteError } from './write-error';

/**
 * The `unpress` command line: a thin shell over the library. Exit codes: 0 all converted,
 * 1 some post failed (or the output could not be written), 2 usage error, 141 the reader of
 * stdout went away.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const program = new Command('unpress')
    .description('Turn WordPress REST post JSON into clean Markdown, HTML, text or typed JSON.')
    .version(version)
    .exitOverride()
    // Usage errors quote the arguments, which may come from a file list: shown escaped too.
    .configureOutput({ writeOut: io.stdout, writeErr: (s) => io.stderr(s.split('\n').map(printable).join('\n')) });
  let code = 0;
  program
    .command('convert')
    .description('convert posts: REST JSON or NDJSON files (or - for stdin), WordPress exports (.xml; several files of one export together), or a site URL')
    .argument('<inputs...>', 'JSON, NDJSON (.ndjson, .jsonl) or WXR (.xml) files, - for stdin, or https://a-wordpress-site')
    .option('-f, --format <format>', `output format: ${formats.join(', ')}`, parseFormat, 'md' as Format)
    .option('-o, --out <dir>', 'write one file per post into this folder')
    .option('--no-front-matter', 'leave out the YAML front matter (md)')
    .option('-q, --quiet', 'no per-post summary lines')
    .option('-j, --jobs <n>', 'convert on n worker threads (at most one per CPU)', parseJobs, 1)
    .option('-p, --progress', 'a progress bar on stderr instead of a line per post (on a terminal only)')
    .option('-w, --warnings', "list each post's warnings on stderr (code, where, what), not only their count")
    .option('--status <list>', 'exports and sites: post statuses to read, comma-separated (default publish; draft, pending, private, future need --auth on a site)', parseList)
    .option('--types <list>', 'exports and sites: post types (or REST bases) to read, comma-separated (default every content type)', parseList)
    .option('--since <date>', 'sites: only posts modified after this date (ISO 8601)', parseDate)
    .option('--auth <user:password>', 'sites: an application password (or UNPRESS_AUTH); reads raw content and, with --status, drafts')
    .option('--cache <dir>', 'sites: keep every response here, so a stopped crawl resumes without asking again')
    .action(async (inputs: string[], opts: { format: Format; out?: string; frontMatter: boolean; quiet?: boolean; jobs: number; progress?: boolean; warnings?: boolean; status?: string[]; types?: string[]; since?: string; auth?: string; cache?: string }) => {
      const cmd = {
        inputs, format: opts.format, out: opts.out ?? null, frontMatter: opts.frontMatter, quiet: opts.quiet ?? false, jobs: opts.jobs,
        progress: opts.progress ?? false, warnings: opts.warnings ?? false,
        statuses: opts.status, types: opts.types, since: opts.since, auth: opts.auth ?? (process.env.UNPRESS_AUTH || undefined), cache: opts.cache,
      };
      const s = await convert(cmd, io);
      code = s.failed ? 1 : 0;
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    // The reader left (`| head`): stop quietly, with the status of a process a closed pipe stopped.
    if (e instanceof WriteError && e.closedPipe) return 141;
    io.stderr(`unpress: ${printable((e as Error).message)}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
  return code;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  // Conversion is CPU work: threads beyond the CPUs only add memory (each has its own heap, and
  // `--jobs 99999` ran out of it before converting anything).
  return Math.min(n, availableParallelism());
}

function parseList(value: string): string[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!list.length || list.some((s) => !/^[a-z0-9_-]+$/i.test(s))) throw new InvalidArgumentError('expected names separated by commas');
  return list;
}

function parseDate(value: string): string {
  if (Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected a date (2024-01-31 or 2024-01-31T12:00:00Z)');
  return value;
}

function parseFormat(value: string): Format {
  const f = value === 'markdown' ? 'md' : value === 'txt' ? 'text' : value;
  if (!(formats as readonly string[]).includes(f)) throw new InvalidArgumentError(`expected one of ${formats.join(', ')}`);
  return f as Format;
}

// A pipe to a slower reader (`| gzip`, macOS pipes are asynchronous) is waited for instead of
// buffering the whole output in memory. A write error (EPIPE once the reader left) is emitted
// later: it is kept and thrown by the next write, which stops the run.
let stdoutError: Error | null = null;
function writeOut(s: string | Uint8Array): void | Promise<void> {
  if (stdoutError) throw stdoutError;
  if (!process.stdout.write(s)) return once(process.stdout, 'drain').then(() => undefined);
}

if (require.main === module) {
  process.stdout.on('error', (e) => {
    stdoutError = e;
  });
  // Ctrl-C or a kill ends the run at once, as without a handler (exit status 128 + the signal's
  // number), but first removes the articles written under temporary names and not yet moved
  // into place (with --jobs, up to a few dozen hidden files in the output folder), once the
  // worker threads have stopped writing them. A second signal meanwhile ends it as Node does.
  for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15]] as const) {
    process.once(signal, () => void endRuns().finally(() => process.exit(128 + number)));
  }
  const terminal = process.stderr.isTTY ? process.stderr : undefined;
  main(process.argv.slice(2), { stdout: writeOut, stderr: (s) => process.stderr.write(s), stdin: process.stdin, terminal }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
