import { Utf8Check } from '../sources/utf8-check';

/** Warnings shown at most, per input, for invalid UTF-8; the rest are counted. */
const UTF8_WARNINGS = 10;

/**
 * Reports on stderr where an input's bytes are not UTF-8 (each such place is read as U+FFFD),
 * by byte offset: `check` each chunk as it is read, `end` once the input ends. Inputs with a
 * UTF-16 byte-order mark are not UTF-8 and are not checked.
 *
 * @param name the input as printed (see `printable`)
 * @example const w = utf8Warnings('posts.json', io.stderr); w.check(chunk); w.end();
 */
export function utf8Warnings(name: string, report: (line: string) => void): { check: (chunk: Buffer | string) => void; end: () => void } {
  const checker = new Utf8Check();
  let first = true;
  let skip = false;
  let count = 0;
  const warn = (offsets: number[]) => {
    for (const at of offsets) if (++count <= UTF8_WARNINGS) report(`⚠ ${name}: invalid UTF-8 at byte ${at}, read as U+FFFD\n`);
  };
  return {
    check(chunk) {
      if (typeof chunk === 'string') return;
      if (first && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) skip = true;
      first = false;
      if (!skip) warn(checker.push(chunk));
    },
    end() {
      if (!skip) warn(checker.end());
      if (count > UTF8_WARNINGS) report(`⚠ ${name}: ${count - UTF8_WARNINGS} more places of invalid UTF-8\n`);
    },
  };
}
