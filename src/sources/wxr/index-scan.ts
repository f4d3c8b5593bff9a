import { ChannelReader, type XmlElement } from './xml-elements';

// Item types the index needs whole; every other item is skipped unread in the index pass.
const INDEXED_TYPES: ReadonlySet<string> = new Set(['attachment', 'wp_block']);
const ITEM_OPEN = Buffer.from('<item');
const ITEM_CLOSE = Buffer.from('</item>');
const CDATA_OPEN = Buffer.from('<![CDATA[');
const CDATA_CLOSE = Buffer.from(']]>');

/**
 * The channel elements an export's index needs, found without parsing the whole file: the
 * channel's head (site fields, authors, terms: everything before the first `item`), the items
 * that are attachments or synced patterns, and of every other item its title, link, id, date,
 * status, type, parent, menu order and terms (for the blocks that list and count posts). Items are cut out of the bytes with `indexOf` (CDATA
 * sections skipped, so a `</item>` written inside content is not an end); only the head and the
 * needed items are decoded and parsed, by one parser, so this pass costs a fraction of a full
 * parse. Broken XML is not reported here: the posts pass parses everything and says where.
 */
export async function* indexElements(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<XmlElement> {
  const reader = new ChannelReader();
  let buf: Buffer = Buffer.alloc(0);
  let head = true;
  let inItem = false;
  // Where the search for the current item's end goes on (what is before it has been scanned).
  let scan = 0;
  const take = (chunk: Buffer | null): void => {
    buf = chunk ? (buf.length ? Buffer.concat([buf, chunk]) : chunk) : buf;
    for (;;) {
      if (head) {
        const at = itemStart(buf, 0);
        if (at < 0 && chunk) return;
        reader.write((at < 0 ? buf : buf.subarray(0, at)).toString('utf8'));
        head = false;
        buf = at < 0 ? Buffer.alloc(0) : buf.subarray(at);
        if (at < 0) return;
      }
      if (!inItem) {
        const at = itemStart(buf, 0);
        // Keep what may be the start of `<item` cut by the chunk's end.
        if (at < 0) {
          buf = buf.subarray(Math.max(0, buf.length - ITEM_OPEN.length));
          return;
        }
        buf = buf.subarray(at);
        inItem = true;
        scan = 0;
      }
      const end = itemEnd(buf, scan);
      if (end.at < 0) {
        scan = end.resume;
        return;
      }
      const item = buf.subarray(0, end.at);
      const type = postType(item);
      if (INDEXED_TYPES.has(type)) reader.write(item.toString('utf8'));
      // Of other items, what the core blocks that list posts show (latest posts, page lists).
      else if (type) reader.write(summaryXml(item));
      buf = buf.subarray(end.at);
      inItem = false;
    }
  };
  for await (const chunk of input) {
    take(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    yield* reader.take();
  }
  take(null);
  reader.end('</channel></rss>');
  yield* reader.take();
}

// `<item>` (or `<item ` with attributes) from `from` on.
function itemStart(bytes: Buffer, from: number): number {
  for (let at = bytes.indexOf(ITEM_OPEN, from); at >= 0; at = bytes.indexOf(ITEM_OPEN, at + 5)) {
    const c = bytes[at + 5];
    if (c === 0x3e || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return at;
  }
  return -1;
}

// The index just past the `</item>` that ends the item at the start of `bytes`, CDATA skipped;
// or -1 and where to resume once more bytes have come.
function itemEnd(bytes: Buffer, from: number): { at: number; resume: number } {
  let pos = from;
  // Searched again only when a CDATA section turns out to hold it.
  let close = bytes.indexOf(ITEM_CLOSE, pos);
  for (;;) {
    const cdata = bytes.indexOf(CDATA_OPEN, pos);
    if (cdata < 0 || (close >= 0 && cdata > close)) break;
    const endCdata = bytes.indexOf(CDATA_CLOSE, cdata + 9);
    if (endCdata < 0) return { at: -1, resume: cdata };
    pos = endCdata + 3;
    if (close >= 0 && close < pos) close = bytes.indexOf(ITEM_CLOSE, pos);
  }
  if (close < 0) return { at: -1, resume: Math.max(pos, bytes.length - 8) };
  return { at: close + 7, resume: 0 };
}

// An item cut down to the elements that list it: title and link (before its content), id, date,
// status, type, parent and menu order (after it). Raw XML, for the index's parser.
function summaryXml(item: Buffer): string {
  const content = item.indexOf('<content:encoded>');
  const after = Math.max(0, item.indexOf('</excerpt:encoded>'), item.indexOf('</content:encoded>'));
  const parts = ['<item>'];
  for (const tag of ['title', 'link']) parts.push(element(item, tag, 0, content < 0 ? item.length : content));
  for (const tag of ['wp:post_id', 'wp:post_date', 'wp:status', 'wp:post_type', 'wp:post_parent', 'wp:menu_order']) parts.push(element(item, tag, after, item.length));
  // Its terms (for the blocks that count posts by term): export_wp() writes them after the
  // fields and before the post meta and comments, whose text is not searched.
  const ends = [item.indexOf('<wp:postmeta>', after), item.indexOf('<wp:comment>', after)].filter((n) => n >= 0);
  const to = ends.length ? Math.min(...ends) : item.length;
  for (let at = item.indexOf('<category ', after); at >= 0 && at < to; at = item.indexOf('<category ', at + 10)) {
    const close = item.indexOf('</category>', at);
    if (close < 0 || close > to) break;
    parts.push(item.subarray(at, close + 11).toString('utf8'));
  }
  parts.push('</item>');
  return parts.join('');
}

function element(item: Buffer, tag: string, from: number, to: number): string {
  const open = item.indexOf(`<${tag}>`, from);
  if (open < 0 || open >= to) return '';
  const close = item.indexOf(`</${tag}>`, open);
  return close < 0 || close > to ? '' : item.subarray(open, close + tag.length + 3).toString('utf8');
}

// The item's `wp:post_type`, CDATA or not; '' when it has none.
function postType(item: Buffer): string {
  const open = item.indexOf('<wp:post_type>');
  if (open < 0) return '';
  const close = item.indexOf('</wp:post_type>', open);
  if (close < 0 || close - open > 200) return '';
  let value = item.subarray(open + 14, close).toString('utf8').trim();
  if (value.startsWith('<![CDATA[') && value.endsWith(']]>')) value = value.slice(9, -3);
  return value.trim();
}
