import { accessSync, constants, rmSync, statSync } from 'node:fs';
import { writeTemp } from '../sources/write-file-atomic';
import { printable } from './printable';
import { reasonOf } from './reason-of';
import { UsageError } from './usage-error';

/**
 * Checks, before any post is converted, that every input can be read (a file, or `-`): a
 * missing or unreadable path is the command's mistake, not a post's failure.
 *
 * @throws {UsageError} `cannot read <path>: <reason>`
 */
export function checkInputs(inputs: string[]): void {
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) continue;
    try {
      // No open: a named pipe (`<(curl …)`) opened once to look would lose what it holds.
      if (statSync(input).isDirectory()) throw new Error('it is a folder');
      accessSync(input, constants.R_OK);
    } catch (e) {
      throw new UsageError(`cannot read ${printable(input)}: ${reasonOf(e)}`);
    }
  }
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
