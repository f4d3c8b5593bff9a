import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Makes a folder and the missing folders above it, one `mkdir` each, and throws the first
 * failure. (Node's `mkdirSync(dir, { recursive: true })` loops forever, at full CPU and deaf
 * to signals, under `/proc`, where `mkdir` says ENOENT for a parent that exists.)
 *
 * @throws the `mkdir` or `stat` error, or ENOTDIR when a part of the path is not a folder
 * @example makeFolder('out/posts')
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); ; ) {
    try {
      if (statSync(at).isDirectory()) break;
      throw Object.assign(new Error(`ENOTDIR: not a folder, '${at}'`), { code: 'ENOTDIR' });
    } catch (e) {
      const up = dirname(at);
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || up === at) throw e;
      missing.push(at);
      at = up;
    }
  }
  for (const at of missing.reverse()) {
    try {
      mkdirSync(at);
    } catch (e) {
      // Made meanwhile by another run or thread.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(at).isDirectory()) throw e;
    }
  }
}
