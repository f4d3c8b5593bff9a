import { Element, Text, type AnyNode, type ParentNode } from '../../dom/dom';
import { parseDocument } from 'htmlparser2';
import { HTML_ESCAPES } from '../../text/decode';

/** The tags unpress writes in inline HTML (see `inlineContent`). */
const TAGS = new Set(['a', 'strong', 'em', 'code', 'kbd', 'samp', 'sub', 'sup', 's', 'mark', 'abbr', 'q', 'cite', 'small', 'br', 'img']);
const VOID = new Set(['br', 'img']);
/** The entities unpress's escaping writes (`escapeHtml`, `escapeAttribute`), read back. */
const ENTITIES = new Map(Object.entries(HTML_ESCAPES).map(([c, entity]) => [entity, c]));
const TAG = /^([a-z]+)((?: [a-z]+="[^"<>]*")*)$/;
const ATTRIBUTE = / ([a-z]+)="([^"<>]*)"/g;

/**
 * The nodes of a block's inline HTML, as htmlparser2 reads it (entities decoded). What unpress
 * wrote itself (allow-listed tags, double-quoted attributes, the entities it escapes with)
 * is read by a small scanner: htmlparser2 cost ~6 µs per string, most of the Markdown stage
 * for paragraphs with a link or emphasis. Anything else (an Article built by hand, other tags
 * or entities, a comment, tags not closed in order) goes to htmlparser2.
 *
 * @example readInlineHtml('a <em>b</em> &amp; c').length // → 3 (text, em, text)
 */
export function readInlineHtml(html: string): AnyNode[] {
  return scanInlineHtml(html) ?? parseDocument(html, { decodeEntities: true }).children;
}

/**
 * The scanner of `readInlineHtml`, exported for its test: the same nodes as htmlparser2 for
 * unpress's own inline HTML, or null for anything it does not read.
 */
export function scanInlineHtml(html: string): AnyNode[] | null {
  const root: AnyNode[] = [];
  const open: Element[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const end = lt < 0 ? html.length : lt;
    if (end > i) {
      const text = decode(html.slice(i, end));
      if (text === null) return null;
      append(root, open, new Text(text));
    }
    if (lt < 0) break;
    const gt = html.indexOf('>', lt);
    if (gt < 0) return null;
    if (html[lt + 1] === '/') {
      // Only the innermost open tag may close: htmlparser2 recovers from anything else its own way.
      if (open.pop()?.name !== html.slice(lt + 2, gt)) return null;
    } else {
      const el = element(html.slice(lt + 1, gt), open);
      if (!el) return null;
      append(root, open, el);
      if (!VOID.has(el.name)) open.push(el);
    }
    i = gt + 1;
  }
  return open.length ? null : root;
}

// `name attr="value" …` → an element; null for a tag unpress does not write, or one inside itself.
function element(source: string, open: Element[]): Element | null {
  const m = TAG.exec(source);
  if (!m || !TAGS.has(m[1]!) || open.some((e) => e.name === m[1])) return null;
  const attribs: Record<string, string> = {};
  for (const [, name, value] of m[2]!.matchAll(ATTRIBUTE)) {
    const decoded = decode(value!);
    if (decoded === null || Object.hasOwn(attribs, name!)) return null;
    attribs[name!] = decoded;
  }
  return new Element(m[1]!, attribs, []);
}

function append(root: AnyNode[], open: Element[], node: AnyNode): void {
  const parent: ParentNode | null = open.length ? open[open.length - 1]! : null;
  const siblings = parent ? parent.children : root;
  const prev = siblings[siblings.length - 1] ?? null;
  node.parent = parent;
  node.prev = prev;
  if (prev) prev.next = node;
  siblings.push(node);
}

// Text with only the entities unpress writes; null when any other `&` is found.
function decode(text: string): string | null {
  if (!text.includes('&')) return text;
  let ok = true;
  const out = text.replace(/&[^;&]*;?/g, (entity) => {
    const value = ENTITIES.get(entity);
    if (value === undefined) ok = false;
    return value ?? entity;
  });
  return ok ? out : null;
}
