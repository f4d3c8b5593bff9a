import { ChannelReader, type XmlElement } from './xml-elements';

// Item types the index needs whole; every other item is skipped unread in the index pass.
const INDEXED_TYPES: ReadonlySet<string> = new Set(['attachment', 'wp_block']);
// The elements of other items that the blocks listing posts show (latest posts, page lists);
// their terms (`category` elements) are noted too, for the blocks that count posts by term.
const SUMMARY_TAGS = ['title', 'link', 'wp:post_id', 'wp:post_date', 'wp:status', 'wp:post_type', 'wp:post_parent', 'wp:menu_order'] as const;
const TYPE = SUMMARY_TAGS.indexOf('wp:post_type');
const ITEM_OPEN = Buffer.from('<item');
const ITEM_CLOSE = Buffer.from('</item>');
const CDATA_OPEN = Buffer.from('<![CDATA[');
const CDATA_CLOSE = Buffer.from(']]>');
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const CATEGORY = Buffer.from('category');

/**
 * The channel elements an export's index needs, found without parsing the whole file: the
 * channel's head (site fields, authors, terms: everything before the first `item`), the items
 * that are attachments or synced patterns, and of every other item its title, link, id, date,
 * status, type, parent, menu order and terms (for the blocks that list and count posts). Items are cut out of the
 * bytes by one walk from tag to tag (`indexOf`; CDATA sections are jumped over whole, so neither
 * their length nor a `</item>` written inside content costs or misleads), which notes where the
 * summary's elements start and end on the way; only the head, the needed items and the summaries
 * are decoded and parsed, by one parser, so this pass costs a fraction of a full parse. Broken
 * XML is not reported here: the posts pass parses everything and says where.
 */
