import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { convert, type Io } from './convert';
import { endRuns } from './convert-input';
import { formats, type Format, type RenderOptions } from './format-article';
import { migrateCommand } from './migrate-command';
import { LayoutNameSchema, PermalinksSchema, type LayoutName, type Permalinks } from '../migrate/schema';
import type { FrontMatterPreset } from '../render/front-matter/presets';
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
    .description('Turn WordPress content (REST JSON, exports, live sites) into clean Markdown, HTML, text or typed JSON, and whole sites into new ones.')
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
    .option('--front-matter <preset>', `front matter (md, mdx): ${[...frontMatterChoices].join(', ')}`, parseFrontMatter, true as RenderOptions['frontMatter'])
    .option('--no-front-matter', 'leave out the YAML front matter (md, mdx; same as --front-matter none)')
    .option('--embeds <style>', 'embeds in md: url (default), hugo (shortcodes) or mdx (components; the default with --format mdx)', parseEmbeds)
    .option('--html', 'md, mdx: raw HTML where Markdown has no syntax (details, merged table cells, sub/sup)')
    .option('-q, --quiet', 'no per-post summary lines')
    .option('-j, --jobs <n>', 'convert on n worker threads (at most one per CPU)', parseJobs, 1)
    .option('-p, --progress', 'a progress bar on stderr instead of a line per post (on a terminal only)')
    .option('-w, --warnings', "list each post's warnings on stderr (code, where, what), not only their count")
    .option('--status <list>', 'exports and sites: post statuses to read, comma-separated (default publish; draft, pending, private, future need --auth on a site)', parseList)
    .option('--types <list>', 'exports and sites: post types (or REST bases) to read, comma-separated (default every content type)', parseList)
    .option('--since <date>', 'sites: only posts modified after this date (ISO 8601)', parseDate)
    .option('--auth <user:password>', 'sites: an application password (or UNPRESS_AUTH); reads raw content and, with --status, drafts')
    .option('--cache <dir>', 'sites: keep every response here, so a stopped crawl resumes without asking again')
    .action(async (inputs: string[], opts: { format: Format; out?: string; frontMatter: RenderOptions['frontMatter']; embeds?: 'url' | 'hugo' | 'mdx'; html?: boolean; quiet?: boolean; jobs: number; progress?: boolean; warnings?: boolean; status?: string[]; types?: string[]; since?: string; auth?: string; cache?: string }) => {
      const cmd = {
        inputs, format: opts.format, out: opts.out ?? null, frontMatter: opts.frontMatter, quiet: opts.quiet ?? false, jobs: opts.jobs,
        markdown: { ...(opts.embeds ? { embeds: opts.embeds } : {}), ...(opts.html ? { html: true } : {}) },
        progress: opts.progress ?? false, warnings: opts.warnings ?? false,
        statuses: opts.status, types: opts.types, since: opts.since, auth: opts.auth ?? (process.env.UNPRESS_AUTH || undefined), cache: opts.cache,
      };
      const s = await convert(cmd, io);
      code = s.failed ? 1 : 0;
    });
  program
    .command('migrate')
    .description('migrate a whole site into a Hugo, Astro, Eleventy, Jekyll or plain site: content files, media, redirects, rewritten links, report.html')
    .argument('<sources...>', 'WordPress exports (.xml), REST JSON or NDJSON files, or https://a-wordpress-site')
    .requiredOption('-o, --out <dir>', 'the new site\'s folder (made when missing)')
    .requiredOption('-l, --layout <layout>', `the site layout: ${LayoutNameSchema.options.join(', ')}`, parseLayout)
    .option('--permalinks <mode>', 'keep (default): old permalink paths; layout: the layout\'s URLs, old ones redirected', parsePermalinks, 'keep' as Permalinks)
    .option('--download-media', 'download every image and file the content uses and point the content at the copies')
    .option('--mdx', 'write MDX instead of Markdown')
    .option('-j, --jobs <n>', 'convert on n worker threads (at most one per CPU)', parseJobs, 1)
    .option('--since <date>', 'only posts modified on or after this date (ISO 8601)', parseDate)
    .option('--types <list>', 'post types (or REST bases) to read, comma-separated (default every content type)', parseList)
    .option('--status <list>', 'post statuses to read, comma-separated (default publish)', parseList)
    .option('--auth <user:password>', 'sites: an application password (or UNPRESS_AUTH)')
    .option('--cache <dir>', 'sites: keep every response here, so a stopped crawl resumes without asking again')
    .option('--resume', 'skip items whose file is current (same input and options, file unchanged): a stopped run goes on')
    .option('-p, --progress', 'progress bars on stderr (on a terminal only)')
    .option('-q, --quiet', 'no lines for the pages of a crawl')
    .action(async (sources: string[], opts: { out: string; layout: LayoutName; permalinks: Permalinks; downloadMedia?: boolean; mdx?: boolean; jobs: number; since?: string; types?: string[]; status?: string[]; auth?: string; cache?: string; resume?: boolean; progress?: boolean; quiet?: boolean }) => {
      const report = await migrateCommand({
        inputs: sources, out: opts.out, layout: opts.layout, permalinks: opts.permalinks, downloadMedia: opts.downloadMedia ?? false, mdx: opts.mdx ?? false,
        jobs: opts.jobs, resume: opts.resume ?? false, progress: opts.progress ?? false, quiet: opts.quiet ?? false,
        statuses: opts.status, types: opts.types, since: opts.since, auth: opts.auth ?? (process.env.UNPRESS_AUTH || undefined), cache: opts.cache,
      }, io);
      code = report.totals.failed ? 1 : 0;
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

const frontMatterChoices = new Set(['default', 'astro', 'hugo', 'jekyll', 'eleventy', 'none']);

function parseFrontMatter(value: string): RenderOptions['frontMatter'] {
  if (!frontMatterChoices.has(value)) throw new InvalidArgumentError(`expected one of ${[...frontMatterChoices].join(', ')}`);
  return value === 'none' ? false : (value as FrontMatterPreset);
}

function parseEmbeds(value: string): 'url' | 'hugo' | 'mdx' {
  if (value !== 'url' && value !== 'hugo' && value !== 'mdx') throw new InvalidArgumentError('expected url, hugo or mdx');
  return value;
}

function parseLayout(value: string): LayoutName {
  const r = LayoutNameSchema.safeParse(value);
  if (!r.success) throw new InvalidArgumentError(`expected one of ${LayoutNameSchema.options.join(', ')}`);
  return r.data;
}

function parsePermalinks(value: string): Permalinks {
  const r = PermalinksSchema.safeParse(value);
  if (!r.success) throw new InvalidArgumentError('expected keep or layout');
  return r.data;
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
