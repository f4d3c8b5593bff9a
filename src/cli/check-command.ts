import { accessSync, closeSync, constants, openSync, readSync, rmSync, statSync } from 'node:fs';
import { writeTemp } from '../sources/write-file-atomic';
import { NOT_EXPORT } from '../sources/wxr/read-wxr';
import { printable } from './printable';
import { reasonOf } from './reason-of';
import { UsageError } from './usage-error';

/**
 * Checks, before any post is converted, that every input can be read (a file, or `-`): a
 * missing or unreadable path is the command's mistake, not a post's failure; and that an XML
 * file is a WordPress export, not a feed or other XML.
 *
 * @throws {UsageError} `cannot read <path>: <reason>`, `<path> is not a WordPress export: …`
 */
export function checkInputs(inputs: string[]): void {
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) continue;
    let file: boolean;
    try {
      // No open: a named pipe (`<(curl …)`) opened once to look would lose what it holds.
      const stat = statSync(input);
      if (stat.isDirectory()) throw new Error('it is a folder');
      accessSync(input, constants.R_OK);
      file = stat.isFile();
    } catch (e) {
      throw new UsageError(`cannot read ${printable(input)}: ${reasonOf(e)}`);
    }
    const why = file ? notAnExport(input) : null;
    if (why) throw new UsageError(`${printable(input)} is not a WordPress export: ${why}`);
  }
}

// XML (an `.xml` file, or a file whose first character is `<`) that is whole within its first
// 64 KB and has no `wp:` element or namespace: an RSS feed, a sitemap. A bigger file is left to
// readWxr, which says so once it has read it.
const HEAD = 64 * 1024;
function notAnExport(path: string): string | null {
  const buf = Buffer.alloc(HEAD + 1);
  let fd: number | null = null;
  let n = 0;
  try {
    fd = openSync(path, 'r');
    n = readSync(fd, buf, 0, buf.length, 0);
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const head = buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '');
  const markup = head.trimStart().startsWith('<');
  if (!(markup || /\.xml$/i.test(path)) || n > HEAD || /<wp:|xmlns:wp\s*=/.test(head)) return null;
  return markup ? NOT_EXPORT : 'it is not XML';
}

/**
 * Makes the `--out` folder when missing and proves that a file can be made in it, before any
 * post is converted: a path that is not a folder, under `/proc`, read-only or not one's own
 * stops the command at once instead of failing every post.
 *
 * @throws {UsageError} `cannot write to --out <path>: <reason>`
 */
export function prepareOut(out: string): void {
  try {
    rmSync(writeTemp(out, ''));
  } catch (e) {
    throw new UsageError(`cannot write to --out ${printable(out)}: ${reasonOf(e)}`);
  }
}
