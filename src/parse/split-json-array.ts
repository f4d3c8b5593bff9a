import { ArrayItemScanner } from './array-item-texts';

/** JSON whitespace: what `JSON.parse` skips between tokens (and nothing else). */
function skipSpace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/**
 * The texts of the objects in a JSON array, cut without parsing them: `'[{"id":1}, {"id":2}]'`
 * → `['{"id":1}', '{"id":2}']`. Worker threads parse each one where it is converted, so the
 * caller's thread neither parses nor copies whole posts. Null when the text is anything else
 * (not an array, an element that is not an object, nesting of `maxDepth` levels or more, a
 * broken separator): the caller then reads it the ordinary way. The objects themselves are
 * not checked: one that is not valid JSON fails where it is parsed.
 *
 * @example splitJsonArray('[{"id":1},{"id":2}]', 100) // → ['{"id":1}', '{"id":2}']
 */
export function splitJsonArray(text: string, maxDepth: number): string[] | null {
  let i = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (text.charCodeAt(i) !== 0x5b) return null;
  i = skipSpace(text, i + 1);
  const out: string[] = [];
  if (text.charCodeAt(i) === 0x5d) return skipSpace(text, i + 1) === text.length ? out : null;
  for (;;) {
    if (text.charCodeAt(i) !== 0x7b) return null;
    const end = objectEnd(text, i, maxDepth);
    if (end < 0) return null;
    out.push(text.slice(i, end));
    i = skipSpace(text, end);
    const c = text.charCodeAt(i);
    if (c === 0x2c) i = skipSpace(text, i + 1);
    else if (c === 0x5d) return skipSpace(text, i + 1) === text.length ? out : null;
    else return null;
  }
}

// The index just past the `}` closing the object opened at `start`, or -1.
function objectEnd(text: string, start: number, maxDepth: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = stringEnd(text, i);
      if (i < 0) return -1;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth >= maxDepth) return -1;
    } else if (c === 0x7d || c === 0x5d) {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

// The index of the quote closing the string opened at `open` (one not escaped by a backslash), or -1.
function stringEnd(text: string, open: number): number {
  for (let from = open + 1; ; ) {
    const q = text.indexOf('"', from);
    if (q < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return q;
    from = q + 1;
  }
}

/**
 * `splitJsonArray` for UTF-8 bytes (a file read with `readFileSync`): the same answer, as bytes,
 * cut by the scanner the streams use, so no string of the whole export is made. Strings keep
 * their own cutter above: encoding one to bytes first and decoding each post again on the
 * workers cost 2.5–5 s more on 3,000 posts.
 *
 * @example splitJsonBytes(Buffer.from('[{"id":1}]'), 100) // → [the bytes of '{"id":1}']
 */
export function splitJsonBytes(bytes: Uint8Array, maxDepth: number): Uint8Array[] | null {
  if (bytes[0] === 0xff || bytes[0] === 0xfe) return null;
  const scanner = new ArrayItemScanner();
  try {
    const items = scanner.push(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
    scanner.end();
    return scanner.deepest < maxDepth && items.every((item) => item[0] === 0x7b) ? items : null;
  } catch {
    return null;
  }
}
