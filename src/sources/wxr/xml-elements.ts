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
export async function* channelElements(input: AsyncIterable<Uint8Array | string>, label: string): AsyncGenerator<XmlElement> {
  const parser = new SaxesParser({ position: true });
  const open: string[] = [];
  const building: XmlElement[] = [];
  const ready: XmlElement[] = [];
  let failure: { message: string; line: number; column: number } | null = null;
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.name, attrs: { ...(tag.attributes as Record<string, string>) }, text: '', children: [] };
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
    if (done && building.length === 0) ready.push(done);
  });
  parser.on('error', (e) => {
    failure ??= { message: e.message.replace(/^[^:]*:\d+:\d+: /, ''), line: parser.line, column: parser.column };
  });
  const decoder = new TextDecoder('utf-8');
  const feed = (text: string) => {
    if (!failure) parser.write(text);
  };
  for await (const chunk of input) {
    feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    yield* ready.splice(0);
    if (failure) break;
  }
  if (!failure) {
    feed(decoder.decode());
    parser.close();
  }
  yield* ready.splice(0);
  if (failure) {
    const f = failure as { message: string; line: number; column: number };
    throw new UnpressError('invalid_xml', `${label}: the XML breaks at line ${f.line}, column ${f.column + 1}: ${f.message}`, [{ path: [], message: f.message }]);
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
