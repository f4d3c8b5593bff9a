import { Readable } from 'node:stream';
import { UnpressError } from '../errors';
import { postList } from '../parse-posts';
import { readJson } from '../parse/read-json';
import { ArrayItemScanner } from '../parse/array-item-texts';
import { ownBytes } from '../parse/own-bytes';
import { readWxr } from './wxr/read-wxr';
import type { WxrFilter } from './wxr/wxr-item-to-post';

/** How a stream of posts is laid out: one JSON post per line (`ndjson`), or sniffed (`auto`; `json` is the same, see `readPostItems`). */
export type InputFormat = 'json' | 'ndjson' | 'auto';

type Chunks = AsyncIterable<Uint8Array | string>;

/**
 * The posts of a stream, one at a time, without holding the whole input: the items of a JSON
 * array, the lines of NDJSON and the values of a stream of JSON values as their JSON texts in
 * UTF-8 bytes (decoded and parsed later, where each post is converted; nested page arrays and
 * wrappers such as `{ "posts": [...] }` flattened, like `parsePosts`).
 * `auto` reads a `[` as an array, a `<` as a WordPress export (`readWxr`, with `wxr`'s filter:
 * its posts come as objects) and anything else as a stream of values (one post, NDJSON,
 * pretty-printed or concatenated objects all work).
 *
 * @throws {UnpressError} `invalid_json` when the JSON breaks off, or a whole-input problem
 */
export async function* readPostItems(input: Chunks, format: InputFormat = 'auto', wxr: WxrFilter = {}): AsyncGenerator<unknown> {
  const { first, stream } = await sniff(input);
  if (first === null) throw new UnpressError('invalid_json', 'The input is empty', [{ path: [], message: 'no JSON value' }]);
  if (format === 'ndjson') {
    for await (const line of lines(stream)) if (!isBlank(line)) yield line;
    return;
  }
  if (first === '[') {
    yield* arrayItems(stream);
    return;
  }
  // A WordPress export (WXR): `<?xml …` or `<rss …`. Its posts come as REST post objects.
  if (first === '<') {
    yield* readWxr(stream, wxr);
    return;
  }
  // Anything else is a stream of values: NDJSON, one post, a wrapper object, concatenated or
  // pretty-printed posts. NDJSON is told by its first line, a whole JSON object, and is then cut
  // at line breaks: a broken line fails alone. Cut value by value, it left an object open that
  // took every later line into it, to the end of the input.
  const head = await firstLine(stream);
  if (head.line && isObjectText(head.line)) {
    for await (const line of lines(head.stream)) if (!isBlank(line)) yield* valuePosts(line);
    return;
  }
  yield* values(head.stream);
}

/** Lines longer than this are not looked at to tell NDJSON (the input is then cut value by value). */
const FIRST_LINE_LIMIT = 64 * 1024 * 1024;

/**
 * The first line of a stream (without its line break; the whole input when it has none), and a
 * stream of all the bytes again. `line` is null past `FIRST_LINE_LIMIT` bytes without a break.
 */
