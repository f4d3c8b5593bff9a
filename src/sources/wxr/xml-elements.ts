import { SaxesParser } from 'saxes';
import { UnpressError } from '../../errors';

/** An XML element collected whole: its qualified name, attributes, text and child elements. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  /** The element's own text and CDATA, child elements' text excluded. */
  text: string;
  children: XmlElement[];
}

// saxes reads a 64 KB string fastest: a larger one holds a character above U+00FF more often,
// and then all of it is a two-byte string, slower to decode and to scan.
const PARSE_PIECE = 1 << 16;

/**
 * Reads an RSS document from a stream and yields the children of its `channel` one at a time,
 * each built whole (an `item` with its meta and comments, a `wp:author`, the site's `title`),
 * so memory holds one item whatever the size of the file. Names are kept as written
 * (`wp:post_id`): WordPress always writes these prefixes.
 *
 * @param label - names the input in errors (a file path, `stdin`).
 * @throws {UnpressError} `invalid_xml` with the line and column where the XML breaks, after
 * every element that closed before the break has been yielded.
 */
export async function* channelElements(input: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, label: string): AsyncGenerator<XmlElement> {
  const reader = new ChannelReader();
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of input) {
    if (typeof chunk === 'string') reader.write(chunk);
    // Decoded and parsed 64 KB at a time, whatever the size of the pieces read.
    else for (let at = 0; at < chunk.length && !reader.failure; at += PARSE_PIECE) reader.write(decoder.decode(chunk.subarray(at, at + PARSE_PIECE), { stream: true }));
    yield* reader.take();
    if (reader.failure) break;
  }
  if (!reader.failure) reader.end(decoder.decode());
  yield* reader.take();
  const f = reader.failure;
  if (f) throw new UnpressError('invalid_xml', `${label}: the XML breaks at line ${f.line}, column ${f.column}: ${f.message}`, [{ path: [], message: f.message }]);
}

/**
 * One XML parse of an RSS document written to it in pieces, building each child of `channel`
 * whole (see `channelElements`). Stops taking text at the first error, kept in `failure`.
 */
export class ChannelReader {
  /** The first error, where the parser stood: line and column from 1 (the character that broke it). */
  failure: { message: string; line: number; column: number } | null = null;
  private readonly parser = new SaxesParser({ position: true });
  private readonly open: string[] = [];
  private readonly building: XmlElement[] = [];
  private ready: XmlElement[] = [];

  constructor() {
    const { parser, open, building } = this;
    parser.on('opentag', (tag) => {
      // saxes hands attributes in an object without a prototype, which V8 keeps as a dictionary:
      // spreading one cost three times this loop, on every element of the export.
      const from = tag.attributes as Record<string, string>;
      const attrs: Record<string, string> = {};
      for (const k in from) {
        // An attribute named `__proto__` stays an attribute (assigned, it would set the prototype).
        if (k === '__proto__') Object.defineProperty(attrs, k, { value: from[k], enumerable: true, writable: true, configurable: true });
        else attrs[k] = from[k]!;
      }
      const el: XmlElement = { name: tag.name, attrs, text: '', children: [] };
      if (building.length) building[building.length - 1]!.children.push(el);
      if (building.length || open[open.length - 1] === 'channel') building.push(el);
      open.push(tag.name);
    });
    const addText = (text: string) => {
      if (building.length) building[building.length - 1]!.text += text;
    };
    parser.on('text', addText);
    parser.on('cdata', addText);
    // While an element is being built, every closing tag closes the innermost one.
    parser.on('closetag', () => {
      open.pop();
      const done = building.pop();
      if (done && building.length === 0) this.ready.push(done);
    });
    parser.on('error', (e) => {
      // saxes writes the position first (`80:32: unclosed tag`, after a file name when it has one).
      this.failure ??= { message: e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''), line: parser.line, column: parser.column };
    });
  }

  /** Parses more of the document. */
  write(text: string): void {
    if (!this.failure) this.parser.write(text);
  }

  /** Parses the last of the document and ends it. */
  end(text = ''): void {
    this.write(text);
    if (!this.failure) this.parser.close();
  }

  /** The channel's children completed since the last call. */
  take(): XmlElement[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }
}

/** The text of the first child named `name`, or null. */
export function childText(el: XmlElement, name: string): string | null {
  for (const c of el.children) if (c.name === name) return c.text;
  return null;
}

/** Every child named `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}
