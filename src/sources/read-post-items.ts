import { Readable, pipeline } from 'node:stream';
// Full file paths: stream-json 1.x has no `exports` map, and ESM needs the extension.
import Parser from 'stream-json/Parser.js';
import StreamValues from 'stream-json/streamers/StreamValues.js';
import { UnpressError } from '../errors';
import { postList } from '../parse-posts';
import { readJson } from '../parse/read-json';
import { ArrayItemScanner } from '../parse/array-item-texts';
import { ownBytes } from '../parse/own-bytes';

/** How a stream of posts is laid out: a JSON array (or object), one JSON post per line, or sniffed. */
export type InputFormat = 'json' | 'ndjson' | 'auto';

type Chunks = AsyncIterable<Uint8Array | string>;

/**
 * The posts of a stream, one at a time, without holding the whole input: the items of a JSON
 * array and the lines of NDJSON as their JSON texts in UTF-8 bytes (decoded and parsed
 * later, where each post is converted; nested page arrays flattened, like `parsePosts`), or
 * the values of a stream of JSON objects.
 * `auto` reads a `[` as an array and anything else as a stream of values (one post, NDJSON or
 * concatenated objects all work).
 *
 * @throws {UnpressError} `invalid_json` when the JSON breaks off, or a whole-input problem
 */
export async function* readPostItems(input: Chunks, format: InputFormat = 'auto'): AsyncGenerator<unknown> {
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
  // Anything else is a stream of values: one post, a wrapper object, concatenated posts.
  const streamer = StreamValues.make();
  // Keys and strings arrive whole: streaming their pieces only costs time when values are assembled anyway.
  const parser = new Parser({ jsonStreaming: true, streamValues: false });
  pipeline(stream, parser, streamer, () => undefined);
  try {
    for await (const { value } of streamer as AsyncIterable<{ value: unknown }>) {
      const posts = postList(value);
      // The parser's strings are slices of its 64 KB input chunks: one kept slug would keep a
      // whole chunk alive (80 KB a post in a 10,000-post run). A clone owns flat copies.
      for (const post of posts) yield structuredClone(post);
    }
  } catch (e) {
    if (e instanceof UnpressError) throw e;
    throw new UnpressError('invalid_json', `Invalid JSON: ${(e as Error).message}`, [{ path: [], message: (e as Error).message }]);
  }
}

/**
 * The items of a streamed JSON array as their JSON texts (parsed where each is converted). A
 * nested page array is parsed here and its posts yielded one by one, as `parsePosts` counts
 * them; a page that is not valid JSON is yielded as it is, to fail as one item.
 */
async function* arrayItems(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<unknown> {
  const scanner = new ArrayItemScanner();
  for await (const chunk of stream) {
    for (const text of scanner.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) {
      if (text[0] !== 0x5b) yield text;
      else yield* pagePosts(text);
    }
  }
  scanner.end();
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
  async function* all() {
    yield* head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { first, stream: Readable.from(all(), { objectMode: false }) };
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
