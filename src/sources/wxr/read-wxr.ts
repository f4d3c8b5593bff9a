import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { UnpressError } from '../../errors';
import { wxrItemToPost, type WxrFilter } from './wxr-item-to-post';
import { WxrSite, type WxrSiteInfo } from './wxr-site';
import { indexElements } from './index-scan';
import { channelElements } from './xml-elements';

/** One file of an export: a path, the XML itself (bytes), or a stream of it. */
export type WxrInput = string | Uint8Array | AsyncIterable<Uint8Array | string>;

/** Options of `readWxr`. */
export interface ReadWxrOptions extends WxrFilter {
  /** Called once every file has been indexed, before the first post: the export's site. */
  onSite?: (site: WxrSiteInfo) => void;
}

/**
 * The posts of a WordPress export (Tools → Export, `wp export`; WXR 1.0–1.2), as REST post
 * objects with `_embed` data (what `parsePost` and `streamPosts` read), so the rest of the
 * pipeline does not know where they came from. Several files are one site (split exports; a post
 * in two of them is read once): every
 * file is indexed first (authors, terms, attachments, synced patterns), then posts are read
 * file by file, item by item, so memory holds the index and one item, not the export. A stream
 * is copied to a temporary file for the two passes.
 *
 * Published posts of every content type by default (`statuses`, `types` choose others);
 * attachments, menus, revisions, patterns, templates and styles are never posts.
 *
 * @param input - a path (a string that does not start with `<`), the XML as bytes or a string,
 *   a stream, or a list of them.
 * @throws {UnpressError} `invalid_xml` (with line and column) after the posts before the break,
 *   or when the input is not a WordPress export.
 * @example
 * for await (const post of readWxr(['site.001.xml', 'site.002.xml'], { statuses: ['publish', 'draft'] })) {
 *   const article = parsePost(post);
 * }
 */
export async function* readWxr(input: WxrInput | readonly WxrInput[], options: ReadWxrOptions = {}): AsyncGenerator<Record<string, unknown>> {
  const inputs = Array.isArray(input) ? (input as readonly WxrInput[]) : [input as WxrInput];
  const temp = await mkdtemp(join(tmpdir(), 'unpress-wxr-'));
  try {
    const files = await Promise.all(inputs.map((x, i) => replayable(x, temp, i)));
    const site = new WxrSite();
    // The index pass cuts items out with indexOf and parses only attachments and patterns
    // (index-scan.ts); a file that breaks off is indexed up to the break, and the posts pass
    // gives the posts before it, then its error.
    for (const f of files) {
      let seen = false;
      for await (const el of indexElements(f.open(INDEX_CHUNK))) {
        // An RSS feed has items too: an export's carry wp: fields, and its channel wp:wxr_version.
        seen ||= el.name.startsWith('wp:') || (el.name === 'item' && el.children.some((c) => c.name.startsWith('wp:')));
        site.add(el);
      }
      if (!seen) {
        // Broken XML says where it breaks (the index pass does not look): parsed to the break.
        for await (const _ of channelElements(f.open(), f.label));
        throw new UnpressError('invalid_xml', `${f.label}: not a WordPress export (${NOT_EXPORT})`, [{ path: [], message: 'not a WordPress export' }]);
      }
    }
    options.onSite?.(site.info);
    // Parts of an export can overlap (the export screen's end date takes in the whole month):
    // a post is read once, from the first file that has it.
    const read = new Set<unknown>();
    for (const f of files) {
      for await (const el of channelElements(f.open(), f.label)) {
        if (el.name !== 'item') continue;
        const post = wxrItemToPost(el, site, options);
        if (!post || read.has(post.id)) continue;
        read.add(post.id);
        yield post;
      }
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Why XML that parsed is not an export. */
export const NOT_EXPORT = "no WordPress export fields (wp:): an RSS feed or other XML, not the file Tools → Export or wp export writes";

// The index pass reads a file a megabyte at a time: reading it 64 KB at a time (Node's default)
// costs more than twice as much, a tenth of a SAX pass. The posts pass reads 64 KB at a time:
// megabyte buffers, held outside the heap until a collection, raised the CLI's peak RSS by a
// fifth while it converts.
const INDEX_CHUNK = 1 << 20;

interface Replayable {
  label: string;
  /** The input from the start; from a file, in pieces of `chunk` bytes (Node's default 64 KB without). */
  open: (chunk?: number) => AsyncIterable<Uint8Array | string>;
}

async function replayable(input: WxrInput, temp: string, index: number): Promise<Replayable> {
  if (typeof input === 'string' && !/^\s*(?:\uFEFF)?</.test(input)) return { label: input, open: (chunk) => createReadStream(input, { highWaterMark: chunk }) };
  if (typeof input === 'string' || input instanceof Uint8Array) return { label: `input ${index + 1}`, open: () => once(input) };
  if (typeof input?.[Symbol.asyncIterator] !== 'function') throw new TypeError('unpress: readWxr expects paths, XML bytes or streams');
  const path = join(temp, `${index}.xml`);
  await pipeline(input, createWriteStream(path, { flags: 'wx' }));
  return { label: `stream ${index + 1}`, open: (chunk) => createReadStream(path, { highWaterMark: chunk }) };
}

async function* once(value: string | Uint8Array): AsyncGenerator<string | Uint8Array> {
  yield value;
}
