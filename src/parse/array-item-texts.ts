import { UnpressError } from '../errors';
import { ownBytes } from './own-bytes';

/** Bytes that JSON allows between tokens. */
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Where the scanner is: before the `[`, right after it, after a comma, inside an item, after one,
 * past the `]`. (A stream of values starts at `item` and goes between `inside` and `after`.)
 */
type Phase = 'open' | 'first' | 'item' | 'inside' | 'after' | 'closed';

/** Bytes a JSON value can start with: `{ [ " -`, digits, and the t/f/n of literals. */
const isValueStart = (c: number) => c === 0x7b || c === 0x5b || c === 0x22 || c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e;

/**
 * Cuts a streamed JSON array into the JSON texts of its items without parsing them:
 * `[{"id":1}, {"id":2}]` → `{"id":1}`, `{"id":2}`, each as UTF-8 bytes (decoded where the
 * post is parsed: on a worker thread, with `--jobs`). Feed it chunks with `push` (each
 * returns the items completed by that chunk), then call `end`.
 *
 * Why not a token-level streaming parser here: stream-json builds every post from tokens in
 * JavaScript, ~2 ms a post on the thread that reads, and with `--jobs` that thread then had
 * to copy each object to a worker. Cutting is one pass over the bytes (`"`, `\`, brackets and
 * commas are ASCII and never occur inside a multi-byte UTF-8 character), and the post is
 * parsed by the engine's own `JSON.parse` where it is converted. Only the array's own
 * structure is checked here; an item that is not valid JSON fails when it is parsed, alone.
 *
 * With `top: 'arrays'` it reads arrays one after another as one (the pages of a paginated
 * export, concatenated: `[{"id":1}][{"id":2}]`); with `top: 'values'`, a stream of JSON values
 * one after another (concatenated or pretty-printed objects: `{"id":1} {"id":2}` → `{"id":1}`,
 * `{"id":2}`).
 */
export class ArrayItemScanner {
  private phase: Phase;
  private depth = 0;
  private inString = false;
  private escape = false;
  /** The bytes of the item in progress that came in earlier chunks. */
  private pieces: Uint8Array[] = [];
  /** Bytes seen before the current chunk, and items completed: for error messages. */
  private offset = 0;
  private items = 0;
  /** The deepest nesting met inside an item (an item's own brackets are level 1). */
  deepest = 0;

  /** @param top what the input is: one JSON array (default), JSON arrays one after another, or JSON values one after another */
  constructor(private readonly top: 'array' | 'arrays' | 'values' = 'array') {
    this.phase = top === 'values' ? 'item' : 'open';
  }

  /** The JSON texts (UTF-8 bytes) of the items that end in `chunk`. @throws {UnpressError} `invalid_json` when the array's structure breaks */
  push(chunk: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = [];
    const n = chunk.length;
    let start = this.phase === 'inside' ? 0 : -1;
    for (let i = 0; i < n; i++) {
      if (this.phase === 'inside') {
        const end = this.scanItem(chunk, i);
        if (end < 0) break;
        out.push(this.take(chunk, start, end));
        this.phase = 'after';
        i = end - 1;
        continue;
      }
      const c = chunk[i]!;
      if (isSpace(c)) continue;
      // A stream of values only ever meets the `item`/`after` phases, and never a comma or a `]`.
      const { phase } = this;
      const array = this.top !== 'values';
      if ((phase === 'open' || (phase === 'closed' && this.top === 'arrays')) && c === 0x5b) this.phase = 'first';
      else if (array && phase === 'after' && c === 0x2c) this.phase = 'item';
      else if (array && (phase === 'after' || phase === 'first') && c === 0x5d) this.phase = 'closed';
      else if ((phase === 'first' || phase === 'item' || (!array && phase === 'after')) && isValueStart(c)) {
        this.phase = 'inside';
        this.depth = 0;
        start = i--;
      } else throw this.broken(c, this.offset + i);
    }
    if (this.phase === 'inside' && start >= 0) this.pieces.push(chunk.subarray(start));
    this.offset += n;
    return out;
  }

