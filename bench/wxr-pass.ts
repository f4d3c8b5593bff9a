import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SaxesParser } from 'saxes';
import { loadLibrary } from './library';

/**
 * One side of `--wxr`'s comparison, in a process of its own: `sax FILE ROUNDS` (a bare SAX pass)
 * or `readwxr FILE ROUNDS` (`readWxr` over the file); prints the best time in ms. Each side runs
 * alone: timed in one process in turns, the SAX pass after `readWxr` ran on a heap `readWxr` had
 * grown, and at 25 MB and more took five times its own time, which made the ratio look better
 * than it is.
 */
export async function saxPass(file: string): Promise<number> {
  const parser = new SaxesParser();
  let n = 0;
  parser.on('opentag', () => void n++);
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(file)) parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  parser.close();
  return n;
}

async function main(): Promise<void> {
  const [what, file, roundsArg] = process.argv.slice(2);
  const lib = what === 'readwxr' ? loadLibrary() : null;
  let best = Infinity;
  for (let r = 0; r < Number(roundsArg ?? 3); r++) {
    const t0 = performance.now();
    if (lib) {
      let n = 0;
      for await (const _ of lib.readWxr(file!)) n++;
    } else await saxPass(file!);
    best = Math.min(best, performance.now() - t0);
  }
  process.stdout.write(`${best}\n`);
}

if (require.main === module) void main();