export async function* indexElements(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<XmlElement> {
  const reader = new ChannelReader();
  let buf: Buffer = Buffer.alloc(0);
  let head = true;
  let walk: ItemWalk | null = null;
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
      if (!walk) {
        const at = itemStart(buf, 0);
        // Keep what may be the start of `<item` cut by the chunk's end.
        if (at < 0) {
          buf = buf.subarray(Math.max(0, buf.length - ITEM_OPEN.length));
          return;
        }
        buf = buf.subarray(at);
        walk = newWalk();
      }
      if (!walkItem(buf, walk, !chunk)) return;
      const item = buf.subarray(0, walk.pos);
      const type = elementText(item, walk, TYPE);
      if (INDEXED_TYPES.has(type)) reader.write(item.toString('utf8'));
      else if (type) reader.write(summaryXml(item, walk));
      buf = buf.subarray(walk.pos);
      walk = null;
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

// Where the walk through the item at the start of the buffer is: `pos` is where it goes on (just
// past `</item>` once done), `cdata` whether it is inside a CDATA section; `open`/`close` are
// where each summary element starts and ends (-1 until seen: the first one of each counts);
// `terms` the start and end of every `category` element, `term` where an open one starts.
interface ItemWalk {
  pos: number;
  cdata: boolean;
  open: number[];
  close: number[];
  terms: number[];
  term: number;
}

function newWalk(): ItemWalk {
  return { pos: 1, cdata: false, open: SUMMARY_TAGS.map(() => -1), close: SUMMARY_TAGS.map(() => -1), terms: [], term: -1 };
}

// Walks the item from tag to tag up to its `</item>`: true when found (`walk.pos` just past it),
// false when more bytes are needed (the walk goes on from where it stopped). `last`: no more come.
// Between tags it steps byte by byte (a few bytes: cheaper than a call into `indexOf`), through
// CDATA sections and long text with `indexOf`.
function walkItem(bytes: Buffer, walk: ItemWalk, last: boolean): boolean {
  const n = bytes.length;
  let pos = walk.pos;
  for (;;) {
    if (walk.cdata) {
      const end = bytes.indexOf(CDATA_CLOSE, pos);
      // `]]>` cut by the chunk's end: look again from its possible start.
      if (end < 0) return (walk.pos = Math.max(pos, n - 2)), false;
      pos = end + 3;
      walk.cdata = false;
    }
    let lt = pos;
    const near = Math.min(n, pos + 64);
    while (lt < near && bytes[lt] !== LT) lt++;
    if (lt === near) lt = near < n ? bytes.indexOf(LT, near) : -1;
    if (lt < 0) return (walk.pos = n), false;
    // A tag or CDATA opener cut by the chunk's end: wait for the rest (at the end of the input,
    // what is there is all there is).
    if (lt + 9 > n && !last) return (walk.pos = lt), false;
    if (bytes[lt + 1] === 0x21 && startsWith(bytes, lt, CDATA_OPEN)) {
      walk.cdata = true;
      pos = lt + 9;
      continue;
    }
    let gt = lt + 1;
    while (gt < n && bytes[gt] !== GT) gt++;
    if (gt === n) return (walk.pos = lt), false;
    if (bytes[lt + 1] === SLASH) {
      if (gt - lt === 6 && startsWith(bytes, lt, ITEM_CLOSE)) return (walk.pos = gt + 1), true;
      if (walk.term >= 0 && gt - lt === 10 && startsWith(bytes, lt + 2, CATEGORY)) {
        walk.terms.push(walk.term, gt + 1);
        walk.term = -1;
      }
      const i = summaryTag(bytes, lt + 2, gt);
      if (i >= 0 && walk.open[i]! >= 0 && walk.close[i]! < 0) walk.close[i] = gt + 1;
    } else if (startsWith(bytes, lt + 1, CATEGORY) && isNameEnd(bytes[lt + 9])) {
      walk.term = lt;
    } else {
      const i = summaryTag(bytes, lt + 1, gt);
      if (i >= 0 && walk.open[i]! < 0) walk.open[i] = lt;
    }
    pos = gt + 1;
  }
}

// Summary tag names as bytes, by length.
const TAG_BYTES = SUMMARY_TAGS.map((t) => Buffer.from(t));

// Which summary element the name in `bytes[from, to)` is, or -1.
function summaryTag(bytes: Buffer, from: number, to: number): number {
  const length = to - from;
  for (let i = 0; i < TAG_BYTES.length; i++) if (TAG_BYTES[i]!.length === length && startsWith(bytes, from, TAG_BYTES[i]!)) return i;
  return -1;
}

// Whether the byte after a tag name ends it (`>`, `/` or white space).
function isNameEnd(c: number | undefined): boolean {
  return c === GT || c === SLASH || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function startsWith(bytes: Buffer, at: number, prefix: Buffer): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

// `<item>` (or `<item ` with attributes) from `from` on.
function itemStart(bytes: Buffer, from: number): number {
  for (let at = bytes.indexOf(ITEM_OPEN, from); at >= 0; at = bytes.indexOf(ITEM_OPEN, at + 5)) {
    const c = bytes[at + 5];
    if (c === 0x3e || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return at;
  }
  return -1;
}

// An item cut down to the elements that list it. Raw XML, for the index's parser.
function summaryXml(item: Buffer, walk: ItemWalk): string {
  let xml = '<item>';
  for (let i = 0; i < SUMMARY_TAGS.length; i++) if (walk.close[i]! >= 0) xml += item.toString('utf8', walk.open[i], walk.close[i]);
  for (let i = 0; i < walk.terms.length; i += 2) xml += item.toString('utf8', walk.terms[i], walk.terms[i + 1]);
  return `${xml}</item>`;
}

// The text of a summary element, CDATA or not, trimmed; '' when the item has none.
function elementText(item: Buffer, walk: ItemWalk, i: number): string {
  const open = walk.open[i]!;
  const close = walk.close[i]!;
  if (close < 0 || close - open > 200) return '';
  let value = item.toString('utf8', open + SUMMARY_TAGS[i]!.length + 2, close - SUMMARY_TAGS[i]!.length - 3).trim();
  if (value.startsWith('<![CDATA[') && value.endsWith(']]>')) value = value.slice(9, -3);
  return value.trim();
}
