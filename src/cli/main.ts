import { once } from 'node:events';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { convert, type Io } from './convert';
import { endRuns } from './convert-input';
import { formats, type Format } from './format-article';
import { version } from '../version';
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
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  let code = 0;
  program
    .command('convert')
    .description('convert posts (files, or - for standard input; each a post or an array of posts)')
    .argument('<inputs...>', 'JSON or NDJSON (.ndjson, .jsonl) files, or - for stdin')
    .option('-f, --format <format>', `output format: ${formats.join(', ')}`, parseFormat, 'md' as Format)
    .option('-o, --out <dir>', 'write one file per post into this folder')
    .option('--no-front-matter', 'leave out the YAML front matter (md)')
    .option('-q, --quiet', 'no per-post summary lines')
    .option('-j, --jobs <n>', 'convert on n worker threads', parseJobs, 1)
    .option('-p, --progress', 'a progress bar on stderr instead of a line per post (on a terminal only)')
    .option('-w, --warnings', "list each post's warnings on stderr (code, where, what), not only their count")
    .action(async (inputs: string[], opts: { format: Format; out?: string; frontMatter: boolean; quiet?: boolean; jobs: number; progress?: boolean; warnings?: boolean }) => {
      const cmd = {
        inputs, format: opts.format, out: opts.out ?? null, frontMatter: opts.frontMatter, quiet: opts.quiet ?? false, jobs: opts.jobs,
        progress: opts.progress ?? false, warnings: opts.warnings ?? false,
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
    io.stderr(`unpress: ${(e as Error).message}\n`);
    return 1;
  }
  return code;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive whole number');
  return n;
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
