import { MultiBar } from 'cli-progress';
import { migrate } from '../migrate/migrate';
import type { LayoutName, MigrateReport, Permalinks } from '../migrate/schema';
import { checkInputs, prepareOut } from './check-command';
import { heapGuard } from './heap-guard';
import type { Io } from './convert';
import { printable } from './printable';
import { trackBar } from './progress';

/** What `unpress migrate` was asked to do. */
export interface MigrateCommand {
  inputs: string[];
  out: string;
  layout: LayoutName;
  permalinks: Permalinks;
  downloadMedia: boolean;
  mdx: boolean;
  jobs: number;
  resume: boolean;
  progress: boolean;
  quiet: boolean;
  statuses?: string[];
  types?: string[];
  since?: string;
  auth?: string;
  cache?: string;
}

/**
 * `unpress migrate`: a thin shell over `migrate`. Checks the inputs and `--out` first (a
 * usage error, exit 2, with the reason), then runs, with a progress bar on a terminal when asked
 * (or a line per failed item), and ends with the totals and where the report is.
 *
 * @returns the report (the exit code is 1 when an item failed)
 * @throws {UsageError} when an input cannot be read or `--out` cannot be written to
 */
export async function migrateCommand(cmd: MigrateCommand, io: Io): Promise<MigrateReport> {
  checkInputs(cmd.inputs);
  prepareOut(cmd.out);
  const bar = cmd.progress && io.terminal ? progressBars(io.terminal) : null;
  // Keeps the heap near what is live between items, as `convert` does (see heapGuard).
  const collect = heapGuard();
  const say = (line: string) => (bar ? bar.log(line) : io.stderr(line));
  try {
    const report = await migrate(cmd.inputs, {
      out: cmd.out, layout: cmd.layout, permalinks: cmd.permalinks, mdx: cmd.mdx, downloadMedia: cmd.downloadMedia, jobs: cmd.jobs,
      resume: cmd.resume, statuses: cmd.statuses ?? null, types: cmd.types ?? null, since: cmd.since ?? null, auth: cmd.auth ?? null, cache: cmd.cache ?? null,
      onPage: cmd.quiet || bar ? undefined : (source, p) => io.stderr(`· ${printable(source)}: ${p.type} page ${p.page} of ${p.pages}${p.cached ? ' (cached)' : ''}\n`),
      onProgress: (e) => {
        if (e.phase === 'convert') collect();
        bar?.update(e.phase, e.done, e.total);
        const i = e.item;
        if (i?.outcome === 'failed') say(`✗ ${printable(i.oldUrl ?? `id ${i.id ?? '?'}`)}: ${printable(`${i.error?.code}: ${i.error?.message}`)}\n`);
      },
    });
    bar?.stop();
    const t = report.totals;
    io.stderr(
      `${t.converted} converted, ${t.unchanged} unchanged, ${t.failed} failed; ${t.warnings} warnings, ${t.danglingLinks} dangling links, ` +
        `${t.media} media (${t.mediaDownloaded} downloaded, ${t.mediaFailed} failed), ${t.redirects} redirects\n` +
        `report: ${printable(`${cmd.out.replace(/\/+$/, '')}/report.html`)}\n`,
    );
    return report;
  } finally {
    bar?.stop();
  }
}

// One bar per phase (reading, converting, media), through cli-progress; each appears when its phase starts.
function progressBars(stream: NodeJS.WritableStream) {
  const bars = new MultiBar({ stream, format: ' {phase} {bar} {value}/{total}', barsize: 30, gracefulExit: false, hideCursor: false });
  const shown = new Map<string, ReturnType<MultiBar['create']>>();
  let stopped = false;
  let untrack: () => void = () => undefined;
  const bar = {
    update(phase: string, done: number, total: number | null) {
      let bar = shown.get(phase);
      if (!bar) shown.set(phase, (bar = bars.create(total ?? 0, 0, { phase: phase.padEnd(7) })));
      if (total !== null) bar.setTotal(total);
      bar.update(done);
    },
    log(line: string) {
      bars.log(line);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      untrack();
      bars.update();
      bars.stop();
    },
  };
  // Ctrl-C stops it too (the CLI's signal handler calls stopBars), so the prompt starts on its own line.
  untrack = trackBar(bar);
  return bar;
}