async function firstLine(stream: AsyncIterable<Uint8Array | string>): Promise<{ line: Uint8Array | null; stream: Readable }> {
  const it = stream[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let line: Uint8Array | null = null;
  for (;;) {
    const r = await it.next();
    if (r.done) {
      line = ownBytes(head);
      break;
    }
    const chunk = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    head.push(chunk);
    const nl = chunk.indexOf(0x0a);
    if (nl >= 0) {
      line = ownBytes([...head.slice(0, -1), chunk.subarray(0, nl)]);
      break;
    }
    if ((size += chunk.length) > FIRST_LINE_LIMIT) break;
  }
  return { line, stream: replayed(head, it) };
}

// A JSON object alone (spaces around it allowed): the first line of NDJSON, not of a pretty-printed value.
function isObjectText(text: Uint8Array): boolean {
  try {
    const value = readJson(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * The items of a streamed JSON array (or of arrays one after another) as their JSON texts
 * (parsed where each is converted). A nested page array is parsed here and its posts yielded one
 * by one, as `parsePosts` counts them; a page that is not valid JSON is yielded as it is, to
 * fail as one item.
 */
async function* arrayItems(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<unknown> {
  // Arrays one after another read as one: a loop of `curl …/posts?page=N` piped in.
  const scanner = new ArrayItemScanner('arrays');
  for await (const chunk of stream) {
    for (const text of scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) {
      if (text[0] !== 0x5b) yield text;
      else yield* pagePosts(text);
    }
  }
  scanner.end();
}

/**
 * The posts of a stream of JSON values (or of NDJSON lines, see `readPostItems`), each cut as its text (see `ArrayItemScanner`) and parsed
 * here with `JSON.parse`: a value may be a wrapper of many posts (`{ "posts": [...] }`), a page
 * array or a REST error, which only its parsed form tells. A value that is a post itself is
 * yielded as its text, parsed again where it is converted: on a worker thread a text is one flat
 * copy. (stream-json, used here before, built each value from tokens in JavaScript and the
 * values then had to be cloned: 10,000 NDJSON posts sniffed as values took 19.0–19.6 s of CPU in
 * `streamPosts`, now 11.4–12.3, and 10.7–11.0 read as NDJSON.) A value that is not valid JSON is
 * yielded as its text, to fail as one item; one the cutting cannot get past (an unclosed string)
 * takes the rest of the input, which then ends inside it.
 */
async function* values(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<unknown> {
  const scanner = new ArrayItemScanner('values');
  for await (const chunk of stream) {
    for (const text of scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) yield* valuePosts(text);
  }
  for (const text of scanner.end()) yield* valuePosts(text);
}

// A value that holds no post (no id, not a wrapper: a post missing its id, a number) is one item
// too, which fails where it is converted with what is wrong with it: thrown here, it ended the
// input and lost every post after it. A REST error body still ends the input (`postList`).
function valuePosts(text: Uint8Array): unknown[] {
  let value: unknown;
  let posts: unknown[];
  try {
    value = readJson(text);
    posts = postList(value);
  } catch (e) {
    if (e instanceof UnpressError && e.code === 'rest_error') throw e;
    return [text];
  }
  return posts.length === 1 && posts[0] === value ? [text] : posts;
}

function pagePosts(text: Uint8Array): unknown[] {
  try {
    return postList([readJson(text)]);
  } catch {
    return [text];
  }
}

// A line of nothing but JSON whitespace.
function isBlank(line: Uint8Array): boolean {
  for (const c of line) if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  return true;
}

/** The first meaningful character (BOM and whitespace skipped) and a stream of all the bytes. */
async function sniff(input: Chunks): Promise<{ first: string | null; stream: Readable }> {
  const it = input[Symbol.asyncIterator]();
  const head: (Uint8Array | string)[] = [];
  let first: string | null = null;
  while (first === null) {
    const r = await it.next();
    if (r.done) break;
    let chunk = r.value;
    if (!head.length && typeof chunk !== 'string' && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    if (!head.length && typeof chunk === 'string' && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    head.push(chunk);
    // Latin-1 is enough to find the first non-space ASCII character, and unlike `toString()` it
    // reads a plain Uint8Array (a fetch body's chunks) as text, not as a list of numbers.
    const m = /\S/.exec(typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1'));
    if (m) first = m[0];
  }
  return { first, stream: replayed(head, it) };
}

// The chunks already taken from `it` to look at the start, then the rest of it: the whole input again.
function replayed(head: (Uint8Array | string)[], it: AsyncIterator<Uint8Array | string>): Readable {
  async function* all() {
    yield* head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return Readable.from(all(), { objectMode: false });
}

/**
 * The lines of a byte stream, read only as fast as they are consumed. (readline's iterator
 * buffers up to a thousand lines ahead: 50 MB of posts.) A `\n` byte never occurs inside a
 * UTF-8 character, so cutting bytes there is safe; a `\r` before it is dropped.
 */
async function* lines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  // The start of an unfinished line, as chunks: joined once when its end comes (a 10 MB line
  // re-copied on every 64 KB chunk would cost quadratic time).
  let pending: Uint8Array[] = [];
  const line = (last: Uint8Array) => {
    const whole = ownBytes([...pending, last]);
    pending = [];
    return whole[whole.length - 1] === 13 ? whole.subarray(0, -1) : whole;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10, start)) {
      yield line(buf.subarray(start, nl));
      start = nl + 1;
    }
    if (start < buf.length) pending.push(buf.subarray(start));
  }
  if (pending.length) yield line(new Uint8Array(0));
}
