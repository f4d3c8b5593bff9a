import { MultiBar, type SingleBar } from 'cli-progress';

/** What `unpress convert --progress` shows while it runs. */
export interface Progress {
  /** Bytes of input read since the last call. */
  read(bytes: number): void;
  /** A post done: converted, or failed. */
  post(ok: boolean): void;
  /** A line (ending in `\n`) printed above the bar: a failure. */
  log(line: string): void;
  /** Prints what was logged, draws the bar a last time and ends its line. */
  stop(): void;
}

// Every bar on screen, for a signal that ends the run (see stopBars).
const shown = new Set<Pick<Progress, 'stop'>>();

/** Registers another bar on screen (`migrate`'s), so that a signal's `stopBars` stops it too; returns its removal. */
export function trackBar(bar: Pick<Progress, 'stop'>): () => void {
  shown.add(bar);
  return () => shown.delete(bar);
}

/** Stops every bar on screen: for a signal that ends the run, so the shell's prompt starts on a line of its own. */
export function stopBars(): void {
  for (const p of shown) p.stop();
}

/**
 * A progress bar on a terminal, through cli-progress (its redraws are throttled to 10 a second,
 * and lines logged above the bar are kept in order). With the input's size known (files), the
 * bar follows the bytes read, with an ETA; for stdin, the posts and the rate only.
 *
 * @param stream the terminal (stderr)
 * @param totalBytes the inputs' size, or null when one is stdin
 */
export function progressBar(stream: NodeJS.WritableStream, totalBytes: number | null): Progress {
  const sized = totalBytes !== null && totalBytes > 0;
  const bars = new MultiBar({
    stream,
    // Its own ETA, from the rate of reading: cli-progress's, from the last few updates, reads
    // "NULL" once the input is all read and the last posts are still converting.
    format: sized ? ' {bar} {percentage}% | {size} | {posts} | ETA {left}' : ' {posts} | {duration_formatted}',
    barsize: 30,
    // The CLI handles Ctrl-C itself (it removes temporary files first) and stops the bar then.
    gracefulExit: false,
    hideCursor: false,
  });
  const started = Date.now();
  let read = 0;
  let converted = 0;
  let failed = 0;
  const payload = () => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round((converted + failed) / seconds) : 0;
    const left = read > 0 ? (((totalBytes ?? 0) - read) * seconds) / read : NaN;
    return {
      posts: `${converted.toLocaleString('en-US')} converted, ${failed.toLocaleString('en-US')} failed, ${rate.toLocaleString('en-US')} posts/s`,
      size: `${size(read)} of ${size(totalBytes ?? 0)}`,
      left: duration(left),
    };
  };
  const bar: SingleBar = bars.create(sized ? totalBytes : 0, 0, payload());
  const draw = () => bar.update(Math.min(read, totalBytes ?? 0), payload());
  let stopped = false;
  const progress: Progress = {
    read(bytes) {
      read += bytes;
    },
    post(ok) {
      if (ok) converted++;
      else failed++;
      draw();
    },
    log(line) {
      bars.log(line);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      shown.delete(progress);
      draw();
      // A redraw first: it prints the lines logged since the last one, which stop() would drop.
      bars.update();
      bars.stop();
    },
  };
  shown.add(progress);
  return progress;
}

// "812 KB", "487 MB", "4.9 GB".
function size(bytes: number): string {
  if (bytes >= 1e10) return `${(bytes / 1e9).toFixed(0)} GB`;
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(0)} MB`;
  return `${Math.ceil(bytes / 1e3)} KB`;
}

// "1m 05s", "42s"; "?" before anything is read.
function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
