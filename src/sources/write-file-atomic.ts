import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;
const made = new Set<string>();

/**
 * Writes a file so that readers never see half of it: the content goes to a temporary name in
 * the same folder, which is then renamed over the target (atomic on POSIX file systems).
 *
 * Synchronous on purpose: a post's file goes to the page cache in ~50 µs, while the promise
 * API's open/write/close/rename round trips through the thread pool cost 3-5× the CPU
 * (measured: 3,000 files of 40 KB, 150-600 ms sync vs 750-2,000 ms awaited one by one) and
 * left the converting thread idle between posts.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const dir = dirname(path);
  // The folder is made once per run, not once per file.
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    try {
      writeFileSync(tmp, content);
    } catch (e) {
      // The folder went away since it was made: make it again, once.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, content);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