  /**
   * The end of the input: in a stream of values, the text of a last value that only the end
   * closes (a number or a literal), if any.
   * @throws {UnpressError} `invalid_json` when the input ends before the array does, or inside a value
   */
  end(): Uint8Array[] {
    if (this.top !== 'values' && this.phase === 'closed') return [];
    if (this.top === 'values' && this.phase !== 'inside') return [];
    if (this.top === 'values' && this.depth === 0 && !this.inString) return [this.take(new Uint8Array(0), 0, 0)];
    const where = this.top === 'values' ? 'a JSON value' : 'the JSON array';
    const message = `The input ends inside ${where}, after ${this.counted()} (truncated?)`;
    throw new UnpressError('invalid_json', message, [{ path: [this.items], message: 'unexpected end of input' }]);
  }

  // "1 item", "2 values": what has been cut so far.
  private counted(): string {
    return `${this.items} ${this.top === 'values' ? 'value' : 'item'}${this.items === 1 ? '' : 's'}`;
  }

  /**
   * Scans an item from `from`: the index just past its last byte, or -1 when it goes on in
   * the next chunk. Objects, arrays and strings end at their closing byte; numbers and
   * literals at the first byte that cannot belong to them.
   */
  private scanItem(chunk: Uint8Array, from: number): number {
    const n = chunk.length;
    let { depth, inString, escape, deepest } = this;
    let i = from;
    for (; i < n; i++) {
      if (inString) {
        i = escape ? i + 1 : i;
        const close = stringClose(chunk, i);
        escape = close === -2;
        if (close < 0) {
          i = n;
          break;
        }
        inString = false;
        i = close;
        if (depth === 0) break;
        continue;
      }
      const c = chunk[i]!;
      if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) {
        if (++depth > deepest) deepest = depth;
      }
      else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) {
          i--;
          break;
        }
        if (--depth === 0) break;
      } else if (depth === 0 && (c === 0x2c || isSpace(c))) {
        i--;
        break;
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.escape = escape;
    this.deepest = deepest;
    return i < n ? i + 1 : -1;
  }

  // The item's bytes: earlier chunks' pieces joined once with this chunk's part.
  private take(chunk: Uint8Array, start: number, end: number): Uint8Array {
    this.items++;
    if (!this.pieces.length) return ownBytes([chunk.subarray(start, end)]);
    const whole = ownBytes([...this.pieces, chunk.subarray(0, end)]);
    this.pieces = [];
    return whole;
  }

  private broken(c: number, at: number): UnpressError {
    const expected =
      this.top === 'values' ? 'a JSON value' : this.phase === 'open' ? "'['" : this.phase === 'after' ? "',' or ']'" : this.phase === 'first' ? "a value or ']'" : this.phase === 'closed' ? (this.top === 'arrays' ? "'[' or the end of the input" : 'the end of the input') : 'a value';
    const found = c > 0x20 && c < 0x7f ? JSON.stringify(String.fromCharCode(c)) : `byte 0x${c.toString(16).padStart(2, '0')}`;
    const message = `Invalid JSON: expected ${expected} after ${this.counted()}, found ${found} at byte ${at}`;
    return new UnpressError('invalid_json', message, [{ path: [this.items], message: `unexpected ${found}` }]);
  }
}

/**
 * The index of the quote that closes a string, searching from `from` (not just after a
 * backslash): -1 when the chunk ends inside the string, -2 when it ends on an escaping
 * backslash. `indexOf` finds quotes far faster than a loop over every byte of a long string.
 */
function stringClose(chunk: Uint8Array, from: number): number {
  for (let at = from; ; ) {
    const q = chunk.indexOf(0x22, at);
    const stop = q < 0 ? chunk.length : q;
    let backslashes = 0;
    while (stop - 1 - backslashes >= from && chunk[stop - 1 - backslashes] === 0x5c) backslashes++;
    if (q < 0) return backslashes % 2 ? -2 : -1;
    if (backslashes % 2 === 0) return q;
    at = q + 1;
  }
}
